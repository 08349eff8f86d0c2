import GleanCore

/// The attribute objects of extractions without a range (`value`, `timex_type`, `mod`), shared
/// by all documents and threads of a run: the same timex (news repeats a handful of dates,
/// "PRESENT_REF", "P1Y"...) then costs a copy of a prepared object (written once, see
/// ``JSONObject/prepareForOutput()``) instead of an allocation, three appends and writing the
/// values again. Keyed by the value, the mod and the type, in a ``PreparedObjectCache``;
/// longer texts are built each time.
final class TimexAttributeCache: Sendable {
    /// A timex's value, mod and type as a trivial value: the bytes of the value and of the mod
    /// (each at most 24, zero-padded) and their lengths (-1 for none), so that keys are hashed
    /// and compared as integers, without reference counting.
    struct Key: Equatable {
        var value: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var mod: (UInt64, UInt64, UInt64) = (0, 0, 0)
        /// The value's length + 1 (0: none), the mod's length + 1 at bit 8, the type at bit 16.
        var lengths: UInt64 = 0

        /// Nil for a value or mod longer than 24 bytes (rare, and not worth keeping).
        @inline(__always)
        init?(_ timex: Timex) {
            guard let value = Key.pack(timex.value), let mod = Key.pack(timex.mod) else { return nil }
            self.value = value.words
            self.mod = mod.words
            lengths = UInt64(value.length) | UInt64(mod.length) << 8 | UInt64(timex.type.bit) << 16
        }

        /// The key of a packed value without a mod (bit 24 tells it from the bytes of a string).
        @inline(__always)
        init(packed: Int, type: TimexType) {
            value = (UInt64(truncatingIfNeeded: packed), 0, 0)
            lengths = 1 << 24 | UInt64(type.bit) << 16
        }

        /// The bytes of `text` and its length + 1 (0 and no bytes for nil); nil when longer than 24 bytes.
        @inline(__always)
        private static func pack(_ text: String?) -> (words: (UInt64, UInt64, UInt64), length: Int)? {
            guard var text else { return ((0, 0, 0), 0) }
            return text.withUTF8 { bytes -> (words: (UInt64, UInt64, UInt64), length: Int)? in
                guard bytes.count <= 24 else { return nil }
                var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
                if let base = bytes.baseAddress {
                    withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
                }
                return (words, bytes.count + 1)
            }
        }

        var hash: Int {
            @inline(__always) func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
                let x = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
                return x ^ (x >> 29)
            }
            let h = mix(mix(mix(mix(mix(mix(lengths &* 0x9E37_79B9_7F4A_7C15, value.0), value.1), value.2), mod.0), mod.1), mod.2)
            return Int(truncatingIfNeeded: h ^ (h >> 32))
        }

        static func == (a: Key, b: Key) -> Bool {
            a.lengths == b.lengths && a.value.0 == b.value.0 && a.value.1 == b.value.1 && a.value.2 == b.value.2
                && a.mod.0 == b.mod.0 && a.mod.1 == b.mod.1 && a.mod.2 == b.mod.2
        }
    }

    /// At most this many objects are kept; beyond, objects are built each time.
    private let objects = PreparedObjectCache<Key>(capacity: 4096)

    /// The attributes of `timex` (no range ends): from the cache, or built, prepared and kept.
    func attributes(of timex: Timex) -> JSONObject {
        if timex.packed != 0 {
            // (A packed value with a mod is written out first: such values are rare.)
            guard timex.mod == nil else {
                var written = timex
                written.value = timex.valueString
                written.packed = 0
                return attributes(of: written)
            }
            let key = Key(packed: timex.packed, type: timex.type)
            return objects.object(for: key, hash: key.hash) { TimexAttributeCache.build(timex) }
        }
        guard let key = Key(timex) else { return TimexAttributeCache.build(timex) }
        return objects.object(for: key, hash: key.hash) { TimexAttributeCache.build(timex) }
    }

    /// The attributes of `timex` without range ends, in the order of ``DateExtractor/prototypes``.
    static func build(_ timex: Timex) -> JSONObject {
        let value = timex.valueString
        var attributes = JSONObject(capacity: (value == nil ? 1 : 2) + (timex.mod == nil ? 0 : 1))
        if let value { attributes.append("value", .string(value)) }
        attributes.append("timex_type", .string(timex.type.rawValue))
        if let mod = timex.mod { attributes.append("mod", .string(mod)) }
        return attributes
    }
}

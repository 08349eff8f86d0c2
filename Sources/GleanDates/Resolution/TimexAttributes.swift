import GleanCore
import Synchronization

/// The attribute objects of extractions without a range (`value`, `timex_type`, `mod`), shared
/// by all documents and threads of a run: the same timex (news repeats a handful of dates,
/// "PRESENT_REF", "P1Y"...) then costs a copy of a prepared object (written once, see
/// ``JSONObject/prepareForOutput()``) instead of an allocation, three appends and writing the
/// values again. Keyed by the value's and the mod's words (small strings: at most 15 bytes, held
/// inline) and the type, in a flat open-addressing table; anything longer is built each time.
final class TimexAttributeCache: Sendable {
    /// A timex as integers: the words of its value and of its mod (see ``pack(_:)``) and its type.
    struct Key: Equatable {
        var v0: UInt64, v1: UInt64, m0: UInt64, m1: UInt64, type: UInt64

        @inline(__always)
        init?(_ timex: Timex) {
            guard let (v0, v1) = Key.pack(timex.value), let (m0, m1) = Key.pack(timex.mod) else { return nil }
            self.v0 = v0; self.v1 = v1; self.m0 = m0; self.m1 = m1
            type = UInt64(timex.type.bit)
        }

        /// The contents of `text` when it is a small string (at most 15 bytes kept inline, the
        /// usual timex): its two words, which hold the bytes, the count and flags, so equal words
        /// mean equal text (a large string's words hold a reference: nil, not cached). Nil text
        /// as (0, 0), which no string has (a small string's second word has its flag bit set).
        @inline(__always)
        static func pack(_ text: String?) -> (UInt64, UInt64)? {
            guard let text else { return (0, 0) }
            let words = unsafeBitCast(text, to: (UInt64, UInt64).self)
            // Bit 61 of the second word: the string is small (its bytes are in the words).
            guard words.1 & (1 << 61) != 0 else { return nil }
            return words
        }

        var hash: Int {
            var h = v0 &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ (h >> 29) ^ v1) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ (h >> 31) ^ m0 ^ (m1 << 1) ^ (type << 7)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: h ^ (h >> 32))
        }
    }

    private static let size = 8192
    /// At most this many objects are kept (half the table); beyond, objects are built each time.
    private static let limit = 4096

    private struct State: @unchecked Sendable {
        let keys: UnsafeMutablePointer<Key>
        let objects: UnsafeMutablePointer<JSONObject>
        let used: UnsafeMutablePointer<Bool>
        var count = 0
    }
    private let state: Mutex<State>
    /// Whether strings are laid out as ``Key/pack(_:)`` reads them (checked once on known strings;
    /// if not, nothing is cached).
    private let layoutKnown: Bool = {
        @inline(never) func words(_ text: String) -> (UInt64, UInt64) { unsafeBitCast(text, to: (UInt64, UInt64).self) }
        let small = words(String(unsafeUninitializedCapacity: 3) { out in
            out[0] = 0x50; out[1] = 0x31; out[2] = 0x59  // "P1Y"
            return 3
        })
        let literal = words("P1Y")
        let large = words(String(repeating: "x", count: 40))
        let largeLiteral = words("a literal longer than fifteen bytes")
        return small == literal && small.1 & (1 << 61) != 0 && large.1 & (1 << 61) == 0 && largeLiteral.1 & (1 << 61) == 0
    }()

    init() {
        let keys = UnsafeMutablePointer<Key>.allocate(capacity: TimexAttributeCache.size)
        let objects = UnsafeMutablePointer<JSONObject>.allocate(capacity: TimexAttributeCache.size)
        let used = UnsafeMutablePointer<Bool>.allocate(capacity: TimexAttributeCache.size)
        used.initialize(repeating: false, count: TimexAttributeCache.size)
        state = Mutex(State(keys: keys, objects: objects, used: used))
    }

    deinit {
        state.withLock { state in
            for slot in 0..<TimexAttributeCache.size where state.used[slot] {
                (state.keys + slot).deinitialize(count: 1)
                (state.objects + slot).deinitialize(count: 1)
            }
            state.keys.deallocate()
            state.objects.deallocate()
            state.used.deallocate()
        }
    }

    /// The attributes of `timex` (no range ends): from the cache, or built, prepared and kept.
    func attributes(of timex: Timex) -> JSONObject {
        guard layoutKnown, let key = Key(timex) else { return TimexAttributeCache.build(timex) }
        let mask = TimexAttributeCache.size - 1
        let start = key.hash & mask
        let (cached, full) = state.withLock { state -> (JSONObject?, Bool) in
            var slot = start
            while state.used[slot] {
                if state.keys[slot] == key { return (state.objects[slot], false) }
                slot = (slot + 1) & mask
            }
            return (nil, state.count >= TimexAttributeCache.limit)
        }
        if let cached { return cached }
        var object = TimexAttributeCache.build(timex)
        // (Once the cache is full nothing more is kept: preparing the object would only cost.)
        guard !full else { return object }
        object.prepareForOutput()
        state.withLock { state in
            guard state.count < TimexAttributeCache.limit else { return }
            var slot = start
            while state.used[slot] {
                if state.keys[slot] == key { return }  // (made meanwhile by another thread)
                slot = (slot + 1) & mask
            }
            (state.keys + slot).initialize(to: key)
            (state.objects + slot).initialize(to: object)
            state.used[slot] = true
            state.count += 1
        }
        return object
    }

    /// The attributes of `timex` without range ends, in the order of ``DateExtractor/prototypes``.
    static func build(_ timex: Timex) -> JSONObject {
        var attributes = JSONObject(capacity: (timex.value == nil ? 1 : 2) + (timex.mod == nil ? 0 : 1))
        if let value = timex.value { attributes.append("value", .string(value)) }
        attributes.append("timex_type", .string(timex.type.rawValue))
        if let mod = timex.mod { attributes.append("mod", .string(mod)) }
        return attributes
    }
}

import GleanCore
import Synchronization

/// The attribute objects of extractions without a range (`value`, `timex_type`, `mod`), shared
/// by all documents and threads of a run: the same timex (news repeats a handful of dates,
/// "PRESENT_REF", "P1Y"...) then costs a copy of a prepared object (written once, see
/// ``JSONObject/prepareForOutput()``) instead of an allocation, three appends and writing the
/// values again. Keyed by the value, the mod and the type, in a flat open-addressing table;
/// longer texts are built each time.
final class TimexAttributeCache: Sendable {
    /// A timex's value, mod and type, with a hash of their bytes.
    struct Key: Equatable {
        var value: String?, mod: String?, type: UInt64
        let hash: Int

        /// Nil for a value or mod longer than 24 bytes (rare, and not worth keeping).
        @inline(__always)
        init?(_ timex: Timex) {
            guard (timex.value?.utf8.count ?? 0) <= 24, (timex.mod?.utf8.count ?? 0) <= 24 else { return nil }
            value = timex.value
            mod = timex.mod
            type = UInt64(timex.type.bit)
            // FNV-1a over the value, a separator and the mod, seeded with the type.
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ type
            Key.mix(value, into: &h)
            h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
            Key.mix(mod, into: &h)
            hash = Int(truncatingIfNeeded: h ^ (h >> 29))
        }

        @inline(__always)
        private static func mix(_ text: String?, into h: inout UInt64) {
            guard let text else { return }
            var hash = h
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            if done == nil { for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 } }
            h = hash
        }

        static func == (a: Key, b: Key) -> Bool {
            a.hash == b.hash && a.type == b.type && a.value == b.value && a.mod == b.mod
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
        guard let key = Key(timex) else { return TimexAttributeCache.build(timex) }
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

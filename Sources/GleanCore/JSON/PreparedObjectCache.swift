import Synchronization

/// Attribute objects prepared for output (``JSONObject/prepareForOutput()``), kept for the whole
/// process and shared by every document and thread: an extractor that reports the same
/// attributes again and again (a place at a confidence, a date value) pays once to build and
/// write them, then a reference per extraction.
///
/// Keys come with their own hash (extractors hash bytes they already hold, cheaper than
/// `Hasher`): equal keys must come with equal hashes. The table is a flat open-addressing one behind a lock; once `capacity` objects are
/// kept nothing more is added, so memory stays bounded however long the run.
///
/// ```swift
/// let cache = PreparedObjectCache<Int>(capacity: 4096)
/// let attributes = cache.object(for: key, hash: hash) { buildAttributes() }
/// ```
public final class PreparedObjectCache<Key: Equatable & Sendable>: Sendable {
    @usableFromInline
    struct State: @unchecked Sendable {
        @usableFromInline let hashes: UnsafeMutablePointer<Int>
        @usableFromInline let keys: UnsafeMutablePointer<Key>
        @usableFromInline let objects: UnsafeMutablePointer<JSONObject>
        @usableFromInline let used: UnsafeMutablePointer<Bool>
        @usableFromInline var count = 0

        @usableFromInline
        init(hashes: UnsafeMutablePointer<Int>, keys: UnsafeMutablePointer<Key>,
             objects: UnsafeMutablePointer<JSONObject>, used: UnsafeMutablePointer<Bool>) {
            self.hashes = hashes
            self.keys = keys
            self.objects = objects
            self.used = used
        }
    }

    @usableFromInline let state: Mutex<State>
    /// Table slots (a power of two, at least twice `capacity`).
    @usableFromInline let size: Int
    /// Objects kept at most.
    public let capacity: Int

    /// A cache keeping at most `capacity` objects.
    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
        var size = 16
        while size < 2 * self.capacity { size *= 2 }
        self.size = size
        let used = UnsafeMutablePointer<Bool>.allocate(capacity: size)
        used.initialize(repeating: false, count: size)
        state = Mutex(State(hashes: .allocate(capacity: size), keys: .allocate(capacity: size),
                            objects: .allocate(capacity: size), used: used))
    }

    deinit {
        let size = self.size
        state.withLock { state in
            for slot in 0..<size where state.used[slot] {
                (state.keys + slot).deinitialize(count: 1)
                (state.objects + slot).deinitialize(count: 1)
            }
            state.hashes.deallocate()
            state.keys.deallocate()
            state.objects.deallocate()
            state.used.deallocate()
        }
    }

    /// The object kept for `key` (whose hash is `hash`), or `build()`'s, prepared for output and
    /// kept while there is room. (Inlinable: called once per extraction.)
    @inlinable
    public func object(for key: Key, hash: Int, build: () -> JSONObject) -> JSONObject {
        let mask = size - 1
        let start = hash & mask
        let (cached, full) = state.withLock { state -> (JSONObject?, Bool) in
            var slot = start
            while state.used[slot] {
                if state.hashes[slot] == hash && state.keys[slot] == key { return (state.objects[slot], false) }
                slot = (slot + 1) & mask
            }
            return (nil, state.count >= capacity)
        }
        if let cached { return cached }
        var object = build()
        // Once the cache is full nothing more is kept: preparing the object would only cost.
        guard !full else { return object }
        object.prepareForOutput()
        state.withLock { state in
            guard state.count < capacity else { return }
            var slot = start
            while state.used[slot] {
                if state.hashes[slot] == hash && state.keys[slot] == key { return }  // (made meanwhile by another thread)
                slot = (slot + 1) & mask
            }
            state.hashes[slot] = hash
            (state.keys + slot).initialize(to: key)
            (state.objects + slot).initialize(to: object)
            state.used[slot] = true
            state.count += 1
        }
        return object
    }

    /// Objects kept so far.
    public var count: Int { state.withLock { $0.count } }
}

/// One allocation carved into typed scratch arrays for the work on one document (instead of a
/// dozen Swift arrays, each a malloc and a generic metadata lookup).
struct Arena {
    private let base: UnsafeMutableRawPointer
    private var offset = 0
    private let size: Int

    /// Whether the bytes are the arena's own (else a kept ``ArenaBuffer``'s).
    private let owned: Bool

    /// Room for `bytes` bytes of arrays (each array rounded up to 8 bytes).
    init(bytes: Int) {
        self.init(buffer: nil, bytes: bytes)
    }

    /// Room for `bytes` bytes in `buffer` (grown as needed) when there is one, else its own.
    init(buffer: ArenaBuffer?, bytes: Int) {
        size = max(bytes, 8)
        if let buffer, size <= ArenaBuffer.maxKept {
            base = buffer.room(size)
            owned = false
        } else {
            base = .allocate(byteCount: size, alignment: 8)
            owned = true
        }
    }

    /// The bytes `count` values of `T` take in an arena.
    static func bytes<T>(_ type: T.Type, _ count: Int) -> Int {
        (MemoryLayout<T>.stride * count + 7) & ~7
    }

    /// `count` values of a trivial type, set to `value`.
    mutating func take<T>(_ type: T.Type, _ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
        let bytes = Arena.bytes(type, count)
        precondition(offset + bytes <= size, "arena overflow")
        let pointer = (base + offset).bindMemory(to: T.self, capacity: count)
        pointer.initialize(repeating: value, count: count)
        offset += bytes
        return pointer
    }

    /// Room for `count` values of a trivial type, not set: each is written before it is read.
    mutating func take<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        let bytes = Arena.bytes(type, count)
        precondition(offset + bytes <= size, "arena overflow")
        let pointer = (base + offset).bindMemory(to: T.self, capacity: count)
        offset += bytes
        return pointer
    }

    func deallocate() { if owned { base.deallocate() } }
}

/// Bytes kept across documents for their arenas (grown to the largest asked, up to ``maxKept``).
final class ArenaBuffer {
    static let maxKept = 1 << 18
    private var base: UnsafeMutableRawPointer?
    private var size = 0

    /// At least `bytes` bytes (their old contents undefined: ``Arena/take(_:_:_:)`` sets every value).
    func room(_ bytes: Int) -> UnsafeMutableRawPointer {
        if let base, bytes <= size { return base }
        base?.deallocate()
        let grown = max(bytes, 4096)
        base = .allocate(byteCount: grown, alignment: 8)
        size = grown
        return base!
    }

    deinit { base?.deallocate() }
}

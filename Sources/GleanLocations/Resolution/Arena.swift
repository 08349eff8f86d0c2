/// One allocation carved into typed scratch arrays for the work on one document (instead of a
/// dozen Swift arrays, each a malloc and a generic metadata lookup).
struct Arena {
    private let base: UnsafeMutableRawPointer
    private var offset = 0
    private let size: Int

    /// Room for `bytes` bytes of arrays (each array rounded up to 8 bytes).
    init(bytes: Int) {
        size = max(bytes, 8)
        base = .allocate(byteCount: size, alignment: 8)
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

    func deallocate() { base.deallocate() }
}

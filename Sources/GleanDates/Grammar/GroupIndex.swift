/// The numbers of a pattern's named groups, looked up without hashing or comparing strings: the
/// resolvers ask for a dozen groups per match. Every name is at most eight ASCII bytes, packed
/// into one integer key; the keys sit in a small open-addressing table.
final class GroupIndex: @unchecked Sendable {
    fileprivate static let size = 256
    /// The table in raw memory (read-only once built): a lookup then retains nothing.
    private let keys: UnsafeMutablePointer<UInt64>
    private let numbers: UnsafeMutablePointer<Int>
    /// How many groups the pattern has, group 0 (the whole match) included.
    let groupCount: Int

    init(_ groupNumbers: [String: Int], groupCount: Int) {
        self.groupCount = groupCount
        precondition(groupNumbers.count < GroupIndex.size / 2, "too many named groups for the index")
        keys = .allocate(capacity: GroupIndex.size)
        keys.initialize(repeating: 0, count: GroupIndex.size)
        numbers = .allocate(capacity: GroupIndex.size)
        numbers.initialize(repeating: 0, count: GroupIndex.size)
        for (name, number) in groupNumbers {
            var name = name
            let key = name.withUTF8 { GroupIndex.key($0) }
            precondition(key != 0, "group name '\(name)' must be 1-8 ASCII bytes")
            var slot = GroupIndex.slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & (GroupIndex.size - 1) }
            keys[slot] = key
            numbers[slot] = number
        }
    }

    deinit {
        keys.deallocate()
        numbers.deallocate()
    }

    /// The number of the group called `name`, or nil when the pattern has none.
    @inline(__always)
    func number(_ name: StaticString) -> Int? { table.number(name) }

    /// The table as a trivial value: what a match's ``Groups`` holds (reading it retains nothing).
    var table: Table { Table(keys: keys, numbers: numbers) }

    struct Table: @unchecked Sendable {
        let keys: UnsafeMutablePointer<UInt64>
        let numbers: UnsafeMutablePointer<Int>

        @inline(__always)
        func number(_ name: StaticString) -> Int? {
            let key = name.withUTF8Buffer { GroupIndex.key($0) }
            guard key != 0 else { return nil }
            var slot = GroupIndex.slot(key)
            while keys[slot] != 0 {
                if keys[slot] == key { return numbers[slot] }
                slot = (slot + 1) & (GroupIndex.size - 1)
            }
            return nil
        }
    }

    /// The name's bytes packed big-endian behind a leading 1 bit per byte (so that lengths
    /// differ in key); 0 for names that are empty, longer than 8 bytes or not ASCII.
    @inline(__always)
    fileprivate static func key(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard utf8.count >= 1, utf8.count <= 8 else { return 0 }
        var key: UInt64 = 0
        for byte in utf8 {
            guard byte < 0x80 else { return 0 }
            key = key << 8 | UInt64(byte | 0x80)
        }
        return key
    }

    fileprivate static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }
}

/// The numbers of a pattern's named groups, looked up without hashing the name: the resolvers
/// ask for a dozen groups per match, and a `[String: Int]` lookup hashes the whole string.
/// Names are keyed by their length and first and last bytes, then compared.
struct GroupIndex: Sendable {
    private static let size = 256
    private let names: [String?]
    private let numbers: [Int]

    init(_ groupNumbers: [String: Int]) {
        precondition(groupNumbers.count < GroupIndex.size / 2, "too many named groups for the index")
        var names = [String?](repeating: nil, count: GroupIndex.size)
        var numbers = [Int](repeating: 0, count: GroupIndex.size)
        for (name, number) in groupNumbers.sorted(by: { $0.key < $1.key }) {
            var slot = GroupIndex.slot(name)
            while names[slot] != nil { slot = (slot + 1) & (GroupIndex.size - 1) }
            names[slot] = name
            numbers[slot] = number
        }
        self.names = names
        self.numbers = numbers
    }

    /// The number of the group called `name`, or nil when the pattern has none.
    func number(_ name: String) -> Int? {
        var slot = GroupIndex.slot(name)
        while let candidate = names[slot] {
            if candidate == name { return numbers[slot] }
            slot = (slot + 1) & (GroupIndex.size - 1)
        }
        return nil
    }

    private static func slot(_ name: String) -> Int {
        var name = name  // small strings hand out their bytes from the stack, with no allocation
        return name.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return 0 }
            return (utf8.count &* 31 &+ Int(first) &* 7 &+ Int(last)) & (size - 1)
        }
    }
}

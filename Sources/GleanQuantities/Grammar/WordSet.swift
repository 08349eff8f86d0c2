/// A set of words whose `contains` first asks a cheap filter (the word's length with its first
/// byte and with its last byte): most words looked up are not in the set, and the filter turns
/// them away without hashing the string. Answers exactly as the `Set<String>` it wraps.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    /// By length (31 for longer words): a bit per first byte (`& 31`) and per last byte (`& 31`).
    private let firsts: [UInt32]
    private let lasts: [UInt32]

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        var firsts = [UInt32](repeating: 0, count: 32)
        var lasts = [UInt32](repeating: 0, count: 32)
        for w in self.words {
            let u = w.utf8
            guard let first = u.first, let last = u.last else { continue }
            let n = min(u.count, 31)
            firsts[n] |= 1 << UInt32(first & 31)
            lasts[n] |= 1 << UInt32(last & 31)
        }
        self.firsts = firsts
        self.lasts = lasts
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ w: String) -> Bool {
        let u = w.utf8
        guard let first = u.first, let last = u.last else { return words.contains(w) }
        let n = min(u.count, 31)
        guard firsts[n] & (1 << UInt32(first & 31)) != 0, lasts[n] & (1 << UInt32(last & 31)) != 0 else { return false }
        return words.contains(w)
    }
}

/// Lowercase ASCII words or phrases with a value, looked up by a byte range of the text with
/// ASCII letters lowercased (as ``WordScanner/lower(_:)`` would give): no string is built.
struct ByteWordTable<Value: Sendable>: Sendable {
    /// By length (up to 31): the keys' bytes and their values.
    private let keys: [[[UInt8]]]
    private let values: [[Value]]

    init(_ table: [String: Value]) {
        var keys = [[[UInt8]]](repeating: [], count: 32)
        var values = [[Value]](repeating: [], count: 32)
        for (key, value) in table {
            let u = Array(key.utf8)
            precondition(u.count < 32 && u.allSatisfy { $0 < 0x80 && !WordScanner.isUpper($0) }, "'\(key)' must be short lowercase ASCII")
            keys[u.count].append(u)
            values[u.count].append(value)
        }
        self.keys = keys
        self.values = values
    }

    /// The value for the bytes of `range` lowercased; nil when absent. `range` must be ASCII.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let n = range.count
        guard n > 0, n < 32 else { return nil }
        let candidates = keys[n]
        for (index, key) in candidates.enumerated() {
            var k = 0
            while k < n {
                let b = bytes[range.lowerBound + k]
                if (WordScanner.isUpper(b) ? b | 0x20 : b) != key[k] { break }
                k += 1
            }
            if k == n { return values[n][index] }
        }
        return nil
    }
}

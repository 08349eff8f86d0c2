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

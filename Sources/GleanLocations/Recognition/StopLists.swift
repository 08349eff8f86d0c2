/// Names in the gazetteer that news text nearly always uses for something else: months and
/// days ("August", "March"), holidays, and institutions named like towns ("White House",
/// "Duma"). They count as places only when qualified ("Christmas, Florida").
enum StopLists {
    static let names: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "christmas", "easter", "halloween", "thanksgiving", "white house", "duma", "state duma", "kremlin",
        "pentagon", "capitol", "congress", "senate", "parliament", "knesset", "red cross", "city park",
        "god", "jesus", "christ", "bible", "internet", "google", "twitter", "facebook", "amazon", "apple",
        "union", "liberty", "independence", "justice", "victory", "hope", "faith",
        "grace", "joy", "unity", "harmony", "providence", "trinity", "bethlehem",
        // Firms, brands, commodities and adjectives that share a town's name.
        "bank", "council", "brent", "tata", "nokia", "toyota", "english", "santa claus", "abba", "home", "lone star",
        "hamas", "hezbollah", "taliban", "federal", "brits",
    ]

    /// The entries of ``names`` in `gazetteer`.
    static func entries(in gazetteer: Gazetteer) -> EntrySet {
        EntrySet(names.compactMap { gazetteer.entry(for: $0)?.index })
    }
}

/// A set of gazetteer entry indices as a bitmap (a lookup is a shift and a load, no hashing).
struct EntrySet: Sendable {
    private let words: [UInt64]

    init(_ indices: [Int]) {
        var words = [UInt64](repeating: 0, count: (indices.max() ?? 0) / 64 + 1)
        for i in indices where i >= 0 { words[i >> 6] |= 1 << UInt64(i & 63) }
        self.words = words
    }

    @inline(__always) func contains(_ index: Int) -> Bool {
        let w = index >> 6
        return index >= 0 && w < words.count && words[w] & (1 << UInt64(index & 63)) != 0
    }
}

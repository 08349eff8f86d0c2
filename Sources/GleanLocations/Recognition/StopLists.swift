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
    static func entries(in gazetteer: Gazetteer) -> Set<Int> {
        Set(names.compactMap { gazetteer.entry(for: $0)?.index })
    }
}

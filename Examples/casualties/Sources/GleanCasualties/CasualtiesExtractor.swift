import GleanCore
import GleanPCRE

/// Casualty counts in conflict and disaster news: how many were killed, wounded or missing,
/// with approximate ("nearly 3,000"), vague ("several") and zero ("no casualties") reports.
///
/// Each extraction has `category` (killed, wounded, missing, or casualties when the report does
/// not say which), `value` (an integer, or null when the amount is vague), `min` (the least the
/// report can mean), `approximate`, and `victims` (the counted noun, when there is one).
public struct CasualtiesExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "casualties",
        summary: "Counts of people killed, wounded or missing in conflict news, with approximate, vague and zero reports.",
        types: ["casualty"],
        options: [
            OptionDescription("include_zero", .boolean, default: true, "Report \"no casualties\" as a count of 0."),
        ],
        examples: CasualtiesExamples.all
    )

    private static let number = CasualtyNumbers.pattern
    private static let hedge = #"(?:nearly|almost|about|around|approximately|roughly|some|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as)"#
    private static let victims = #"(?:people|persons|civilians|soldiers|troops|fighters|children|residents|villagers|others|lives|men|women|workers|passengers|policemen|officers|protesters|militants|journalists|patients|a\s+child|a\s+woman|a\s+man|person|civilian|soldier|child)"#

    /// "killed six people", "wounding several civilians", "left 12 dead".
    private static let verbFirst = try! Pattern(#"""
        \b(?<verb>killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures)\s+
        (?:(?<hedge>\#(hedge))\s+)?(?<count>\#(number))\s+(?:[a-z]+\s+)?(?<victims>\#(victims))\b
        """#, options: [.extended, .caseless])

    /// "nearly 3,000 lives were lost", "six people were killed", "two soldiers died", "12 dead".
    private static let countFirst = try! Pattern(#"""
        (?<![\w,.])(?:(?<hedge>\#(hedge))\s+)?(?<count>\#(number))\s+(?:(?:[a-z]+\s+)?(?<victims>\#(victims))\s+)?
        (?:(?:were|was|have\s+been|has\s+been|had\s+been|are|reportedly)\s+)?
        (?<outcome>killed|dead|died|wounded|injured|hurt|missing|lost)\b
        """#, options: [.extended, .caseless])

    /// "no casualties", "no fatalities or injuries", "no one was killed".
    private static let none = try! Pattern(#"""
        \bno\s+(?:(?<kind>casualties|fatalities|deaths|injuries|victims)(?:\s+or\s+(?<other>injuries|fatalities|deaths))?
        |one\s+was\s+(?<outcome>killed|hurt|injured|wounded))\b
        """#, options: [.extended, .caseless])

    /// "the death toll rose to 45".
    private static let toll = try! Pattern(#"""
        \b(?:death|casualty)\s+toll\s+(?:\w+\s+){0,3}?(?:to|of|at)\s+(?:(?<hedge>\#(hedge))\s+)?(?<count>\#(number))\b
        """#, options: [.extended, .caseless])

    let includeZero: Bool

    public init(options: ExtractorOptions) throws {
        includeZero = options.bool("include_zero") ?? true
    }

    static func category(_ word: String) -> String {
        switch word.lowercased() {
        case "killed", "killing", "kills", "dead", "died", "lost", "fatalities", "deaths", "death": return "killed"
        case "wounded", "wounding", "wounds", "injured", "injuring", "injures", "hurt", "injuries": return "wounded"
        case "missing": return "missing"
        default: return "casualties"
        }
    }

    public func extract(from document: Document) throws -> [Extraction] {
        var found: [Extraction] = []
        var taken: [Range<Int>] = []
        func add(_ range: Range<Int>, category: String, count: CasualtyNumbers.Count, hedged: Bool, victims: String?) {
            guard !taken.contains(where: { $0.overlaps(range) }) else { return }
            taken.append(range)
            var attributes: JSONObject = ["category": .string(category)]
            attributes["value"] = count.value.map(JSONValue.int) ?? .null
            attributes["min"] = count.minimum.map(JSONValue.int) ?? .null
            attributes["approximate"] = .bool(hedged || count.vague)
            if let victims { attributes["victims"] = .string(victims.lowercased()) }
            found.append(document.extraction("casualty", utf8: range, attributes: attributes))
        }
        try document.withUTF8 { text in
            try Self.verbFirst.forEachMatch(inUTF8: text) { m in
                if let count = m["count"].flatMap(CasualtyNumbers.parse) {
                    add(m.range, category: Self.category(m["verb"]!), count: count, hedged: m.range("hedge") != nil, victims: m["victims"])
                }
                return true
            }
            try Self.countFirst.forEachMatch(inUTF8: text) { m in
                if let count = m["count"].flatMap(CasualtyNumbers.parse) {
                    let start = m.range("count")!.lowerBound
                    add(start..<m.range.upperBound, category: Self.category(m["outcome"]!), count: count,
                        hedged: m.range("hedge") != nil, victims: m["victims"])
                }
                return true
            }
            try Self.toll.forEachMatch(inUTF8: text) { m in
                if let count = m["count"].flatMap(CasualtyNumbers.parse) {
                    add(m.range, category: "killed", count: count, hedged: m.range("hedge") != nil, victims: nil)
                }
                return true
            }
            if includeZero {
                try Self.none.forEachMatch(inUTF8: text) { m in
                    let word = m["outcome"] ?? m["kind"]!
                    let category = m.range("other") != nil ? "casualties" : Self.category(word)
                    add(m.range, category: category, count: .init(value: 0, minimum: 0), hedged: false, victims: nil)
                    return true
                }
            }
        }
        return found.sorted { $0.start < $1.start }
    }
}

import GleanCore
import GleanPCRE

/// The `pattern` extractor: declarative PCRE2 rules from the config, like spaCy's EntityRuler.
///
/// ```yaml
/// extractors:
///   - id: pattern
///     options:
///       rules:
///         - type: drone_count
///           pattern: '(?<count>\d+) drones'
///           fields: {count: {field: value, as: integer}}
/// ```
public struct PatternExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "pattern",
        summary: "Declarative PCRE2 rules: each match of a rule's pattern becomes an extraction of the rule's type, with named groups copied into fields.",
        types: [],
        options: [
            OptionDescription("rules", .mappings, default: [],
                              "The rules. Each has `type` (the label), `pattern` (PCRE2, UTF mode), optional `flags` (caseless, multiline, extended, dotall, ucp), `fields` (group name -> field name, or {field: NAME, as: string|integer|number}; default: every named group as a string), `span` (the group that is the extraction's span; default the whole match) and `attributes` (constant fields)."),
            OptionDescription("match_limit", .integer, default: .int(Int(MatchLimits.default.matchLimit)),
                              "PCRE2 match limit per match: a rule that backtracks past it fails on that document with an error; the run goes on."),
            OptionDescription("depth_limit", .integer, default: .int(Int(MatchLimits.default.depthLimit)),
                              "PCRE2 backtracking depth limit per match."),
            OptionDescription("heap_limit_kib", .integer, default: .int(Int(MatchLimits.default.heapLimitKiB)),
                              "PCRE2 heap limit per match, in KiB."),
        ],
        examples: [
            ExtractorExample(
                "Ukrainian forces reported shooting down 57 drones, while 56 others were disabled.",
                options: ["rules": [["type": "drone_count", "pattern": #"(?<count>\d+) drones"#,
                                      "fields": ["count": ["field": "value", "as": "integer"]]]]],
                expect: [ExpectedExtraction("57 drones", type: "drone_count", ["value": 57])]),
            ExtractorExample(
                "Contact press@example.org or Press@Example.ORG.",
                options: ["rules": [["type": "email", "pattern": #"[a-z]+@[a-z]+\.[a-z]+"#, "flags": ["caseless"],
                                      "attributes": ["source": "rule"]]]],
                expect: [ExpectedExtraction("press@example.org", type: "email", ["source": "rule"]),
                         ExpectedExtraction("Press@Example.ORG", type: "email")]),
            ExtractorExample(
                "Kazan’s airport reopened; Казань is Kazan in Russian.",
                options: ["rules": [["type": "city", "pattern": #"\b(?<name>Kazan|Казань)(?:’s)?"#, "span": "name",
                                      "flags": ["ucp"]]]],
                expect: [ExpectedExtraction("Kazan", type: "city", ["name": "Kazan"]),
                         ExpectedExtraction("Казань", type: "city", ["name": "Казань"]),
                         ExpectedExtraction("Kazan", type: "city", occurrence: 1)]),
            .negative("No drones were reported.",
                      options: ["rules": [["type": "drone_count", "pattern": #"\d+ drones"#]]]),
        ]
    )

    public let rules: [PatternRule]

    public init(options: ExtractorOptions) throws {
        let limits = MatchLimits(
            matchLimit: UInt32(clamping: options.int("match_limit") ?? Int(MatchLimits.default.matchLimit)),
            depthLimit: UInt32(clamping: options.int("depth_limit") ?? Int(MatchLimits.default.depthLimit)),
            heapLimitKiB: UInt32(clamping: options.int("heap_limit_kib") ?? Int(MatchLimits.default.heapLimitKiB)))
        rules = try (options.mappings("rules") ?? []).enumerated().map { index, rule in
            try PatternRule(rule, index: index, options: options, limits: limits)
        }
    }

    public func extract(from document: Document) throws -> [Extraction] {
        var found: [Extraction] = []
        var errors: [String] = []
        try document.withUTF8 { text in
            for rule in rules {
                do {
                    try rule.pattern.forEachMatch(inUTF8: text) { match in
                        guard let span = match.range(rule.spanGroup) else { return true }
                        var attributes = JSONObject()
                        for field in rule.fields {
                            if let range = match.range(field.group) {
                                attributes[field.name] = rule.value(match.text(range), as: field.kind)
                            }
                        }
                        for (key, value) in rule.attributes { attributes[key] = value }
                        found.append(document.extraction(rule.type, utf8: span, attributes: attributes))
                        return true
                    }
                } catch let error as PCRE2Error {
                    errors.append("pattern rule '\(rule.type)': \(error)")
                }
            }
        }
        found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        if !errors.isEmpty { throw PartialExtraction(extractions: found, errors: errors) }
        return found
    }
}

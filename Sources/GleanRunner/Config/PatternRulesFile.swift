import Foundation
import GleanCore

/// A rules file: declarative `pattern` rules packaged as an extractor of their own, for the
/// `GleanRulesPlugin` build tool, which compiles it into a Swift extractor type.
///
/// ```yaml
/// id: drone-counts
/// summary: Counts of drones.
/// rules:
///   - {type: drone_count, pattern: '(?<count>\d+) drones', fields: {count: {field: value, as: integer}}}
/// examples:
///   - text: 113 drones overnight
///     expect: [{text: 113 drones, attributes: {value: 113}}]
///   - text: No drones.          # no expect: a negative example
/// ```
public struct PatternRulesFile: Sendable {
    public let id: String
    public let summary: String
    /// The `pattern` extractor's options (`rules`, limits).
    public let options: JSONObject
    public let description: ExtractorDescription
    /// Where each value was written, by path (`rules.0.pattern`).
    public let locations: [String: SourceLocation]
    public let file: String

    static let keys = ["id", "summary", "rules", "examples", "match_limit", "depth_limit", "heap_limit_kib"]

    /// Reads `path` and checks its structure; each problem is a ``GleanError`` with file, line and
    /// column. (Compiling the patterns and running the examples is the caller's next step.)
    public static func load(path: String) throws(GleanError) -> PatternRulesFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GleanError(.config, "cannot read rules file", at: SourceLocation(file: path))
        }
        let yaml = try YAMLDocument(text: text, file: path)
        guard let root = yaml.root.objectValue else {
            throw GleanError(.config, "a rules file is a mapping with id, summary, rules and examples", at: yaml.location(""))
        }
        for key in root.keys where !keys.contains(key) {
            throw GleanError(.config, "unknown key '\(key)'\(Suggestions.hint(for: key, in: keys)); expected \(keys.joined(separator: ", "))",
                             at: yaml.keyLocation(key))
        }
        guard let id = root["id"]?.stringValue, id.range(of: #"^[a-z][a-z0-9_-]*$"#, options: .regularExpression) != nil else {
            throw GleanError(.config, "'id' must be lower case letters, digits, - or _", at: yaml.location("id"))
        }
        let summary = root["summary"]?.stringValue ?? "Pattern rules from \((path as NSString).lastPathComponent)."
        var options = JSONObject()
        for key in ["rules", "match_limit", "depth_limit", "heap_limit_kib"] {
            if let value = root[key] { options[key] = value }
        }
        guard let rules = options["rules"]?.arrayValue, !rules.isEmpty else {
            throw GleanError(.config, "'rules' must list at least one rule", at: yaml.location("rules"))
        }
        let types = Array(Set(rules.compactMap { $0.objectValue?["type"]?.stringValue })).sorted()

        var examples: [ExtractorExample] = []
        for (index, value) in (root["examples"]?.arrayValue ?? []).enumerated() {
            let at = "examples.\(index)"
            guard let example = value.objectValue, let text = example["text"]?.stringValue else {
                throw GleanError(.config, "an example needs 'text'", at: yaml.location(at))
            }
            var expected: [ExpectedExtraction] = []
            for (n, item) in (example["expect"]?.arrayValue ?? []).enumerated() {
                guard let entry = ExpectedExtraction(json: item) else {
                    throw GleanError(.config, "an expected extraction needs 'text'", at: yaml.location("\(at).expect.\(n)"))
                }
                expected.append(entry)
            }
            examples.append(ExtractorExample(text, date: example["date"]?.stringValue, expect: expected))
        }
        let description = ExtractorDescription(id: id, summary: summary, types: types, examples: examples)

        return PatternRulesFile(id: id, summary: summary, options: options, description: description,
                                locations: yaml.locations, file: path)
    }

    /// Where the value at `path` (`rules.0.pattern`, `examples.2`) was written.
    public func location(of path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file)
    }
}

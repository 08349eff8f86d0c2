import GleanCore
import GleanPCRE

/// One declarative rule of the `pattern` extractor: a PCRE2 pattern whose matches become
/// extractions of `type`, with named groups copied into output fields.
public struct PatternRule: Sendable {
    /// How a captured group is written to its field.
    public enum FieldKind: String, Sendable, CaseIterable {
        case string, integer, number
    }

    /// A named group copied into an output field.
    public struct Field: Sendable {
        public let group: String
        public let name: String
        public let kind: FieldKind
    }

    public let type: String
    public let pattern: Pattern
    /// The group whose range is the extraction's span (0: the whole match).
    public let spanGroup: Int
    public let fields: [Field]
    /// Constant attributes added to every extraction.
    public let attributes: JSONObject

    /// Reads rule number `index` from the `rules` option, reporting errors at their config location.
    init(_ rule: JSONObject, index: Int, options: ExtractorOptions, limits: MatchLimits) throws {
        let path = "rules.\(index)"
        let known = ["type", "label", "pattern", "flags", "fields", "span", "attributes"]
        for key in rule.keys where !known.contains(key) {
            throw options.error("\(path).\(key)", "unknown key '\(key)'\(Suggestions.hint(for: key, in: known)); a rule takes \(known.joined(separator: ", "))")
        }
        guard let type = (rule["type"] ?? rule["label"])?.stringValue, !type.isEmpty else {
            throw options.error(path, "a rule needs a 'type' (the label of what it finds)")
        }
        guard let source = rule["pattern"]?.stringValue, !source.isEmpty else {
            throw options.error(path, "rule '\(type)' needs a 'pattern' (a PCRE2 regular expression)")
        }
        var flags = PatternOptions()
        let flagValues: [JSONValue] = rule["flags"].map { $0.arrayValue ?? [$0] } ?? []
        for value in flagValues {
            let names = PatternOptions.byName.map(\.name)
            guard let name = value.stringValue, let flag = PatternOptions(name: name) else {
                throw options.error("\(path).flags", "unknown flag \(value.jsonText)\(Suggestions.hint(for: value.stringValue ?? "", in: names)); flags are \(names.joined(separator: ", "))")
            }
            flags.insert(flag)
        }
        do {
            pattern = try Pattern(source, options: flags, limits: limits)
        } catch {
            throw options.error("\(path).pattern", "rule '\(type)': \(error)")
        }
        self.type = type

        if let span = rule["span"] {
            if let number = span.intValue, number >= 0, number <= pattern.captureCount {
                spanGroup = number
            } else if let name = span.stringValue, let number = pattern.groupNumbers[name] {
                spanGroup = number
            } else {
                throw options.error("\(path).span", "rule '\(type)': 'span' must name a group of the pattern, not \(span.jsonText)")
            }
        } else {
            spanGroup = 0
        }

        var fields: [Field] = []
        if let mapping = rule["fields"] {
            guard let object = mapping.objectValue else {
                throw options.error("\(path).fields", "'fields' maps group names to field names, e.g. {count: {field: value, as: integer}}")
            }
            for (group, spec) in object {
                guard pattern.groupNumbers[group] != nil else {
                    let groups = pattern.groupNumbers.keys.sorted()
                    throw options.error("\(path).fields.\(group)", "rule '\(type)': the pattern has no group named '\(group)'\(Suggestions.hint(for: group, in: groups))")
                }
                if let name = spec.stringValue {
                    fields.append(Field(group: group, name: name, kind: .string))
                } else if let spec = spec.objectValue {
                    let name = spec["field"]?.stringValue ?? group
                    let kindName = spec["as"]?.stringValue ?? "string"
                    guard let kind = FieldKind(rawValue: kindName) else {
                        let kinds = FieldKind.allCases.map(\.rawValue)
                        throw options.error("\(path).fields.\(group)", "'as' must be one of \(kinds.joined(separator: ", ")), not '\(kindName)'")
                    }
                    fields.append(Field(group: group, name: name, kind: kind))
                } else {
                    throw options.error("\(path).fields.\(group)", "expected a field name or {field: NAME, as: string|integer|number}")
                }
            }
        } else {
            fields = pattern.groupNumbers.sorted { $0.value < $1.value }.map { Field(group: $0.key, name: $0.key, kind: .string) }
        }
        self.fields = fields
        attributes = rule["attributes"]?.objectValue ?? JSONObject()
    }

    /// The value of a captured group as its field kind (numbers accept `1,234` and `1.5`).
    func value(_ text: String, as kind: FieldKind) -> JSONValue {
        switch kind {
        case .string: return .string(text)
        case .integer:
            let digits = text.filter { $0 != "," && $0 != "_" }
            return Int(digits).map(JSONValue.int) ?? .null
        case .number:
            let digits = text.filter { $0 != "," && $0 != "_" }
            return Double(digits).map(JSONValue.double) ?? .null
        }
    }
}

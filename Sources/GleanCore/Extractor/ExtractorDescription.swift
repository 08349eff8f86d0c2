/// What an extractor is, what it takes and what it must get right: its id, a summary, its
/// options, and a corpus of examples that the test suite runs (see ``ExampleVerifier``).
public struct ExtractorDescription: Sendable {
    /// The stable id used in configs and on the command line (`dates`, `pattern`).
    public let id: String
    /// One or two sentences for `glean list` and the docs.
    public let summary: String
    /// The extraction types it emits (`date`); empty when they depend on the options.
    public let types: [String]
    /// The options it accepts.
    public let options: [OptionDescription]
    /// Examples that must pass, positives and negatives.
    public let examples: [ExtractorExample]

    public init(id: String, summary: String, types: [String] = [], options: [OptionDescription] = [],
                examples: [ExtractorExample] = []) {
        self.id = id
        self.summary = summary
        self.types = types
        self.options = options
        self.examples = examples
    }

    /// The option named `name`.
    public func option(_ name: String) -> OptionDescription? { options.first { $0.name == name } }
}

/// One option of an extractor: its name, type, default and meaning.
public struct OptionDescription: Sendable {
    /// The kinds of values an option takes.
    public enum ValueType: String, Sendable {
        case string, integer, number, boolean
        /// A `YYYY-MM-DD` date.
        case date
        /// A list of strings (a single string is accepted as a one-element list).
        case strings = "list of strings"
        /// A list of mappings (e.g. rules).
        case mappings = "list of mappings"
        case mapping
    }

    public let name: String
    public let type: ValueType
    /// The value used when the option is absent (nil: absent means "not set").
    public let defaultValue: JSONValue?
    public let summary: String
    /// The allowed values, for options that take one of a fixed set.
    public let allowedValues: [String]?

    public init(_ name: String, _ type: ValueType, default defaultValue: JSONValue? = nil, allowed: [String]? = nil,
                _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
        self.allowedValues = allowed
    }

    /// Checks a value against the type; returns the value normalized (a string as a one-element
    /// list for `strings`), or an error message.
    public func validate(_ value: JSONValue) -> Result<JSONValue, GleanErrorMessage> {
        func fail(_ expected: String) -> Result<JSONValue, GleanErrorMessage> {
            .failure(GleanErrorMessage("option '\(name)' must be \(expected), not \(value.typeName) \(value.jsonText)"))
        }
        switch type {
        case .string:
            guard let s = value.stringValue else { return fail("a string") }
            if let allowed = allowedValues, !allowed.contains(s) {
                return .failure(GleanErrorMessage("option '\(name)' must be one of \(allowed.joined(separator: ", ")), not '\(s)'"
                    + Suggestions.hint(for: s, in: allowed)))
            }
        case .integer: if value.intValue == nil { return fail("an integer") }
        case .number: if value.doubleValue == nil { return fail("a number") }
        case .boolean: if value.boolValue == nil { return fail("true or false") }
        case .date:
            guard let s = value.stringValue, CivilDate(iso: s) != nil else { return fail("a date (YYYY-MM-DD)") }
        case .strings:
            if let s = value.stringValue { return .success(.array([.string(s)])) }
            guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else { return fail("a list of strings") }
            if let allowed = allowedValues, let bad = items.compactMap(\.stringValue).first(where: { !allowed.contains($0) }) {
                return .failure(GleanErrorMessage("option '\(name)' takes \(allowed.joined(separator: ", ")), not '\(bad)'"
                    + Suggestions.hint(for: bad, in: allowed)))
            }
        case .mappings:
            guard let items = value.arrayValue, items.allSatisfy({ $0.objectValue != nil }) else { return fail("a list of mappings") }
        case .mapping: if value.objectValue == nil { return fail("a mapping") }
        }
        return .success(value)
    }
}

/// An error message without a location yet (the caller adds it).
public struct GleanErrorMessage: Error, Sendable {
    public let text: String
    public init(_ text: String) { self.text = text }
}

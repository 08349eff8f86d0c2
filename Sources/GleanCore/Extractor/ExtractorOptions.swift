/// The options an extractor is created with, validated against its ``ExtractorDescription``,
/// with defaults filled in and the config location of each value for error messages.
public struct ExtractorOptions: Sendable {
    /// The extractor these options are for.
    public let extractorID: String
    /// The values, defaults included.
    public let values: JSONObject
    /// Where each option was written (config file, line, column), when it came from a file.
    public let locations: [String: SourceLocation]
    /// Where the extractor's entry was written.
    public let location: SourceLocation?

    /// Validates `values` against `description`: unknown names (with a suggestion) and values of
    /// the wrong type are config errors.
    public init(for description: ExtractorDescription, values given: JSONObject = JSONObject(),
                locations: [String: SourceLocation] = [:], location: SourceLocation? = nil) throws(GleanError) {
        var values = JSONObject()
        let known = description.options.map(\.name)
        for (name, value) in given {
            guard let option = description.option(name) else {
                let hint = Suggestions.hint(for: name, in: known)
                let list = known.isEmpty ? "it takes no options" : "it takes: " + known.joined(separator: ", ")
                throw GleanError(.config, "unknown option '\(name)' for extractor '\(description.id)'\(hint); \(list)",
                                 at: locations[name] ?? location)
            }
            switch option.validate(value) {
            case .success(let normalized): values[name] = normalized
            case .failure(let message):
                throw GleanError(.config, "extractor '\(description.id)': \(message.text)", at: locations[name] ?? location)
            }
        }
        for option in description.options where values[option.name] == nil {
            if let value = option.defaultValue { values[option.name] = value }
        }
        self.extractorID = description.id
        self.values = values
        self.locations = locations
        self.location = location
    }

    /// The raw value of an option (default applied), or nil.
    public subscript(name: String) -> JSONValue? {
        values[name].flatMap { $0.isNull ? nil : $0 }
    }

    public func string(_ name: String) -> String? { self[name]?.stringValue }
    public func int(_ name: String) -> Int? { self[name]?.intValue }
    public func double(_ name: String) -> Double? { self[name]?.doubleValue }
    public func bool(_ name: String) -> Bool? { self[name]?.boolValue }
    public func date(_ name: String) -> CivilDate? { string(name).flatMap(CivilDate.init(iso:)) }
    public func strings(_ name: String) -> [String]? { self[name]?.arrayValue?.compactMap(\.stringValue) }
    public func mappings(_ name: String) -> [JSONObject]? { self[name]?.arrayValue?.compactMap(\.objectValue) }

    /// Where the value at `path` was written: `rules.2.pattern` is the pattern of the third
    /// rule; falls back to the nearest enclosing value that has a location.
    public func location(of path: String) -> SourceLocation? {
        var path = Substring(path)
        while true {
            if let found = locations[String(path)] { return found }
            guard let dot = path.lastIndex(of: ".") else { return location }
            path = path[..<dot]
        }
    }

    /// A config error about the option value at `path` (`rules.2.pattern`), located where it was written.
    public func error(_ path: String, _ message: String) -> GleanError {
        GleanError(.config, "extractor '\(extractorID)', \(path): \(message)", at: location(of: path))
    }
}

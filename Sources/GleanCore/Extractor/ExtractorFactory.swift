/// How to make one kind of extractor: its description and a constructor. A Swift extractor type
/// gives one directly; a plugin loaded at run time provides its own.
public struct ExtractorFactory: Sendable {
    public let description: ExtractorDescription
    private let construct: @Sendable (ExtractorOptions) throws -> any Extractor

    public init(description: ExtractorDescription, make: @escaping @Sendable (ExtractorOptions) throws -> any Extractor) {
        self.description = description
        self.construct = make
    }

    /// The factory of a Swift extractor type.
    public init(_ type: any Extractor.Type) {
        self.init(description: type.description) { try type.init(options: $0) }
    }

    /// The stable id.
    public var id: String { description.id }

    /// Validates `options` against the description (defaults filled in) and makes the extractor.
    public func make(options: JSONObject = JSONObject(), locations: [String: SourceLocation] = [:],
                     at location: SourceLocation? = nil) throws -> any Extractor {
        try construct(ExtractorOptions(for: description, values: options, locations: locations, location: location))
    }

    /// Makes the extractor from already validated options.
    public func make(validated options: ExtractorOptions) throws -> any Extractor {
        try construct(options)
    }
}

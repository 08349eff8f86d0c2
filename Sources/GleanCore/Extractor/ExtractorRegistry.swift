/// The extractors a run can use, by id: the built-ins plus any a user package registers.
public struct ExtractorRegistry: Sendable {
    private var types: [String: any Extractor.Type] = [:]
    private var order: [String] = []

    public init() {}

    /// Adds an extractor type; a later registration of the same id replaces the earlier one.
    public mutating func register(_ type: any Extractor.Type) {
        let id = type.description.id
        if types[id] == nil { order.append(id) }
        types[id] = type
    }

    /// The registered ids, in registration order.
    public var ids: [String] { order }

    /// The registered types, in registration order.
    public var all: [any Extractor.Type] { order.map { types[$0]! } }

    /// The type registered as `id`, or nil.
    public func type(for id: String) -> (any Extractor.Type)? { types[id] }

    /// The type registered as `id`; an unknown id is a usage error with a suggestion.
    public func resolve(_ id: String, at location: SourceLocation? = nil) throws(GleanError) -> any Extractor.Type {
        if let type = types[id] { return type }
        throw GleanError(.usage, "unknown extractor '\(id)'\(Suggestions.hint(for: id, in: order)); available: \(order.joined(separator: ", "))",
                         at: location)
    }

    /// Creates extractor `id` with `options` (validated, defaults filled in).
    public func make(_ id: String, options: JSONObject = JSONObject(), locations: [String: SourceLocation] = [:],
                     at location: SourceLocation? = nil) throws -> any Extractor {
        let type = try resolve(id, at: location)
        let validated = try ExtractorOptions(for: type.description, values: options, locations: locations, location: location)
        return try type.init(options: validated)
    }
}

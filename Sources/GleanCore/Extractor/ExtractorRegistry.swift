/// The extractors a run can use, by id: the built-ins plus any a user package registers or a
/// plugin provides.
public struct ExtractorRegistry: Sendable {
    private var factories: [String: ExtractorFactory] = [:]
    private var order: [String] = []

    public init() {}

    /// Adds an extractor type; a later registration of the same id replaces the earlier one.
    public mutating func register(_ type: any Extractor.Type) {
        register(ExtractorFactory(type))
    }

    /// Adds an extractor factory (e.g. one provided by a plugin).
    public mutating func register(_ factory: ExtractorFactory) {
        if factories[factory.id] == nil { order.append(factory.id) }
        factories[factory.id] = factory
    }

    /// The registered ids, in registration order.
    public var ids: [String] { order }

    /// The registered factories, in registration order.
    public var all: [ExtractorFactory] { order.map { factories[$0]! } }

    /// The factory registered as `id`, or nil.
    public func factory(for id: String) -> ExtractorFactory? { factories[id] }

    /// The factory registered as `id`; an unknown id is a usage error with a suggestion.
    public func resolve(_ id: String, at location: SourceLocation? = nil) throws(GleanError) -> ExtractorFactory {
        if let factory = factories[id] { return factory }
        throw GleanError(.usage, "unknown extractor '\(id)'\(Suggestions.hint(for: id, in: order)); available: \(order.joined(separator: ", "))",
                         at: location)
    }

    /// Creates extractor `id` with `options` (validated, defaults filled in).
    public func make(_ id: String, options: JSONObject = JSONObject(), locations: [String: SourceLocation] = [:],
                     at location: SourceLocation? = nil) throws -> any Extractor {
        try resolve(id, at: location).make(options: options, locations: locations, at: location)
    }
}

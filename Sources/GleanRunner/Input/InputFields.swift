import GleanCore

/// Which JSONL fields hold a document's id, text and publication date; every other field is
/// passed to extractors as metadata.
public struct InputFields: Sendable, Hashable {
    public var id: String
    public var text: String
    public var date: String

    public init(id: String = "id", text: String = "text", date: String = "date") {
        self.id = id
        self.text = text
        self.date = date
    }
}

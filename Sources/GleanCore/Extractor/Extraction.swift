/// One fact found in a document: its type, where it is, and its normalized fields.
///
/// Serialized as `{"type":..., "start":..., "end":..., "text":..., <attributes>...}`, the
/// predictions format of the evaluation tools.
public struct Extraction: Sendable, Hashable {
    /// What was found: `date`, `quantity`, `location`, `quote`, or a user label.
    public var type: String
    /// Start, as a Unicode code point offset into the document text.
    public var start: Int
    /// End (exclusive), as a Unicode code point offset.
    public var end: Int
    /// The matched text, `text[start..<end]`.
    public var text: String
    /// Normalized, type-specific fields (`value`, `unit`, `lat`...), in output order.
    public var attributes: JSONObject

    public init(type: String, start: Int, end: Int, text: String, attributes: JSONObject = JSONObject()) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.attributes = attributes
    }

    /// The extraction as a JSON object in the predictions format.
    public var json: JSONObject {
        var object = JSONObject()
        object.append("type", .string(type))
        object.append("start", .int(start))
        object.append("end", .int(end))
        object.append("text", .string(text))
        for (key, value) in attributes where !["type", "start", "end", "text"].contains(key) {
            object.append(key, value)
        }
        return object
    }
}

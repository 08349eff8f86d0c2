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

    /// Writes ``json`` straight into `writer`, without building the object first (the output
    /// hot path: same bytes as `writer.write(.object(json))`).
    public func write(into writer: inout JSONWriter) {
        writeObject(into: &writer)
    }

    /// Writes `[e1,e2,...]`: what ``write(into:)`` writes for each extraction, in order.
    ///
    /// The output hot path: the extractions are read in place (a loop calling
    /// ``write(into:)`` from another module copies each extraction first, four retains and
    /// four releases).
    public static func write(_ extractions: [Extraction], into writer: inout JSONWriter) {
        writer.raw("[")
        extractions.withUnsafeBufferPointer { extractions in
            for index in extractions.indices {
                if index > 0 { writer.raw(",") }
                extractions[index].writeObject(into: &writer)
            }
        }
        writer.raw("]")
    }

    @inline(__always)
    private func writeObject(into writer: inout JSONWriter) {
        writer.raw("{\"type\":")
        writer.write(string: type)
        writer.raw(",\"start\":")
        writer.write(int: start)
        writer.raw(",\"end\":")
        writer.write(int: end)
        writer.raw(",\"text\":")
        writer.write(string: text)
        if let written = attributes.written {
            writer.append(written.bytes)
        } else {
            Extraction.writeAttributes(attributes.storage, into: &writer)
        }
        writer.raw("}")
    }

    /// Writes `,"key":value` for each attribute whose key is not one of the extraction's own.
    static func writeAttributes(_ attributes: [JSONObject.Entry], into writer: inout JSONWriter) {
        attributes.withUnsafeBufferPointer { entries in
            for index in entries.indices {
                if Extraction.isReservedKey(entries[index].key) { continue }
                writer.write(nextKey: entries[index].key)
                // The common scalar cases read in place (no copy of the value to pass it on).
                switch entries[index].value {
                case .string(let string): writer.write(string: string)
                case .int(let int): writer.write(int: int)
                case .double(let double): writer.write(number: double)
                case .bool(let bool): if bool { writer.raw("true") } else { writer.raw("false") }
                case .null: writer.raw("null")
                case .array, .object: writer.write(entries[index].value)
                }
            }
        }
    }

    /// Keys that belong to the extraction itself and are never taken from the attributes.
    @inline(__always)
    static func isReservedKey(_ key: String) -> Bool {
        // Length and first byte first: a full string comparison only for near misses.
        let utf8 = key.utf8
        switch utf8.count {
        case 3: return utf8[utf8.startIndex] == UInt8(ascii: "e") && key == "end"
        case 4: return utf8[utf8.startIndex] == UInt8(ascii: "t") && (key == "type" || key == "text")
        case 5: return utf8[utf8.startIndex] == UInt8(ascii: "s") && key == "start"
        default: return false
        }
    }

    /// The extraction as a JSON object in the predictions format.
    public var json: JSONObject {
        var object = JSONObject()
        object.append("type", .string(type))
        object.append("start", .int(start))
        object.append("end", .int(end))
        object.append("text", .string(text))
        for (key, value) in attributes where !Extraction.isReservedKey(key) {
            object.append(key, value)
        }
        return object
    }
}

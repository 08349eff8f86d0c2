import GleanCore
import GleanPCRE

/// One input document before decoding: the bytes of a JSONL line or a whole text file, with
/// where it came from. Decoding happens on worker threads.
struct RawRecord: Sendable {
    enum Payload: Sendable {
        case jsonLine([UInt8])
        case text([UInt8], id: String)
        /// The input could not be read at all (the message says why).
        case unreadable(String)
    }

    let payload: Payload
    let location: SourceLocation
}

/// The outcome of decoding a record: a document (possibly with warnings), or an error.
struct DecodedRecord {
    var document: Document?
    /// The id to print when there is no document.
    var fallbackID: String
    var warnings: [String] = []
    var error: String?
}

/// Turns raw records into documents according to the field mapping.
struct RecordDecoder: Sendable {
    let fields: InputFields
    /// Used when a document has no date of its own.
    let referenceDate: CivilDate?

    private static let dateline = try! Pattern(#"\A\s*(?:(?:date|dateline|published)\s*:?\s*)?(\d{4}-\d{2}-\d{2})\b"#, options: .caseless)

    func decode(_ record: RawRecord) -> DecodedRecord {
        switch record.payload {
        case .unreadable(let message):
            return DecodedRecord(document: nil, fallbackID: record.location.description, error: message)
        case .text(let bytes, let id):
            var decoded = DecodedRecord(document: nil, fallbackID: id)
            let text = decodeUTF8(bytes, warnings: &decoded.warnings)
            var date = referenceDate
            if let match = try? RecordDecoder.dateline.firstMatch(in: text),
               let found = match.text(1, in: text).flatMap(CivilDate.init(iso:)) {
                date = found
            }
            decoded.document = Document(id: id, text: text, date: date)
            return decoded
        case .jsonLine(let bytes):
            return decodeJSON(bytes, at: record.location)
        }
    }

    private func decodeUTF8(_ bytes: [UInt8], warnings: inout [String]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        warnings.append("invalid UTF-8 replaced with U+FFFD")
        return String(decoding: bytes, as: UTF8.self)
    }

    private func decodeJSON(_ bytes: [UInt8], at location: SourceLocation) -> DecodedRecord {
        // The location only becomes the id when the record has none (formatting it for every
        // record showed in profiles).
        var decoded = DecodedRecord(document: nil, fallbackID: "")
        let parsed: (value: JSONValue, repairedUTF8: Bool)
        do {
            parsed = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) in try JSONParser.parse(buffer) }
        } catch {
            let column = error.offset + 1
            decoded.fallbackID = location.description
            decoded.error = "\(location.file):\(location.line ?? 0):\(column): not valid JSON: \(error.message)"
            return decoded
        }
        if parsed.repairedUTF8 { decoded.warnings.append("invalid UTF-8 replaced with U+FFFD") }
        guard case .object(let object) = parsed.value else {
            decoded.fallbackID = location.description
            decoded.error = "\(location): expected a JSON object, found a \(parsed.value.typeName)"
            return decoded
        }
        let id: String
        switch object[fields.id] {
        case .string(let s)?: id = s
        case .int(let i)?: id = String(i)
        case .double(let d)?: id = JSONValue.double(d).jsonText
        default: id = location.description
        }
        decoded.fallbackID = id
        guard let textValue = object[fields.text] else {
            decoded.error = "\(location): no '\(fields.text)' field (the document text)"
            return decoded
        }
        guard case .string(let text) = textValue else {
            decoded.error = "\(location): field '\(fields.text)' must be a string, not \(textValue.typeName)"
            return decoded
        }
        var date = referenceDate
        switch object[fields.date] {
        case .string(let s)?:
            if let parsedDate = CivilDate(iso: s) {
                date = parsedDate
            } else {
                decoded.warnings.append("field '\(fields.date)' is not a YYYY-MM-DD date: \"\(s)\"")
            }
        case nil, .null?: break
        case let other?: decoded.warnings.append("field '\(fields.date)' must be a date string, not \(other.typeName)")
        }
        var metadata = JSONObject()
        for (key, value) in object where key != fields.id && key != fields.text && key != fields.date {
            metadata.append(key, value)
        }
        decoded.document = Document(id: id, text: text, date: date, metadata: metadata)
        return decoded
    }
}

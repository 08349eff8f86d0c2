/// One input document: an article with its id, text, publication date and other fields.
public struct Document: Sendable {
    /// A stable identifier (from the input's id field, or the file name).
    public let id: String
    /// The article text; all offsets refer to it.
    public let text: String
    /// The publication date: the reference for relative expressions ("Saturday", "last week").
    public let date: CivilDate?
    /// Other input fields, passed through (title, source, ...).
    public let metadata: JSONObject
    /// Byte to code point offset conversion for `text`.
    public let offsets: CodePointIndex

    public init(id: String, text: String, date: CivilDate? = nil, metadata: JSONObject = JSONObject()) {
        self.id = id
        self.text = text
        self.date = date
        self.metadata = metadata
        self.offsets = CodePointIndex(text)
    }

    /// The text in a UTF-8 byte range.
    public func text(utf8 range: Range<Int>) -> String {
        let copied: String? = text.utf8.withContiguousStorageIfAvailable { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if let copied { return copied }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(text[from..<to])
    }

    /// Calls `body` with the text's contiguous UTF-8 bytes (what ``Pattern`` matches on).
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = text
        return try copy.withUTF8(body)
    }

    /// An extraction for a UTF-8 byte range of this document, with code point offsets filled in.
    public func extraction(_ type: String, utf8 range: Range<Int>, attributes: JSONObject = JSONObject()) -> Extraction {
        Extraction(type: type,
                   start: offsets.codePointOffset(ofUTF8: range.lowerBound),
                   end: offsets.codePointOffset(ofUTF8: range.upperBound),
                   text: text(utf8: range),
                   attributes: attributes)
    }
}

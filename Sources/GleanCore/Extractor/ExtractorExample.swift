/// One example of an extractor's behaviour: a text, the reference date and options it is read
/// with, and what must (or must not) be extracted from it. Examples are documentation that runs:
/// `glean describe` prints them and the test suite checks every registered extractor's examples.
public struct ExtractorExample: Sendable {
    /// The input text.
    public let text: String
    /// The publication date the text is read against.
    public let referenceDate: CivilDate?
    /// Options for this example (over the defaults).
    public let options: JSONObject
    /// What must be extracted. Empty with `exhaustive` means a negative: nothing at all.
    public let expected: [ExpectedExtraction]
    /// Spans of text that must not be extracted (not even partly overlapped).
    public let forbidden: [String]
    /// When true, nothing beyond `expected` may be extracted.
    public let exhaustive: Bool

    public init(_ text: String, date: String? = nil, options: JSONObject = JSONObject(),
                expect: [ExpectedExtraction] = [], forbid: [String] = [], exhaustive: Bool = true) {
        self.text = text
        self.referenceDate = date.flatMap(CivilDate.init(iso:))
        self.options = options
        self.expected = expect
        self.forbidden = forbid
        self.exhaustive = exhaustive
    }

    /// A negative example: nothing may be extracted from `text`.
    public static func negative(_ text: String, date: String? = nil, options: JSONObject = JSONObject()) -> ExtractorExample {
        ExtractorExample(text, date: date, options: options, expect: [], exhaustive: true)
    }

    /// Several phrasings that must all yield one extraction with the same attributes (as in
    /// Duckling's corpus): each phrasing is the whole text and the whole expected span.
    public static func phrasings(_ texts: [String], date: String? = nil, type: String? = nil,
                                 options: JSONObject = JSONObject(), _ attributes: JSONObject) -> [ExtractorExample] {
        texts.map { ExtractorExample($0, date: date, options: options, expect: [ExpectedExtraction($0, type: type, attributes)]) }
    }
}

/// An extraction an example expects: its text (located in the example text), optionally its
/// type, and the attributes it must carry (others may be present too).
public struct ExpectedExtraction: Sendable {
    public let text: String
    /// Which occurrence of `text` in the example (0 = first).
    public let occurrence: Int
    public let type: String?
    public let attributes: JSONObject

    public init(_ text: String, type: String? = nil, occurrence: Int = 0, _ attributes: JSONObject = JSONObject()) {
        self.text = text
        self.type = type
        self.occurrence = occurrence
        self.attributes = attributes
    }
}

/// An extractor finds one kind of fact in documents. Built-in and user extractors alike conform
/// to this protocol and are registered in an ``ExtractorRegistry``.
///
/// ```swift
/// struct HashtagExtractor: Extractor {
///     static let description = ExtractorDescription(
///         id: "hashtags", summary: "Finds #hashtags.", types: ["hashtag"],
///         examples: [.init("Trending: #Kazan today", expect: [.init("#Kazan")])])
///     let pattern: Pattern
///     init(options: ExtractorOptions) throws { pattern = try Pattern(#"#\w+"#) }
///     func extract(from document: Document) throws -> [Extraction] {
///         try document.withUTF8 { text in
///             var found: [Extraction] = []
///             try pattern.forEachMatch(inUTF8: text) { found.append(document.extraction("hashtag", utf8: $0.range)); return true }
///             return found
///         }
///     }
/// }
/// ```
public protocol Extractor: Sendable {
    /// The extractor's id, summary, options and example corpus.
    static var description: ExtractorDescription { get }

    /// Creates the extractor from validated options; throws a ``GleanError`` for values it cannot use.
    init(options: ExtractorOptions) throws

    /// Every fact in `document`. Called concurrently from several threads, and in any order
    /// of documents (a run calls it for a whole batch of documents before the next extractor):
    /// the result must depend on `document` and the options only, never on documents seen before.
    func extract(from document: Document) throws -> [Extraction]
}

extension Extractor {
    /// The stable id (`dates`, `quantities`, ...).
    public static var id: String { description.id }
}

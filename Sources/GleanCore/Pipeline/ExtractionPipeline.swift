/// Several extractors run over one document: the unit of work of every run, and the entry point
/// for programs that embed Glean.
///
/// ```swift
/// let registry = BuiltinExtractors.registry()
/// let pipeline = ExtractionPipeline([try registry.make("dates")])
/// let result = pipeline.extract(Document(id: "1", text: "on Saturday", date: CivilDate(iso: "2024-12-21")))
/// ```
public struct ExtractionPipeline: Sendable {
    public let extractors: [any Extractor]
    /// The id of each extractor (used in error messages).
    public let ids: [String]

    /// `ids` name the extractors in error messages (default: their types' ids).
    public init(_ extractors: [any Extractor], ids: [String]? = nil) {
        self.extractors = extractors
        self.ids = ids ?? extractors.map { type(of: $0).id }
    }

    /// Runs every extractor; an extractor that fails contributes an error (and whatever partial
    /// results it had), never stops the others. Extractions are ordered by position.
    public func extract(_ document: Document) -> DocumentResult {
        var result = DocumentResult(id: document.id)
        for (extractor, id) in zip(extractors, ids) {
            do {
                let found = try extractor.extract(from: document)
                // The first non-empty result is taken as is (no copy of its extractions).
                if result.extractions.isEmpty {
                    result.extractions = found
                } else {
                    result.extractions.append(contentsOf: found)
                }
            } catch let partial as PartialExtraction {
                result.extractions.append(contentsOf: partial.extractions)
                result.errors.append(contentsOf: partial.errors.map { "\(id): \($0)" })
            } catch {
                result.errors.append("\(id): \(error)")
            }
        }
        if extractors.count > 1 {
            result.extractions.sort { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
        }
        return result
    }
}

/// What a run found in one document, or why it failed.
public struct DocumentResult: Sendable {
    public var id: String
    public var extractions: [Extraction] = []
    /// Failures (the document is still written, with what could be extracted).
    public var errors: [String] = []
    /// Repairs made to the input (e.g. invalid UTF-8 replaced).
    public var warnings: [String] = []

    public init(id: String, extractions: [Extraction] = [], errors: [String] = [], warnings: [String] = []) {
        self.id = id
        self.extractions = extractions
        self.errors = errors
        self.warnings = warnings
    }
}

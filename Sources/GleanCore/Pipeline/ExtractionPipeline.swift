/// Several extractors run over a document, or over a batch of documents (what `glean run` does):
/// the entry point for programs that embed Glean.
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
            ExtractionPipeline.run(extractor, id: id, on: document, into: &result)
        }
        if extractors.count > 1 { ExtractionPipeline.order(&result.extractions) }
        return result
    }

    /// Adds what `extractor` finds in `document` to `result`: its extractions, or its error (with
    /// whatever partial results it had).
    @inline(__always)
    private static func run(_ extractor: any Extractor, id: String, on document: Document, into result: inout DocumentResult) {
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

    /// Orders extractions by position, then type.
    private static func order(_ extractions: inout [Extraction]) {
        extractions.sort { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
    }

    /// Runs every extractor over `documents`, one extractor at a time over all of them: the same
    /// results as ``extract(_:)`` on each document, faster for several documents (an extractor's
    /// code and tables stay in the processor's caches while it reads them all).
    public func extract(_ documents: [Document]) -> [DocumentResult] {
        var results = documents.map { DocumentResult(id: $0.id) }
        results.withUnsafeMutableBufferPointer { results in
            for (extractor, id) in zip(extractors, ids) {
                for index in documents.indices {
                    ExtractionPipeline.run(extractor, id: id, on: documents[index], into: &results[index])
                }
            }
            if extractors.count > 1 {
                for index in results.indices { ExtractionPipeline.order(&results[index].extractions) }
            }
        }
        return results
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

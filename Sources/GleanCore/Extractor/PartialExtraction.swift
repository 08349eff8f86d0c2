/// Thrown by an extractor that failed on part of a document (one rule hit a PCRE2 limit, say)
/// but still has results for the rest: the runner keeps `extractions` and reports `errors`.
public struct PartialExtraction: Error, CustomStringConvertible, Sendable {
    /// What was extracted despite the failures.
    public let extractions: [Extraction]
    /// What failed, one message each.
    public let errors: [String]

    public init(extractions: [Extraction], errors: [String]) {
        self.extractions = extractions
        self.errors = errors
    }

    public var description: String { errors.joined(separator: "; ") }
}

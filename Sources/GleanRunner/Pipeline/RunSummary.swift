import Foundation

/// What a run did: counts, failures and time.
public struct RunSummary: Sendable {
    public var documents = 0
    /// Documents written with an `error` (unreadable, malformed, or an extractor failed).
    public var failedDocuments = 0
    public var warnedDocuments = 0
    /// UTF-8 bytes of document text processed.
    public var textBytes = 0
    public var extractionsByType: [String: Int] = [:]
    public var seconds: Double = 0

    /// Exit status: 0 when every document went through, 1 when some failed.
    public var exitStatus: Int32 { failedDocuments > 0 ? 1 : 0 }

    /// One line for standard error.
    public var text: String {
        let mb = Double(textBytes) / 1_000_000
        let rate = seconds > 0 ? mb / seconds : 0
        var line = "glean: \(documents) documents, \(String(format: "%.1f", mb)) MB of text in \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", rate)) MB/s)"
        let types = extractionsByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        line += "; extractions: " + (types.isEmpty ? "none" : types.joined(separator: ", "))
        if failedDocuments > 0 { line += "; \(failedDocuments) with errors" }
        if warnedDocuments > 0 { line += "; \(warnedDocuments) with warnings" }
        return line
    }

    mutating func add(_ other: RunSummary) {
        documents += other.documents
        failedDocuments += other.failedDocuments
        warnedDocuments += other.warnedDocuments
        textBytes += other.textBytes
        for (type, count) in other.extractionsByType { extractionsByType[type, default: 0] += count }
    }
}

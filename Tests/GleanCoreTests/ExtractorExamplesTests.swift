import Foundation
import Testing
import Glean

/// Runs every built-in extractor's example corpus (as SwiftLint runs each rule's examples).
@Suite struct ExtractorExamplesTests {
    @Test(arguments: BuiltinExtractors.all.map { $0.description.id })
    func examplesPass(id: String) throws {
        let type = try #require(BuiltinExtractors.registry().factory(for: id))
        #expect(!type.description.examples.isEmpty, "\(id) has no examples")
        for failure in ExampleVerifier.verify(type) {
            Issue.record("\(failure)")
        }
    }

    @Test(arguments: BuiltinExtractors.all.map { $0.description.id })
    func descriptionIsComplete(id: String) throws {
        let d = try #require(BuiltinExtractors.registry().factory(for: id)).description
        #expect(!d.summary.isEmpty)
        #expect(d.examples.contains { $0.expected.isEmpty && $0.exhaustive }, "\(id) needs at least one negative example")
        for option in d.options { #expect(!option.summary.isEmpty, "\(id).\(option.name) needs a summary") }
    }

    /// A run gives an extractor a whole batch of documents before the next extractor, and its
    /// per-thread buffers and process-wide caches live from one document to the next: results
    /// must not depend on what came before. Each example is extracted fresh, then again in
    /// reverse order after a long document, on this thread and on another.
    @Test(arguments: BuiltinExtractors.all.map { $0.description.id })
    func resultsDoNotDependOnEarlierDocuments(id: String) throws {
        let type = try #require(BuiltinExtractors.registry().factory(for: id))
        let extractor = try BuiltinExtractors.registry().make(id)
        let documents = type.description.examples.enumerated().map { index, example in
            Document(id: "\(index)", text: example.text, date: example.referenceDate)
        }
        let first = try documents.map { try extractor.extract(from: $0) }
        let long = Document(id: "long", text: documents.map(\.text).joined(separator: "\n").repeated(40),
                            date: CivilDate(iso: "2024-12-21"))
        _ = try extractor.extract(from: long)
        for index in documents.indices.reversed() {
            #expect(try extractor.extract(from: documents[index]) == first[index], "\(id), example \(index)")
        }
        let elsewhere = try Thread.runAndWait { try documents.map { try extractor.extract(from: $0) } }
        #expect(elsewhere == first, "\(id), on another thread")
    }

    /// The verifier must catch a wrong extractor, or the generic test proves nothing.
    @Test func verifierReportsWrongResults() {
        let failures = ExampleVerifier.verify(SloppyExtractor.self)
        #expect(failures.count == 3)
        #expect(failures.contains { $0.problem.contains("value is \"12\", expected \"twelve\"") })
        #expect(failures.contains { $0.problem.contains("unexpected number «3»") })
        #expect(failures.contains { $0.problem.contains("must not extract «7»") })
    }
}

/// Extracts every digit run as a `number` with its digits as the value: wrong on purpose.
private struct SloppyExtractor: Extractor {
    static let description = ExtractorDescription(
        id: "sloppy", summary: "Test double.", types: ["number"],
        examples: [
            ExtractorExample("12 drones", expect: [ExpectedExtraction("12", type: "number", ["value": "twelve"])]),
            .negative("page 3"),
            ExtractorExample("call 7 now", expect: [], forbid: ["7"], exhaustive: false),
        ])
    let pattern: Pattern
    init(options: ExtractorOptions) throws { pattern = try Pattern(#"\d+"#) }
    func extract(from document: Document) throws -> [Extraction] {
        try document.withUTF8 { text in
            var found: [Extraction] = []
            try pattern.forEachMatch(inUTF8: text) { m in
                found.append(document.extraction("number", utf8: m.range, attributes: ["value": .string(m.text(m.range))]))
                return true
            }
            return found
        }
    }
}

private extension String {
    func repeated(_ times: Int) -> String { Array(repeating: self, count: times).joined(separator: "\n") }
}

private extension Thread {
    /// Runs `body` on a new thread and waits for its result.
    static func runAndWait<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<T, any Error>!
        let thread = Thread {
            result = Result { try body() }
            done.signal()
        }
        thread.start()
        done.wait()
        return try result.get()
    }
}

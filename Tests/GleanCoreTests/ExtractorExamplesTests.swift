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

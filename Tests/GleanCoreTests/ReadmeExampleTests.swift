import Testing
import Glean

/// The extractor from the README's "Writing an extractor" section, verbatim: it must compile
/// and pass its own examples.
struct HashtagExtractor: Extractor {
    static let description = ExtractorDescription(
        id: "hashtags",
        summary: "Finds #hashtags.",
        types: ["hashtag"],
        options: [OptionDescription("min_length", .integer, default: 2, "Shortest tag, without the #.")],
        examples: [
            ExtractorExample("Trending: #Kazan and #X", expect: [ExpectedExtraction("#Kazan", ["tag": "Kazan"])]),
            .negative("Issue #5 is fixed"),
        ])

    let pattern: Pattern

    init(options: ExtractorOptions) throws {
        let min = options.int("min_length") ?? 2
        pattern = try Pattern(#"(?<![\w#])#(?<tag>[A-Za-z]\w{\#(min - 1),})"#)   // compiled once, shared by all threads
    }

    func extract(from document: Document) throws -> [Extraction] {
        try document.withUTF8 { text in
            var found: [Extraction] = []
            try pattern.forEachMatch(inUTF8: text) { match in
                found.append(document.extraction("hashtag", utf8: match.range, attributes: ["tag": .string(match["tag"]!)]))
                return true
            }
            return found
        }
    }
}

@Suite struct ReadmeExampleTests {
    @Test func readmeExtractorPassesItsExamples() {
        #expect(ExampleVerifier.verify(HashtagExtractor.self).isEmpty)
    }

    @Test func readmeLibraryExampleRuns() throws {
        let registry = BuiltinExtractors.registry()
        let pipeline = ExtractionPipeline([try registry.make("pattern", options: [
            "rules": [["type": "drones", "pattern": #"\d+ drones"#]],
        ])])
        let result = pipeline.extract(Document(id: "1", text: "Moscow sent 113 drones.", date: CivilDate(iso: "2024-12-21")))
        #expect(result.extractions.map(\.text) == ["113 drones"])
        #expect(result.extractions.first?.start == 12)
    }
}

import Testing
import Glean

@Suite struct RegistryTests {
    @Test func unknownIdSuggestsTheClosest() {
        let registry = BuiltinExtractors.registry()
        #expect { _ = try registry.make("patern") } throws: { error in
            "\(error)".contains("unknown extractor 'patern' (did you mean 'pattern'?)")
        }
    }

    @Test func unknownOptionSuggestsTheClosest() {
        let registry = BuiltinExtractors.registry()
        #expect { _ = try registry.make("pattern", options: ["rule": []]) } throws: { error in
            "\(error)".contains("unknown option 'rule' for extractor 'pattern' (did you mean 'rules'?)")
        }
    }

    @Test func wrongOptionTypeIsAConfigErrorAtItsLocation() {
        let registry = BuiltinExtractors.registry()
        let at = SourceLocation(file: "glean.yml", line: 7, column: 5)
        #expect { _ = try registry.make("pattern", options: ["match_limit": "many"], locations: ["match_limit": at]) } throws: { error in
            guard let e = error as? GleanError else { return false }
            return e.kind == .config && e.location == at && e.message.contains("must be an integer")
        }
    }

    @Test func badPatternNamesTheRuleAndOffset() {
        let registry = BuiltinExtractors.registry()
        let at = SourceLocation(file: "glean.yml", line: 9, column: 20)
        #expect {
            _ = try registry.make("pattern", options: ["rules": [["type": "x", "pattern": "(ab"]]], locations: ["rules.0.pattern": at])
        } throws: { error in
            guard let e = error as? GleanError else { return false }
            return e.location == at && e.message.contains("rules.0.pattern") && e.message.contains("offset 3")
        }
    }

    @Test func userExtractorsRegisterBesideBuiltins() throws {
        var registry = BuiltinExtractors.registry()
        registry.register(Shouting.self)
        #expect(registry.ids.contains("shouting") && registry.ids.contains("pattern"))
        let result = ExtractionPipeline([try registry.make("shouting")]).extract(Document(id: "1", text: "a LOUD word"))
        #expect(result.extractions.map(\.text) == ["LOUD"])
    }

    @Test func pipelineKeepsOtherRulesWhenOneHitsALimit() throws {
        let registry = BuiltinExtractors.registry()
        let extractor = try registry.make("pattern", options: [
            "match_limit": 5000,
            "rules": [["type": "slow", "pattern": "(a+)+$"], ["type": "word", "pattern": "b"]],
        ])
        let result = ExtractionPipeline([extractor]).extract(Document(id: "1", text: String(repeating: "a", count: 30) + "b"))
        #expect(result.extractions.map(\.type) == ["word"])
        #expect(result.errors.count == 1 && result.errors[0].contains("resource limit"))
    }

    @Test func batchGivesEachDocumentTheResultItWouldHaveAlone() throws {
        let registry = BuiltinExtractors.registry()
        let pipeline = ExtractionPipeline([
            try registry.make("dates"), try registry.make("quantities"), try registry.make("locations"),
            try registry.make("quotes"),
            try registry.make("pattern", options: [
                "match_limit": 5000,
                "rules": [["type": "slow", "pattern": "(a+)+$"], ["type": "word", "pattern": "\\bPARIS\\b"]],
            ]),
        ])
        let date = CivilDate(iso: "2024-12-21")
        let documents = [
            Document(id: "a", text: "PARIS, Dec 20 - Prices rose 3.5 pct last week in Paris, the minister said.", date: date),
            Document(id: "b", text: String(repeating: "a", count: 30) + "b", date: date),
            Document(id: "c", text: "", date: date),
            Document(id: "d", text: "\"We will rebuild,\" said Mayor Anna Weber of Berlin on Monday, after 12 drones hit.", date: date),
        ]
        let batch = pipeline.extract(documents)
        #expect(batch.count == documents.count)
        for (document, result) in zip(documents, batch) {
            let alone = pipeline.extract(document)
            #expect(result.id == alone.id)
            #expect(result.extractions == alone.extractions, "document \(document.id)")
            #expect(result.errors == alone.errors, "document \(document.id)")
        }
        #expect(batch[0].extractions.count >= 4 && batch[3].extractions.contains { $0.type == "quote" })
        #expect(batch[1].errors.count == 1 && batch[1].errors[0].contains("resource limit"))
        #expect(pipeline.extract([]).isEmpty)
    }
}

private struct Shouting: Extractor {
    static let description = ExtractorDescription(id: "shouting", summary: "Upper-case words.", types: ["shout"],
                                                  examples: [.init("a LOUD word", expect: [.init("LOUD")]), .negative("quiet")])
    let pattern: Pattern
    init(options: ExtractorOptions) throws { pattern = try Pattern(#"\b[A-Z]{2,}\b"#) }
    func extract(from document: Document) throws -> [Extraction] {
        try document.withUTF8 { text in
            var found: [Extraction] = []
            try pattern.forEachMatch(inUTF8: text) { found.append(document.extraction("shout", utf8: $0.range)); return true }
            return found
        }
    }
}

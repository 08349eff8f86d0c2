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

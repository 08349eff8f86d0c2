import Testing
import Glean
@testable import GleanRunner

@Suite struct ConfigTests {
    @Test func readsExtractorsInputAndOutput() throws {
        let config = try GleanConfig.parse("""
        extractors:
          - pattern
          - id: pattern
            options:
              rules:
                - {type: n, pattern: '\\d+'}
        input:
          id: doc_id
          reference_date: 2024-12-21
        output:
          format: csv
        """, file: "glean.yml")
        #expect(config.extractors.map(\.id) == ["pattern", "pattern"])
        #expect(config.fields.id == "doc_id" && config.fields.text == "text")
        #expect(config.referenceDate == CivilDate(iso: "2024-12-21"))
        #expect(config.format == .csv)
        #expect(try config.makePipeline(registry: BuiltinExtractors.registry()).extractors.count == 2)
    }

    @Test func extractorsMadeOnSeveralThreadsKeepTheirOrderAndTheFirstError() throws {
        let registry = BuiltinExtractors.registry()
        let config = try GleanConfig.parse("""
        extractors:
          - quotes
          - id: pattern
            options:
              rules:
                - {type: n, pattern: '\\d+'}
          - dates
          - id: pattern
            options:
              rules:
                - {type: w, pattern: 'w'}
          - locations
        """, file: "glean.yml")
        let pipeline = try config.makePipeline(registry: registry, threads: 3)
        #expect(pipeline.ids == ["quotes", "pattern", "dates", "pattern", "locations"])
        let document = Document(id: "1", text: "In Kazan, 12 drones hit on Saturday.", date: CivilDate(iso: "2024-12-21"))
        let alone = try config.makePipeline(registry: registry).extract(document)
        #expect(pipeline.extract(document).extractions == alone.extractions)
        #expect(alone.extractions.contains { $0.type == "n" } && alone.extractions.contains { $0.type == "location" })
        // Two bad entries: the first in the file is reported, whichever thread failed first.
        let bad = try GleanConfig.parse("""
        extractors:
          - dates
          - id: pattern
            options:
              rules:
                - {type: x, pattern: '(ab'}
          - id: locations
            options:
              min_population: many
        """, file: "glean.yml")
        for _ in 0..<5 {
            #expect { _ = try bad.makePipeline(registry: registry, threads: 3) } throws: { error in
                "\(error)".contains("glean.yml:6") && "\(error)".contains("offset 3")
            }
        }
    }

    func error(_ yaml: String) -> GleanError? {
        do {
            let config = try GleanConfig.parse(yaml, file: "glean.yml")
            _ = try config.makePipeline(registry: BuiltinExtractors.registry())
            return nil
        } catch {
            return error as? GleanError
        }
    }

    @Test func unknownExtractorIsLocatedWithASuggestion() throws {
        let e = try #require(error("extractors:\n  - id: patterns\n"))
        #expect(e.description.hasPrefix("glean.yml:2:9: unknown extractor 'patterns' (did you mean 'pattern'?); available: pattern"))
        #expect(e.kind == .usage)
    }

    @Test func unknownKeysAreLocated() throws {
        #expect(try #require(error("extractor:\n  - pattern\n")).description.hasPrefix("glean.yml:1:1: unknown key 'extractor' in top level (did you mean 'extractors'?)"))
        #expect(try #require(error("input:\n  txt: body\n")).description.hasPrefix("glean.yml:2:3: unknown key 'txt' in 'input' (did you mean 'text'?)"))
    }

    @Test func badPatternIsLocatedAtThePattern() throws {
        let e = try #require(error("""
        extractors:
          - id: pattern
            options:
              rules:
                - type: x
                  pattern: '(\\d+'
        """))
        #expect(e.location == SourceLocation(file: "glean.yml", line: 6, column: 20))
        #expect(e.message.contains("missing closing parenthesis"))
    }

    @Test func wrongOptionTypeIsLocated() throws {
        let e = try #require(error("extractors:\n  - id: pattern\n    options:\n      match_limit: lots\n"))
        #expect(e.description.hasPrefix("glean.yml:4:20: extractor 'pattern': option 'match_limit' must be an integer"))
    }

    @Test func invalidYAMLIsLocated() throws {
        let e = try #require(error("extractors:\n  - id: [pattern\n"))
        #expect(e.location?.line != nil && e.message.contains("not valid YAML"))
    }

    @Test func badOutputFormatSuggests() throws {
        #expect(try #require(error("output:\n  format: jsnl\n")).description.contains("(did you mean 'jsonl'?)"))
    }
}

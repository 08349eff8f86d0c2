import Foundation
import Testing
import GleanCore
import GleanPCRE
@testable import GleanQuantities

@Suite struct QuantityExtractorTests {
    func extract(_ text: String, _ options: JSONObject = JSONObject()) throws -> [Extraction] {
        let extractor = try QuantityExtractor(options: ExtractorOptions(for: QuantityExtractor.description, values: options))
        return try extractor.extract(from: Document(id: "t", text: text))
    }

    @Test func examplesPass() {
        let failures = ExampleVerifier.verify(QuantityExtractor.self)
        for failure in failures { Issue.record("\(failure)") }
        #expect(failures.isEmpty)
    }

    @Test func readsNumberWords() {
        #expect(NumberWords.read("a hundred and two")?.value == 102)
        #expect(NumberWords.read("two and a half")?.value == 2.5)
        #expect(NumberWords.read("three million, two hundred & forty")?.value == 3_000_240)
        #expect(NumberWords.read("two-thirds")?.value == 2.0 / 3.0)
        #expect(NumberWords.read("tens of thousands")?.min == 10_000)
    }

    @Test func offsetsAreCodePoints() throws {
        let found = try extract("Ukraine’s 57 drones — and €2bn")
        #expect(found.map(\.text) == ["57 drones", "€2bn"])
        #expect(found[0].start == 10)
    }
}


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


@Suite struct QuantityPhenomenaTests {
    func extract(_ text: String, _ options: JSONObject = JSONObject()) throws -> [Extraction] {
        let extractor = try QuantityExtractor(options: ExtractorOptions(for: QuantityExtractor.description, values: options))
        return try extractor.extract(from: Document(id: "t", text: text))
    }

    func value(_ e: Extraction) -> Double? { e.attributes["value"]?.doubleValue }

    @Test func readsDigitForms() throws {
        let found = try extract("Mix 2 1/2 cups with 1⁄32 ounce; the rate is 4e14 s-1 and the ratio 2.48×10−5.")
        let values = found.compactMap(value)
        #expect(values.contains(2.5))
        #expect(values.contains(1.0 / 32))
        #expect(values.contains(4e14))
        #expect(values.contains { abs($0 - 2.48e-5) < 1e-12 })
    }

    @Test func currencyPrefixesWithSpaces() throws {
        let found = try extract("The offer was C $6 (US $4.46) a share, and HK $5.4m in total.")
        #expect(found.map { $0.attributes["currency"]?.stringValue } == ["CAD", "USD", "HKD"])
        #expect(found.last.flatMap(value) == 5_400_000)
    }

    @Test func skipsDatesTimesAndLabels() throws {
        let found = try extract("On March 29, 2019 at 9:35 PM the 22nd amendment, Section 427 and the iPhone 11 were discussed in 2018.")
        #expect(found.isEmpty)
    }

    @Test func keepsHedgeOutsideTheSpan() throws {
        let found = try extract("Nearly 3,000 lives were lost and more than 600 homes burned.")
        #expect(found.map(\.text) == ["3,000 lives", "600 homes"])
        #expect(found.map { $0.attributes["change"]?.stringValue } == ["~", ">"])
    }

    @Test func rangesCarryBounds() throws {
        let found = try extract("Temperatures ranged from -18 °C to -34 °C while winds hit 15-22 miles per hour.")
        #expect(found.count == 2)
        #expect(found[0].attributes["min"]?.doubleValue == -34)
        #expect(found[0].attributes["max"]?.doubleValue == -18)
        #expect(found[1].text == "15-22 miles per hour")
    }

    @Test func singularizesCountedNouns() {
        #expect(CountedNouns.singular("countries") == "country")
        #expect(CountedNouns.singular("people") == "person")
        #expect(CountedNouns.singular("businessmen") == "businessman")
        #expect(CountedNouns.singular("buses") == "bus")
        #expect(CountedNouns.singular("drones") == "drone")
    }
}

import Foundation
import GleanCore
import GleanDates
import Testing

@Suite struct DateExtractorTests {
    func extract(_ text: String, date: String? = "2024-12-21", options: JSONObject = JSONObject()) throws -> [Extraction] {
        let extractor = try DateExtractor(options: ExtractorOptions(for: DateExtractor.description, values: options))
        return try extractor.extract(from: Document(id: "t", text: text, date: date.flatMap(CivilDate.init(iso:))))
    }

    @Test func exampleCorpusPasses() {
        let failures = ExampleVerifier.verify(DateExtractor.self)
        for failure in failures { Issue.record("\(failure)") }
        #expect(failures.isEmpty)
    }

    @Test func spansLeaveOutPrepositionsAndKeepDeterminers() throws {
        let found = try extract("Markets closed for the weekend, and on Monday morning traders returned in force.")
        #expect(found.map(\.text) == ["the weekend", "Monday morning"])
    }

    @Test func reportsAnEarningsQuarterAgainstTheLatestQuarter() throws {
        let found = try extract("Net income rose in the quarter from a year earlier.", date: "2023-10-25")
        #expect(found.map { $0.attributes["value"]?.stringValue } == ["2023-Q3", "2022-Q3"])
    }

    @Test func resolvesPastWeekdaysInNewsAndFutureOnesAfterWill() throws {
        let past = try extract("The ministry said Thursday it had finished.", date: "2023-03-06")
        #expect(past.first?.attributes["value"] == "2023-03-02")
        let future = try extract("The committee will vote Thursday on the bill.", date: "2023-03-06")
        #expect(future.first?.attributes["value"] == "2023-03-09")
    }

    @Test func unknownOptionValueIsRejected() {
        #expect(throws: (any Error).self) {
            _ = try ExtractorOptions(for: DateExtractor.description, values: ["weekday_direction": "sideways"])
        }
    }

    /// Writes predictions for a gold file named by GLEAN_DATES_GOLD (to GLEAN_DATES_PRED or
    /// /tmp/dates-pred.jsonl) for scoring with score.py; skipped when the variable is unset.
    @Test func writesPredictionsForAGoldFile() throws {
        guard let gold = ProcessInfo.processInfo.environment["GLEAN_DATES_GOLD"],
              let data = FileManager.default.contents(atPath: gold) else { return }
        let out = ProcessInfo.processInfo.environment["GLEAN_DATES_PRED"] ?? "/tmp/dates-pred.jsonl"
        let extractor = try DateExtractor(options: ExtractorOptions(for: DateExtractor.description))
        var lines: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            guard let object = try JSONParser.parse(String(line)).objectValue,
                  let id = object["id"]?.stringValue, let text = object["text"]?.stringValue else { continue }
            let date = object["date"]?.stringValue.flatMap(CivilDate.init(iso:))
            let found = try extractor.extract(from: Document(id: id, text: text, date: date))
            let record: JSONValue = ["id": .string(id), "extractions": .array(found.map { .object($0.json) })]
            lines.append(record.jsonText)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}

extension DateExtractorTests {
    @Test func weekdayBeforeAMonthDayIsOneExpression() throws {
        let found = try extract("The paper said in an editorial on Thursday, April 6: no.", date: "2000-04-07")
        #expect(found.map(\.text) == ["Thursday, April 6"])
    }
}

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
        let announced = try extract("They would appeal the ruling announced Thursday.", date: "2023-03-06")
        #expect(announced.first?.attributes["value"] == "2023-03-02")
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

extension DateExtractorTests {
    func values(_ text: String, date: String? = "2024-12-21", options: JSONObject = JSONObject()) throws -> [String?] {
        try extract(text, date: date, options: options).map { $0.attributes["value"]?.stringValue }
    }

    @Test func documentsWithoutADateGetUnderspecifiedValues() throws {
        #expect(try values("The council met on Tuesday, and again on March 3.", date: nil) == ["XXXX-WXX-2", "XXXX-03-03"])
        #expect(try values("Last year it grew; two years ago it shrank.", date: nil) == ["XXXX", "PAST_REF"])
    }

    @Test func rangesCarryBeginAndEnd() throws {
        let found = try extract("The festival runs from June 3 to June 9.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.attributes["begin"] == "2024-06-03" && $0.attributes["end"] == "2024-06-09" })
    }

    @Test func timexTypeFilterDropsOtherTypes() throws {
        let found = try extract("For two years the ferry ran daily, and it sank on Friday.", options: ["timex_types": ["DURATION"]])
        #expect(found.map(\.text) == ["two years"])
    }

    @Test func quartersResolveToTheLatestMatchingQuarter() throws {
        #expect(try values("Sales in the fourth quarter fell.", date: "2025-02-10") == ["2024-Q4"])
        #expect(try values("Sales in the first quarter fell.", date: "2025-05-10") == ["2025-Q1"])
    }

    @Test func edgeModifiersJoinTheSpan() throws {
        let found = try extract("Talks stalled in early 2023 and resumed at the end of the year.")
        #expect(found.map(\.text) == ["early 2023", "the end of the year"])
        #expect(found.map { $0.attributes["mod"]?.stringValue } == ["START", "END"])
        #expect(found.last?.attributes["value"] == "2024")
    }

    @Test func clockTimesTakeTheirDay() throws {
        #expect(try values("The polls closed at 8 p.m. Thursday.") == ["2024-12-19T20:00"])
        #expect(try values("It happened shortly after 11:45 pm yesterday.") == ["2024-12-20T23:45"])
    }

    @Test func numbersThatAreNotDatesStayOut() throws {
        #expect(try extract("The index rose 2.5% to 1,950.3 and 12/40 of the seats changed hands.").isEmpty)
        #expect(try extract("He finished 6-4, 7-5 in the final set.").isEmpty)
    }
}

extension DateExtractorTests {
    @Test func offsetsAreCodePointsInNonASCIIText() throws {
        let text = "Kyiv — «Friday’s» strikes, reported on Saturday morning, came after Zürich talks last week."
        let found = try extract(text)
        let scalars = Array(text.unicodeScalars)
        for e in found {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
        }
        #expect(found.map(\.text) == ["Friday", "Saturday morning", "last week"])
        #expect(found.first?.attributes["value"] == "2024-12-20")
    }

    @Test func emptyAndDatelessTextsAreFine() throws {
        #expect(try extract("").isEmpty)
        #expect(try extract("   \n\n  ").isEmpty)
    }
}

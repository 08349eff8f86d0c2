import Foundation
import Testing
import Glean
@testable import GleanRunner

@Suite struct CorpusRunnerTests {
    let files = TestFiles()

    func pipeline() throws -> ExtractionPipeline {
        ExtractionPipeline([try BuiltinExtractors.registry().make("pattern", options: [
            "rules": [["type": "n", "pattern": #"\d+"#]],
        ])])
    }

    func run(_ inputs: [String], jobs: Int = 2, format: OutputFormat = .jsonl, referenceDate: CivilDate? = nil) throws -> (String, RunSummary) {
        let out = files.directory + "/out-\(UUID().uuidString)"
        let options = RunOptions(inputs: try InputFile.expand(inputs), referenceDate: referenceDate, format: format, outputPath: out,
                                 jobs: jobs, showProgress: false, reportOnStandardError: false)
        let summary = try CorpusRunner(pipeline: try pipeline(), options: options).run()
        return (files.read(out), summary)
    }

    func lines(_ text: String) throws -> [JSONObject] {
        try text.split(separator: "\n").map { try #require(try JSONParser.parse(String($0)).objectValue) }
    }

    @Test func keepsInputOrderUnderParallelism() throws {
        // Documents of very different sizes finish out of order on several threads.
        var corpus = ""
        for i in 0..<3000 {
            let body = String(repeating: "word \(i) ", count: i % 7 == 0 ? 400 : 1)
            corpus += #"{"id":"doc-\#(i)","text":"\#(body)"}"# + "\n"
        }
        let path = files.write("corpus.jsonl", corpus)
        let (one, _) = try run([path], jobs: 1)
        let (four, summary) = try run([path], jobs: 4)
        #expect(one == four)
        let parsed = try lines(four)
        #expect(parsed.count == 3000)
        #expect(parsed.map { $0["id"]?.stringValue } == (0..<3000).map { "doc-\($0)" })
        #expect(summary.documents == 3000 && summary.failedDocuments == 0)
    }

    @Test func malformedLinesAreReportedAndEveryOtherLineIsWritten() throws {
        let path = files.write("mixed.jsonl", """
        {"id":"a","text":"1 and 2"}
        {"id":"b","text":"broken
        
        not json at all
        {"id":"c","text":"3"}
        {"id":"d"}
        {"id":"e","text":42}
        """)
        let (text, summary) = try run([path])
        let out = try lines(text)
        #expect(out.map { $0["id"]?.stringValue } == ["a", "\(path):2", "\(path):4", "c", "d", "e"])
        #expect(out[1]["error"]?.stringValue?.hasPrefix("\(path):2:") == true)
        #expect(out[2]["error"]?.stringValue?.contains("not valid JSON") == true)
        #expect(out[4]["error"]?.stringValue?.contains("no 'text' field") == true)
        #expect(out[5]["error"]?.stringValue?.contains("must be a string") == true)
        #expect(out[3]["extractions"]?.arrayValue?.count == 1)
        #expect(summary.failedDocuments == 4 && summary.exitStatus == 1)
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let path = files.write("latin1.jsonl", Array(#"{"id":"x","text":"caf"#.utf8) + [0xE9] + Array(#" 12"}"#.utf8) + [0x0A])
        let (text, summary) = try run([path])
        let out = try lines(text)
        #expect(out[0]["warning"]?.stringValue?.contains("UTF-8") == true)
        // The offsets count the replacement character as one code point.
        #expect(out[0]["extractions"]?.arrayValue?.first?.objectValue?["start"] == .int(5))
        #expect(summary.exitStatus == 0)
    }

    @Test func readsGzipAndTextFilesAndDirectories() throws {
        let jsonl = files.write("in/a.jsonl", #"{"id":"j1","text":"7 drones","date":"2024-12-21","title":"T"}"# + "\n")
        _ = files.gzip(jsonl)
        try FileManager.default.removeItem(atPath: jsonl)
        files.write("in/b/story.txt", " date 2024-12-21 Ukrainian drones, 113 of them")
        files.write("in/b/skip.csv", "1,2,3")
        let (text, summary) = try run([files.directory + "/in"])
        let out = try lines(text)
        #expect(out.map { $0["id"]?.stringValue } == ["j1", "story"])
        #expect(summary.documents == 2)
        #expect(out[1]["extractions"]?.arrayValue?.count == 4)  // 2024, 12, 21, 113; the csv is not read
    }

    @Test func emptyFilesAndBlankLinesYieldNoPhantomDocuments() throws {
        let empty = files.write("empty.jsonl", "")
        let blank = files.write("blank.jsonl", "\n\n   \n")
        let emptyText = files.write("empty.txt", "")
        let (text, summary) = try run([empty, blank, emptyText])
        #expect(summary.documents == 1)  // the empty .txt is a document with no text
        #expect(try lines(text).map { $0["id"]?.stringValue } == ["empty"])
    }

    @Test func textDatelineSetsTheDocumentDate() throws {
        let decoder = RecordDecoder(fields: InputFields(), referenceDate: CivilDate(iso: "2000-01-01"))
        let dated = decoder.decode(RawRecord(payload: .text(Array(" date 2024-12-21 Drones".utf8), id: "b"), location: .init(file: "b.txt")))
        #expect(dated.document?.date == CivilDate(iso: "2024-12-21"))
        let undated = decoder.decode(RawRecord(payload: .text(Array("Kazan, Russia: drones".utf8), id: "a"), location: .init(file: "a.txt")))
        #expect(undated.document?.date == CivilDate(iso: "2000-01-01"))
    }

    @Test func csvHasOneRowPerExtraction() throws {
        let path = files.write("c.jsonl", #"{"id":"x","text":"1, \"2\""}"# + "\n" + #"{"id":"y","text":"none"}"# + "\n")
        let (text, _) = try run([path], format: .csv)
        #expect(text == "id,type,start,end,text,value,attributes,error\nx,n,0,1,1,,,\nx,n,4,5,2,,,\n")
    }

    @Test func missingInputIsAUsageError() {
        #expect { _ = try InputFile.expand([files.directory + "/nope.jsonl"]) } throws: { error in
            (error as? GleanError)?.kind == .usage && "\(error)".contains("nope.jsonl: no such file")
        }
    }

    @Test func outputIsWrittenAtomically() throws {
        let path = files.write("a.jsonl", #"{"id":"a","text":"1"}"# + "\n")
        let target = files.write("out.jsonl", "previous content\n")
        let options = RunOptions(inputs: try InputFile.expand([path]), outputPath: target, jobs: 1,
                                 showProgress: false, reportOnStandardError: false)
        try CorpusRunner(pipeline: try pipeline(), options: options).run()
        #expect(files.read(target).hasPrefix(#"{"id":"a""#))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: files.directory).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

import Foundation
import Testing

/// The built `glean` binary, end to end, on the bundled `Examples/`.
@Suite struct GleanBinaryTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("glean").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repository + "/.build/debug/glean"
    }()

    struct Output { let status: Int32; let stdout: String; let stderr: String }

    func glean(_ arguments: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Self.repository)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    func temporaryFile(_ content: String, suffix: String) -> String {
        let path = NSTemporaryDirectory() + "glean-cli-\(UUID().uuidString)\(suffix)"
        FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        return path
    }

    @Test func runsTheExampleConfigOnTheExampleCorpus() throws {
        let r = try glean(["run", "-c", "Examples/glean.yml", "Examples/seeds"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":"kazan-drone-strike-a","extractions":[{"type":"#))
        #expect(r.stdout.contains(#""text":"113 drones","value":"113""#))
        #expect(r.stdout.contains(#""text":"7:40 am","hour":7,"minute":40"#))
        #expect(r.stderr.contains("2 documents"))
    }

    @Test func quietSilencesTheSummary() throws {
        let r = try glean(["run", "-q", "-c", "Examples/glean.yml", "Examples/seeds"])
        #expect(r.status == 0 && r.stderr.isEmpty)
    }

    @Test func brokenLineFailsThatLineOnly() throws {
        let path = temporaryFile(#"{"id":"a","text":"8 drones"}"# + "\n{oops\n" + #"{"id":"c","text":"113 drones"}"# + "\n", suffix: ".jsonl")
        let r = try glean(["run", "-q", "-c", "Examples/glean.yml", path])
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 3)
        #expect(r.stderr.contains("\(path):2:2: not valid JSON"))
    }

    @Test func unknownExtractorExitsTwoWithASuggestion() throws {
        let r = try glean(["run", "-e", "patern", "Examples/seeds"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown extractor 'patern' (did you mean 'pattern'?)"))
        let config = temporaryFile("extractors:\n  - paterns\n", suffix: ".yml")
        let c = try glean(["run", "-c", config, "Examples/seeds"])
        #expect(c.status == 2 && c.stderr.contains("\(config):2:5: unknown extractor 'paterns' (did you mean 'pattern'?)"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try glean(["run", "--bogus"]).status == 2)
        #expect(try glean(["run", "-f", "xml", "Examples/seeds"]).status == 2)
        #expect(try glean(["run", "no/such/file.jsonl"]).status == 2)
    }

    @Test func readsJSONLFromStandardInput() throws {
        let r = try glean(["run", "-q", "-c", "Examples/glean.yml", "-"], stdin: #"{"id":"s","text":"eight drones"}"# + "\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains(#"{"id":"s","extractions":[{"type":"drone_count","start":0,"end":12"#))
    }

    @Test func listDescribeValidate() throws {
        let list = try glean(["list"])
        #expect(list.status == 0 && list.stdout.contains("pattern"))
        let describe = try glean(["describe", "pattern"])
        #expect(describe.status == 0 && describe.stdout.contains("Options:") && describe.stdout.contains("rules"))
        let valid = try glean(["validate", "Examples/glean.yml"])
        #expect(valid.status == 0 && valid.stdout.contains("OK"))
        let bad = temporaryFile("extractors:\n  - id: pattern\n    options:\n      rules:\n        - {type: x, pattern: '(a'}\n", suffix: ".yml")
        let invalid = try glean(["validate", bad])
        #expect(invalid.status == 2 && invalid.stderr.contains("\(bad):5:") && invalid.stderr.contains("missing closing parenthesis"))
    }

    /// Order and content must not depend on the number of workers. Runs on the BBC news corpus
    /// when ../shared is there, otherwise on a corpus of several hundred documents made from the
    /// example articles' paragraphs (documents of very different lengths, so workers finish out
    /// of order).
    @Test func outputIsIdenticalWithOneAndTwoJobs() throws {
        let shared = Self.repository + "/../shared/corpus/news-bbc.jsonl.gz"
        let input: String
        var expectedIDs: [String] = []
        if FileManager.default.fileExists(atPath: shared) {
            input = shared
        } else {
            var lines: [String] = []
            for name in ["kazan-drone-strike-a", "kazan-drone-strike-b"] {
                let article = try String(contentsOfFile: Self.repository + "/Examples/seeds/\(name).txt", encoding: .utf8)
                let paragraphs = article.split(separator: "\n", omittingEmptySubsequences: true)
                for round in 0..<4 {
                    for (index, paragraph) in paragraphs.enumerated() {
                        let id = "\(name)-\(round)-\(index)"
                        let text = round == 3 ? article : String(paragraph)
                        let record = try JSONSerialization.data(withJSONObject: ["id": id, "text": text, "date": "2024-12-21"])
                        lines.append(String(decoding: record, as: UTF8.self))
                        expectedIDs.append(id)
                    }
                }
            }
            input = temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
        }
        let one = try glean(["run", "-q", "-j1", "-c", "Examples/glean.yml", input])
        let two = try glean(["run", "-q", "-j", "2", "-c", "Examples/glean.yml", input])
        #expect(one.status == 0 && one.stdout == two.stdout && !one.stdout.isEmpty)
        if !expectedIDs.isEmpty {
            let ids = two.stdout.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
            }
            #expect(ids == expectedIDs)
            #expect(one.stdout.contains("\"type\":\"quote\"") && one.stdout.contains("\"type\":\"location\""))
        }
    }
}

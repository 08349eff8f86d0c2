import Foundation
import GleanCore
import Testing

/// `drone-counts.rules.yml` in this target is compiled by the GleanRulesPlugin build tool into
/// `DroneCountsExtractor`; these tests use the generated type.
@Suite struct GeneratedExtractorTests {
    @Test func generatedExtractorRunsItsExamples() {
        #expect(DroneCountsExtractor.description.id == "drone-counts")
        #expect(DroneCountsExtractor.description.examples.count == 3)
        #expect(ExampleVerifier.verify(DroneCountsExtractor.self).isEmpty)
    }

    @Test func generatedExtractorExtracts() throws {
        let extractor = try DroneCountsExtractor(options: ExtractorOptions(for: DroneCountsExtractor.description))
        let found = try extractor.extract(from: Document(id: "1", text: "57 drones were shot down; 56 others jammed."))
        #expect(found.map(\.text) == ["57 drones"])
    }
}

/// The compiler the plugin runs: a bad rule is reported like a compiler error, with file and line.
@Suite struct RulesCompilerTests {
    static let tool: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("GleanRulesCompiler").path
        return beside
    }()

    func compile(_ rules: String) throws -> (Int32, String) {
        let directory = NSTemporaryDirectory() + "glean-rules-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let input = directory + "/bad.rules.yml"
        try rules.write(toFile: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tool)
        process.arguments = [input, directory + "/Out.swift", "BadExtractor"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).replacingOccurrences(of: input, with: "bad.rules.yml"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: RulesCompilerTests.tool)))
    func badPatternIsABuildErrorWithFileAndLine() throws {
        let (status, message) = try compile("id: bad\nrules:\n  - type: x\n    pattern: '(\\d+'\n")
        #expect(status == 1)
        #expect(message.hasPrefix("bad.rules.yml:4:14: error: extractor 'pattern', rules.0.pattern: rule 'x': bad pattern at offset 4: missing closing parenthesis"), "\(message)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: RulesCompilerTests.tool)))
    func failingExampleIsABuildError() throws {
        let (status, message) = try compile("id: bad\nrules:\n  - {type: x, pattern: 'drones'}\nexamples:\n  - text: no match here\n    expect: [{text: match}]\n")
        #expect(status == 1)
        #expect(message.hasPrefix("bad.rules.yml:5:5: error: example 1: expected «match»"), "\(message)")
    }
}

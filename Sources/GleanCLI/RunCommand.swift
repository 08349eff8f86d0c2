import ArgumentParser
import Foundation
import Glean
import GleanRunner

/// `glean run`: extractors over corpora, JSONL or CSV out.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run extractors over documents and write what they find.",
        discussion: """
        INPUT: .txt files (one document each), directories (searched recursively for .txt and \
        .jsonl[.gz]), .jsonl or .jsonl.gz corpora (one JSON object per line with id, text and date \
        fields; other fields are passed to extractors as metadata), or - for JSONL on standard \
        input (the default when standard input is a pipe).

        Output: one JSON line per input document, in input order: {"id":..., "extractions":[...]} \
        with an "error" field when the document failed. Exit status: 0 all good, 1 some documents \
        failed (reported on standard error with file:line, still written), 2 usage or config errors.
        """
    )

    @Option(name: .shortAndLong, help: "A YAML config: extractors and their options, input fields, output format.")
    var config: String?

    @Option(name: [.customShort("e"), .customLong("extractors")], help: "Comma-separated extractor ids to run (default: the config's, or all). See `glean list`.")
    var extractors: String?

    @Option(name: .shortAndLong, help: "Output format: jsonl or csv (default: the config's, or jsonl).")
    var format: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: [.customShort("j", allowingJoined: true), .long], help: "Worker threads (default: all cores); -j 2 or -j2.")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress line or summary on standard error.")
    var quiet = false

    @Option(name: .customLong("reference-date"), help: "Publication date (YYYY-MM-DD) for documents that carry none (no date field, no leading dateline).")
    var referenceDate: String?

    @Option(name: .customLong("id-field"), help: "JSONL field holding the document id (default: id).")
    var idField: String?

    @Option(name: .customLong("text-field"), help: "JSONL field holding the document text (default: text).")
    var textField: String?

    @Option(name: .customLong("date-field"), help: "JSONL field holding the publication date (default: date).")
    var dateField: String?

    @OptionGroup var pluginArguments: PluginArguments

    @Argument(help: "Input files or directories; - for standard input.")
    var inputs: [String] = []

    func run() throws {
        var config = GleanConfig()
        if let path = self.config { config = try GleanConfig.load(path: path) }
        let registry = try pluginArguments.registry(config: config)

        let only = extractors.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        if let only, only.isEmpty { throw GleanError(.usage, "-e needs at least one extractor id; see `glean list`") }
        for id in only ?? [] { _ = try registry.resolve(id) }
        // (-j N: extractors are made on up to N threads too; reading waits for them anyway.)
        let pipeline = try config.makePipeline(registry: registry, only: only, threads: jobs ?? RunOptions.defaultJobs)

        var fields = config.fields
        if let idField { fields.id = idField }
        if let textField { fields.text = textField }
        if let dateField { fields.date = dateField }

        var reference = config.referenceDate
        if let referenceDate {
            guard let date = CivilDate(iso: referenceDate) else {
                throw GleanError(.usage, "--reference-date must be a YYYY-MM-DD date, not '\(referenceDate)'")
            }
            reference = date
        }

        var outputFormat = config.format ?? .jsonl
        if let format {
            let names = OutputFormat.allCases.map(\.rawValue)
            guard let chosen = OutputFormat(rawValue: format) else {
                throw GleanError(.usage, "unknown output format '\(format)'\(Suggestions.hint(for: format, in: names)); formats: \(names.joined(separator: ", "))")
            }
            outputFormat = chosen
        }
        if let jobs, jobs < 1 { throw GleanError(.usage, "-j must be at least 1") }

        var paths = inputs
        if paths.isEmpty {
            guard isatty(0) == 0 else {
                throw GleanError(.usage, "no input: name files or directories, or pipe JSONL into standard input (see `glean run --help`)")
            }
            paths = ["-"]
        }
        let files = try InputFile.expand(paths)

        let options = RunOptions(inputs: files, fields: fields, referenceDate: reference, format: outputFormat,
                                 outputPath: output, jobs: jobs ?? RunOptions.defaultJobs,
                                 showProgress: !quiet, reportOnStandardError: true)
        let summary = try CorpusRunner(pipeline: pipeline, options: options).run()
        if !quiet { FileHandle.standardError.write(Data((summary.text + "\n").utf8)) }
        if files.isEmpty && !quiet { FileHandle.standardError.write(Data("glean: warning: no .txt or .jsonl files found in the inputs\n".utf8)) }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

import Foundation
import GleanCore

/// Everything a corpus run needs besides the extractors.
public struct RunOptions: Sendable {
    public var inputs: [InputFile]
    public var fields: InputFields
    /// The reference date of documents that carry none (no date field, no dateline).
    public var referenceDate: CivilDate?
    public var format: OutputFormat
    /// Output file (written atomically), or nil / `-` for standard output.
    public var outputPath: String?
    /// Worker threads.
    public var jobs: Int
    /// Show a progress line on standard error (only when it is a terminal).
    public var showProgress: Bool
    /// Print the summary and per-document problems on standard error.
    public var reportOnStandardError: Bool

    public init(inputs: [InputFile], fields: InputFields = InputFields(), referenceDate: CivilDate? = nil,
                format: OutputFormat = .jsonl, outputPath: String? = nil, jobs: Int = RunOptions.defaultJobs,
                showProgress: Bool = true, reportOnStandardError: Bool = true) {
        self.inputs = inputs
        self.fields = fields
        self.referenceDate = referenceDate
        self.format = format
        self.outputPath = outputPath
        self.jobs = max(1, jobs)
        self.showProgress = showProgress
        self.reportOnStandardError = reportOnStandardError
    }

    /// All cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

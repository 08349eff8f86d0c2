import ArgumentParser
import Foundation
import Glean
import GleanRunner

/// `glean validate CONFIG`: checks a config (syntax, extractor ids, options, patterns) without running.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check a config file without running it.")

    @Argument(help: "The YAML config file.")
    var config: String

    func run() throws {
        let loaded = try GleanConfig.load(path: config)
        if !loaded.plugins.isEmpty {
            throw GleanError(.config, "'plugins' is not supported by this version of glean", at: SourceLocation(file: config))
        }
        let made = try loaded.makeExtractors(registry: GleanCommandLine.registry)
        let ids = made.map { type(of: $0).id }
        print("\(config): OK, \(made.count) extractor\(made.count == 1 ? "" : "s"): \(ids.joined(separator: ", "))")
    }
}

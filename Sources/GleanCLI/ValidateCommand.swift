import ArgumentParser
import Foundation
import Glean
import GleanRunner

/// `glean validate CONFIG`: checks a config (syntax, extractor ids, options, patterns) without running.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check a config file without running it.")

    @Argument(help: "The YAML config file.")
    var config: String

    @OptionGroup var pluginArguments: PluginArguments

    func run() throws {
        let loaded = try GleanConfig.load(path: config)
        let pipeline = try loaded.makePipeline(registry: try pluginArguments.registry(config: loaded))
        let ids = pipeline.ids
        print("\(config): OK, \(ids.count) extractor\(ids.count == 1 ? "" : "s"): \(ids.joined(separator: ", "))")
    }
}

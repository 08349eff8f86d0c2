import Foundation
import ArgumentParser
import Glean
import GleanRunner

/// `glean list`: the registered extractors.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the available extractors.")

    @Option(name: .shortAndLong, help: "Also list the extractors of this config's plugins.")
    var config: String?

    @OptionGroup var pluginArguments: PluginArguments

    func run() throws {
        let all = try pluginArguments.registry(config: config.map { try GleanConfig.load(path: $0) }).all
        let width = all.map { $0.description.id.count }.max() ?? 0
        for type in all {
            let d = type.description
            print(d.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + d.summary)
        }
    }
}

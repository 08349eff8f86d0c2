import ArgumentParser
import Glean
import GleanPlugins
import GleanRunner

/// `--plugin PATH`, shared by the commands that need to know every extractor.
struct PluginArguments: ParsableArguments {
    @Option(name: .customLong("plugin"), help: "Load extractors from a plugin library (repeatable).")
    var plugins: [String] = []

    /// The registry with the plugins of the command line and of `config` added.
    func registry(config: GleanConfig? = nil) throws -> ExtractorRegistry {
        var registry = GleanCommandLine.registry
        for path in plugins + (config?.plugins ?? []) {
            for factory in try PluginLoader.load(path) {
                registry.register(factory)
            }
        }
        return registry
    }
}

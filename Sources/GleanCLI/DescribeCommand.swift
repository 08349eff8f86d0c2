import ArgumentParser
import Foundation
import Glean
import GleanRunner

/// `glean describe ID`: an extractor's options and examples.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "describe", abstract: "Show an extractor's options and examples.")

    @Argument(help: "The extractor id (see `glean list`).")
    var id: String

    @Flag(help: "Write Markdown (for documentation pages).")
    var markdown = false

    @Option(name: .shortAndLong, help: "Also know the extractors of this config's plugins.")
    var config: String?

    @OptionGroup var pluginArguments: PluginArguments

    func run() throws {
        let registry = try pluginArguments.registry(config: config.map { try GleanConfig.load(path: $0) })
        let d = try registry.resolve(id).description
        print(markdown ? ExtractorDocumentation.markdown(d) : ExtractorDocumentation.text(d), terminator: "")
    }
}

/// Renders an ``ExtractorDescription`` for people: plain text for the terminal, Markdown for docs.
enum ExtractorDocumentation {
    static func text(_ d: ExtractorDescription) -> String {
        var out = "\(d.id): \(d.summary)\n"
        if !d.types.isEmpty { out += "\nEmits: \(d.types.joined(separator: ", "))\n" }
        out += "\nOptions:\n"
        if d.options.isEmpty { out += "  (none)\n" }
        for o in d.options {
            out += "  \(o.name) (\(o.type.rawValue)\(o.defaultValue.map { ", default \($0.jsonText)" } ?? ""))\n"
            out += "      \(o.summary)\n"
            if let allowed = o.allowedValues { out += "      one of: \(allowed.joined(separator: ", "))\n" }
        }
        out += "\nExamples:\n"
        for e in d.examples {
            out += "  «\(e.text)»"
            if let date = e.referenceDate { out += "  (reference date \(date))" }
            if !e.options.isEmpty { out += "  options \(JSONValue.object(e.options).jsonText)" }
            out += "\n"
            if e.expected.isEmpty { out += "      -> nothing\n" }
            for x in e.expected {
                out += "      -> «\(x.text)»\(x.type.map { " \($0)" } ?? "") \(x.attributes.isEmpty ? "" : JSONValue.object(x.attributes).jsonText)\n"
            }
            for f in e.forbidden { out += "      not «\(f)»\n" }
        }
        return out
    }

    static func markdown(_ d: ExtractorDescription) -> String {
        var out = "# `\(d.id)`\n\n\(d.summary)\n\n"
        if !d.types.isEmpty { out += "Emits: \(d.types.map { "`\($0)`" }.joined(separator: ", "))\n\n" }
        out += "## Options\n\n| option | type | default | meaning |\n|---|---|---|---|\n"
        for o in d.options {
            out += "| `\(o.name)` | \(o.type.rawValue) | \(o.defaultValue.map { "`\($0.jsonText)`" } ?? "") | \(o.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        out += "\n## Examples\n\n| text | reference date | expected |\n|---|---|---|\n"
        for e in d.examples {
            let expected = e.expected.isEmpty ? "nothing" : e.expected.map {
                "«\($0.text)» \($0.attributes.isEmpty ? "" : "`\(JSONValue.object($0.attributes).jsonText)`")"
            }.joined(separator: "<br>")
            out += "| \(e.text.replacingOccurrences(of: "|", with: "\\|")) | \(e.referenceDate.map(\.description) ?? "") | \(expected.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return out
    }
}

import Foundation
import PackagePlugin

/// Build tool: every `NAME.rules.yml` in a target becomes a Swift extractor type `NameExtractor`
/// (declarative `pattern` rules, their examples checked at build time). A bad pattern or a
/// failing example is a build error naming the file and line.
@main
struct GleanRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "GleanRulesCompiler")
        return target.sourceFiles(withSuffix: ".rules.yml").map { file in
            let base = file.url.lastPathComponent.replacingOccurrences(of: ".rules.yml", with: "")
            let typeName = base.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Extractor"
            let output = context.pluginWorkDirectoryURL.appending(path: "\(typeName).swift")
            return .buildCommand(
                displayName: "Compiling pattern rules \(file.url.lastPathComponent)",
                executable: tool.url,
                arguments: [file.url.path, output.path, typeName],
                inputFiles: [file.url],
                outputFiles: [output])
        }
    }
}

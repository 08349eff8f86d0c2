import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-extractor-docs [DIR]`
///
/// Renders every registered extractor's description (summary, options, examples) to Markdown,
/// one page per extractor, in `Docs/extractors/` (or DIR), as SwiftLint renders its rule docs.
@main
struct GenerateExtractorDocs: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let build = try packageManager.build(.product("glean"), parameters: .init(configuration: .debug, echoLogs: false))
        guard build.succeeded, let glean = build.builtArtifacts.first(where: { $0.kind == .executable }) else {
            throw PluginError("building glean failed:\n\(build.logText)")
        }
        let output = arguments.first.map { URL(fileURLWithPath: $0, relativeTo: context.package.directoryURL) }
            ?? context.package.directoryURL.appending(path: "Docs/extractors")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)

        let ids = try run(glean.url, ["list"]).split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        var index = "# Extractors\n\n"
        for id in ids {
            let page = try run(glean.url, ["describe", id, "--markdown"])
            try page.write(to: output.appending(path: "\(id).md"), atomically: true, encoding: .utf8)
            index += "- [`\(id)`](\(id).md)\n"
        }
        try index.write(to: output.appending(path: "README.md"), atomically: true, encoding: .utf8)
        print("wrote \(ids.count) extractor pages to \(output.path)")
    }

    private func run(_ tool: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginError("glean \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

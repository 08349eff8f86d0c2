import ArgumentParser
import Foundation
import Glean
import GleanRunner

/// The `glean` command-line driver, as a library: a user package registers its own extractors
/// and calls ``main(registry:arguments:)`` from its `main.swift` to get a `glean` that knows them.
///
/// ```swift
/// import Glean
/// import GleanCLI
///
/// var registry = BuiltinExtractors.registry()
/// registry.register(CasualtiesExtractor.self)
/// GleanCommandLine.main(registry: registry)
/// ```
///
/// Exit status: 0 all good, 1 some documents failed (they are still written), 2 usage or config errors.
public enum GleanCommandLine {
    /// The registry the commands use.
    nonisolated(unsafe) static var registry = BuiltinExtractors.registry()

    /// Parses `arguments` (default: the process's), runs the command and exits.
    public static func main(registry: ExtractorRegistry = BuiltinExtractors.registry(), arguments: [String]? = nil) -> Never {
        GleanCommandLine.registry = registry
        do {
            var command = try GleanCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as GleanError {
            FileHandle.standardError.write(Data("glean: error: \(error)\n".utf8))
            exit(error.kind == .usage || error.kind == .config ? 2 : 1)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = GleanCommand.exitCode(for: error)
            let message = GleanCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            FileHandle.standardError.write(Data((message.isEmpty ? "" : message + "\n").utf8))
            exit(2)
        }
    }
}

/// `glean`: the root command.
struct GleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glean",
        abstract: "Extract dates, quantities, locations and quotes from news articles at corpus scale.",
        subcommands: [RunCommand.self, ListCommand.self, DescribeCommand.self, ValidateCommand.self],
        defaultSubcommand: nil
    )
}

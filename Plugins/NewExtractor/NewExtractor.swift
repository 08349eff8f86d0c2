import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-directory DIR new-extractor ID [--output DIR]`
///
/// Scaffolds a package for a new extractor, built as a plugin library that `glean` loads:
/// Package.swift, a starter extractor with its example corpus, the plugin entry point, a test
/// that runs the examples, a sample config and a README. The package builds and passes its test
/// as generated; edit the patterns and examples from there.
@main
struct NewExtractor: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let output = extractor.extractOption(named: "output").last
        guard let id = extractor.remainingArguments.first, id.range(of: #"^[a-z][a-z0-9_-]*$"#, options: .regularExpression) != nil else {
            throw ScaffoldError("usage: swift package --allow-writing-to-directory DIR new-extractor ID [--output DIR]\n"
                + "ID: lower case letters, digits, - or _ (e.g. casualties)")
        }
        let camel = id.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let directory = URL(fileURLWithPath: output ?? "glean-\(id)", relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            throw ScaffoldError("\(directory.path) already holds a package; choose another --output")
        }
        let files = Templates(id: id, camel: camel, gleanPath: context.package.directoryURL.path).files
        for (path, content) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        print("""
        Created the extractor package '\(id)' in \(directory.path):
        \(files.map { "  " + $0.0 }.joined(separator: "\n"))
        Next: cd \(directory.path) && swift test && swift build
        then: glean run -c \(directory.path)/glean.yml YOUR-INPUT
        """)
    }
}

struct ScaffoldError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The files of a new extractor package.
struct Templates {
    let id: String
    let camel: String
    let gleanPath: String

    var files: [(String, String)] {
        [
            ("Package.swift", packageSwift),
            ("Sources/\(camel)/\(camel)Extractor.swift", extractorSwift),
            ("Sources/\(camel)/\(camel)Examples.swift", examplesSwift),
            ("Sources/\(camel)/PluginEntry.swift", entrySwift),
            ("Tests/\(camel)Tests/\(camel)Tests.swift", testsSwift),
            ("glean.yml", config),
            ("README.md", readme),
            (".gitignore", ".build/\nPackage.resolved\n"),
        ]
    }

    var packageSwift: String { """
        // swift-tools-version: 6.1
        // The '\(id)' extractor for Glean, built as a plugin library that `glean` loads at run time.
        import PackageDescription

        let package = Package(
            name: "\(camel)",
            products: [
                .library(name: "\(camel)", type: .dynamic, targets: ["\(camel)"]),
            ],
            dependencies: [
                // The Glean checkout this package was generated from; use its git URL to share the package.
                .package(name: "Glean", path: "\(gleanPath)"),
            ],
            targets: [
                .target(name: "\(camel)", dependencies: [
                    .product(name: "GleanPluginKit", package: "Glean"),
                    .product(name: "GleanCore", package: "Glean"),
                    .product(name: "GleanPCRE", package: "Glean"),
                ]),
                .testTarget(name: "\(camel)Tests", dependencies: [
                    "\(camel)",
                    .product(name: "GleanCore", package: "Glean"),
                ]),
            ]
        )

        """ }

    var extractorSwift: String { #"""
        import GleanCore
        import GleanPCRE

        /// The '\#(id)' extractor. This starter finds hashtags ("#Kazan"); replace the pattern, the
        /// attributes and the examples with your own.
        public struct \#(camel)Extractor: Extractor {
            public static let description = ExtractorDescription(
                id: "\#(id)",
                summary: "Starter extractor: finds #hashtags. Replace with what \#(id) should find.",
                types: ["\#(id)"],
                options: [
                    OptionDescription("min_length", .integer, default: 2, "Shortest tag to report, without the #."),
                ],
                examples: \#(camel)Examples.all
            )

            /// Compiled once; shared by every thread.
            private static let pattern = try! Pattern(#"(?<![\w#])#(?<tag>[A-Za-z]\w*)"#)
            private let minLength: Int

            public init(options: ExtractorOptions) throws {
                minLength = options.int("min_length") ?? 2
                guard minLength >= 1 else { throw options.error("min_length", "must be at least 1") }
            }

            public func extract(from document: Document) throws -> [Extraction] {
                try document.withUTF8 { text in
                    var found: [Extraction] = []
                    try Self.pattern.forEachMatch(inUTF8: text) { match in
                        let tag = match["tag"]!
                        if tag.count >= minLength {
                            found.append(document.extraction("\#(id)", utf8: match.range, attributes: ["tag": .string(tag)]))
                        }
                        return true
                    }
                    return found
                }
            }
        }

        """# }

    var examplesSwift: String { """
        import GleanCore

        /// The example corpus: what must be found (and what must not). Run by the tests and shown by
        /// `glean describe \(id)`.
        enum \(camel)Examples {
            static let all: [ExtractorExample] = [
                ExtractorExample("Trending today: #Kazan and #drones.",
                                 expect: [ExpectedExtraction("#Kazan", ["tag": "Kazan"]), ExpectedExtraction("#drones", ["tag": "drones"])]),
                ExtractorExample("Short tags like #X are skipped.", expect: []),
                ExtractorExample("#X counts when min_length is 1", options: ["min_length": 1],
                                 expect: [ExpectedExtraction("#X", ["tag": "X"])]),
                .negative("Issue #5 and C# are not hashtags."),
            ]
        }

        """ }

    var entrySwift: String { """
        import GleanPluginKit

        /// The entry point `glean` looks up after loading the library.
        @_cdecl("glean_plugin_entry")
        public func gleanPluginEntry() -> UnsafeRawPointer {
            GleanPluginExport.entry(name: "\(id)", extractors: [\(camel)Extractor.self])
        }

        """ }

    var testsSwift: String { """
        import GleanCore
        import Testing
        @testable import \(camel)

        @Suite struct \(camel)Tests {
            @Test func examplesPass() {
                for failure in ExampleVerifier.verify(\(camel)Extractor.self) { Issue.record("\\(failure)") }
            }

            @Test func badOptionIsAnError() {
                #expect(throws: (any Error).self) { _ = try ExtractorFactory(\(camel)Extractor.self).make(options: ["min_length": 0]) }
            }
        }

        """ }

    var config: String { """
        # Runs the '\(id)' extractor (after `swift build` in this folder):
        #   glean run -c glean.yml INPUT...
        plugins:
          - .build/debug/lib\(camel).so   # relative to this file
        extractors:
          - \(id)

        """ }

    var readme: String { """
        # \(id): a Glean extractor plugin

        1. Edit `Sources/\(camel)/\(camel)Extractor.swift` (the patterns and the attributes) and
           `Sources/\(camel)/\(camel)Examples.swift` (what must and must not be found).
        2. `swift test`: runs the examples.
        3. `swift build` (or `swift build -c release` and point `glean.yml` at `.build/release`).
        4. `glean run -c glean.yml INPUT...`, or add the library to your own config's `plugins:`.

        `glean describe \(id) --plugin .build/debug/lib\(camel).so` shows its options and examples.

        """ }
}

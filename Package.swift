// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Glean",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Glean", targets: ["Glean"]),
        .library(name: "GleanCore", targets: ["GleanCore"]),
        .library(name: "GleanPCRE", targets: ["GleanPCRE"]),
        .library(name: "GleanRunner", targets: ["GleanRunner"]),
        .library(name: "GleanCLI", targets: ["GleanCLI"]),
        .library(name: "GleanPluginKit", targets: ["GleanPluginKit"]),
        .executable(name: "glean", targets: ["GleanTool"]),
        .plugin(name: "GenerateExtractorDocs", targets: ["GenerateExtractorDocs"]),
        .plugin(name: "NewExtractor", targets: ["NewExtractor"]),
        .plugin(name: "GleanRulesPlugin", targets: ["GleanRulesPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System libraries: PCRE2 (pattern matching) and zlib (reading .gz corpora).
        .systemLibrary(
            name: "CGleanPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .systemLibrary(
            name: "CGleanZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // The PCRE2 wrapper: compile, JIT, match, limits, trie-factored name sets.
        .target(name: "GleanPCRE", dependencies: ["CGleanPCRE2"]),

        // The extractor protocol, documents, results, options, registry.
        .target(name: "GleanCore", dependencies: ["GleanPCRE"]),

        // Built-in extractors, one module each.
        .target(name: "GleanPattern", dependencies: ["GleanCore", "GleanPCRE"]),
        .target(name: "GleanDates", dependencies: ["GleanCore", "GleanPCRE"]),
        .target(name: "GleanQuantities", dependencies: ["GleanCore", "GleanPCRE"]),
        .target(name: "GleanLocations", dependencies: ["GleanCore", "GleanPCRE"],
                exclude: ["Gazetteer/build_gazetteer.py", "Gazetteer/NOTICE.md"],
                resources: [.copy("Resources/gazetteer.bin")]),
        .target(name: "GleanQuotes", dependencies: ["GleanCore", "GleanPCRE"]),

        // The C plugin interface (a header), the plugin side (links into a plugin library) and the
        // host side (loads plugin libraries with dlopen).
        .target(name: "CGleanPluginABI"),
        .target(name: "GleanPluginKit", dependencies: ["GleanCore", "CGleanPluginABI"]),
        .target(name: "GleanPlugins", dependencies: ["GleanCore", "CGleanPluginABI"]),

        // Reading corpora, running extractors in parallel, writing JSONL/CSV; the config file.
        .target(name: "GleanRunner", dependencies: [
            "GleanCore", "GleanPCRE", "CGleanZlib",
            .product(name: "Yams", package: "Yams"),
        ]),

        // The umbrella module: core + every built-in extractor + the built-in registry.
        .target(name: "Glean", dependencies: ["GleanCore", "GleanPCRE", "GleanPattern", "GleanDates", "GleanQuantities", "GleanLocations", "GleanQuotes"]),


        // The command-line driver as a library, so user packages can build their own `glean`.
        .target(name: "GleanCLI", dependencies: [
            "Glean", "GleanRunner", "GleanPlugins",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .executableTarget(name: "GleanTool", dependencies: ["GleanCLI"], path: "Sources/glean"),

        // `swift package generate-extractor-docs`: one Markdown page per extractor.
        .plugin(
            name: "GenerateExtractorDocs",
            capability: .command(
                intent: .custom(verb: "generate-extractor-docs", description: "Render every extractor's options and examples to Markdown"),
                permissions: [.writeToPackageDirectory(reason: "Writes Docs/extractors/*.md")]
            ),
            dependencies: []
        ),

        // `swift package new-extractor ID`: scaffolds an extractor plugin package.
        .plugin(
            name: "NewExtractor",
            capability: .command(
                intent: .custom(verb: "new-extractor", description: "Create a package for a new extractor plugin"),
                permissions: [.writeToPackageDirectory(reason: "Writes the new extractor package")]
            )
        ),

        // Build tool: `NAME.rules.yml` files in a target become Swift extractor types.
        .executableTarget(name: "GleanRulesCompiler", dependencies: ["GleanCore", "GleanPattern", "GleanRunner"],
                          path: "Sources/glean-rules"),
        .plugin(name: "GleanRulesPlugin", capability: .buildTool(), dependencies: [.target(name: "GleanRulesCompiler")]),

        // Benchmarks/run.py's reference point: one PCRE2 JIT pattern over the corpus text.
        .executableTarget(name: "GleanEngineCeiling", dependencies: ["GleanCore", "GleanPCRE", "GleanRunner"],
                          path: "Benchmarks/EngineCeiling"),

        .testTarget(name: "GleanPCRETests", dependencies: ["GleanPCRE"]),
        .testTarget(name: "GleanCoreTests", dependencies: ["Glean", "GleanCore"]),
        .testTarget(name: "GleanRunnerTests", dependencies: ["GleanRunner", "Glean"]),
        .testTarget(name: "GleanPluginsTests", dependencies: ["GleanPlugins", "Glean", "CGleanPluginABI"]),
        .testTarget(name: "GleanCLITests", dependencies: ["GleanTool"]),
        .testTarget(name: "GleanRulesPluginTests", dependencies: ["GleanCore", "GleanPattern"],
                    exclude: [], plugins: ["GleanRulesPlugin"]),
        .testTarget(name: "GleanDatesTests", dependencies: ["GleanDates", "GleanCore"]),
        .testTarget(name: "GleanQuantitiesTests", dependencies: ["GleanQuantities", "GleanCore"]),
        .testTarget(name: "GleanLocationsTests", dependencies: ["GleanLocations", "GleanCore"]),
        .testTarget(name: "GleanQuotesTests", dependencies: ["GleanQuotes", "GleanCore"]),
    ]
)

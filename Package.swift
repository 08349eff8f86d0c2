// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Glean",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Glean", targets: ["Glean"]),
        .library(name: "GleanCore", targets: ["GleanCore"]),
        .library(name: "GleanPCRE", targets: ["GleanPCRE"]),
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
        .target(name: "GleanQuotes", dependencies: ["GleanCore", "GleanPCRE"]),

        // Reading corpora, running extractors in parallel, writing JSONL/CSV.

        // The umbrella module: core + every built-in extractor + the built-in registry.
        .target(name: "Glean", dependencies: ["GleanCore", "GleanPCRE", "GleanPattern", "GleanQuotes"]),


        .testTarget(name: "GleanPCRETests", dependencies: ["GleanPCRE"]),
        .testTarget(name: "GleanQuotesTests", dependencies: ["GleanQuotes", "GleanCore"]),
    ]
)

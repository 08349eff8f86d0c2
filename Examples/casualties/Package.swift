// swift-tools-version: 6.1
// A third-party Glean extractor, built as a plugin library that `glean` loads at run time.
import PackageDescription

let package = Package(
    name: "GleanCasualties",
    products: [
        // The plugin: a shared library exporting `glean_plugin_entry`.
        .library(name: "GleanCasualties", type: .dynamic, targets: ["GleanCasualties"]),
    ],
    dependencies: [
        // Glean itself (here the checkout two levels up; in your package, its git URL).
        .package(name: "Glean", path: "../.."),
    ],
    targets: [
        .target(name: "GleanCasualties", dependencies: [
            .product(name: "GleanPluginKit", package: "Glean"),
            .product(name: "GleanCore", package: "Glean"),
            .product(name: "GleanPCRE", package: "Glean"),
        ]),
        .testTarget(name: "GleanCasualtiesTests", dependencies: [
            "GleanCasualties",
            .product(name: "GleanCore", package: "Glean"),
        ]),
    ]
)

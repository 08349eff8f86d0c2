import GleanPluginKit

/// The plugin's entry point: `glean` looks this symbol up after loading the library.
@_cdecl("glean_plugin_entry")
public func gleanPluginEntry() -> UnsafeRawPointer {
    GleanPluginExport.entry(name: "casualties", extractors: [CasualtiesExtractor.self])
}

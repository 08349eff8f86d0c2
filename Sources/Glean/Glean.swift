@_exported import GleanCore
@_exported import GleanPCRE
@_exported import GleanPattern
@_exported import GleanDates
@_exported import GleanQuantities
@_exported import GleanLocations
@_exported import GleanQuotes

/// The built-in extractors.
public enum BuiltinExtractors {
    /// Every built-in extractor type, in the order `glean list` shows them.
    public static let all: [any Extractor.Type] = [
        PatternExtractor.self,
        DateExtractor.self,
        QuantityExtractor.self,
        LocationExtractor.self,
        QuoteExtractor.self,
    ]

    /// A registry holding every built-in extractor; register your own on top of it.
    public static func registry() -> ExtractorRegistry {
        var registry = ExtractorRegistry()
        for type in all { registry.register(type) }
        return registry
    }
}

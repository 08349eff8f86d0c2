/// One unit: its canonical name, how it is written, and how it converts to its dimension's base unit.
/// A class (immutable, shared): every ``Quantity`` that holds one copies a reference, not its
/// strings, arrays and set.
final class UnitDefinition: Sendable {
    /// The canonical name (`mile`, `kilometre per hour`, `US dollar`).
    let name: String
    /// What it measures; nil for currencies and counts.
    let dimension: Dimension?
    /// Base value = value × factor + offset.
    let factor: Double
    let offset: Double
    /// Spellings matched without regard to case ("miles", "per cent").
    let names: [String]
    /// Spellings matched exactly ("km", "Hz", "°C").
    let symbols: [String]
    /// ISO 4217 code for currencies.
    let currency: String?
    /// Symbols that are also ordinary words or letters ("in", "m", "C"): they count as a unit only
    /// when attached to the number or followed by punctuation.
    let ambiguousSymbols: Set<String>

    init(_ name: String, _ dimension: Dimension?, _ factor: Double = 1, offset: Double = 0,
         names: [String] = [], symbols: [String] = [], ambiguous: Set<String> = [], currency: String? = nil) {
        self.name = name
        self.dimension = dimension
        self.factor = factor
        self.offset = offset
        self.names = names
        self.symbols = symbols
        self.currency = currency
        self.ambiguousSymbols = ambiguous
    }

    /// The value in the dimension's base unit, or nil when there is no conversion.
    func baseValue(_ value: Double) -> Double? {
        guard dimension != nil, dimension != .ratio else { return nil }
        return value * factor + offset
    }
}

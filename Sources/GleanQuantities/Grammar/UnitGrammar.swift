import GleanPCRE

/// What a unit spelling stands for: a physical unit or a currency.
enum UnitMeaning: Sendable {
    case unit(UnitDefinition)
    case currency(code: String)
}

/// The patterns and lookup tables for what follows a number: a unit or currency ("km", "miles
/// per hour", "euros", "%"), then optionally a rate ("per day", "a month", "/hour").
struct UnitGrammar: Sendable {
    /// Unit or currency right after a number, anchored at the match start (`\G`).
    let unitPattern: Pattern
    /// A rate suffix: "per barrel", "a month", "/hour", anchored.
    let ratePattern: Pattern
    /// Exact-case spellings.
    let symbols: [String: UnitMeaning]
    /// Lowercased spellings.
    let names: [String: UnitMeaning]
    /// Spellings that need the number attached or punctuation after them.
    let ambiguous: Set<String>
    /// Group numbers of ``unitPattern`` (sep, sym, name) and ``ratePattern`` (den...den4).
    let sepGroup: Int, symGroup: Int, nameGroup: Int
    let denGroup: Int, den2Group: Int, den3Group: Int, den4Group: Int

    /// Denominators accepted after "a"/"an" ("$3,500 a month", "three times a week").
    static let rateNouns = ["second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade",
                            "barrel", "ounce", "share", "gallon", "litre", "liter", "pound", "kilo", "kilogram", "tonne",
                            "ton", "head", "person", "piece", "unit", "seat", "game", "season", "mile", "kilometre",
                            "kilometer", "gram", "bottle", "pop", "ticket", "pack", "box", "bag", "dozen", "night"]

    init() throws {
        var symbols: [String: UnitMeaning] = [:]
        var names: [String: UnitMeaning] = [:]
        var ambiguous = Set<String>()
        for unit in UnitTable.units {
            for s in unit.symbols { symbols[s] = .unit(unit) }
            for n in unit.names { names[n.lowercased()] = .unit(unit) }
            ambiguous.formUnion(unit.ambiguousSymbols)
        }
        for (s, code) in Currencies.suffixSymbols { symbols[s] = .currency(code: code) }
        for (n, code) in Currencies.suffixNames { names[n] = .currency(code: code) }
        ambiguous.formUnion(Currencies.ambiguousSuffixes)
        self.symbols = symbols
        self.names = names
        self.ambiguous = ambiguous
        let symbolTrie = TrieAlternation(symbols.keys, caseless: false).pattern
        let nameTrie = TrieAlternation(names.keys, caseless: true).pattern
        unitPattern = try Pattern(
            #"\G(?<sep>\x20?-\x20?|\x20|\x{a0}|)(?:(?<sym>"# + symbolTrie + #")|(?<name>(?i:"# + nameTrie + #")))(?![A-Za-z0-9])"#)
        let rateList = UnitGrammar.rateNouns.joined(separator: "|")
        ratePattern = try Pattern(#"""
            \G(?:
              \x20?(?i:per)\x20(?<den>(?i:(?:square|cubic)\x20)?[A-Za-z][A-Za-z-]*)
            | /(?<den2>[A-Za-zµμ][A-Za-z0-9²³^]*)
            | \x20(?<den4>s|h|hr|yr|d|min)(?:−1|-1|⁻¹)(?![A-Za-z0-9])
            | \x20(?i:an?)[\x20-](?<den3>(?i:
            """# + rateList + #"""
            ))s?(?![A-Za-z])
            )
            """#, options: .extended)
        sepGroup = unitPattern.groupNumbers["sep"] ?? -1
        symGroup = unitPattern.groupNumbers["sym"] ?? -1
        nameGroup = unitPattern.groupNumbers["name"] ?? -1
        denGroup = ratePattern.groupNumbers["den"] ?? -1
        den2Group = ratePattern.groupNumbers["den2"] ?? -1
        den3Group = ratePattern.groupNumbers["den3"] ?? -1
        den4Group = ratePattern.groupNumbers["den4"] ?? -1
    }

    /// What a matched spelling means.
    func meaning(symbol: String?, name: String?) -> UnitMeaning? {
        if let symbol { return symbols[symbol] }
        if let name { return names[name.lowercased()] }
        return nil
    }
}

import GleanPCRE

/// What a unit spelling stands for: a physical unit or a currency.
enum UnitMeaning: Sendable {
    case unit(UnitDefinition)
    case currency(code: String)
}

/// The patterns and lookup tables for what follows a number: a unit or currency ("km", "miles
/// per hour", "euros", "%"), then optionally a rate ("per day", "a month", "/hour").
final class UnitGrammar: Sendable {
    /// Unit or currency right after a number, anchored at the match start (`\G`), with its
    /// group numbers: compiled on first use only, for the rare text the byte tries
    /// (``matchUnit(_:at:)``) leave undecided.
    static var unitPattern: UnitPattern { UnitPattern.shared }
    /// A rate suffix: "per barrel", "a month", "/hour", anchored.
    let ratePattern: Pattern
    /// Exact-case spellings.
    let symbols: [String: UnitMeaning]
    /// Lowercased spellings.
    let names: [String: UnitMeaning]
    /// ``symbols`` and ``names`` with FNV lookups.
    let fastSymbols: FastStringMap<UnitMeaning>
    let fastNames: FastStringMap<UnitMeaning>
    /// ``ambiguous`` with FNV lookups.
    let fastAmbiguous: FastStringMap<Bool>
    /// The length in bytes of the longest spelling in ``fastAmbiguous`` (longer texts are not looked up).
    let maxAmbiguousLength: Int
    /// Spellings that need the number attached or punctuation after them.
    let ambiguous: Set<String>
    /// Group numbers of ``ratePattern`` (den...den4).
    let denGroup: Int, den2Group: Int, den3Group: Int, den4Group: Int
    /// Whether a unit can start with a byte and whatever follows (a one-byte spelling: "%", "m"),
    /// and by a unit's first two bytes (`b0 << 8 | b1`): a cheap test before ``unitPattern`` runs.
    private let unitSingles: [Bool]
    private let unitPairs: [Bool]
    /// The spellings of ``unitPattern`` as byte tries (``matchUnit(_:at:)``).
    let symbolTrie: ByteTrie
    let nameTrie: ByteTrie
    /// By spelling index of ``symbolTrie``: its meaning and whether it is ambiguous; of
    /// ``nameTrie``: its meaning.
    let symbolMeanings: [UnitMeaning?]
    let symbolAmbiguous: [Bool]
    let nameMeanings: [UnitMeaning?]

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
        fastSymbols = FastStringMap(symbols)
        fastNames = FastStringMap(names)
        fastAmbiguous = FastStringMap(Dictionary(uniqueKeysWithValues: ambiguous.map { ($0, true) }))
        maxAmbiguousLength = ambiguous.map { $0.utf8.count }.max() ?? 0
        var singles = [Bool](repeating: false, count: 256)
        var pairs = [Bool](repeating: false, count: 65536)
        func cases(_ b: UInt8) -> [UInt8] { WordScanner.isLetter(b) ? [b | 0x20, b & ~0x20] : [b] }
        for (spelling, caseless) in symbols.keys.map({ ($0, false) }) + names.keys.map({ ($0, true) }) {
            let u = Array(spelling.utf8)
            guard let b0 = u.first else { continue }
            if u.count == 1 || u[1] >= 0x80 {
                for a in caseless ? cases(b0) : [b0] { singles[Int(a)] = true }
                continue
            }
            for a in caseless ? cases(b0) : [b0] {
                for b in caseless ? cases(u[1]) : [u[1]] { pairs[Int(a) << 8 | Int(b)] = true }
            }
        }
        unitSingles = singles
        unitPairs = pairs
        self.ambiguous = ambiguous
        symbolTrie = ByteTrie(symbols.keys, caseless: false)
        nameTrie = ByteTrie(names.keys, caseless: true)
        symbolMeanings = symbolTrie.spellings.map { symbols[$0] }
        symbolAmbiguous = symbolTrie.spellings.map { ambiguous.contains($0) }
        nameMeanings = nameTrie.spellings.map { names[$0] }
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
        denGroup = ratePattern.groupNumbers["den"] ?? -1
        den2Group = ratePattern.groupNumbers["den2"] ?? -1
        den3Group = ratePattern.groupNumbers["den3"] ?? -1
        den4Group = ratePattern.groupNumbers["den4"] ?? -1
    }

    /// Whether ``unitPattern`` may match at `position`: some separator ("", " ", "-", " - ", a
    /// no-break space) followed by the first bytes of a unit spelling. A byte above ASCII
    /// passes (case folding: "K" also matches the Kelvin sign).
    func unitMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        func startsUnit(_ i: Int) -> Bool {
            guard i < bytes.count else { return false }
            let b0 = bytes[i]
            if b0 >= 0x80 || unitSingles[Int(b0)] { return true }
            guard i + 1 < bytes.count else { return false }
            let b1 = bytes[i + 1]
            return b1 >= 0x80 || unitPairs[Int(b0) << 8 | Int(b1)]
        }
        func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
        if startsUnit(position) { return true }
        let b = at(position)
        if b == 0x20 {
            if startsUnit(position + 1) { return true }
            if at(position + 1) == UInt8(ascii: "-") {
                if startsUnit(position + 2) { return true }
                if at(position + 2) == 0x20 && startsUnit(position + 3) { return true }
            }
        } else if b == UInt8(ascii: "-") {
            if startsUnit(position + 1) { return true }
            if at(position + 1) == 0x20 && startsUnit(position + 2) { return true }
        } else if b == 0xC2 && at(position + 1) == 0xA0 {
            if startsUnit(position + 2) { return true }
        }
        return false
    }

    /// Whether ``ratePattern`` may match at `position` (a superset): "/"; "per" (any case, after
    /// an optional space) and a space; a space, "a" or "an" (any case) and a space or hyphen; a
    /// space, a lowercase time symbol (s, h, hr, yr, d, min) and "-1", "−1" or "⁻¹" (a hyphen or
    /// E2 within three bytes); a space and a byte above ASCII.
    static func rateMayStart(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let n = bytes.count
        guard position < n else { return false }
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        @inline(__always) func per(_ i: Int) -> Bool {
            at(i) | 0x20 == UInt8(ascii: "p") && at(i + 1) | 0x20 == UInt8(ascii: "e") && at(i + 2) | 0x20 == UInt8(ascii: "r")
                && at(i + 3) == 0x20
        }
        @inline(__always) func exponent(_ i: Int) -> Bool { at(i) == UInt8(ascii: "-") || at(i) == 0xE2 }
        let b0 = bytes[position]
        if b0 == UInt8(ascii: "/") || per(position) { return true }
        guard b0 == 0x20, position + 1 < n else { return false }
        let b1 = bytes[position + 1]
        if b1 >= 0x80 || per(position + 1) { return true }
        switch b1 {
        case UInt8(ascii: "a"), UInt8(ascii: "A"):
            var c = at(position + 2)
            if c | 0x20 == UInt8(ascii: "n") { c = at(position + 3) }
            return c == 0x20 || c == UInt8(ascii: "-")
        case UInt8(ascii: "s"), UInt8(ascii: "h"), UInt8(ascii: "y"), UInt8(ascii: "d"), UInt8(ascii: "m"):
            return exponent(position + 2) || exponent(position + 3) || exponent(position + 4)
        default:
            return false
        }
    }

    /// What a matched spelling means.
    func meaning(symbol: String?, name: String?) -> UnitMeaning? {
        if let symbol { return symbols[symbol] }
        if let name { return names[name.lowercased()] }
        return nil
    }
}

/// ``UnitGrammar/unitPattern``: the unit spellings as trie alternations after a separator.
final class UnitPattern: Sendable {
    static let shared = UnitPattern()

    let pattern: Pattern
    let sepGroup: Int, symGroup: Int, nameGroup: Int

    private init() {
        // The spellings of ``UnitGrammar/init()``: symbols exact, names lowercased.
        var symbols = Set<String>()
        var names = Set<String>()
        for unit in UnitTable.units {
            symbols.formUnion(unit.symbols)
            for n in unit.names { names.insert(n.lowercased()) }
        }
        for (s, _) in Currencies.suffixSymbols { symbols.insert(s) }
        for (n, _) in Currencies.suffixNames { names.insert(n) }
        let symbolTrie = TrieAlternation(symbols, caseless: false).pattern
        let nameTrie = TrieAlternation(names, caseless: true).pattern
        do {
            pattern = try Pattern(
                #"\G(?<sep>\x20?-\x20?|\x20|\x{a0}|)(?:(?<sym>"# + symbolTrie + #")|(?<name>(?i:"# + nameTrie + #")))(?![A-Za-z0-9])"#)
        } catch {
            preconditionFailure("the unit pattern does not compile: \(error)")
        }
        sepGroup = pattern.groupNumbers["sep"] ?? -1
        symGroup = pattern.groupNumbers["sym"] ?? -1
        nameGroup = pattern.groupNumbers["name"] ?? -1
    }
}

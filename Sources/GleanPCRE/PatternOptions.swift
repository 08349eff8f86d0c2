import CGleanPCRE2

/// Compile options for a ``Pattern``. UTF mode is always on.
public struct PatternOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match in either case (`i`).
    public static let caseless = PatternOptions(rawValue: PCRE2_CASELESS)
    /// `^` and `$` match at line breaks (`m`).
    public static let multiline = PatternOptions(rawValue: PCRE2_MULTILINE)
    /// Whitespace and `#` comments in the pattern are ignored (`x`).
    public static let extended = PatternOptions(rawValue: PCRE2_EXTENDED)
    /// `.` matches newlines too (`s`).
    public static let dotAll = PatternOptions(rawValue: PCRE2_DOTALL)
    /// `\w`, `\d`, `\b` and POSIX classes use Unicode properties. About 4x slower on number
    /// patterns: use it only where non-ASCII letters or digits must match.
    public static let unicodeClasses = PatternOptions(rawValue: PCRE2_UCP)
    /// Allows ``Pattern/forEachMatch(inUTF8:startingIn:_:)`` to bound where a match may start
    /// (PCRE2's offset limit); needed by that method, harmless otherwise.
    public static let offsetLimit = PatternOptions(rawValue: PCRE2_USE_OFFSET_LIMIT)

    /// Every match must start exactly where matching starts (PCRE2_ANCHORED at compile time,
    /// which the JIT honours). For patterns only ever used with
    /// ``Pattern/match(inUTF8:anchoredAt:)``: they then need no second, anchored compilation.
    public static let anchored = PatternOptions(rawValue: PCRE2_ANCHORED)

    /// The names used in configs and on the command line, with their options.
    public static let byName: [(name: String, option: PatternOptions)] = [
        ("caseless", .caseless), ("multiline", .multiline), ("extended", .extended),
        ("dotall", .dotAll), ("ucp", .unicodeClasses),
    ]

    /// Parses a flag name (`caseless`, `multiline`, `extended`, `dotall`, `ucp`; also `i`, `m`, `x`, `s`).
    public init?(name: String) {
        let short: [String: String] = ["i": "caseless", "m": "multiline", "x": "extended", "s": "dotall"]
        let key = short[name] ?? name.lowercased()
        guard let found = PatternOptions.byName.first(where: { $0.name == key }) else { return nil }
        self = found.option
    }
}

/// Resource limits applied to every match of a pattern. A match that exceeds one fails with a
/// ``PCRE2Error`` of kind `.limit` instead of running away.
public struct MatchLimits: Sendable, Hashable {
    /// Maximum calls of PCRE2's internal match function (backtracking steps).
    public var matchLimit: UInt32
    /// Maximum backtracking depth (interpreter only; JIT uses its stack size).
    public var depthLimit: UInt32
    /// Maximum heap memory for backtracking, in KiB.
    public var heapLimitKiB: UInt32

    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, heapLimitKiB: UInt32 = 20_000) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
    }

    /// Defaults that stop catastrophic backtracking in well under a second per document.
    public static let `default` = MatchLimits()
}

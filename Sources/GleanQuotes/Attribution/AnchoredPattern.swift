import GleanPCRE

/// A pattern that only ever matches anchored at a given start, compiled once as `\G(?:…)`.
///
/// PCRE2 treats a pattern whose every branch starts with `\G` as anchored, and its JIT honours
/// that, so one compilation does what ``GleanPCRE/Pattern/match(inUTF8:anchoredAt:)`` needs two
/// for (the pattern itself, never searched with here, and its anchored twin): JIT compilation
/// of the attribution patterns is most of the extractor's start-up.
struct AnchoredPattern: Sendable {
    let pattern: Pattern

    /// Put before every attribution pattern: no auto-possessification. That compile-time pass
    /// only spares backtracking (it never changes a match), which these patterns hardly need,
    /// while it costs a tenth of their compilation, most of the extractor's start-up.
    static let compileOptions = "(*NO_AUTO_POSSESS)"

    init(_ source: String) throws {
        pattern = try Pattern(AnchoredPattern.compileOptions + #"\G(?:"# + source + ")")
    }

    /// The match that starts exactly at byte `start` of `bytes`, copied out.
    func match(inUTF8 bytes: UnsafeBufferPointer<UInt8>, anchoredAt start: Int) throws -> MatchResult? {
        guard start <= bytes.count else { return nil }
        var found: MatchResult?
        try pattern.forEachMatch(inUTF8: bytes, from: start) { match in
            found = match.result()
            return false
        }
        return found
    }

    /// Whether a match starts exactly at byte `start` of `bytes` (nothing copied out).
    func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>, anchoredAt start: Int) throws -> Bool {
        guard start <= bytes.count else { return false }
        var found = false
        try pattern.forEachMatch(inUTF8: bytes, from: start) { _ in
            found = true
            return false
        }
        return found
    }
}

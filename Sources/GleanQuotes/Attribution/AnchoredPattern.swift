import GleanPCRE

/// A pattern matched only at a given start, run by the JIT.
///
/// `Pattern.match(inUTF8:anchoredAt:)` passes `PCRE2_ANCHORED` at match time, which PCRE2's JIT
/// does not support: every such call falls back to the interpreter (about 9,000 instructions for
/// a failed cue check after a name). Compiling the pattern behind `\G` anchors it at the start
/// offset inside the pattern itself, so the JIT runs it, with the same matches.
struct AnchoredPattern: Sendable {
    let pattern: Pattern

    init(_ source: String, options: PatternOptions = []) throws {
        pattern = try Pattern("\\G(?:\(source))", options: options)
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

    /// Whether the pattern matches at byte `start` (no captures copied).
    func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws -> Bool {
        guard start <= bytes.count else { return false }
        var found = false
        try pattern.forEachMatch(inUTF8: bytes, from: start) { _ in
            found = true
            return false
        }
        return found
    }
}

import GleanCore
import GleanPCRE

/// Edge and hedge words right before an expression ("late November", "nearly two years"):
/// they join the span and give the TIMEX3 `mod`.
enum Modifiers {
    struct Extension {
        let range: Range<Int>
        let mod: String?
        /// An edge ("the end of") rather than a hedge ("about").
        let isEdge: Bool
    }

    /// The cheap test that ``extend(_:kind:isAgo:in:notBefore:pattern:)`` can return anything
    /// (it returns nil when this is false).
    @inline(__always)
    static func mayExtend(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, notBefore floor: Int) -> Bool {
        let start = max(floor, range.lowerBound - 40)
        return start < range.lowerBound && endsWithLastWord(bytes, start..<range.lowerBound)
    }

    /// Looks at up to 40 bytes before `range`; returns the widened range and the mod, or nil.
    static func extend(_ range: Range<Int>, kind: RuleKind, isAgo: Bool, in bytes: UnsafeBufferPointer<UInt8>,
                       notBefore floor: Int, pattern: Pattern) throws -> Extension? {
        let start = max(floor, range.lowerBound - 40)
        guard start < range.lowerBound, endsWithLastWord(bytes, start..<range.lowerBound) else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<range.lowerBound])
        guard let m = try firstMatch(pattern, slice) else { return nil }
        let word = { (r: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: slice[r]), as: UTF8.self).lowercased() }
        if let r = m.range("edge") {
            let w = word(r)
            switch kind {
            case .duration, .recurrence: return nil
            case .relative, .deictic: break
            default: if w == "earlier" || w == "later" { return nil }
            }
            let mod: String?
            if w == "sometime" { mod = nil }
            else if w.hasPrefix("early") || w.containsBytes("beginning") || w.containsBytes("start") || w == "earlier" { mod = "START" }
            else if w.hasPrefix("mid") || w.containsBytes("middle") { mod = "MID" }
            else { mod = "END" }
            return Extension(range: start + m.range.lowerBound..<range.upperBound, mod: mod, isEdge: true)
        }
        // A hedge goes with an amount ("nearly two years"), not with a determiner phrase ("over the past year").
        if let r = m.range("hedge"), !startsWithThe(range, bytes) {
            // (Runs of spaces and line feeds as one space: the text itself when already so.)
            let w = Resolver.singleSpaced(word(r))
            switch kind {
            // TimeBank keeps "about"/"almost" with "... ago" and clock times, but not with a bare amount.
            case .duration: if !isAgo && (w == "about" || w == "almost") { return nil }
            case .clock, .calendar: if !["about", "around", "approximately", "roughly"].contains(w) { return nil }
            default: return nil
            }
            let mod: String
            switch w {
            case "about", "around", "approximately", "roughly", "some": mod = "APPROX"
            case "more than", "just over", "well over": mod = "MORE_THAN"
            case "at least": mod = "EQUAL_OR_MORE"
            case "up to", "no more than": mod = "EQUAL_OR_LESS"
            default: mod = "LESS_THAN"
            }
            return Extension(range: start + m.range.lowerBound..<range.upperBound, mod: mod, isEdge: false)
        }
        return nil
    }

    /// The words the modifier pattern ends with ("the end of", "more than", "up to", "early"...).
    static let lastWords = LeadChain(["early", "late", "mid", "earlier", "later", "sometime", "of", "around", "approximately",
                                      "about", "almost", "nearly", "than", "least", "to", "roughly", "some", "over", "under"],
                                     numbers: false)

    /// Whether `text` ends with one of ``lastWords`` and then only spaces and hyphens: the cheap
    /// test that spares running the modifier pattern before almost every expression.
    static func endsWithLastWord(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Bool {
        var end = text.upperBound
        while end > text.lowerBound, AnchorScan.isSpace(bytes[end - 1]) || bytes[end - 1] == 0x2D { end -= 1 }
        // The letters before, read backwards with their key (as ``LeadChain/key(_:_:)`` for up to 12 letters).
        var start = end
        var key: UInt64 = 0
        var shift: UInt64 = 0
        let codes = lastWords.codes
        while start > text.lowerBound {
            // (A letter's code is 1...26; digits and "_" are 27, other bytes 0.)
            let code = codes[Int(bytes[start &- 1])]
            guard code != 0 && code <= 26 else { break }
            if shift < 60 { key |= UInt64(code) &<< shift }
            shift &+= 5
            start &-= 1
        }
        guard start < end else { return false }
        guard end - start <= 12 ? lastWords.contains(key) : lastWords.belongs(bytes, start..<end) else { return false }
        // The last word of a phrase of several words: the word before it must be the one before it
        // in some phrase ("the end of", "more than", "at least", "up to", "just over").
        guard let before = phraseWordsBefore(key, end - start) else { return true }
        var wordEnd = start
        guard wordEnd > text.lowerBound, AnchorScan.isSpace(bytes[wordEnd - 1]) else { return false }
        while wordEnd > text.lowerBound, AnchorScan.isSpace(bytes[wordEnd - 1]) { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > text.lowerBound, AnchorScan.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
        // Next to a non-ASCII byte caseless matching may fold it onto a letter: the pattern decides.
        if wordStart > text.lowerBound, bytes[wordStart - 1] >= 0x80 { return true }
        return WordKey.of(bytes, wordStart..<wordEnd).isIn(before)
    }

    /// ``LeadChain`` keys (the key ``endsWithLastWord(_:_:)`` builds) of the last words of the phrases of several words.
    static func chainKey(_ word: String) -> UInt64 { Array(word.utf8).withUnsafeBufferPointer { LeadChain.key($0, 0..<$0.count)! } }
    static let ofKey = chainKey("of"), thanKey = chainKey("than"), leastKey = chainKey("least"), toKey = chainKey("to"),
               overKey = chainKey("over"), underKey = chainKey("under")
    static let beforeOf = AnchorScan.keys(["end", "beginning", "start", "middle"])
    static let beforeThan = AnchorScan.keys(["more", "less", "fewer"])
    static let beforeLeast = AnchorScan.keys(["at"]), beforeTo = AnchorScan.keys(["up"])
    static let beforeOver = AnchorScan.keys(["just", "well"]), beforeUnder = AnchorScan.keys(["just"])

    /// The words that may come right before the last word `key` (of `length` letters, its
    /// ``LeadChain`` key) in the modifier pattern's phrases of several words; nil for a last
    /// word that is a phrase by itself (or longer than five letters).
    static func phraseWordsBefore(_ key: UInt64, _ length: Int) -> [UInt64]? {
        guard length <= 5 else { return nil }
        if key == ofKey { return beforeOf }
        if key == thanKey { return beforeThan }
        if key == leastKey { return beforeLeast }
        if key == toKey { return beforeTo }
        if key == overKey { return beforeOver }
        if key == underKey { return beforeUnder }
        return nil
    }

    private static func startsWithThe(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count > 4 else { return false }
        let b = range.lowerBound
        return bytes[b] | 0x20 == 0x74 && bytes[b + 1] | 0x20 == 0x68 && bytes[b + 2] | 0x20 == 0x65 && bytes[b + 3] == 0x20
    }

    /// What ``extend(_:kind:isAgo:in:notBefore:pattern:)`` reads of a match: its range and its
    /// "edge" group, or (when that did not take part) its "hedge" group; read inside the match
    /// closure instead of copying every group into a `MatchResult`.
    private struct ModifierMatch {
        let range: Range<Int>
        let edge: Range<Int>?
        let hedge: Range<Int>?
        func range(_ name: StaticString) -> Range<Int>? { name.utf8Start[0] == 0x65 ? edge : hedge }
    }

    private static func firstMatch(_ pattern: Pattern, _ slice: UnsafeBufferPointer<UInt8>) throws -> ModifierMatch? {
        var found: ModifierMatch?
        try pattern.forEachMatch(inUTF8: slice, from: searchStart(slice)) { m in
            let edge = m.range("edge")
            found = ModifierMatch(range: m.range, edge: edge, hedge: edge == nil ? m.range("hedge") : nil)
            return false
        }
        return found
    }

    /// Where a match of the modifier pattern can start at the earliest: a match is one of its
    /// phrases (at most four words of letters, whitespace between them) and then only spaces
    /// and hyphens up to the end, so it starts at one of the last four runs of letters (each
    /// after whitespace). The search starts there (`\b` still sees the byte before).
    private static func searchStart(_ slice: UnsafeBufferPointer<UInt8>) -> Int {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        var k = slice.count
        while k > 0, AnchorScan.isSpace(slice[k - 1]) || slice[k - 1] == 0x2D { k -= 1 }
        var from = k
        while from > 0, isLetter(slice[from - 1]) { from -= 1 }
        for _ in 0..<3 {
            var j = from
            guard j > 0, AnchorScan.isSpace(slice[j - 1]) else { break }
            while j > 0, AnchorScan.isSpace(slice[j - 1]) { j -= 1 }
            var start = j
            while start > 0, isLetter(slice[start - 1]) { start -= 1 }
            guard start < j else { break }
            from = start
        }
        return from
    }
}

import GleanPCRE

/// Tells sport news, where bare town names are mostly clubs ("Chelsea host Birmingham",
/// "Chester have won only two"), from other news: words only sport reporting uses, and scores.
struct SportNewsDetector: Sendable {
    /// How many sport words or scores make an article sport news.
    static let threshold = 5

    /// The definition; ``isSport(_:)`` finds the same matches with a byte loop, and asks the
    /// pattern where a character beyond ASCII could match a letter without case (K, ſ).
    /// (Compiled on first use, once for the process: most runs never need it.)
    private static let compiled = Result<Pattern, Error> {
        try Pattern(#"""
            \b(?:striker|strikers|midfielder|midfielders|defender|goalkeeper|keeper|premiership|fixtures?|kick-off
            |penalty|penalties|squad|fly-half|winger|wingers|referee|semi-finals?|quarter-finals?|scored|scoring
            |league|cup|goals?|stadium|tries|try-line|scrum|wickets?|innings|batsman|bowler|test\ match|six\ nations
            |half-time|full-time|play-offs?|relegation|boss|coach|championship|tournament|(?-i:clubs?))\b
            |(?<score>\b\d{1,2}-\d{1,2}\b(?![\d/]))
            """#, options: [.extended, .caseless])
    }
    private var pattern: Pattern { get throws { try SportNewsDetector.compiled.get() } }

    init() throws {}

    /// At least this many of the hits must be words (number ranges in market reports look like scores).
    static let minimumWords = 3

    /// Whether `text` reads as sport news.
    func isSport(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        if let sport = SportNewsDetector.scan(text) { return sport }
        return try patternIsSport(text)
    }

    /// ``isSport(_:)`` by the pattern.
    func patternIsSport(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var words = 0, scores = 0
        try pattern.forEachMatch(inUTF8: text) { m in
            if m.range("score") != nil { scores += 1 } else { words += 1 }
            return !(words >= SportNewsDetector.minimumWords && words + scores >= SportNewsDetector.threshold)
        }
        return words >= SportNewsDetector.minimumWords && words + scores >= SportNewsDetector.threshold
    }

    /// One-word terms (bit 1), the first words of two-word terms (bit 2, see ``tail(_:_:_:)``).
    private static let terms = WordTable(termWords.map { ($0, UInt16(1)) } + SportNewsDetector.heads.enumerated().map { ($0.element, UInt16(10 + $0.offset)) })

    private static let termWords = [
        "striker", "strikers", "midfielder", "midfielders", "defender", "goalkeeper", "keeper", "premiership",
        "fixture", "fixtures", "penalty", "penalties", "squad", "winger", "wingers", "referee", "scored", "scoring",
        "league", "cup", "goal", "goals", "stadium", "tries", "scrum", "wicket", "wickets", "innings", "batsman",
        "bowler", "relegation", "boss", "coach", "championship", "tournament",
    ]

    /// By length (up to 15) and first two letters (a...z each), whether a term or head of that
    /// length starts so: 1 or 0 at `length * 676 + first * 26 + second`.
    private static let firstPairs: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 16 * 676)
        for word in termWords + heads {
            let bytes = Array(word.utf8)
            precondition(bytes.count >= 2 && bytes.count < 16)
            table[bytes.count * 676 + Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)] = 1
        }
        return table
    }()

    /// First words of two-word terms; the table gives each 10 + its index here.
    private static let heads = ["kick", "fly", "semi", "quarter", "try", "test", "six", "half", "full", "play"]

    /// PCRE2's `\w` without UCP: ASCII letters, digits, underscore.
    @inline(__always) private static func isWord(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The pattern's verdict by a byte loop; nil where the text has a character that matches an
    /// ASCII letter without case (the Kelvin sign, the long s).
    static func scan(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = text.count
        let terms = SportNewsDetector.terms, firstPairs = SportNewsDetector.firstPairs
        var words = 0, scores = 0
        var p = 0
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? text[i] : 0 }
        return SportNewsDetector.classes.withUnsafeBufferPointer { classes -> Bool? in
            @inline(__always) func cls(_ i: Int) -> UInt8 { i < n ? classes[Int(text[i])] : 0 }
            // At the top of the loop the byte before p is never a word byte: p starts a word
            // whenever it is one.
            while p < n {
                let b = text[p]
                let c = classes[Int(b)]
                if c == 0 { p += 1; continue }
                if c == 3 {
                    if b == 0xC5 && at(p + 1) == 0xBF || b == 0xE2 && at(p + 1) == 0x84 && at(p + 2) == 0xAA { return nil }
                    p += 1
                    continue
                }
                var end = -1  // the end of a match at p
                var isScore = false
                var e = p + 1  // how far the word has been read
                if c == 1 {
                    e = Swar.letterRunEnd(text, from: e)
                    let length = e - p
                    // (Words of one letter are no term; those of more by their length and first two letters first.)
                    let kind = length >= 2 && length < 16
                        && firstPairs[length &* 676 &+ Int((b | 0x20) &- 0x61) &* 26 &+ Int((text[p + 1] | 0x20) &- 0x61)] != 0
                        ? terms.lookup(text, p..<e) : 0
                    if kind == 1 {
                        if cls(e) != 1 && cls(e) != 2 { end = e }
                    } else if kind >= 10 {
                        if let t = tail(text, Int(kind) - 10, e), !isWord(at(t)) { end = t }
                    } else if length == 4 || length == 5, b == 0x63, text[p + 1] == 0x6C, text[p + 2] == 0x75, text[p + 3] == 0x62,
                              length == 4 || text[p + 4] == 0x73, !isWord(at(e)) {
                        end = e  // "club", "clubs", in lower case only
                    }
                } else if isDigit(b) {
                    // \d{1,2}-\d{1,2}\b(?![\d/])
                    if e < n, isDigit(text[e]) { e += 1 }
                    if at(e) == 0x2D, isDigit(at(e + 1)) {
                        var f = e + 2
                        if f < n, isDigit(text[f]) { f += 1 }
                        if !isWord(at(f)), at(f) != 0x2F { end = f; isScore = true }
                    }
                }
                if end >= 0 {
                    if isScore { scores += 1 } else { words += 1 }
                    if words >= minimumWords && words + scores >= threshold { return true }
                    p = end
                } else {
                    p = e
                    while p < n, classes[Int(text[p])] == 1 || classes[Int(text[p])] == 2 { p += 1 }
                }
            }
            return words >= minimumWords && words + scores >= threshold
        }
    }

    /// Byte classes: 1 ASCII letter, 2 digit or underscore (the rest of `\w`), 3 beyond ASCII, 0 other.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return 1 }
        if (b >= 0x30 && b <= 0x39) || b == 0x5F { return 2 }
        return b >= 0x80 ? 3 : 0
    }

    /// Where a two-word term whose first word (``heads``[head]) ends at `e` ends ("kick-off",
    /// "test match", "semi-finals"), before the word boundary is checked; nil if none does.
    private static func tail(_ text: UnsafeBufferPointer<UInt8>, _ head: Int, _ e: Int) -> Int? {
        @inline(__always) func has(_ s: StaticString, at i: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard i + count <= text.count else { return false }
            let bytes = s.utf8Start
            for k in 0..<count {
                var b = text[i + k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != bytes[k] { return false }
            }
            return true
        }
        func optionalS(_ t: Int) -> Int {
            // "s?" is greedy: taken when what follows it ends the word.
            if t < text.count, text[t] | 0x20 == 0x73, !isWord(t + 1 < text.count ? text[t + 1] : 0) { return t + 1 }
            return t
        }
        switch head {
        case 0: return has("-off", at: e) ? e + 4 : nil  // kick
        case 1: return has("-half", at: e) ? e + 5 : nil  // fly
        case 2: return has("-final", at: e) ? optionalS(e + 6) : nil  // semi
        case 3: return has("-final", at: e) ? optionalS(e + 6) : nil  // quarter
        case 4: return has("-line", at: e) ? e + 5 : nil  // try
        case 5: return has(" match", at: e) ? e + 6 : nil  // test
        case 6: return has(" nations", at: e) ? e + 8 : nil  // six
        case 7: return has("-time", at: e) ? e + 5 : nil  // half
        case 8: return has("-time", at: e) ? e + 5 : nil  // full
        case 9: return has("-off", at: e) ? optionalS(e + 4) : nil  // play
        default: return nil
        }
    }
}

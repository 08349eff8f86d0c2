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
        if let sport = SportNewsDetector.vectorScan(text) { return sport }
        return try patternIsSport(text)
    }

    /// ``isSport(_:)`` by the pattern.
    func patternIsSport(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var tally = Tally()
        try pattern.forEachMatch(inUTF8: text) { m in
            tally.count(score: m.range("score") != nil)
            return !tally.isSport
        }
        return tally.isSport
    }

    /// Sport words and scores found so far, and whether they make sport news.
    struct Tally {
        private(set) var words = 0, scores = 0
        var isSport: Bool { words >= SportNewsDetector.minimumWords && words + scores >= SportNewsDetector.threshold }
        mutating func count(score: Bool) { if score { scores += 1 } else { words += 1 } }
    }

    /// Whether the bytes at `i` start the long s (U+017F) or the Kelvin sign (U+212A): characters
    /// beyond ASCII that the caseless pattern matches as ASCII letters.
    @inline(__always)
    private static func startsCaselessLetter(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = text.count
        let b = text[i]
        return b == 0xC5 && i + 1 < n && text[i + 1] == 0xBF
            || b == 0xE2 && i + 2 < n && text[i + 1] == 0x84 && text[i + 2] == 0xAA
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
        var tally = Tally()
        return SportNewsDetector.classes.withUnsafeBufferPointer { classes in
            SportNewsDetector.firstPairs.withUnsafeBufferPointer { firstPairs in
                scanBytes(text, from: 0, &tally, classes, SportNewsDetector.terms, firstPairs)
            }
        }
    }

    /// ``scan(_:)`` from `p`, which starts a word whenever it is a word byte, with what has been
    /// counted before it.
    private static func scanBytes(_ text: UnsafeBufferPointer<UInt8>, from start: Int, _ tally: inout Tally,
                                  _ classes: UnsafeBufferPointer<UInt8>, _ terms: WordTable,
                                  _ firstPairs: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = text.count
        var p = start
        // At the top of the loop the byte before p is never a word byte: p starts a word
        // whenever it is one.
        while p < n {
            let b = text[p]
            let c = classes[Int(b)]
            if c == 0 { p += 1; continue }
            if c == 3 {
                if startsCaselessLetter(text, p) { return nil }
                p += 1
                continue
            }
            let (end, isScore, e) = match(text, at: p, b, c, classes, terms, firstPairs)
            if end >= 0 {
                tally.count(score: isScore)
                if tally.isSport { return true }
                p = end
            } else {
                p = e
                while p < n, classes[Int(text[p])] == 1 || classes[Int(text[p])] == 2 { p += 1 }
            }
        }
        return tally.isSport
    }

    /// The match of a term or score starting at `p`, the first byte of a word (`b`, its class `c`,
    /// 1 or 2): its end and whether it is a score, or -1 and how far the word was read.
    @inline(__always)
    private static func match(_ text: UnsafeBufferPointer<UInt8>, at p: Int, _ b: UInt8, _ c: UInt8,
                              _ classes: UnsafeBufferPointer<UInt8>, _ terms: WordTable, _ firstPairs: UnsafeBufferPointer<UInt8>)
        -> (end: Int, isScore: Bool, next: Int) {
        let n = text.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? text[i] : 0 }
        @inline(__always) func cls(_ i: Int) -> UInt8 { i < n ? classes[Int(text[i])] : 0 }
        var e = p + 1  // how far the word has been read
        if c == 1 {
            e = Swar.letterRunEnd(text, from: e)
            let length = e - p
            let kind = length >= 2 && length < 16
                && firstPairs[length &* 676 &+ Int((b | 0x20) &- 0x61) &* 26 &+ Int((text[p + 1] | 0x20) &- 0x61)] != 0
                ? terms.lookup(text, p..<e) : 0
            if kind == 1 {
                if cls(e) != 1 && cls(e) != 2 { return (e, false, e) }
            } else if kind >= 10 {
                if let t = tail(text, Int(kind) - 10, e), !isWord(at(t)) { return (t, false, t) }
            } else if length == 4 || length == 5, b == 0x63, text[p + 1] == 0x6C, text[p + 2] == 0x75, text[p + 3] == 0x62,
                      length == 4 || text[p + 4] == 0x73, !isWord(at(e)) {
                return (e, false, e)  // "club", "clubs", in lower case only
            }
        } else if isDigit(b) {
            // \d{1,2}-\d{1,2}\b(?![\d/])
            if e < n, isDigit(text[e]) { e += 1 }
            if at(e) == 0x2D, isDigit(at(e + 1)) {
                var f = e + 2
                if f < n, isDigit(text[f]) { f += 1 }
                if !isWord(at(f)), at(f) != 0x2F { return (f, true, f) }
            }
        }
        return (-1, false, e)
    }

    /// By first and second letter (a...z each: `first * 26 + second`), the third letters (a...z
    /// as bits 0...25) of the terms, of the heads of two-word terms and of "club" (all of three
    /// letters or more): a word starting otherwise (or of fewer letters) matches nothing.
    private static let letterTriples: [UInt32] = {
        var triples = [UInt32](repeating: 0, count: 26 * 26)
        for word in termWords + heads + ["club"] {
            let bytes = Array(word.utf8)
            precondition(bytes.count >= 3 && bytes[0...2].allSatisfy { $0 >= 0x61 && $0 <= 0x7A })
            triples[Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)] |= 1 << UInt32(bytes[2] - 0x61)
        }
        return triples
    }()

    /// ``scan(_:)`` sixteen bytes at a time (SSE2): only the first bytes of words (ASCII letters,
    /// digits, underscore) and the lead bytes of the long s and the Kelvin sign (C5, E2) are visited.
    static func vectorScan(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = text.count
        guard n >= 16 else { return scan(text) }
        let terms = SportNewsDetector.terms
        var tally = Tally()
        // Where the scan goes on: word starts before it lie in a match already read.
        var p = 0
        return SportNewsDetector.classes.withUnsafeBufferPointer { classes -> Bool? in
        SportNewsDetector.firstPairs.withUnsafeBufferPointer { firstPairs -> Bool? in
        SportNewsDetector.letterTriples.withUnsafeBufferPointer { letterTriples -> Bool? in
            let base = UnsafeRawPointer(text.baseAddress!)
            var previousWord: UInt64 = 0
            var block = 0
            while block + 16 <= n {
                let v = base.loadUnaligned(fromByteOffset: block, as: SIMD16<UInt8>.self)
                let folded = v | SIMD16<UInt8>(repeating: 0x20)
                let isLetter = (folded &- SIMD16<UInt8>(repeating: 0x61)) .< SIMD16<UInt8>(repeating: 26)
                let isDigit = (v &- SIMD16<UInt8>(repeating: 0x30)) .< SIMD16<UInt8>(repeating: 10)
                let isWord = isLetter .| isDigit .| (v .== SIMD16<UInt8>(repeating: 0x5F))
                let isLead = (v .== SIMD16<UInt8>(repeating: 0xC5)) .| (v .== SIMD16<UInt8>(repeating: 0xE2))
                let high = SIMD16<UInt8>(repeating: 0x80)
                let word = unsafeBitCast(SIMD16<UInt8>().replacing(with: high, where: isWord), to: (UInt64, UInt64).self)
                let lead = unsafeBitCast(SIMD16<UInt8>().replacing(with: high, where: isLead), to: (UInt64, UInt64).self)
                let w0 = word.0, w1 = word.1
                let starts0 = w0 & ~(w0 << 8 | previousWord), starts1 = w1 & ~(w1 << 8 | w0 >> 56)
                previousWord = w1 >> 56
                // (The two halves one call each: a loop over them kept its masks on the stack.)
                switch visit(starts0 | lead.0, from: block, text, &p, &tally, classes, terms, firstPairs, letterTriples) {
                case .sport: return true
                case .unreadable: return nil
                case .goOn: break
                }
                switch visit(starts1 | lead.1, from: block + 8, text, &p, &tally, classes, terms, firstPairs, letterTriples) {
                case .sport: return true
                case .unreadable: return nil
                case .goOn: break
                }
                block += 16
            }
            // The rest byte by byte, past the end of a word read in the last block.
            if p <= block {
                p = block
                if isWord(text[p - 1]) { while p < n, isWord(text[p]) { p += 1 } }
            }
            return scanBytes(text, from: p, &tally, classes, terms, firstPairs)
        }
        }
        }
    }

    /// What visiting the word starts of a block found.
    private enum Visit { case goOn, sport, unreadable }

    /// Visits the positions marked in `starts` (one bit per byte, bit 7 of each byte: the first
    /// bytes of words and lead bytes beyond ASCII) of the eight bytes from `block`.
    @inline(__always)
    private static func visit(_ starts: UInt64, from block: Int, _ text: UnsafeBufferPointer<UInt8>, _ p: inout Int,
                              _ tally: inout Tally, _ classes: UnsafeBufferPointer<UInt8>, _ terms: WordTable,
                              _ firstPairs: UnsafeBufferPointer<UInt8>, _ letterTriples: UnsafeBufferPointer<UInt32>) -> Visit {
        let n = text.count
        var marks = starts
        while marks != 0 {
            let i = block &+ marks.trailingZeroBitCount >> 3
            marks &= marks &- 1
            if i < p { continue }
            let b = text[i]
            if b >= 0x80 {
                if startsCaselessLetter(text, i) { return .unreadable }
                continue
            }
            // (A word no term starts so is passed over whole: no byte of it is visited. The
            // next start lies past it, so p need not move.)
            if b >= 0x41 {
                // (A letter here: the other word bytes from 0x41 on, "_" and the like, start no term.)
                guard SportNewsDetector.isLetter(b) else { continue }
                let second = i + 1 < n ? text[i + 1] : 0, third = i + 2 < n ? text[i + 2] : 0
                guard SportNewsDetector.isLetter(second), SportNewsDetector.isLetter(third),
                      letterTriples[Int((b | 0x20) &- 0x61) &* 26 &+ Int((second | 0x20) &- 0x61)]
                        >> UInt32((third | 0x20) &- 0x61) & 1 != 0 else { continue }
            }
            let (end, isScore, _) = match(text, at: i, b, classes[Int(b)], classes, terms, firstPairs)
            if end >= 0 {
                tally.count(score: isScore)
                if tally.isSport { return .sport }
                p = end
            }
        }
        return .goOn
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

import GleanPCRE

/// The groups of one ``NumberGrammar/candidate`` match, as plain byte ranges (a trivial struct:
/// copies cost nothing). `cur`, `sign`, `digits`, `mult`, `multLetter`, `words` are nil when the
/// group did not take part.
struct CandidateMatch {
    /// The whole match.
    var start: Int
    var end: Int
    // Group bounds; a lower bound of -1: the group did not take part.
    private var curLo = -1, curHi = -1, signLo = -1, signHi = -1, digitsLo = -1, digitsHi = -1
    private var multLo = -1, multHi = -1, letterLo = -1, wordsLo = -1, wordsHi = -1
    /// The factor of `mult` when the parser knew it (0: look it up).
    var multFactor = 0.0
    /// When the parser read `digits` and they are a plain decimal (digits, thousands commas, at
    /// most one point; 1 to 15 digits): the digits as an integer, how many there are and how
    /// many follow the point, so that the reader does not read them again. `plainDigits` is -1
    /// otherwise (the reader parses the range).
    var mantissa: UInt64 = 0
    var plainDigits = -1
    var fractionDigits = 0

    init(start: Int) { self.start = start; end = start }

    init(_ m: Match, _ g: CandidateGroups) {
        start = m.range.lowerBound
        end = m.range.upperBound
        cur = m.range(g.cur)
        sign = m.range(g.sign)
        digits = m.range(g.digits)
        mult = m.range(g.mult)
        multLetter = m.range(g.multLetter)
        words = m.range(g.words)
    }

    var range: Range<Int> { start..<end }
    var cur: Range<Int>? {
        get { curLo < 0 ? nil : curLo..<curHi }
        set { curLo = newValue?.lowerBound ?? -1; curHi = newValue?.upperBound ?? -1 }
    }
    var sign: Range<Int>? {
        get { signLo < 0 ? nil : signLo..<signHi }
        set { signLo = newValue?.lowerBound ?? -1; signHi = newValue?.upperBound ?? -1 }
    }
    var digits: Range<Int>? {
        get { digitsLo < 0 ? nil : digitsLo..<digitsHi }
        set { digitsLo = newValue?.lowerBound ?? -1; digitsHi = newValue?.upperBound ?? -1 }
    }
    var mult: Range<Int>? {
        get { multLo < 0 ? nil : multLo..<multHi }
        set { multLo = newValue?.lowerBound ?? -1; multHi = newValue?.upperBound ?? -1 }
    }
    /// One byte when present.
    var multLetter: Range<Int>? {
        get { letterLo < 0 ? nil : letterLo..<letterLo + 1 }
        set { letterLo = newValue?.lowerBound ?? -1 }
    }
    var words: Range<Int>? {
        get { wordsLo < 0 ? nil : wordsLo..<wordsHi }
        set { wordsLo = newValue?.lowerBound ?? -1; wordsHi = newValue?.upperBound ?? -1 }
    }
}

/// A hand-written matcher for the commonest candidates: a number in ASCII digits (no currency
/// prefix, no sign) with its optional multiplier. It gives exactly the match PCRE2 gives for
/// ``NumberGrammar/candidate`` at that position, or says it cannot decide (`.unknown`) when a
/// byte above ASCII takes part in a decision: the caller then runs the pattern.
///
/// Nothing after the `digits` group in the pattern is mandatory, so PCRE2's first match is
/// the greedy one: each optional part is taken when it matches (alternatives in order), and no
/// later failure ever makes it backtrack into an earlier choice.
enum CandidateParser {
    /// What ``parseDigits(_:at:into:)`` found.
    enum Result { case match, noMatch, unknown }

    /// The candidate starting at `s`, read by the parser its first byte calls for (a digit, a
    /// letter or "$"); `.unknown` for any other byte or a form the parsers leave to the pattern.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int, into match: inout CandidateMatch) -> Result {
        let b = bytes[s]
        if isDigit(b) { return parseDigits(bytes, at: s, into: &match) }
        if isLetter(b) { return parseWord(bytes, at: s, into: &match) }
        if b == UInt8(ascii: "$") { return parseDollar(bytes, at: s, into: &match) }
        return .unknown
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// `\w` without UCP: ASCII letters, digits and underscore.
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F }

    /// The candidate at `s` when `bytes[s]` is an ASCII digit.
    /// The lookbehinds every candidate starts with, at `s`:
    /// `(?<![\w.,/:#@&$£€¥])(?:(?<=\bsub-)|(?<![A-Za-z][-–]))`.
    @inline(__always) static func startAllowed(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        guard s > 0 else { return true }
        let p = bytes[s - 1]
        if p < 0x80 {
            if isWord(p) { return false }
            switch p {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "#"),
                 UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "$"):
                return false
            default:
                break
            }
        } else {
            if s >= 2 && bytes[s - 2] == 0xC2 && (p == 0xA3 || p == 0xA5) { return false }  // £ ¥
            if s >= 3 && bytes[s - 3] == 0xE2 && bytes[s - 2] == 0x82 && p == 0xAC { return false }  // €
        }
        if p == UInt8(ascii: "-") {
            if s >= 2 && isLetter(bytes[s - 2]) {
                return s >= 4 && bytes[s - 4] == UInt8(ascii: "s") && bytes[s - 3] == UInt8(ascii: "u")
                    && bytes[s - 2] == UInt8(ascii: "b") && (s == 4 || !isWord(bytes[s - 5]))
            }
        } else if p == 0x93 && s >= 4 && bytes[s - 3] == 0xE2 && bytes[s - 2] == 0x80 && isLetter(bytes[s - 4]) {
            return false  // a letter and "–": "sub-" needs an ASCII hyphen
        }
        return true
    }

    /// The candidate at `s` when `bytes[s]` is an ASCII digit.
    static func parseDigits(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int, into match: inout CandidateMatch) -> Result {
        guard startAllowed(bytes, s) else { return .noMatch }
        return parseNumber(bytes, start: s, digitsAt: s, into: &match)
    }

    /// The candidate at `s` when `bytes[s]` is "$": the currency prefix "$" (its longer forms
    /// "$US", "$C", "$A" need a letter next), an optional space, then a number in digits.
    static func parseDollar(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int, into match: inout CandidateMatch) -> Result {
        let n = bytes.count
        let d: Int
        if s + 1 < n && isDigit(bytes[s + 1]) {
            d = s + 1
        } else if s + 2 < n && bytes[s + 1] == 0x20 && isDigit(bytes[s + 2]) {
            d = s + 2
        } else {
            return .unknown
        }
        guard startAllowed(bytes, s) else { return .noMatch }
        let result = parseNumber(bytes, start: s, digitsAt: d, into: &match)
        if result == .match { match.cur = s..<s + 1 }
        return result
    }

    /// The candidate at `s` when `bytes[s]` is an ASCII letter, for cardinal and scale words
    /// ("two", "Million", "one billion", "twenty-five") joined by single spaces or hyphens, up to
    /// nine (the pattern's `term(?:[\x20-]term){0,8}`), that no other number word, fraction or
    /// "and" continues; any other word is `.unknown`.
    static func parseWord(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int, into match: inout CandidateMatch) -> Result {
        let n = bytes.count
        var e = CandidateScan.letterRunEnd(bytes, s)
        // Caseless `(?![a-z])` also refuses some letters above ASCII ("ſ", the Kelvin sign).
        guard e < n ? bytes[e] < 0x80 : true, e - s >= 3, e - s <= 12,
              NumberWordTable.shared.isTerm(CandidateScan.packed(bytes, s, e)) else { return .unknown }
        var terms = 1
        while e < n && (bytes[e] == 0x20 || bytes[e] == UInt8(ascii: "-")) && e + 1 < n {
            let c = bytes[e + 1]
            if c >= 0x80 || c == UInt8(ascii: "&") { return .unknown }
            guard isLetter(c) else { break }
            let e2 = CandidateScan.letterRunEnd(bytes, e + 1)
            if e2 < n && bytes[e2] >= 0x80 { return .unknown }
            let length = e2 - e - 1
            guard length <= 12 else { break }
            let word = CandidateScan.packed(bytes, e + 1, e2)
            if length >= 3 && NumberWordTable.shared.isTerm(word) {
                // A tenth term: the pattern stops at nine (left to it).
                if terms == 9 { return .unknown }
                terms += 1
                e = e2
                continue
            }
            if NumberWordTable.shared.mayContinue(word) { return .unknown }
            break
        }
        guard startAllowed(bytes, s) else { return .noMatch }
        match = CandidateMatch(start: s)
        match.end = e
        match.words = s..<e
        return .match
    }

    /// A number in digits (with its suffix and multiplier) at `d`, for a candidate that starts at `s`.
    @inline(__always)
    private static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, start s: Int, digitsAt d: Int,
                                    into match: inout CandidateMatch) -> Result {
        let n = bytes.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        @inline(__always) func digit(_ i: Int) -> Bool { i < n && isDigit(bytes[i]) }

        // The digits' value is read on the way (``CandidateMatch/mantissa``).
        var mantissa: UInt64 = 0
        var count = 0
        @inline(__always) func take(_ i: Int) {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
            count &+= 1
        }
        // (?:\d{1,3}(?:,\d{3})+|\d+)
        take(d)
        var p = d + 1
        while digit(p) { take(p); p += 1 }
        if p - d <= 3 {
            while at(p) == UInt8(ascii: ",") && digit(p + 1) && digit(p + 2) && digit(p + 3) {
                take(p + 1); take(p + 2); take(p + 3)
                p += 4
            }
        }
        // (?:\.\d+)?
        var fraction = 0
        if at(p) == UInt8(ascii: ".") && digit(p + 1) {
            take(p + 1)
            fraction = 1
            p += 2
            while digit(p) { take(p); fraction += 1; p += 1 }
        }
        let plainEnd = p
        // The optional suffix: the first alternative that matches.
        let c = at(p)
        if c >= 0x80 && suffixLead(bytes, p) { return .unknown }  // ½, ⁄, ×
        if c == 0x20 {
            // \x20\d{1,2}/\d{1,2}(?![\d/])
            var q = p + 1
            var k = 0
            while digit(q) && k < 3 { q += 1; k += 1 }
            var fractionEnd = -1
            if k >= 1 && k <= 2 && at(q) == UInt8(ascii: "/") {
                var r = q + 1
                var m = 0
                while digit(r) && m < 3 { r += 1; m += 1 }
                if m >= 1 && m <= 2 && at(r) != UInt8(ascii: "/") { fractionEnd = r }
            }
            if fractionEnd >= 0 {
                p = fractionEnd
            } else {
                // \x20?[x×]\x20?10\^?[-−]?\d+ (with the space)
                switch times10(bytes, p + 1) {
                case .some(-1): return .unknown
                case .some(let e): p = e
                case .none: break
                }
            }
        } else if c == UInt8(ascii: "/") {
            // [/⁄]\d+(?![\d/])
            if digit(p + 1) {
                var r = p + 2
                while digit(r) { r += 1 }
                if at(r) != UInt8(ascii: "/") { p = r }
            }
        } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            // [eE][-+−]?\d+(?![A-Za-z])
            var q = p + 1
            let sb = at(q)
            if sb >= 0x80 && isMinus(bytes, q) { return .unknown }
            if sb == UInt8(ascii: "-") || sb == UInt8(ascii: "+") { q += 1 }
            if digit(q) {
                var r = q + 1
                while digit(r) { r += 1 }
                if !isLetter(at(r)) {
                    p = r
                } else if r - q >= 2 {
                    p = r - 1  // \d+ gives back its last digit, which is not a letter
                }
            }
        } else if c == UInt8(ascii: "x") {
            switch times10(bytes, p) {
            case .some(-1): return .unknown
            case .some(let e): p = e
            case .none: break
            }
        }
        match = CandidateMatch(start: s)
        match.end = p
        match.digits = d..<p
        if p == plainEnd && count <= 15 {
            match.mantissa = mantissa
            match.plainDigits = count
            match.fractionDigits = fraction
        }

        // (?:[\x20-]?(?<mult>(?i:...))(?![A-Za-z]) | (?<multLetter>[kKmMbBT])(?![A-Za-z0-9]))?
        let c2 = at(p)
        let wordStart = (c2 == 0x20 || c2 == UInt8(ascii: "-")) ? p + 1 : p
        if wordStart < n && isLetter(bytes[wordStart]) {
            let wordEnd = CandidateScan.letterRunEnd(bytes, wordStart)
            // Caseless matching in UTF mode folds some letters above ASCII ("ſ", the Kelvin sign).
            if at(wordEnd) >= 0x80 { return .unknown }
            if let (end, factor) = multiplierEnd(bytes, wordStart, wordEnd) {
                if end < 0 { return .unknown }
                match.mult = wordStart..<end
                match.multFactor = factor
                match.end = end
                return .match
            }
        }
        switch c2 {
        case UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "b"),
             UInt8(ascii: "B"), UInt8(ascii: "T"):
            let after = at(p + 1)
            if !(isLetter(after) || isDigit(after)) {
                match.multLetter = p..<p + 1
                match.end = p + 1
            }
        default:
            break
        }
        return .match
    }

    /// Whether the bytes at `i` are "−" (U+2212: E2 88 92).
    @inline(__always) static func isMinus(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x88 && bytes[i + 2] == 0x92
    }

    /// Whether a character above ASCII at `i` can start a suffix of a digit number: a vulgar
    /// fraction (C2 BC-BE, E2 85 93-9E), "⁄" (E2 81 84) or "×" (C3 97).
    static func suffixLead(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = bytes.count
        guard i + 1 < n else { return false }
        let a = bytes[i], b = bytes[i + 1]
        if a == 0xC2 { return b >= 0xBC && b <= 0xBE }
        if a == 0xC3 { return b == 0x97 }
        guard a == 0xE2, i + 2 < n else { return false }
        let c = bytes[i + 2]
        return b == 0x85 && c >= 0x93 && c <= 0x9E || b == 0x81 && c == 0x84
    }

    /// `[x×]\x20?10\^?[-−]?\d+` after an optional space at `i` (the caller has taken a space
    /// before `i` when there is one; `i` may also hold the optional space): the end, nil when it
    /// does not match, -1 when a byte above ASCII takes part.
    private static func times10(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let n = bytes.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        var i = start
        let x = at(i)
        if x == 0xC3 && at(i + 1) == 0x97 { return -1 }  // ×
        guard x == UInt8(ascii: "x") else { return nil }
        i += 1
        if at(i) == 0x20 { i += 1 }
        guard at(i) == UInt8(ascii: "1"), at(i + 1) == UInt8(ascii: "0") else {
            return nil
        }
        i += 2
        if at(i) == UInt8(ascii: "^") { i += 1 }
        if isMinus(bytes, i) { return -1 }
        let sb = at(i)
        if sb == UInt8(ascii: "-") { i += 1 }
        guard isDigit(at(i)) else { return nil }
        i += 1
        while isDigit(at(i)) { i += 1 }
        return i
    }

    /// The end of a multiplier word starting at `s` whose ASCII letter run ends at `e`, and its
    /// factor (as ``Multipliers/words`` gives it, multiplied word by word): nil if it is none, an
    /// end of -1 when undecidable here.
    private static func multiplierEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> (Int, Double)? {
        let length = e - s
        guard length >= 2 && length <= 8 else { return nil }
        var key: UInt64 = 0
        for k in 0..<length { key |= UInt64(bytes[s + k] | 0x20) << (8 * k) }
        switch key {
        case Words.hundred:
            // hundred(?:[\x20-](?:thousand|million|billion))?
            let n = bytes.count
            if e < n && (bytes[e] == 0x20 || bytes[e] == UInt8(ascii: "-")) && e + 1 < n && isLetter(bytes[e + 1]) {
                let e2 = CandidateScan.letterRunEnd(bytes, e + 1)
                if e2 < n && bytes[e2] >= 0x80 { return (-1, 0) }
                let l2 = e2 - e - 1
                if l2 == 7 || l2 == 8 {
                    var k2: UInt64 = 0
                    for k in 0..<l2 { k2 |= UInt64(bytes[e + 1 + k] | 0x20) << (8 * k) }
                    if k2 == Words.thousand { return (e2, 1 * 1e2 * 1e3) }
                    if k2 == Words.million { return (e2, 1 * 1e2 * 1e6) }
                    if k2 == Words.billion { return (e2, 1 * 1e2 * 1e9) }
                }
            }
            return (e, 1e2)
        case Words.thousand: return (e, 1e3)
        case Words.million, Words.mln, Words.mn: return (e, 1e6)
        case Words.billion, Words.bn, Words.bln: return (e, 1e9)
        case Words.trillion, Words.tn, Words.trn: return (e, 1e12)
        case Words.lakh, Words.lakhs: return (e, 1e5)
        case Words.crore, Words.crores: return (e, 1e7)
        default:
            return nil
        }
    }

    /// The multiplier words, lowercase ASCII packed little-endian (byte k of the word in bits 8k...).
    private enum Words {
        static let hundred: UInt64 = 0x646572646e7568
        static let thousand: UInt64 = 0x646e6173756f6874
        static let million: UInt64 = 0x6e6f696c6c696d
        static let billion: UInt64 = 0x6e6f696c6c6962
        static let trillion: UInt64 = 0x6e6f696c6c697274
        static let mln: UInt64 = 0x6e6c6d
        static let mn: UInt64 = 0x6e6d
        static let bn: UInt64 = 0x6e62
        static let bln: UInt64 = 0x6e6c62
        static let tn: UInt64 = 0x6e74
        static let trn: UInt64 = 0x6e7274
        static let lakh: UInt64 = 0x686b616c
        static let lakhs: UInt64 = 0x73686b616c
        static let crore: UInt64 = 0x65726f7263
        static let crores: UInt64 = 0x7365726f7263
    }
}

/// Number words packed by ``CandidateScan/packed(_:_:_:)``, in open-addressing tables: `terms`
/// (cardinals and scales: a number in words of one word) and `continuers` (every word that may
/// continue one: cardinals, scales, fractions, "and"; a superset is fine).
final class NumberWordTable: @unchecked Sendable {
    static let shared = NumberWordTable()
    private static let slots = 256
    private let terms: UnsafeMutablePointer<UInt64>
    private let continuers: UnsafeMutablePointer<UInt64>

    private init() {
        func table(_ words: [String]) -> UnsafeMutablePointer<UInt64> {
            let t = UnsafeMutablePointer<UInt64>.allocate(capacity: NumberWordTable.slots)
            t.initialize(repeating: 0, count: NumberWordTable.slots)
            for w in words {
                let b = Array(w.utf8)
                precondition(b.count <= 12 && b.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "number word '\(w)'")
                let v = b.withUnsafeBufferPointer { CandidateScan.packed($0, 0, b.count) }
                var i = NumberWordTable.slot(v)
                while t[i] != 0 && t[i] != v { i = (i + 1) & (NumberWordTable.slots - 1) }
                t[i] = v
            }
            return t
        }
        let fractions = ["halves", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
                         "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"]
        terms = table(NumberGrammar.cardinalWords + NumberGrammar.scaleWords)
        continuers = table(NumberGrammar.cardinalWords + NumberGrammar.scaleWords + NumberGrammar.leadingWords
                           + fractions + Array(NumberWords.fractions.keys) + ["and"])
    }

    @inline(__always) private static func slot(_ v: UInt64) -> Int {
        Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 56)  // 8 bits
    }

    @inline(__always) private static func find(_ t: UnsafeMutablePointer<UInt64>, _ v: UInt64) -> Bool {
        var i = slot(v)
        while t[i] != 0 {
            if t[i] == v { return true }
            i = (i + 1) & (slots - 1)
        }
        return false
    }

    func isTerm(_ v: UInt64) -> Bool { NumberWordTable.find(terms, v) }
    func mayContinue(_ v: UInt64) -> Bool { NumberWordTable.find(continuers, v) }
}

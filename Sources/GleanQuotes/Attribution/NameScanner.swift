import GleanPCRE

/// Finds the proper names of a text (``SpeakerGrammar/properName`` at a word start) with a byte
/// loop that skips lower-case prose eight bytes at a time and runs the name pattern, anchored,
/// only where a name can start: exactly the matches a search with the pattern finds, for a
/// fraction of the cost.
///
/// A match can only start on an upper-case letter (A-Z or beyond ASCII), on the `d` of
/// "d’Estaing"/"d'Alema", or on a title ("Mr.", all upper-case ASCII first), and only where the
/// character before is no letter, mark, period or apostrophe. The byte loop tests that last
/// condition itself when the character before is ASCII and leaves it to the pattern's lookbehind
/// otherwise; the pattern decides everything else (a capital that starts a word always starts a
/// name, but how far the name runs is the pattern's grammar).
enum NameScanner {
    /// The lookbehind that makes a name start a word; ``wordStartPattern`` opens with it.
    static let wordStartLookbehind = "(?<![\\p{L}\\p{M}.’'])"

    /// The pattern to give the scanner: the proper-name grammar with its word-start lookbehind,
    /// compiled anchored.
    static func wordStartPattern() throws -> Pattern {
        try AttributionPatterns.anchored(wordStartLookbehind + SpeakerGrammar.properName)
    }

    /// Calls `body` with every name's byte range, left to right and non-overlapping, that starts
    /// at or after `start` and before `end` (and ends within `bytes`); `body` returns false to stop.
    /// `pattern` is ``wordStartPattern()`` (compiled on first need: asked only at a character
    /// beyond ASCII that may start a name).
    ///
    /// No name holds a line break, so the scan passes every line break without a name across it:
    /// a scan from the start of a line to its end (`end` on the line break or the end of the
    /// text) finds exactly the names a scan of the whole text finds on that line.
    static func forEachName(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, until end: Int? = nil, pattern: LazyPattern,
                            _ body: (Range<Int>) throws -> Bool) throws {
        let n = bytes.count
        let limit = min(end ?? n, n)
        guard n > 0, start < limit else { return }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var p = start
        // No match may start before `floor` (the start, then the end of the last name).
        var floor = start

        /// The name starting at `c`, if any (the character at `c` may start one).
        @inline(__always) func name(at c: Int) throws -> Range<Int>? {
            switch NameScanner.wordStart(c, bytes) {
            case .no: return nil
            case .yes:
                let end = NameScanner.asciiName(at: c, bytes)
                if end > 0 { return c..<end }
                if end == NameScanner.noMatch { return nil }
            case .unsure: break
            }
            var found: Range<Int>?
            // (Compiled on the first such character of the run.)
            try pattern.get().forEachMatch(inUTF8: bytes, from: c) { match in
                found = match.range
                return false
            }
            return found
        }

        while p < limit {
            // Eight bytes at a time past lower-case prose: stop at an upper-case ASCII letter
            // (low seven bits 0x41...0x5A), an apostrophe (0x27: "d'") or a byte beyond ASCII.
            // Each byte is tested on its own (no borrow crosses bytes): the first hit is exact.
            while p + 8 <= n {
                let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: p, as: UInt64.self))
                let x = w | 0x8080_8080_8080_8080
                let atLeastA = (x &- 0x4141_4141_4141_4141) & ~(x &- 0x5B5B_5B5B_5B5B_5B5B)
                let apostrophe = (x &- 0x2727_2727_2727_2727) & ~(x &- 0x2828_2828_2828_2828)
                let hits = (atLeastA | apostrophe | w) & 0x8080_8080_8080_8080
                if hits != 0 { p += hits.trailingZeroBitCount >> 3; break }
                p += 8
            }
            if p >= limit { break }
            let byte = bytes[p]
            if byte >= 0x41 && byte <= 0x5A {
                if let found = try name(at: p) {
                    guard try body(found) else { return }
                    p = found.upperBound
                    floor = p
                } else {
                    p += 1
                }
                continue
            }
            if byte < 0x80 {
                // "d'Alema": the name starts at the "d" before the apostrophe.
                if byte == 0x27, p - 1 >= floor, bytes[p - 1] == 0x64, let found = try name(at: p - 1) {
                    guard try body(found) else { return }
                    p = found.upperBound
                    floor = p
                    continue
                }
                p += 1
                continue
            }
            if byte == 0xE2, p + 2 < n, bytes[p + 1] == 0x80 {
                // Typographic punctuation (U+2000...U+203F) is no letter; "d’Estaing" starts at the d.
                if bytes[p + 2] == 0x99, p - 1 >= floor, bytes[p - 1] == 0x64, let found = try name(at: p - 1) {
                    guard try body(found) else { return }
                    p = found.upperBound
                    floor = p
                    continue
                }
                p += 3
                continue
            }
            if byte >= 0xC3 && byte < 0xF8 {
                // A character from U+00C0 on: the pattern tells whether it is a capital.
                if let found = try name(at: p) {
                    guard try body(found) else { return }
                    p = found.upperBound
                    floor = p
                    continue
                }
            }
            // The next character (continuation bytes are skipped).
            p += 1
            while p < n, bytes[p] & 0xC0 == 0x80 { p += 1 }
        }
    }

    /// The first name that starts inside `range` and ends by its end.
    static func firstName(in bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, pattern: LazyPattern) throws -> Range<Int>? {
        var found: Range<Int>?
        try forEachName(in: UnsafeBufferPointer(rebasing: bytes[0..<range.upperBound]), from: range.lowerBound, pattern: pattern) {
            found = $0
            return false
        }
        return found
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    @inline(__always) private static func isASCIIUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    private enum Answer { case yes, no, unsure }

    /// The lookbehind `(?<![\p{L}\p{M}.’'])` at `c`, where the character before tells it
    /// without Unicode tables (ASCII, typographic punctuation U+2000...U+203F, a no-break space).
    @inline(__always) private static func wordStart(_ c: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Answer {
        guard c > 0 else { return .yes }
        let before = bytes[c - 1]
        if before < 0x80 { return isASCIILetter(before) || before == 0x2E || before == 0x27 ? .no : .yes }
        if c >= 3, bytes[c - 3] == 0xE2, bytes[c - 2] == 0x80 { return before == 0x99 ? .no : .yes }
        if c >= 2, bytes[c - 2] == 0xC2, before == 0xA0 { return .yes }
        return .unsure
    }

    /// ``asciiName(at:_:)``: no name starts here.
    private static let noMatch = -1
    /// ``asciiName(at:_:)``: a character beyond ASCII needs Unicode tables; ask the pattern.
    private static let unsure = -2

    /// ``SpeakerGrammar/properName`` matched at `c` in Swift, for text whose characters it must
    /// classify are ASCII: the end of the match, ``noMatch``, or ``unsure`` where a letter test
    /// meets a character beyond ASCII (other than typographic punctuation and no-break spaces,
    /// which are no letters).
    ///
    /// The pattern, `(?:T S)?N(?:S(?:P S)?(?:T|N)){0,5}(?:,?S(?:Jr|Sr)\.?|S(?:II|III|IV))?`, has
    /// nothing after its first token that can fail, so its match is the greedy one: each optional
    /// part and repetition taken when it matches, the first alternative that matches, with
    /// backtracking only inside one part (a title and space not followed by a token, a particle
    /// and space not followed by a title or token). Spaces (`[ \x{A0}]+`) are always followed by
    /// a letter or "d'", so they never give back a space.
    static func asciiName(at c: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var j: Int
        // (?:T S)? N
        if let t = title(at: c, bytes), let s = spaces(at: t, bytes) {
            let e = token(at: s, bytes)
            if e == unsure { return unsure }
            j = e > 0 ? e : token(at: c, bytes)
        } else {
            j = token(at: c, bytes)
        }
        if j < 0 { return j }
        // (?:S(?:P S)?(?:T|N)){0,5}
        var count = 0
        while count < 5, let s = spaces(at: j, bytes) {
            var e = noMatch
            if let p = particle(at: s, bytes), let s2 = spaces(at: p, bytes) {
                e = titleOrToken(at: s2, bytes)
                if e == unsure { return unsure }
            }
            if e == noMatch {
                e = titleOrToken(at: s, bytes)
                if e == unsure { return unsure }
            }
            guard e > 0 else { break }
            j = e
            count += 1
        }
        // (?:,?S(?:Jr|Sr)\.?|S(?:II|III|IV))?
        let n = bytes.count
        @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        if let s = spaces(at: byte(j) == 0x2C ? j + 1 : j, bytes), byte(s + 1) == 0x72, byte(s) == 0x4A || byte(s) == 0x53 {
            return byte(s + 2) == 0x2E ? s + 3 : s + 2  // Jr Sr, Jr. Sr.
        }
        if let s = spaces(at: j, bytes), byte(s) == 0x49, byte(s + 1) == 0x49 || byte(s + 1) == 0x56 {
            return s + 2  // II (also the first two letters of III), IV
        }
        return j
    }

    /// `[ \x{A0}]+` at `i`: its end, or nil.
    @inline(__always) private static func spaces(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var j = i
        while j < n {
            if bytes[j] == 0x20 { j += 1; continue }
            if bytes[j] == 0xC2, j + 1 < n, bytes[j + 1] == 0xA0 { j += 2; continue }
            break
        }
        return j > i ? j : nil
    }

    /// `T|N` at `i`.
    @inline(__always) private static func titleOrToken(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let t = title(at: i, bytes) { return t }
        return token(at: i, bytes)
    }

    /// The run of ASCII letters at `i`: its end.
    @inline(__always) private static func letters(from i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        var j = i
        while j < n, isASCIILetter(bytes[j]) { j += 1 }
        return j
    }

    /// The title abbreviations of ``SpeakerGrammar/titleAbbreviation`` packed little-endian.
    static let titles: [UInt64] = ["Mr", "Mrs", "Ms", "Mx", "Dr", "Sen", "Rep", "Gov", "Lt", "Gen", "Col",
        "Sgt", "Capt", "Prof", "Rev", "Hon", "Supt", "Insp", "Det", "Cpl", "Const", "Adm", "Maj", "Cmdr", "Pres",
        "Sec", "Atty", "Msgr", "Fr", "Sr", "St"].map { pack(Array($0.utf8)[...]) }

    private static func pack(_ word: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (k, byte) in word.enumerated() { value |= UInt64(byte) << (8 * UInt64(k)) }
        return value
    }

    /// `T` (a title abbreviation and its period) at `i`: its end, or nil. The alternatives are
    /// letters followed by ".", so the one that matches is the run of letters at `i`.
    @inline(__always) private static func title(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard i < n, isASCIIUpper(bytes[i]) else { return nil }
        let end = letters(from: i + 1, bytes)
        guard end - i >= 2, end - i <= 5, end < n, bytes[end] == 0x2E else { return nil }
        var value: UInt64 = 0
        for k in i..<end { value |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
        // ``titles``, written out as constants (no table to load per name).
        switch value {
        case 0x724D, 0x73724D, 0x734D, 0x784D, 0x7244, 0x6E6553, 0x706552, 0x766F47, 0x744C, 0x6E6547, 0x6C6F43, 0x746753, 0x74706143, 0x666F7250, 0x766552, 0x6E6F48, 0x74707553, 0x70736E49, 0x746544, 0x6C7043, 0x74736E6F43, 0x6D6441, 0x6A614D, 0x72646D43, 0x73657250, 0x636553, 0x79747441, 0x7267734D, 0x7246, 0x7253, 0x7453: return end + 1
        default: return nil
        }
    }

    /// The particles of ``SpeakerGrammar/particle`` packed little-endian.
    static let particles: [UInt64] = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
        "bin", "ibn", "al", "el", "la", "le", "dos", "das", "y"].map { pack(Array($0.utf8)[...]) }

    /// `P` followed by a space at `i`: the particle's end, or nil. The alternatives are letters
    /// that must be followed by a space, so the one that can match is the run of letters at `i`.
    @inline(__always) private static func particle(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard i < n, bytes[i] >= 0x61, bytes[i] <= 0x7A else { return nil }
        // Every particle starts with one of a b d e i l v y.
        switch bytes[i] {
        case 0x61, 0x62, 0x64, 0x65, 0x69, 0x6C, 0x76, 0x79: break
        default: return nil
        }
        let end = letters(from: i, bytes)
        guard end - i <= 5 else { return nil }
        var value: UInt64 = 0
        for k in i..<end { value |= UInt64(bytes[k]) << (8 * UInt64(k - i)) }
        // ``particles``, written out as constants.
        switch value {
        case 0x6564, 0x6164, 0x6964, 0x7564, 0x6C6564, 0x616C6C6564, 0x726564, 0x6E6564, 0x6E6176, 0x6E6F76, 0x6E6962, 0x6E6269, 0x6C61, 0x6C65, 0x616C, 0x656C, 0x736F64, 0x736164, 0x79: return end
        default: return nil
        }
    }

    /// Whether the character at `i` is a letter (`\p{L}`): ``Answer/unsure`` beyond ASCII
    /// except typographic punctuation and a no-break space.
    @inline(__always) private static func letter(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, upper: Bool) -> Answer {
        let n = bytes.count
        guard i < n else { return .no }
        let byte = bytes[i]
        if byte < 0x80 { return (upper ? isASCIIUpper(byte) : isASCIILetter(byte)) ? .yes : .no }
        if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 { return .no }
        if byte == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { return .no }
        return .unsure
    }

    /// The length of an apostrophe (' or ’) at `i`, or 0.
    @inline(__always) private static func apostrophe(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard i < n else { return 0 }
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// `N` (``SpeakerGrammar/nameToken``) at `i`: its end, ``noMatch`` or ``unsure``.
    /// `\p{Lu}\.(?:\p{Lu}\.)*|(?:Mc|Mac|O['’]|D['’]|d['’])?\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*`
    private static func token(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard i < n else { return noMatch }
        let first = bytes[i]
        if first >= 0x80 { return first == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 || first == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 ? noMatch : unsure }
        // \p{Lu}\.(?:\p{Lu}\.)*
        if isASCIIUpper(first), i + 1 < n, bytes[i + 1] == 0x2E {
            var j = i + 2
            while true {
                switch letter(at: j, bytes, upper: true) {
                case .unsure: return unsure
                case .yes where j + 1 < n && bytes[j + 1] == 0x2E: j += 2; continue
                default: return j
                }
            }
        }
        // The prefix: Mc and Mac never change where the token ends (they are letters, and a
        // capital follows), O' D' d' do when a capital follows the apostrophe.
        var head = i
        if first == 0x4F || first == 0x44 || first == 0x64 {
            let mark = apostrophe(at: i + 1, bytes)
            if mark > 0 {
                switch letter(at: i + 1 + mark, bytes, upper: true) {
                case .unsure: return unsure
                case .yes: head = i + 1 + mark
                case .no: break
                }
            }
        }
        if head == i && !isASCIIUpper(first) { return noMatch }
        // \p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*
        var j = head + 1
        while true {
            j = letters(from: j, bytes)
            if j < n, bytes[j] >= 0x80, letter(at: j, bytes, upper: false) == .unsure { return unsure }
            guard j < n, bytes[j] == 0x2D else { return j }
            switch letter(at: j + 1, bytes, upper: false) {
            case .unsure: return unsure
            case .yes: j += 2
            case .no: return j
            }
        }
    }
}

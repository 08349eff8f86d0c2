/// The byte-level prescan that finds where a number candidate (``NumberGrammar/candidate``) or a
/// not-a-quantity match (``NotQuantityGrammar``) can start, so that their patterns run only
/// there instead of attempting a match at every position of the text.
///
/// Both tests are supersets: every position where the pattern can match is reported (a few more
/// are, where the pattern then fails), so the windowed scan finds exactly the matches of a full
/// scan.
struct CandidateScan: Sendable {
    /// What a byte can start: nothing, a candidate whatever follows (a digit, a currency sign,
    /// any non-ASCII character), a candidate if a digit follows ("-5", "+0.2", ".05"), or a word.
    private static let none: UInt8 = 0, always: UInt8 = 1, beforeDigit: UInt8 = 2, letter: UInt8 = 3

    /// Byte classes for the start of a candidate.
    private let classes: [UInt8]
    /// Bytes after which no candidate starts: the lookbehind `(?<![\w.,/:#@&$£€¥])` (ASCII part).
    private let blocks: [Bool]
    /// Whether a word starting with three letters (lowercased, see ``trigram(_:_:_:)``) can be a number word.
    private let numberTrigrams: [Bool]
    /// The same after "a " or "an ", where fractions also start a number ("a quarter of").
    private let articleTrigrams: [Bool]
    /// Currency prefixes that start with an ASCII letter, by that letter (exact case).
    private let letterPrefixes: [[[UInt8]]]

    init() {
        var classes = [UInt8](repeating: CandidateScan.none, count: 256)
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { classes[Int(b)] = CandidateScan.always }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { classes[Int(b)] = CandidateScan.letter }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(b)] = CandidateScan.letter }
        for b in 0xC0...0xFF { classes[b] = CandidateScan.always }
        classes[Int(UInt8(ascii: "$"))] = CandidateScan.always
        classes[Int(UInt8(ascii: "-"))] = CandidateScan.beforeDigit
        classes[Int(UInt8(ascii: "+"))] = CandidateScan.beforeDigit
        classes[Int(UInt8(ascii: "."))] = CandidateScan.beforeDigit
        self.classes = classes

        var blocks = [Bool](repeating: false, count: 256)
        for (lo, hi) in [("0", "9"), ("a", "z"), ("A", "Z")] {
            for b in UInt8(ascii: Unicode.Scalar(lo)!)...UInt8(ascii: Unicode.Scalar(hi)!) { blocks[Int(b)] = true }
        }
        for c in "_.,/:#@&$".utf8 { blocks[Int(c)] = true }
        self.blocks = blocks

        var trigrams = [Bool](repeating: false, count: 32 * 32 * 32)
        for word in NumberGrammar.cardinalWords + NumberGrammar.scaleWords + NumberGrammar.leadingWords {
            let b = Array(word.utf8)
            precondition(b.count >= 3, "number word '\(word)' must have three letters or more")
            trigrams[CandidateScan.trigram(b[0], b[1], b[2])] = true
        }
        numberTrigrams = trigrams
        for word in ["half", "third", "quarter"] {
            let b = Array(word.utf8)
            trigrams[CandidateScan.trigram(b[0], b[1], b[2])] = true
        }
        articleTrigrams = trigrams

        var prefixes = [[[UInt8]]](repeating: [], count: 128)
        for key in Currencies.prefixes.keys {
            let b = Array(key.utf8)
            guard let first = b.first else { continue }
            if first < 0x80 && classes[Int(first)] == CandidateScan.letter { prefixes[Int(first)].append(b) }
            else { precondition(first >= 0xC0 || classes[Int(first)] == CandidateScan.always, "currency prefix '\(key)' is not covered by the prescan") }
        }
        letterPrefixes = prefixes
    }

    /// The index of a trigram of ASCII letters, without regard to case.
    static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
    }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Whether the letters at `i` (caseless) start a number word: three letters with a number-word trigram.
    @inline(__always) private func numberWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ trigrams: UnsafeBufferPointer<Bool>) -> Bool {
        guard i + 2 < bytes.count else { return false }
        let a = bytes[i], b = bytes[i + 1], c = bytes[i + 2]
        return CandidateScan.isLetter(a) && CandidateScan.isLetter(b) && CandidateScan.isLetter(c) && trigrams[CandidateScan.trigram(a, b, c)]
    }

    /// Whether the bytes at `i`, ASCII letters lowercased, start with the lowercase `word`.
    @inline(__always) private static func startsCaseless(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] | 0x20 != w[k] { return false }
        return true
    }

    /// Whether a candidate can start at the word (letter) at `i`.
    private func wordCanStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ trigrams: UnsafeBufferPointer<Bool>,
                              _ afterArticle: UnsafeBufferPointer<Bool>) -> Bool {
        let b = bytes[i]
        // Currency prefixes, exact case: "US$", "C$", "Rs", "EUR".
        if b < 0x80 {
            for prefix in letterPrefixes[Int(b)] where i + prefix.count <= bytes.count {
                var k = 1
                while k < prefix.count && bytes[i + k] == prefix[k] { k += 1 }
                if k == prefix.count { return true }
            }
        }
        if numberWord(bytes, i, trigrams) { return true }
        let lower = b | 0x20
        // "a hundred", "an eighth of", "a half of": a or an, one space, a number word.
        if lower == UInt8(ascii: "a"), i + 1 < bytes.count {
            let next = bytes[i + 1]
            if next == 0x20 { return numberWord(bytes, i + 2, afterArticle) }
            if next | 0x20 == UInt8(ascii: "n"), i + 2 < bytes.count, bytes[i + 2] == 0x20 { return numberWord(bytes, i + 3, afterArticle) }
            return false
        }
        // The signs "minus 5", "negative 3".
        if lower == UInt8(ascii: "m") { return CandidateScan.startsCaseless(bytes, i, "minus") }
        if lower == UInt8(ascii: "n") { return CandidateScan.startsCaseless(bytes, i, "negative") }
        return false
    }

    /// Appends to `windows` (as one-position windows, in order) every position where a number
    /// candidate can start.
    func candidateStarts(_ bytes: UnsafeBufferPointer<UInt8>, into windows: inout [ClosedRange<Int>]) {
        let n = bytes.count
        guard n > 0 else { return }
        classes.withUnsafeBufferPointer { classes in
        blocks.withUnsafeBufferPointer { blocks in
        numberTrigrams.withUnsafeBufferPointer { trigrams in
        articleTrigrams.withUnsafeBufferPointer { afterArticle in
            var blocked = false  // the byte before i blocks a start
            var i = 0
            while i < n {
                let b = bytes[i]
                if !blocked {
                    switch classes[Int(b)] {
                    case CandidateScan.always:
                        windows.append(i...i)
                    case CandidateScan.beforeDigit:
                        if i + 1 < n {
                            let next = bytes[i + 1]
                            // "-5", "+.5", "-½"; ".5" (a sign before "." is "-.5", whose "." then needs a digit).
                            if next &- 0x30 < 10 || (b != UInt8(ascii: ".") && (next == UInt8(ascii: ".") || next >= 0xC0)) {
                                windows.append(i...i)
                            }
                        }
                    case CandidateScan.letter:
                        if wordCanStart(bytes, i, trigrams, afterArticle) { windows.append(i...i) }
                        // Skip the rest of the word: each letter blocks the next position.
                        i += 1
                        while i < n && CandidateScan.isLetter(bytes[i]) { i += 1 }
                        blocked = true
                        continue
                    default:
                        break
                    }
                }
                blocked = blocks[Int(b)]
                i += 1
            }
        }
        }
        }
        }
    }

    /// How far before its first digit a not-a-quantity match can start: "September., of 2022".
    static let notQuantityLead = 16

    /// Appends to `windows` (sorted, merged) the positions where a ``NotQuantityGrammar`` match
    /// can start: every such match contains a digit that starts a run of digits, at most
    /// ``notQuantityLead`` bytes after the match start.
    static func notQuantityStarts(_ bytes: UnsafeBufferPointer<UInt8>, into windows: inout [ClosedRange<Int>]) {
        let n = bytes.count
        var previousDigit = false
        var i = 0
        while i < n {
            let isDigit = bytes[i] &- 0x30 < 10
            if isDigit && !previousDigit {
                let lo = max(0, i - notQuantityLead)
                if let last = windows.last, last.upperBound + 1 >= lo {
                    windows[windows.count - 1] = last.lowerBound...i
                } else {
                    windows.append(lo...i)
                }
            }
            previousDigit = isDigit
            i += 1
        }
    }
}

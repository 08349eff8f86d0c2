/// Where a match of a pattern that opens with a word start and ``SpeakerGrammar/speaker`` can
/// start (``AttributionPatterns/before``, ``AttributionPatterns/speechEvent``), told from bytes:
/// windows for ``GleanPCRE/Pattern/forEachMatch(inUTF8:startingIn:_:)``, so that the pattern is
/// not tried at the words of plain lower-case prose (where trying the speaker grammar costs most).
///
/// A match starts where the word-start lookbehind holds (the start of the text, or after a space,
/// line break, tab, no-break space, ( [ “ " ' ‘ — – , ; : or -) on a letter or digit. A lower-case
/// ASCII word starts a speaker only as a pronoun, a determiner or a bare plural of the grammar
/// ("she", "the", "officials"), as "d'" of a name, or as one to four lower-case words each
/// followed by spaces and then a name, which opens with a capital, "d'" or "d’"
/// ("Foreign Ministry spokeswoman Maria Zakharova"). Every other start (upper-case, digit, beyond
/// ASCII) is kept; so is anything the byte tests cannot tell without Unicode tables. The tests only
/// ever keep too much: the matches found in the windows are those a plain search finds.
enum SpeakerStarts {
    /// Windows (sorted, disjoint) over `range` holding every position where such a match can
    /// start; `end` is the end of the subject the pattern is given.
    static func windows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, end: Int) -> [ClosedRange<Int>] {
        var windows: [ClosedRange<Int>] = []
        var open = -1, last = -1
        let table = words
        var chain = Chain()
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if (isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0xC0), isWordStart(i, bytes) {
                if isCandidate(i, bytes, end: end, table, &chain) {
                    if open < 0 { open = i }
                    last = i
                } else if open >= 0 {
                    windows.append(open...last)
                    open = -1
                }
                // No word starts inside a run of ASCII letters and digits (the byte before is
                // one of them).
                i += 1
                while i < range.upperBound, isASCIILetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) { i += 1 }
                continue
            }
            i += 1
        }
        if open >= 0 { windows.append(open...last) }
        return windows
    }

    /// `windows` from `from` on.
    static func windows(_ windows: [ClosedRange<Int>], from: Int) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        result.reserveCapacity(windows.count)
        for window in windows where window.upperBound >= from {
            result.append(max(window.lowerBound, from)...window.upperBound)
        }
        return result
    }

    @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) private static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// `(?:^|(?<=[ \n\t\x{A0}(\[“"'‘—–,;:\-]))` at `i`.
    @inline(__always) static func isWordStart(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return true }
        switch bytes[i - 1] {
        case 0x20, 0x0A, 0x09, 0x28, 0x5B, 0x22, 0x27, 0x2C, 0x3B, 0x3A, 0x2D: return true
        case 0xA0: return i >= 2 && bytes[i - 2] == 0xC2
        case 0x9C, 0x98, 0x94, 0x93: return i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80
        default: return false
        }
    }

    /// Whether "d" at `i` is followed by ' or ’ (a name's "d'" prefix).
    @inline(__always) private static func isDApostrophe(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard i + 1 < end, bytes[i] == 0x64 else { return false }
        if bytes[i + 1] == 0x27 { return true }
        return i + 3 < end && bytes[i + 1] == 0xE2 && bytes[i + 2] == 0x80 && bytes[i + 3] == 0x99
    }

    /// Whether the speaker grammar may start at the word start `i` (false: surely not).
    /// What the chain test of one word told about the next word's: the chain from `start` (its
    /// second word) ends with `result` (a chain decided before its last step ends the same way
    /// one step sooner from its second word).
    struct Chain {
        var start = -1
        var result = false
    }

    private static func isCandidate(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int, _ table: ASCIIWordTable<Bool>,
                                    _ memo: inout Chain) -> Bool {
        let b = bytes[i]
        guard isLower(b) else { return true }  // a capital, a digit, beyond ASCII
        var j = i + 1
        while j < end, isASCIILetter(bytes[j]) { j += 1 }
        if table.value(UnsafeBufferPointer(rebasing: bytes[i..<j])) != nil { return true }
        if isDApostrophe(i, bytes, end: end) { return true }
        if memo.start == i { return memo.result }
        // One to four lower-case words, each followed by spaces and none a function word
        // (`(?!(?&fword))`), then a name.
        var q = i
        var second = -1
        /// The answer, decided at `step`: the chain from the second word gives it too.
        func decided(_ result: Bool, _ step: Int) -> Bool {
            if step >= 1, second >= 0 {
                memo.start = second
                memo.result = result
            }
            return result
        }
        for step in 0..<4 {
            guard q < end else { return decided(false, step) }
            let first = bytes[q]
            if first >= 0x80 { return decided(true, step) }
            guard isLower(first) else { return decided(false, step) }
            if isFunctionWord(q, bytes, end: end) { return decided(false, step) }
            var k = q + 1
            while k < end {
                let d = bytes[k]
                if isASCIILetter(d) || d == 0x2D { k += 1; continue }
                if d >= 0x80, !(d == 0xC2 && k + 1 < end && bytes[k + 1] == 0xA0) { return decided(true, step) }
                break
            }
            var m = k
            while m < end {
                if bytes[m] == 0x20 { m += 1; continue }
                if bytes[m] == 0xC2, m + 1 < end, bytes[m + 1] == 0xA0 { m += 2; continue }
                break
            }
            guard m > k, m < end else { return decided(false, step) }
            let next = bytes[m]
            if isUpper(next) || next >= 0x80 || isDApostrophe(m, bytes, end: end) { return decided(true, step) }
            q = m
            if step == 0 { second = m }
        }
        // Four words and no name: the chain from the second word goes one word further.
        return false
    }

    /// Whether ``SpeakerGrammar/functionWord`` surely matches at `q`: the run of ASCII letters there
    /// is one of its words and no letter follows (an ASCII non-letter or the end; a character
    /// beyond ASCII may be a letter: then no).
    @inline(__always) private static func isFunctionWord(_ q: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var r = q
        while r < end, isASCIILetter(bytes[r]) { r += 1 }
        guard r == end || bytes[r] < 0x80 else { return false }
        return functionWords.value(UnsafeBufferPointer(rebasing: bytes[q..<r])) != nil
    }

    /// The words of ``SpeakerGrammar/functionWord``.
    static let functionWords: ASCIIWordTable<Bool> = {
        let source = SpeakerGrammar.functionWord
        // "(?:with|the|…|said)(?![\p{L}])" → with, the, …, said
        let inner = source.dropFirst(3).prefix { $0 != ")" }
        return ASCIIWordTable(inner.split(separator: "|").map { (String($0), true) })
    }()

    /// The lower-case words that open a speaker by themselves: pronouns, determiners, bare plurals.
    static let words: ASCIIWordTable<Bool> = {
        func alternatives(_ group: String) -> [String] {
            // "(?:a|b|c)" → a, b, c
            String(group.dropFirst(3).dropLast()).split(separator: "|").map(String.init)
        }
        let determiners = ["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "many",
                           "several", "other", "both", "two", "three", "this", "these", "those", "most", "each"]
        let all = alternatives(SpeakerGrammar.pronoun) + alternatives(SpeakerGrammar.bareSpeakers) + determiners
        return ASCIIWordTable(all.filter { $0.first.map { $0.isLowercase } ?? false }.map { ($0, true) })
    }()
}

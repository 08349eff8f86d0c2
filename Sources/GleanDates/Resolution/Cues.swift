import GleanPCRE
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Context clues read from the text before an expression.
enum Cues {
    /// Whether the same sentence, before `position`, points to the future ("will", "next", "until").
    static func pointsForward(before position: Int, in bytes: UnsafeBufferPointer<UInt8>, pattern: Pattern) throws -> Bool {
        var start = max(0, position - 50)
        // A match is a cue word and then no . ; ! ? up to the end: it lies after the last of
        // those, where the search can start (a punctuation mark is no word byte, as the start is
        // not, so `\b` reads the same), and it is at least three bytes long ("due", "'ll").
        var k = position
        var nonASCII = false
        while k > start {
            let byte = bytes[k - 1]
            if byte == 0x2E || byte == 0x3B || byte == 0x21 || byte == 0x3F { break }
            if byte >= 0x80 { nonASCII = true }
            k -= 1
        }
        start = k
        guard position - start >= 3 else { return false }
        // No match starts before the first place a cue word may start: search from there.
        let from: Int
        if nonASCII { from = start } else {
            guard let first = firstCue(bytes, start..<position, knownASCII: true) else { return false }
            from = first
        }
        var hit = false
        try pattern.forEachMatch(inUTF8: UnsafeBufferPointer(rebasing: bytes[start..<position]), from: from - start) { _ in hit = true; return false }
        return hit
    }

    /// The words the future-cue pattern can start with (lowercase, as prefixes of a word), by
    /// first letter; "as", "in" and "to" count only before the words that follow them there.
    private static let cueStarts: [[StaticString]] = {
        let words: [StaticString] = ["will", "would", "shall", "next", "coming", "until", "till", "scheduled", "expect", "plan",
            "set", "due", "intend", "starting", "deadline", "payable", "ahead", "meet", "begin", "resume", "reopen", "open",
            "reconvene", "arrive", "visit", "travel", "effective", "expir"]
        var table = [[StaticString]](repeating: [], count: 26)
        for word in words { table[Int(word.utf8Start[0] - 0x61)].append(word) }
        return table
    }()
    /// Bit `b` of entry `a`: some word of ``cueStarts`` begins with letters `a`, `b` (0 = "a").
    private static let cueBigrams: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 26)
        for (first, words) in cueStarts.enumerated() {
            for word in words {
                precondition(word.utf8CodeUnitCount >= 2)
                table[first] |= 1 << UInt32(word.utf8Start[1] - 0x61)
            }
        }
        return table
    }()
    /// The words after "to" in the pattern ("to be held", "to meet").
    private static let afterTo: [StaticString] = ["be", "meet", "visit", "vote", "decide", "announce", "hold", "begin", "start",
        "resume", "open", "close", "report", "release", "take", "travel", "return", "leave", "arrive", "sign", "testify",
        "appear", "face"]

    /// A cheap test that the future-cue pattern can match in `range`: false only when no word
    /// there starts one of its alternatives (then the pattern cannot match); true for any text
    /// with non-ASCII bytes (caseless matching folds some of them onto ASCII letters).
    static func mayPointForward(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, knownASCII: Bool = false) -> Bool {
        firstCue(bytes, range, knownASCII: knownASCII) != nil
    }

    /// Where in `range` the first word that may start the future-cue pattern is (the start of
    /// the range when it has non-ASCII bytes), nil when none is: see ``mayPointForward(_:_:knownASCII:)``.
    static func firstCue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, knownASCII: Bool = false) -> Int? {
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        func startsWith(_ at: Int, _ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard at + count <= range.upperBound else { return false }
            let letters = word.utf8Start
            for k in 0..<count where bytes[at + k] | 0x20 != letters[k] { return false }
            return true
        }
        /// The start of the next word after the whitespace following the word at `at` of length `length`.
        func nextWord(_ at: Int, _ length: Int) -> Int? {
            var i = at + length
            guard i < range.upperBound, isSpace(bytes[i]) else { return nil }
            while i < range.upperBound, isSpace(bytes[i]) { i += 1 }
            return i
        }
        if !knownASCII { for i in range where bytes[i] >= 0x80 { return range.lowerBound } }
        let bigrams = cueBigrams
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == 0x27, startsWith(i + 1, "ll") { return i }
            guard isLetter(byte) else { i += 1; continue }
            // A word (a run of letters) starts here; only words whose first two letters begin a
            // cue word can start one.
            let first = Int((byte | 0x20) - 0x61)
            if i + 1 < range.upperBound, isLetter(bytes[i + 1]), bigrams[first] & (1 << UInt32((bytes[i + 1] | 0x20) - 0x61)) != 0 {
                for word in cueStarts[first] where startsWith(i, word) { return i }
            }
            var length = 1
            while i + length < range.upperBound, isLetter(bytes[i + length]) { length += 1 }
            if length == 2, let next = nextWord(i, 2) {
                let first = byte | 0x20, second = bytes[i + 1] | 0x20
                if first == 0x61 && second == 0x73 && (startsWith(next, "soon") || startsWith(next, "early")) { return i }  // as
                if first == 0x69 && second == 0x6E && startsWith(next, "time") { return i }                               // in
                if first == 0x74 && second == 0x6F { for word in afterTo where startsWith(next, word) { return i } }       // to
            }
            i += length
        }
        return nil
    }

    /// Whether "quarter" occurs in the 1000 bytes before `position` (earnings-report context).
    static func mentionsQuarter(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // "quarter", each byte compared with 0x20 set (so "q" or "Q" first): memchr finds each
        // "q", then each "Q" (only whether one occurs matters, not where), the rest is compared in place.
        guard position <= bytes.count, let base = bytes.baseAddress else { return false }
        let from = max(0, position - 1000)
        guard position - from >= 7 else { return false }
        let last = position - 7
        for first in [UInt8(0x71), UInt8(0x51)] {
            var i = from
            while i <= last, let hit = memchr(base + i, Int32(first), last + 1 - i) {
                let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if base[j + 1] | 0x20 == 0x75 && base[j + 2] | 0x20 == 0x61 && base[j + 3] | 0x20 == 0x72
                    && base[j + 4] | 0x20 == 0x74 && base[j + 5] | 0x20 == 0x65 && base[j + 6] | 0x20 == 0x72 { return true }
                i = j + 1
            }
        }
        return false
    }

    /// Whether the expression is followed by a possessive 's ("Wednesday's ruling"), which speaks of a past event.
    static func isPossessive(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let e = range.upperBound
        guard e + 1 < bytes.count else { return false }
        if bytes[e] == 0x27 { return bytes[e + 1] | 0x20 == 0x73 }
        // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99.
        return e + 3 < bytes.count && bytes[e] == 0xE2 && bytes[e + 1] == 0x80 && bytes[e + 2] == 0x99 && bytes[e + 3] | 0x20 == 0x73
    }

    /// The word right before `position`, lowercased.
    static func previousWord(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        previousWordAndStart(before: position, in: bytes).word
    }

    /// The word right before `position` (lowercased) and where it starts.
    static func previousWordAndStart(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (word: String, start: Int) {
        let word = previousWordRange(before: position, in: bytes)
        return (Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[word])), word.lowerBound)
    }

    /// Where the word right before `position` lies: ASCII letters, digits, % and . (at most 20 bytes).
    static func previousWordRange(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = position
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, start > end - 20,
              ((bytes[start - 1] | 0x20) >= 0x61 && (bytes[start - 1] | 0x20) <= 0x7A) || (bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39)
              || bytes[start - 1] == 0x25 || bytes[start - 1] == 0x2E { start -= 1 }
        return start..<end
    }

    /// Whether the ASCII bytes at `range` are `word` (lowercase) once lowercased.
    @inline(__always)
    static func lowercaseEquals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        // (The word's bytes read through its pointer, no closure to call; a one-letter literal
        // may be held as a scalar instead: read through the buffer then.)
        guard word.hasPointerRepresentation else {
            if word.unicodeScalar.isASCII {
                guard range.count == 1 else { return false }
                let byte = bytes[range.lowerBound]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == UInt8(word.unicodeScalar.value)
            }
            return word.withUTF8Buffer { word in
                guard range.count == word.count else { return false }
                for k in 0..<word.count {
                    let byte = bytes[range.lowerBound + k]
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != word[k] { return false }
                }
                return true
            }
        }
        let count = word.utf8CodeUnitCount
        guard range.count == count else { return false }
        let letters = word.utf8Start
        var k = 0
        while k < count {
            let byte = bytes[range.lowerBound + k]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != letters[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the bytes at `range` are one of `words` (lowercase), once lowercased.
    static func lowercaseIsAny(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [StaticString]) -> Bool {
        for word in words where lowercaseEquals(bytes, range, word) { return true }
        return false
    }

    /// The word right after `position`, lowercased.
    static func nextWord(after position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = position
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        var end = start
        while end < bytes.count, end < start + 20, (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }

    /// Whether the verb right before the expression (skipping "on") is in the past tense
    /// ("announced Wednesday", "was killed on Friday"): the expression then names a past day.
    static func followsPastVerb(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Read on the bytes: the words are ASCII (letters, digits, % and .), so their byte count
        // is their character count and lowercasing is ASCII lowercasing.
        var word = previousWordRange(before: position, in: bytes)
        var key = WordKey.of(bytes, word)
        if key != 0, key == WordKey.on || key == WordKey.late || key == WordKey.early {
            word = previousWordRange(before: word.lowerBound, in: bytes)
            key = WordKey.of(bytes, word)
        }
        // "will be paid Dec. 14", "to be completed Nov. 1": a participle after "be" looks forward.
        let sets = WordKey.verbSets
        let auxiliary = WordKey.of(bytes, previousWordRange(before: word.lowerBound, in: bytes))
        if auxiliary != 0, sets.auxiliaries.contains(auxiliary) { return false }
        if word.count > 3, bytes[word.upperBound - 2] | 0x20 == 0x65, bytes[word.upperBound - 1] | 0x20 == 0x64,
           key == 0 || !sets.forwardParticiples.contains(key) {
            return true
        }
        return key != 0 && sets.irregularPast.contains(key)
    }

    /// Participles that schedule rather than report ("scheduled Monday").
    static let forwardParticiples: [StaticString] = ["scheduled", "expected", "planned", "slated", "postponed", "delayed", "moved", "set", "rescheduled", "adjourned", "extended"]
    /// Common irregular past-tense verbs.
    static let irregularPast: [StaticString] = ["began", "said", "told", "met", "won", "lost", "took", "made", "held", "left", "came", "went",
        "saw", "gave", "rose", "fell", "sold", "bought", "paid", "became", "broke", "ran", "struck",
        "was", "were", "had", "did", "found", "got", "sent", "spent", "built", "brought", "wrote",
        "spoke", "fled", "led", "shot", "kept", "died", "quit", "hit"]
}

extension UInt64 {
    /// Whether this word key (``WordKey``, 0 for no word) is one of `keys`.
    @inline(__always)
    func isIn(_ keys: [UInt64]) -> Bool { self != 0 && keys.contains(self) }

    /// Whether this word key (``WordKey``, 0 for no word) is in `keys` (a probe or two instead
    /// of a pass over a list: for the longer lists).
    @inline(__always)
    func isIn(_ keys: KeySet) -> Bool { self != 0 && keys.contains(self) }
}

/// Lowercase words of 1-12 ASCII letters packed into an integer (5 bits a letter behind a
/// leading 1), so that "is the word one of these" compares integers instead of bytes: two
/// words have the same key exactly when they are equal once ASCII-lowercased.
enum WordKey {
    /// The key of the bytes at `range`, or 0 when they are not 1-12 ASCII letters (then they
    /// equal no word of letters, lowercased or not).
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count >= 1, range.count <= 12 else { return 0 }
        var key: UInt64 = 1
        for i in range {
            let lower = bytes[i] | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { return 0 }
            key = key << 5 | UInt64(lower - 0x60)
        }
        return key
    }

    static func of(_ word: StaticString) -> UInt64 {
        word.withUTF8Buffer { of($0, 0..<$0.count) }
    }

    static let on = of("on"), late = of("late"), early = of("early")
    static let yesterday = of("yesterday"), tomorrow = of("tomorrow")
    /// The one-word deictic references to the past (``Resolver/deictic(_:_:)``).
    static let pastReferences: [UInt64] = (["recently", "previously", "formerly", "lately", "recent"] as [StaticString]).map { of($0) }
    /// The words before a month that put it ahead ("by March", "due June"), as `previousWordIs` tested them.
    static let byUntilTillDue: [UInt64] = (["by", "until", "till", "due"] as [StaticString]).map { of($0) }
    static let auxiliaries: [UInt64] = (["be", "to", "will", "would", "shall", "being"] as [StaticString]).map { of($0) }
    static let forwardParticiples: [UInt64] = Cues.forwardParticiples.map { of($0) }
    static let irregularPast: [UInt64] = Cues.irregularPast.map { of($0) }
    /// ``auxiliaries``, ``forwardParticiples`` and ``irregularPast`` as hash sets (one global to reach).
    static let verbSets = (auxiliaries: KeySet(auxiliaries), forwardParticiples: KeySet(forwardParticiples),
                           irregularPast: KeySet(irregularPast))
}

/// A fixed set of nonzero word keys in a small open-addressing table in raw memory (made once,
/// kept to the end): a lookup is a multiply, a shift and a probe or two, with no reference counting.
struct KeySet: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UInt64>
    private static let bits = 7

    init(_ keys: [UInt64]) {
        precondition(keys.count < (1 << KeySet.bits) / 2)
        slots = .allocate(capacity: 1 << KeySet.bits)
        slots.initialize(repeating: 0, count: 1 << KeySet.bits)
        for key in keys where key != 0 {
            var slot = KeySet.slot(key)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & ((1 << KeySet.bits) - 1) }
            slots[slot] = key
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits)) }

    /// Whether nonzero `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var slot = KeySet.slot(key)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == 0 { return false }
            slot = (slot + 1) & ((1 << KeySet.bits) - 1)
        }
    }
}

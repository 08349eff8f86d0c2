#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The byte-level prescan that finds where a number candidate (``NumberGrammar/candidate``) or a
/// not-a-quantity match (``NotQuantityGrammar``) can start, so that their patterns run only
/// there instead of attempting a match at every position of the text.
///
/// Both tests are supersets: every position where a pattern can match is reported (a few more
/// are, where the pattern then fails), so the windowed scan finds exactly the matches of a full
/// scan. One pass over the bytes: words are skipped whole after a table test of their first
/// two bytes, digit runs likewise.
struct CandidateScan: Sendable {
    // Byte flags.
    private static let letter: UInt8 = 1, digit: UInt8 = 2
    /// No candidate starts right after this byte: the lookbehind `(?<![\w.,/:#@&$£€¥])` (ASCII part).
    private static let blocks: UInt8 = 4
    /// A candidate may start here whatever follows: "$", any non-ASCII character ("£", "€", "−", "½").
    private static let always: UInt8 = 8
    /// A candidate may start here if a digit follows: "-5", "+0.2", ".05" (and "-.5", "-½").
    private static let sign: UInt8 = 16
    /// An uppercase letter that can start a month name (for ``NotQuantityGrammar``).
    private static let monthInitial: UInt8 = 32

    // Bits of ``pairs``.
    private static let prefixPair: UInt8 = 1, wordPair: UInt8 = 2

    /// The tables, in memory allocated once (no retain, release or bounds check in the scan loop).
    private final class Tables: @unchecked Sendable {
        /// Byte flags (`letter`, `digit`, `blocks`, `always`, `sign`, `monthInitial`).
        let flags: UnsafeMutablePointer<UInt8>
        /// By the first two bytes of a word (`b0 << 8 | b1`, b1 = 0 at the end of the text): whether
        /// it can start a currency prefix (exact case) or a number word, "a"/"an" or "minus"/"negative" (any case).
        let pairs: UnsafeMutablePointer<UInt8>
        /// By the same pair: bit `k` set when a word of `k` letters with that pair can start a
        /// number ("a" 1, "an" 2, number words 3 to 12, "minus" 5, "negative" 8).
        let pairLengths: UnsafeMutablePointer<UInt16>
        /// Whether a word starting with three letters (see ``trigram(_:_:_:)``) can be a number word.
        let numberTrigrams: UnsafeMutablePointer<Bool>
        /// The same after "a " or "an ", where fractions also start a number ("a quarter of").
        let articleTrigrams: UnsafeMutablePointer<Bool>
        /// Currency prefixes that start with an ASCII letter: up to 8 bytes packed little-endian, and the mask of their length.
        let prefixValues: UnsafeMutablePointer<UInt64>
        let prefixMasks: UnsafeMutablePointer<UInt64>
        let prefixCount: Int
        /// By the first two bytes (`b0 << 8 | b1`): the prefixes that start with them, as
        /// `first << 8 | count` into ``prefixValues`` (sorted by their first two bytes).
        let prefixBuckets: UnsafeMutablePointer<UInt16>
        /// Number words that can start a number (cardinals, scales, "tens", "dozens", "half"...)
        /// and those that can follow "a"/"an" (scales, "half", "third", "quarter"), packed by
        /// ``packed(_:_:_:)`` in open-addressing tables of ``wordSlots`` slots (0: empty).
        let numberWords: UnsafeMutablePointer<UInt64>
        let articleWords: UnsafeMutablePointer<UInt64>

        init(flags: [UInt8], pairs: [UInt8], pairLengths: [UInt16], numberTrigrams: [Bool], articleTrigrams: [Bool],
             prefixValues: [UInt64], prefixMasks: [UInt64], numberWords: [String], articleWords: [String]) {
            func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
                let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
                p.initialize(from: array, count: array.count)
                return p
            }
            self.flags = copy(flags)
            self.pairs = copy(pairs)
            self.pairLengths = copy(pairLengths)
            self.numberTrigrams = copy(numberTrigrams)
            self.articleTrigrams = copy(articleTrigrams)
            // Sorted by the first two bytes, so that those of one pair are consecutive.
            let order = prefixValues.indices.sorted {
                let a = prefixValues[$0] & 0xFFFF, b = prefixValues[$1] & 0xFFFF
                return a != b ? a < b : $0 < $1
            }
            let sortedValues = order.map { prefixValues[$0] }
            self.prefixValues = copy(sortedValues)
            self.prefixMasks = copy(order.map { prefixMasks[$0] })
            prefixCount = prefixValues.count
            precondition(prefixCount < 256, "too many currency prefixes for the buckets")
            let buckets = UnsafeMutablePointer<UInt16>.allocate(capacity: 65536)
            buckets.initialize(repeating: 0, count: 65536)
            for (k, value) in sortedValues.enumerated() {
                let index = Int(value & 0xFF) << 8 | Int((value >> 8) & 0xFF)
                if buckets[index] == 0 { buckets[index] = UInt16(k) << 8 }
                buckets[index] += 1
            }
            self.prefixBuckets = buckets
            func table(_ words: [String]) -> UnsafeMutablePointer<UInt64> {
                var slots = [UInt64](repeating: 0, count: CandidateScan.wordSlots)
                for word in words {
                    let b = Array(word.utf8)
                    precondition(b.count >= 3 && b.count <= 12 && b.allSatisfy { $0 >= 0x61 && $0 <= 0x7A },
                                 "number word '\(word)' must be 3 to 12 lowercase letters")
                    let v = b.withUnsafeBufferPointer { CandidateScan.packed($0, 0, b.count) }
                    var i = CandidateScan.slot(v)
                    while slots[i] != 0 && slots[i] != v { i = (i + 1) & (CandidateScan.wordSlots - 1) }
                    slots[i] = v
                }
                precondition(slots.filter { $0 != 0 }.count * 2 <= slots.count, "too many number words for the table")
                return copy(slots)
            }
            self.numberWords = table(numberWords)
            self.articleWords = table(articleWords)
        }

        deinit {
            flags.deallocate(); pairs.deallocate(); pairLengths.deallocate(); numberTrigrams.deallocate(); articleTrigrams.deallocate()
            prefixValues.deallocate(); prefixMasks.deallocate(); prefixBuckets.deallocate(); numberWords.deallocate(); articleWords.deallocate()
        }
    }
    private let tables: Tables

    init() {
        var flags = [UInt8](repeating: 0, count: 256)
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { flags[Int(b)] = CandidateScan.digit | CandidateScan.blocks }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { flags[Int(b)] = CandidateScan.letter | CandidateScan.blocks }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { flags[Int(b)] = CandidateScan.letter | CandidateScan.blocks }
        for c in "JFMASOND".utf8 { flags[Int(c)] |= CandidateScan.monthInitial }
        for b in 0xC0...0xFF { flags[b] = CandidateScan.always }
        for c in "_.,/:#@&$".utf8 { flags[Int(c)] |= CandidateScan.blocks }
        flags[Int(UInt8(ascii: "$"))] |= CandidateScan.always
        for c in "-+.".utf8 { flags[Int(c)] |= CandidateScan.sign }

        var pairs = [UInt8](repeating: 0, count: 65536)
        var pairLengths = [UInt16](repeating: 0, count: 65536)
        func setCaseless(_ word: String, length: Int) {
            let b = Array(word.utf8)
            let second = b.count > 1 ? b[1] : 0
            precondition(length < 16, "word '\(word)' is too long for the length bits")
            for first in [b[0], b[0] & ~0x20] {
                for next in (CandidateScan.isLetter(second) ? [second, second & ~0x20] : [second]) {
                    pairs[Int(first) << 8 | Int(next)] |= CandidateScan.wordPair
                    pairLengths[Int(first) << 8 | Int(next)] |= 1 << UInt16(length)
                }
            }
        }
        for word in NumberGrammar.cardinalWords + NumberGrammar.scaleWords + NumberGrammar.leadingWords {
            setCaseless(word, length: word.utf8.count)
        }
        setCaseless("a ", length: 1)
        for word in ["an", "minus", "negative"] { setCaseless(word, length: word.utf8.count) }

        var trigrams = [Bool](repeating: false, count: 32 * 32 * 32)
        for word in NumberGrammar.cardinalWords + NumberGrammar.scaleWords + NumberGrammar.leadingWords {
            let b = Array(word.utf8)
            precondition(b.count >= 3, "number word '\(word)' must have three letters or more")
            trigrams[CandidateScan.trigram(b[0], b[1], b[2])] = true
        }
        let numberTrigrams = trigrams
        for word in ["half", "third", "quarter"] {
            let b = Array(word.utf8)
            trigrams[CandidateScan.trigram(b[0], b[1], b[2])] = true
        }
        let articleTrigrams = trigrams

        var values: [UInt64] = [], masks: [UInt64] = []
        for key in Currencies.prefixes.keys.sorted() {
            let b = Array(key.utf8)
            guard let first = b.first else { continue }
            if CandidateScan.isLetter(first) {
                precondition(b.count >= 2 && b.count <= 8, "currency prefix '\(key)' must have 2 to 8 bytes")
                pairs[Int(first) << 8 | Int(b[1])] |= CandidateScan.prefixPair
                var value: UInt64 = 0
                for (k, byte) in b.enumerated() { value |= UInt64(byte) << (8 * k) }
                values.append(value)
                masks.append(b.count == 8 ? ~0 : (1 << (8 * b.count)) - 1)
            } else {
                precondition(flags[Int(first)] & CandidateScan.always != 0, "currency prefix '\(key)' is not covered by the prescan")
            }
        }
        tables = Tables(flags: flags, pairs: pairs, pairLengths: pairLengths, numberTrigrams: numberTrigrams, articleTrigrams: articleTrigrams,
                        prefixValues: values, prefixMasks: masks,
                        numberWords: NumberGrammar.cardinalWords + NumberGrammar.scaleWords + NumberGrammar.leadingWords,
                        articleWords: NumberGrammar.scaleWords + ["half", "third", "quarter"])
    }

    /// The index of a trigram of ASCII letters, without regard to case.
    static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
    }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Whether the letters at `i` (caseless) start a number word: three letters with a number-word trigram.
    @inline(__always) private static func numberWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ trigrams: UnsafeMutablePointer<Bool>) -> Bool {
        guard i + 2 < bytes.count else { return false }
        let a = bytes[i], b = bytes[i + 1], c = bytes[i + 2]
        return isLetter(a) && isLetter(b) && isLetter(c) && trigrams[trigram(a, b, c)]
    }

    /// Whether the bytes at `i`, ASCII letters lowercased, start with the lowercase `word`.
    @inline(__always) private static func startsCaseless(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] | 0x20 != w[k] { return false }
        return true
    }

    static let wordSlots = 128

    /// The lowercase letters of `s..<e` (at most 12), 5 bits each.
    @inline(__always) static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in s..<e { v = v << 5 | UInt64(bytes[k] & 31) }
        return v
    }

    @inline(__always) static func slot(_ v: UInt64) -> Int {
        Int(truncatingIfNeeded: (v &* 0x9E37_79B9_7F4A_7C15) >> 57)  // 7 bits: 0..<wordSlots
    }

    @inline(__always) private static func contains(_ table: UnsafeMutablePointer<UInt64>, _ bytes: UnsafeBufferPointer<UInt8>,
                                                   _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 3 && e - s <= 12 else { return false }
        let v = packed(bytes, s, e)
        var i = slot(v)
        while table[i] != 0 {
            if table[i] == v { return true }
            i = (i + 1) & (wordSlots - 1)
        }
        return false
    }

    /// Whether a candidate can start at the word (the letters `i..<end`), whose first two bytes
    /// have the ``pairs`` bits `pair` (not 0). A number word in the pattern is a whole word (it
    /// is followed by `(?![a-z])`, caseless), so the word itself must be one; when a byte above
    /// ASCII follows the letters (which case folding might match: "ſ" for "s"), the test falls
    /// back to the first three letters.
    @inline(__always)
    private static func wordCanStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ pair: UInt8, _ t: Tables) -> Bool {
        let n = bytes.count
        if end < n && bytes[end] >= 0x80 { return trigramWordCanStart(bytes, i, pair, t) }
        if pair & CandidateScan.wordPair != 0 {
            if contains(t.numberWords, bytes, i, end) { return true }
            let length = end - i
            // "a hundred", "an eighth of", "a half of": a or an, one space, a number word.
            if bytes[i] | 0x20 == UInt8(ascii: "a") && (length == 1 || length == 2 && bytes[i + 1] | 0x20 == UInt8(ascii: "n"))
                && end < n && bytes[end] == 0x20 {
                let next = end + 1
                let nextEnd = letterRunEnd(bytes, next)
                if nextEnd < n && bytes[nextEnd] >= 0x80 {
                    if numberWord(bytes, next, t.articleTrigrams) { return true }
                } else if contains(t.articleWords, bytes, next, nextEnd) {
                    return true
                }
            }
            // The signs "minus 5", "negative 3".
            if length == 5 && startsCaseless(bytes, i, "minus") { return true }
            if length == 8 && startsCaseless(bytes, i, "negative") { return true }
        }
        // Currency prefixes, exact case: "US$", "C$", "Rs", "EUR".
        if pair & CandidateScan.prefixPair != 0 {
            var word: UInt64 = 0
            let available = min(8, n - i)
            for k in 0..<available { word |= UInt64(bytes[i + k]) << (8 * k) }
            let bucket = Int(t.prefixBuckets[Int(word & 0xFF) << 8 | Int((word >> 8) & 0xFF)])
            let first = bucket >> 8
            for k in first..<first + (bucket & 0xFF) where word & t.prefixMasks[k] == t.prefixValues[k] { return true }
        }
        return false
    }

    /// ``wordCanStart(_:_:_:_:_:)`` by the first three letters of the word (a superset).
    private static func trigramWordCanStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ pair: UInt8, _ t: Tables) -> Bool {
        let b = bytes[i]
        if pair & CandidateScan.wordPair != 0 {
            if numberWord(bytes, i, t.numberTrigrams) { return true }
            let lower = b | 0x20
            // "a hundred", "an eighth of", "a half of": a or an, one space, a number word.
            if lower == UInt8(ascii: "a"), i + 1 < bytes.count {
                let next = bytes[i + 1]
                if next == 0x20 && numberWord(bytes, i + 2, t.articleTrigrams) { return true }
                if next | 0x20 == UInt8(ascii: "n"), i + 2 < bytes.count, bytes[i + 2] == 0x20,
                   numberWord(bytes, i + 3, t.articleTrigrams) { return true }
            }
            // The signs "minus 5", "negative 3".
            if lower == UInt8(ascii: "m") && startsCaseless(bytes, i, "minus") { return true }
            if lower == UInt8(ascii: "n") && startsCaseless(bytes, i, "negative") { return true }
        }
        // Currency prefixes, exact case: "US$", "C$", "Rs", "EUR".
        if pair & CandidateScan.prefixPair != 0 {
            var word: UInt64 = 0
            let available = min(8, bytes.count - i)
            for k in 0..<available { word |= UInt64(bytes[i + k]) << (8 * k) }
            let bucket = Int(t.prefixBuckets[Int(word & 0xFF) << 8 | Int((word >> 8) & 0xFF)])
            let first = bucket >> 8
            for k in first..<first + (bucket & 0xFF) where word & t.prefixMasks[k] == t.prefixValues[k] { return true }
        }
        return false
    }

    /// Whether a ``NotQuantityGrammar`` match can start at the run of digits `start..<end`. Every
    /// alternative that starts with a digit starts with `\b` and needs certain bytes after its
    /// first run of digits (of `length` digits):
    /// - "-" or "/" and a digit (length ≤ 4): dates "2024-12-21", "12/21/2024", "9/11", "9-11",
    ///   ranges "2014-15", "1985/86", scores "6-4", days "21-22 May", phone numbers "555-123-4567";
    ///   "–" and a digit likewise;
    /// - ")" after 3 digits: phone numbers "555) 123-4567";
    /// - "st", "nd", "rd", "th": ordinals; "s" after 2 or 4 digits: decades "90s", "1990s";
    /// - ":" and a digit (length ≤ 2): clock times "7:40";
    /// - "." and digits: "21.12.2024" (1-2 digits then "."), "1.56pm" (2 digits, an optional
    ///   space, "am"/"pm"/"a.m."), "555.123.4567" (3 digits then " ", "." or "-") after 3;
    /// - a space, then (length ≤ 2) a month or "of" ("9 May", "9 of May") or "am"/"pm"; then
    ///   (length 3 or 4) a time zone or "hrs"/"hours" ("0401 GMT"), or a digit after 3 (phone numbers);
    /// - no space: a time zone or "hrs" after 3 or 4 digits, "am"/"pm" after 1 or 2.
    static func digitsCanStartVeto(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if start > 0 {
            let before = bytes[start - 1]
            if isLetter(before) || before == UInt8(ascii: "_") { return false }  // \b
        }
        guard end < bytes.count else { return false }
        let length = end - start
        let c = bytes[end]
        func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }
        func isDigit(_ i: Int) -> Bool { at(i) &- 0x30 < 10 }
        func isClock(_ i: Int) -> Bool {  // "am", "a.m.", "PM", "P.M." (a superset)
            let a = at(i) | 0x20
            guard a == UInt8(ascii: "a") || a == UInt8(ascii: "p") else { return false }
            let m = at(i + 1)
            return m | 0x20 == UInt8(ascii: "m") || m == UInt8(ascii: ".")
        }
        func isZone(_ b: UInt8) -> Bool {  // GMT UTC EDT EST BST CET CEST PDT PST ET, hrs, hours
            switch b {
            case UInt8(ascii: "G"), UInt8(ascii: "U"), UInt8(ascii: "E"), UInt8(ascii: "B"), UInt8(ascii: "C"),
                 UInt8(ascii: "P"), UInt8(ascii: "h"):
                return true
            default:
                return false
            }
        }
        func isMonthInitial(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "J"), UInt8(ascii: "F"), UInt8(ascii: "M"), UInt8(ascii: "A"), UInt8(ascii: "S"),
                 UInt8(ascii: "O"), UInt8(ascii: "N"), UInt8(ascii: "D"):
                return true
            default:
                return false
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "/"):
            guard length <= 4 && isDigit(end + 1) else { return false }
            if length == 4 { return true }  // "2024-12-21", "1985/86"
            // The digits after the dash or slash, and the byte after them.
            var e = end + 2
            while isDigit(e) { e += 1 }
            let after = at(e), following = e - end - 1
            @inline(__always) func named(_ name: StaticString) -> Bool {  // "9/11" at the start
                let k = name.utf8CodeUnitCount
                for j in 0..<k where at(start + j) != name.utf8Start[j] { return false }
                return true
            }
            if c == UInt8(ascii: "/") {
                // Only "12/21/2024" and the named dates have one or two digits before a slash
                // (none has three: "5-1/2" is no date).
                return length <= 2 && (following <= 2 && after == UInt8(ascii: "/") || named("9/11") || named("24/7") || named("7/7"))
            }
            // Three digits and a dash: a phone number, three digits after it.
            if length == 3 { return following >= 3 }
            // One or two: a score, "21-22 May", "9-11"; a slash after the digits ("5-1/2") rules
            // out all but "9-11".
            return after != UInt8(ascii: "/") || named("9-11")
        case 0xE2:  // "–" (E2 80 93)
            return length <= 4 && at(end + 1) == 0x80 && at(end + 2) == 0x93 && isDigit(end + 3)
        case UInt8(ascii: ")"):
            return length == 3
        case UInt8(ascii: "s"):
            return at(end + 1) == UInt8(ascii: "t") || length == 2 || length == 4
        case UInt8(ascii: "n"), UInt8(ascii: "r"):
            return at(end + 1) == UInt8(ascii: "d")
        case UInt8(ascii: "t"):
            return at(end + 1) == UInt8(ascii: "h")
        case UInt8(ascii: ":"):
            return length <= 2 && isDigit(end + 1)
        case UInt8(ascii: "."):
            var e = end + 1
            while isDigit(e) { e += 1 }
            let fraction = e - end - 1
            guard fraction > 0 else { return false }
            let after = at(e)
            if length <= 2 && fraction <= 2 && after == UInt8(ascii: ".") { return true }
            if length <= 2 && fraction == 2 && (isClock(e) || after == UInt8(ascii: " ") && isClock(e + 1)) { return true }
            return length == 3 && fraction == 3
                && (after == UInt8(ascii: " ") || after == UInt8(ascii: ".") || after == UInt8(ascii: "-"))
        case UInt8(ascii: " "):
            let next = at(end + 1)
            if length <= 2 { return isMonthInitial(next) || next == UInt8(ascii: "o") || isClock(end + 1) }
            if length == 3 && next &- 0x30 < 10 { return true }
            return length <= 4 && isZone(next)
        default:
            if length >= 3 && length <= 4 && isZone(c) { return true }
            return length <= 2 && isClock(end)
        }
    }

    /// Whether `second` follows the capital `first` in some month name ("Ja", "Ju", "Fe", "Ma",
    /// "Ap", "Au", "Se", "Oc", "No", "De": ``MonthVeto`` matches names in their exact case).
    @inline(__always) static func monthSecondLetter(_ first: UInt8, _ second: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "J"): return second == UInt8(ascii: "a") || second == UInt8(ascii: "u")
        case UInt8(ascii: "F"), UInt8(ascii: "S"), UInt8(ascii: "D"): return second == UInt8(ascii: "e")
        case UInt8(ascii: "M"): return second == UInt8(ascii: "a")
        case UInt8(ascii: "A"): return second == UInt8(ascii: "p") || second == UInt8(ascii: "u")
        case UInt8(ascii: "O"): return second == UInt8(ascii: "c")
        case UInt8(ascii: "N"): return second == UInt8(ascii: "o")
        default: return false
        }
    }

    /// The end of the run of ASCII letters from `i`: eight bytes at a time (a letter is a byte
    /// whose value with bit 5 set lies in 0x61...0x7A).
    @inline(__always)
    static func letterRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let n = bytes.count
        var i = start
        guard let base = bytes.baseAddress else { return i }
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let x = v | 0x2020_2020_2020_2020
            let y = x & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = y &+ 0x1F1F_1F1F_1F1F_1F1F   // high bit: y >= 0x61
            let pastZ = y &+ 0x0505_0505_0505_0505      // high bit: y >= 0x7B
            let letters = atLeastA & ~pastZ & ~x & high
            let others = ~letters & high
            if others != 0 { return i + (others.littleEndian.trailingZeroBitCount >> 3) }
            i += 8
        }
        while i < n && isLetter(bytes[i]) { i += 1 }
        return i
    }

    /// Appends, as one-position windows in order, every position where a number candidate can
    /// start to `candidates`, and every position where a ``NotQuantityGrammar`` match can start
    /// to `vetoes`.
    ///
    /// Every not-a-quantity match contains a digit that starts a run of digits (`s`) and starts
    /// at `s`, at a quote or bracket or plus sign right before it ("'90s", "(555)", "+44"), or
    /// (when a space precedes `s`) at the capitalized month name that ends before it, with an
    /// optional ".", "," and "of" between ("March 29", "Sept., of 2022").
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, candidates: inout [ClosedRange<Int>], vetoes: inout [ClosedRange<Int>]) {
        #if arch(x86_64)
        // Sixty-four bytes at a time, the positions that can start something are found as bit
        // masks (bit k: byte k of the block): the first letter of a word, the first digit of a
        // run, and the bytes "$%&'()*+,-." and 0xC0...0xFF (a superset of those that start a
        // candidate by themselves or as a sign). Each is judged as ``scanBytewise`` judges it;
        // nothing happens at any other byte. A word start takes one table test of its first two
        // bytes (most words end there).
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return }
        let t = tables
        let flags = t.flags, pairs = t.pairs, pairLengths = t.pairLengths
        var lastVeto = -1
        var letterBits: UInt64 = 0, digitBits: UInt64 = 0  // those of the block before
        var block = 0
        while block < n {
            let classes: (letters: UInt64, digits: UInt64, others: UInt64)
            if block &+ 64 <= n {
                classes = CandidateScan.classBits(base + block)
            } else {
                // The last bytes, from a copy padded with zeros (a zero byte starts nothing).
                var padded: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
                classes = withUnsafeMutableBytes(of: &padded) { raw in
                    raw.baseAddress!.copyMemory(from: base + block, byteCount: n &- block)
                    return CandidateScan.classBits(raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
            let letters = classes.letters, digits = classes.digits
            let wordStarts = letters & ~(letters &<< 1 | letterBits &>> 63)
            let special = digits & ~(digits &<< 1 | digitBits &>> 63) | classes.others
            letterBits = letters
            digitBits = digits
            var events = wordStarts | special
            while events != 0 {
                let offset = events.trailingZeroBitCount
                events &= events &- 1
                let i = block &+ offset
                if special &>> UInt64(offset) & 1 == 0 {
                    let index = Int(base[i]) &<< 8 | Int(i &+ 1 < n ? base[i &+ 1] : 0)
                    let pair = pairs[index]
                    if pair == 0 || (i > 0 && flags[Int(base[i &- 1])] & CandidateScan.blocks != 0) { continue }
                    // The word's end: the first byte after it that is no letter (in this block, or found on).
                    let rest = ~letters &>> UInt64(offset)
                    let end = rest != 0 ? i &+ rest.trailingZeroBitCount : CandidateScan.letterRunEnd(bytes, block &+ 64)
                    let length = end &- i
                    // Most words with a number word's first two letters ("the", "on", "for") have
                    // none of their lengths: a currency prefix or a byte above ASCII after the
                    // letters (see ``wordCanStart(_:_:_:_:_:)``) still takes the full test.
                    if pair & CandidateScan.prefixPair != 0 || (end < n && base[end] >= 0x80)
                        || (length < 16 && pairLengths[index] & (1 << UInt16(length)) != 0) {
                        if CandidateScan.wordCanStart(bytes, i, end, pair, t) { candidates.append(i...i) }
                    }
                } else {
                    let b = base[i]
                    let f = flags[Int(b)]
                    if f & CandidateScan.digit != 0 {
                        digitRun(bytes, i, t, &candidates, &vetoes, &lastVeto)
                    } else if f & (CandidateScan.always | CandidateScan.sign) != 0
                                && !(i > 0 && flags[Int(base[i &- 1])] & CandidateScan.blocks != 0) {
                        if f & CandidateScan.always != 0 {
                            candidates.append(i...i)
                        } else if i &+ 1 < n {
                            let next = base[i &+ 1]
                            // "-5", "+.5", "-½"; ".5".
                            if next &- 0x30 < 10 || (b != UInt8(ascii: ".") && (next == UInt8(ascii: ".") || next >= 0xC0)) {
                                candidates.append(i...i)
                            }
                        }
                    }
                }
            }
            block &+= 64
        }
        #else
        scanBytewise(bytes, candidates: &candidates, vetoes: &vetoes)
        #endif
    }

    #if arch(x86_64)
    /// Among the 64 bytes at `p`, one bit per byte (bit k: byte k): the ASCII letters, the digits,
    /// and the bytes 0x24...0x2E and 0xC0...0xFF.
    @inline(__always)
    static func classBits(_ p: UnsafePointer<UInt8>) -> (letters: UInt64, digits: UInt64, others: UInt64) {
        // A letter: its value with bit 5 set, plus 0x1F, is 0x80 ..< 0x9A (signed: below -102);
        // a digit: its value plus 0x50 is 0x80 ..< 0x8A (below -118); 0x24...0x2E: its value
        // plus 0x5C is 0x80 ..< 0x8B (below -117); 0xC0...0xFF: bits 7 and 6 set (bit 6 is bit 7
        // of the byte added to itself).
        let fold = _mm_set1_epi8(0x20), letterShift = _mm_set1_epi8(0x1F), letterLimit = _mm_set1_epi8(-102)
        let digitShift = _mm_set1_epi8(0x50), digitLimit = _mm_set1_epi8(-118)
        let signShift = _mm_set1_epi8(0x5C), signLimit = _mm_set1_epi8(-117)
        var letters: UInt64 = 0, digits: UInt64 = 0, others: UInt64 = 0
        for k in 0..<4 {
            let v = _mm_loadu_si128(UnsafeRawPointer(p + 16 &* k).assumingMemoryBound(to: __m128i.self))
            let l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, fold), letterShift), letterLimit)
            let d = _mm_cmplt_epi8(_mm_add_epi8(v, digitShift), digitLimit)
            let s = _mm_cmplt_epi8(_mm_add_epi8(v, signShift), signLimit)
            let lead = _mm_movemask_epi8(_mm_and_si128(v, _mm_add_epi8(v, v)))
            letters |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(l))) &<< UInt64(16 &* k)
            digits |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(d))) &<< UInt64(16 &* k)
            others |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(s) | lead)) &<< UInt64(16 &* k)
        }
        return (letters, digits, others)
    }

    /// The first digit of a run at `i`: a candidate unless the byte before blocks it, and the
    /// not-a-quantity matches it may start.
    @inline(never)
    private func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ t: Tables, _ candidates: inout [ClosedRange<Int>],
                          _ vetoes: inout [ClosedRange<Int>], _ lastVeto: inout Int) {
        if !(i > 0 && t.flags[Int(bytes[i &- 1])] & CandidateScan.blocks != 0) { candidates.append(i...i) }
        CandidateScan.vetoesAtDigits(bytes, i, t.flags, &vetoes, &lastVeto)
    }

    #endif

    /// The starts of not-a-quantity matches whose first digit is `i`, the first of a run, in order
    /// (as ``scanBytewise`` finds them).
    @inline(__always)
    private static func vetoesAtDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ flags: UnsafeMutablePointer<UInt8>,
                                       _ vetoes: inout [ClosedRange<Int>], _ lastVeto: inout Int) {
        let n = bytes.count
        if i > 0 {
            let before = bytes[i - 1]
            if before == 0x20 {
                // A month name ending a date before the number: "March 29", "Oct. 31",
                // "February 2022", "May, of 2022" (`Month\.?,?\x20(?:of\x20)?`).
                func monthStart(before end: Int) -> Int? {
                    var m = end
                    if m > 0 && bytes[m - 1] == UInt8(ascii: ",") { m -= 1 }
                    if m > 0 && bytes[m - 1] == UInt8(ascii: ".") { m -= 1 }
                    var s = m
                    while s > 0 && flags[Int(bytes[s - 1])] & CandidateScan.letter != 0 && m - s < 10 { s -= 1 }
                    guard m - s >= 3, flags[Int(bytes[s])] & CandidateScan.monthInitial != 0,
                          CandidateScan.monthSecondLetter(bytes[s], bytes[s + 1]) else { return nil }
                    // The name is the whole word, after \b: "September" is the longest.
                    if s > 0 && (flags[Int(bytes[s - 1])] & (CandidateScan.letter | CandidateScan.digit) != 0
                                 || bytes[s - 1] == UInt8(ascii: "_")) { return nil }
                    return s
                }
                let space = i - 1
                if space >= 3 && bytes[space - 1] == UInt8(ascii: "f") && bytes[space - 2] == UInt8(ascii: "o")
                    && bytes[space - 3] == 0x20, let s = monthStart(before: space - 3), s > lastVeto {
                    vetoes.append(s...s)
                    lastVeto = s
                }
                if let s = monthStart(before: space), s > lastVeto {
                    vetoes.append(s...s)
                    lastVeto = s
                }
            } else if i >= 3 && before == 0x99 && bytes[i - 2] == 0x80 && bytes[i - 3] == 0xE2 {
                if i - 3 > lastVeto { vetoes.append(i - 3...i - 3) }
            } else if before == UInt8(ascii: "'") || before == UInt8(ascii: "(") || before == UInt8(ascii: "+") {
                if i - 1 > lastVeto { vetoes.append(i - 1...i - 1) }
            }
        }
        var e = i + 1
        while e < n && bytes[e] &- 0x30 < 10 { e += 1 }
        if CandidateScan.digitsCanStartVeto(bytes, i, e) {
            vetoes.append(i...i)
            lastVeto = i
        }
    }

    /// ``scan(_:candidates:vetoes:)`` byte by byte (the scan it replaced on x86_64, where the tests
    /// check that both give the same positions; the scan elsewhere).
    func scanBytewise(_ bytes: UnsafeBufferPointer<UInt8>, candidates: inout [ClosedRange<Int>], vetoes: inout [ClosedRange<Int>]) {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return }
        let t = tables
        let flags = t.flags, pairs = t.pairs, pairLengths = t.pairLengths
        do {
            var blocked = false  // the byte before i blocks a candidate start
            var lastVeto = -1
            var i = 0
            while i < n {
                let b = bytes[i]
                let f = flags[Int(b)]
                if f & CandidateScan.letter != 0 {
                    // A run of words separated by single spaces, one word per turn: after a
                    // word and a space, a letter starts the next word at once (no byte flags
                    // read, nothing blocks it).
                    var w = i
                    var wordBlocked = blocked
                    while true {
                        // The rest of the word (each letter blocks the next position) and the index
                        // of its first two bytes in ``pairs``: from one load of eight bytes when the
                        // text has them (a letter is a byte whose value with bit 5 set lies in 0x61...0x7A).
                        let end: Int
                        let index: Int
                        if w &+ 8 <= n {
                            let v = UnsafeRawPointer(base + w).loadUnaligned(as: UInt64.self)
                            let x = v | 0x2020_2020_2020_2020
                            let y = x & 0x7F7F_7F7F_7F7F_7F7F
                            let letters = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
                            let others = ~letters & 0x8080_8080_8080_8080
                            end = others != 0 ? w &+ (others.trailingZeroBitCount &>> 3) : CandidateScan.letterRunEnd(bytes, w &+ 8)
                            index = Int(truncatingIfNeeded: (v & 0xFF) << 8 | (v >> 8) & 0xFF)
                        } else {
                            end = CandidateScan.letterRunEnd(bytes, w &+ 1)
                            index = Int(base[w]) << 8 | Int(w &+ 1 < n ? base[w &+ 1] : 0)
                        }
                        if !wordBlocked {
                            let pair = pairs[index]
                            // Most words with a number word's first two letters ("the", "on", "for")
                            // have none of their lengths: a currency prefix or a byte above ASCII after
                            // the letters (see ``wordCanStart(_:_:_:_:_:)``) still takes the full test.
                            if pair != 0 {
                                let length = end &- w
                                if pair & CandidateScan.prefixPair != 0 || (end < n && base[end] >= 0x80)
                                    || (length < 16 && pairLengths[index] & (1 << UInt16(length)) != 0) {
                                    if CandidateScan.wordCanStart(bytes, w, end, pair, t) { candidates.append(w...w) }
                                }
                            }
                        }
                        // A space after the word (the usual case) starts nothing and blocks nothing.
                        if end < n && base[end] == 0x20 {
                            let next = end &+ 1
                            if next < n && CandidateScan.isLetter(base[next]) {
                                w = next
                                wordBlocked = false
                                continue
                            }
                            i = next
                            blocked = false
                            break
                        }
                        i = end
                        blocked = true
                        break
                    }
                    continue
                }
                if f & CandidateScan.digit != 0 {
                    if !blocked { candidates.append(i...i) }
                    // The starts of not-a-quantity matches whose first digit is here, in order.
                    CandidateScan.vetoesAtDigits(bytes, i, flags, &vetoes, &lastVeto)
                    // Skip the rest of the run: each digit blocks the next position.
                    i += 1
                    while i < n && bytes[i] &- 0x30 < 10 { i += 1 }
                    blocked = true
                    continue
                }
                if !blocked {
                    if f & CandidateScan.always != 0 {
                        candidates.append(i...i)
                    } else if f & CandidateScan.sign != 0 && i + 1 < n {
                        let next = bytes[i + 1]
                        // "-5", "+.5", "-½"; ".5".
                        if next &- 0x30 < 10 || (b != UInt8(ascii: ".") && (next == UInt8(ascii: ".") || next >= 0xC0)) {
                            candidates.append(i...i)
                        }
                    }
                }
                blocked = f & CandidateScan.blocks != 0
                i += 1
            }
        }
    }
}

/// Reads words around a position in UTF-8 text: the context a number's meaning depends on.
struct WordScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    /// Sentence or clause punctuation (and newline) that may follow a unit symbol.
    static func isPunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":") || b == UInt8(ascii: "\n")
    }

    func isLetter(at i: Int) -> Bool { i >= 0 && i < bytes.count && WordScanner.isLetter(bytes[i]) }
    func byte(at i: Int) -> UInt8? { i >= 0 && i < bytes.count ? bytes[i] : nil }

    /// Whether bytes at `i` spell the right single quote ’ (U+2019).
    func isCurlyApostrophe(at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    /// The end of the word starting at `start` (letters, with inner hyphens and apostrophes).
    func wordEnd(from start: Int) -> Int {
        // Runs of letters eight bytes at a time (``CandidateScan/letterRunEnd(_:_:)``), then the joiners between them.
        var i = CandidateScan.letterRunEnd(bytes, start)
        while i < bytes.count && i > start {
            let b = bytes[i]
            if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && isLetter(at: i + 1) {
                i = CandidateScan.letterRunEnd(bytes, i + 1)
            } else if isCurlyApostrophe(at: i) && isLetter(at: i + 3) {
                i = CandidateScan.letterRunEnd(bytes, i + 3)
            } else {
                break
            }
        }
        return i
    }

    /// The word ending right before `end` (letters only, may include a trailing period for "approx.").
    func wordStart(endingAt end: Int) -> Int {
        // Runs of letters eight bytes at a time (``letterRunStart(_:_:)``), then the joiners between them.
        var i = WordScanner.letterRunStart(bytes, end)
        while i > 0 && i < end {
            let b = bytes[i - 1]
            if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && i >= 2 && WordScanner.isLetter(bytes[i - 2]) {
                i = WordScanner.letterRunStart(bytes, i - 1)
            } else {
                break
            }
        }
        return i
    }

    /// The start of the run of ASCII letters that ends at `end`: eight bytes at a time, as
    /// ``CandidateScan/letterRunEnd(_:_:)`` reads them forwards.
    @inline(__always)
    static func letterRunStart(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var i = end
        guard let base = bytes.baseAddress else { return i }
        let high: UInt64 = 0x8080_8080_8080_8080
        while i >= 8 {
            // Bytes i - 8 ..< i: byte i - 1 is the top one.
            let v = UnsafeRawPointer(base + (i - 8)).loadUnaligned(as: UInt64.self)
            let x = v | 0x2020_2020_2020_2020
            let y = x & 0x7F7F_7F7F_7F7F_7F7F
            let letters = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~x & high
            let others = ~letters & high
            if others != 0 { return i - (others.littleEndian.leadingZeroBitCount >> 3) }
            i -= 8
        }
        while i > 0 && isLetter(bytes[i - 1]) { i -= 1 }
        return i
    }

    /// The lowercased text of a byte range.
    func lower(_ range: Range<Int>) -> String {
        var ascii = true
        let s = String(unsafeUninitializedCapacity: range.count) { buffer in
            var n = 0
            for i in range {
                let b = bytes[i]
                if b >= 0x80 { ascii = false; return 0 }
                buffer[n] = WordScanner.isUpper(b) ? b | 0x20 : b
                n += 1
            }
            return n
        }
        return ascii ? s : text(range).lowercased()
    }

    /// Whether `range` holds only ASCII bytes (then ``lower(_:)`` only lowercases A-Z).
    @inline(__always) func isASCII(_ range: Range<Int>) -> Bool {
        for i in range where bytes[i] >= 0x80 { return false }
        return true
    }

    /// `lower(range) == word` for a lowercase ASCII `word`, compared as bytes.
    @inline(__always) func lowerEquals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard range.count == n, range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n {
            let b = bytes[range.lowerBound + k]
            if (WordScanner.isUpper(b) ? b | 0x20 : b) != w[k] { return false }
        }
        return true
    }

    /// `lower(range) == word` for an ASCII `range`, compared as bytes.
    func lowerEqualsString(_ range: Range<Int>, _ word: String) -> Bool {
        var w = word
        return w.withUTF8 { w in
            guard w.count == range.count else { return false }
            for k in 0..<w.count {
                let b = bytes[range.lowerBound + k]
                if (WordScanner.isUpper(b) ? b | 0x20 : b) != w[k] { return false }
            }
            return true
        }
    }

    /// `lower(range).endsWith(suffix)` for an ASCII `range` and a lowercase ASCII `suffix`.
    @inline(__always) func lowerEnds(_ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard range.count >= n else { return false }
        let w = suffix.utf8Start
        let offset = range.upperBound - n
        for k in 0..<n {
            let b = bytes[offset + k]
            if (WordScanner.isUpper(b) ? b | 0x20 : b) != w[k] { return false }
        }
        return true
    }

    /// `set.contains(lower(range))`, without building the string when `range` is ASCII.
    @inline(__always) func lower(_ range: Range<Int>, isIn set: WordSet) -> Bool {
        isASCII(range) ? set.contains(bytes, range) : set.contains(lower(range))
    }

    /// Whether the bytes of `range`, with ASCII letters lowercased, contain the ASCII `needle`
    /// (a byte search: no String is built).
    func containsLowercased(_ needle: StaticString, in range: Range<Int>) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, range.count >= n else { return false }
        let pattern = needle.utf8Start
        var i = range.lowerBound
        while i + n <= range.upperBound {
            var k = 0
            while k < n {
                let b = bytes[i + k]
                if (WordScanner.isUpper(b) ? b | 0x20 : b) != pattern[k] { break }
                k += 1
            }
            if k == n { return true }
            i += 1
        }
        return false
    }

    /// Whether `range` contains the byte `b`.
    func contains(_ b: UInt8, in range: Range<Int>) -> Bool {
        for i in range where bytes[i] == b { return true }
        return false
    }

    /// Whether `range` contains a sentence break ". ".
    func containsSentenceBreak(in range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        for i in range.lowerBound..<range.upperBound - 1 where bytes[i] == UInt8(ascii: ".") && bytes[i + 1] == UInt8(ascii: " ") {
            return true
        }
        return false
    }

    /// `range` without the spaces at either end (an empty range if it is all spaces).
    func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower && bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }

    /// The text of a byte range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Up to `limit` words before `position`, separated only by spaces (nearest last). A period
    /// right after a word ("approx.") is skipped. Stops at other punctuation.
    func wordsBefore(_ position: Int, limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = position
        while result.count < limit {
            var j = i
            while j > 0 && bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
            if j == i && !result.isEmpty { break }
            if j > 0 && bytes[j - 1] == UInt8(ascii: ".") && j - 1 > 0 && WordScanner.isLetter(bytes[j - 2]) && result.isEmpty {
                // "approx. 5": accept only short abbreviations.
                let start = wordStart(endingAt: j - 1)
                if j - 1 - start <= 6 { j -= 1 } else { break }
            }
            let start = wordStart(endingAt: j)
            guard start < j else { break }
            result.insert(start..<j, at: 0)
            i = start
        }
        return result
    }

    /// Up to four word ranges, nearest first, kept inline (no array).
    struct FourWords {
        private(set) var count = 0
        private var ranges: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0, 0..<0)

        subscript(_ k: Int) -> Range<Int> {
            switch k {
            case 0: return ranges.0
            case 1: return ranges.1
            case 2: return ranges.2
            default: return ranges.3
            }
        }

        mutating func append(_ r: Range<Int>) {
            switch count {
            case 0: ranges.0 = r
            case 1: ranges.1 = r
            case 2: ranges.2 = r
            default: ranges.3 = r
            }
            count += 1
        }

        /// Drops the last `k` ranges.
        mutating func removeLast(_ k: Int) {
            precondition(k <= count)
            count -= k
        }
    }

    /// `wordsBefore(position, limit: limit)` for a limit up to 4, nearest first (`[0]` is the
    /// last of that array).
    func fourWordsBefore(_ position: Int, limit: Int = 4) -> FourWords {
        var result = FourWords()
        var i = position
        while result.count < min(limit, 4) {
            var j = i
            while j > 0 && bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
            if j == i && result.count > 0 { break }
            if j > 0 && bytes[j - 1] == UInt8(ascii: ".") && j - 1 > 0 && WordScanner.isLetter(bytes[j - 2]) && result.count == 0 {
                // "approx. 5": accept only short abbreviations.
                let start = wordStart(endingAt: j - 1)
                if j - 1 - start <= 6 { j -= 1 } else { break }
            }
            let start = wordStart(endingAt: j)
            guard start < j else { break }
            result.append(start..<j)
            i = start
        }
        return result
    }

    /// The word right before `position`: the same as `wordsBefore(position, limit: 1).last`,
    /// without building an array.
    func wordBefore(_ position: Int) -> Range<Int>? {
        var j = position
        while j > 0 && bytes[j - 1] == UInt8(ascii: " ") { j -= 1 }
        if j > 0 && bytes[j - 1] == UInt8(ascii: ".") && j - 1 > 0 && WordScanner.isLetter(bytes[j - 2]) {
            // "approx. 5": accept only short abbreviations.
            let start = wordStart(endingAt: j - 1)
            if j - 1 - start <= 6 { j -= 1 } else { return nil }
        }
        let start = wordStart(endingAt: j)
        return start < j ? start..<j : nil
    }

    /// The first non-space byte before `position` and its index.
    func previousNonSpace(_ position: Int) -> (UInt8, Int)? {
        var j = position - 1
        while j >= 0 {
            if bytes[j] != UInt8(ascii: " ") { return (bytes[j], j) }
            j -= 1
        }
        return nil
    }

    /// Whether the word starting at `start` begins a sentence (only spaces, quotes or brackets
    /// between it and a sentence end or the start of the text).
    func startsSentence(_ start: Int) -> Bool {
        var j = start - 1
        while j >= 0 {
            let b = bytes[j]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || b >= 0x80 { j -= 1; continue }
            return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "\n")
                || b == UInt8(ascii: ":") || b == UInt8(ascii: ";")
        }
        return true
    }
}

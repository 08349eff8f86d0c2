#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers over UTF-8 text: decoding the scalar around an offset, character classes,
/// paragraphs and sentence starts. No allocation.
enum TextScan {
    /// The scalar starting at byte `i`, or nil at `limit`.
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Unicode.Scalar? {
        guard i < limit else { return nil }
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var value: UInt32
        var extra: Int
        if b0 & 0xE0 == 0xC0 { value = b0 & 0x1F; extra = 1 }
        else if b0 & 0xF0 == 0xE0 { value = b0 & 0x0F; extra = 2 }
        else { value = b0 & 0x07; extra = 3 }
        var j = i + 1
        while extra > 0, j < limit {
            value = value << 6 | UInt32(bytes[j] & 0x3F)
            j += 1
            extra -= 1
        }
        return Unicode.Scalar(value)
    }

    /// The scalar ending just before byte `i`, or nil at `floor`.
    static func scalar(before i: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Unicode.Scalar? {
        guard i > floor else { return nil }
        var j = i - 1
        while j > floor, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return scalar(at: j, in: bytes, limit: i)
    }

    /// Start byte of the scalar ending before `i`.
    static func previousStart(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Int {
        var j = i - 1
        while j > floor, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return max(j, floor)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0xA0 || (s.value >= 0x2000 && s.value <= 0x200B)
            || s.value == 0x202F || s.value == 0x3000
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        // ASCII (nearly always): the alphabetic scalars are the letters; no property lookup.
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A || isDigit(s) }
        return s.properties.isAlphabetic || isDigit(s)
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    /// Punctuation after which a quotation opens: ( [ { — – - / and opening quote marks.
    static func isOpeningPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2014, 0x2013, 0x2015, 0x2D, 0x201C, 0x2018, 0xAB, 0x201E, 0x3A, 0x3E: return true
        default: return false
        }
    }

    /// Punctuation before which a quotation closes: . , ; : ! ? ) ] } — – and closing marks.
    static func isClosingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2014, 0x2013, 0x2015, 0x2D, 0x201D, 0x2019, 0xBB,
             0x22, 0x27, 0x2026, 0x3C, 0x2F:
            return true
        default: return false
        }
    }

    /// The paragraphs of `bytes` (separated by line breaks), as byte ranges without the breaks.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard let base = bytes.baseAddress else { return result }
        // (Room for the paragraphs of most texts: one allocation instead of one per doubling.)
        result.reserveCapacity(16)
        var start = 0
        // memchr finds each line break (vectorized) instead of a byte-at-a-time loop.
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        if bytes.count > start { result.append(start..<bytes.count) }
        return result
    }

    /// The start of the sentence that contains byte `i`, not before `floor`: just after the last
    /// . ! ? (with a closing mark) followed by a space, skipping abbreviations (Mr., U.S., J.).
    static func sentenceStart(before i: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Int {
        var j = i - 1
        while j > floor {
            let b = bytes[j]
            if b == 0x20 || b == 0x0A {
                // (An ASCII character other than " ' ) ! ? . before the space ends no sentence.)
                let before = bytes[j - 1]
                if before < 0x80, before != 0x22, before != 0x27, before != 0x29, before != 0x21, before != 0x3F, before != 0x2E {
                    j -= 1
                    continue
                }
                // Look left past closing marks and brackets for . ! ?
                var k = j
                while k > floor {
                    let p = previousStart(k, in: bytes, floor: floor)
                    guard let s = scalar(at: p, in: bytes, limit: k) else { break }
                    if s == "\"" || s == "'" || s == ")" || s.value == 0x201D || s.value == 0x2019 { k = p; continue }
                    if s == "!" || s == "?" { return j + 1 }
                    if s == ".", !isAbbreviation(endingAt: p, in: bytes, floor: floor) { return j + 1 }
                    break
                }
            }
            j -= 1
        }
        return floor
    }

    /// The end of the sentence that continues at byte `i`: just after the next . ! ? that is
    /// followed by a space or the end (not an abbreviation), or `limit`.
    static func sentenceEnd(after i: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var j = i
        while j < limit {
            let b = bytes[j]
            if b == 0x21 || b == 0x3F || (b == 0x2E && !isAbbreviation(endingAt: j, in: bytes, floor: i)) {
                if j + 1 >= limit || bytes[j + 1] == 0x20 || bytes[j + 1] == 0x0A { return j + 1 }
            }
            j += 1
        }
        return limit
    }

    /// Whether the period at `dot` ends an abbreviation or an initial rather than a sentence.
    static func isAbbreviation(endingAt dot: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Bool {
        var s = dot
        while s > floor, isWordByte(bytes[s - 1]) || bytes[s - 1] == 0x2E { s -= 1 }
        let length = dot - s
        if length == 0 { return false }
        if length == 1, bytes[s] >= 0x41, bytes[s] <= 0x5A { return true }  // J.
        // U.S., a.m.: a period inside the word
        for k in s..<dot where bytes[k] == 0x2E { return true }
        if length > 5 { return false }
        var word: [UInt8] = []
        for k in s..<dot { word.append(bytes[k] | 0x20) }
        return abbreviations.contains(word)
    }

    private static let abbreviations: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "prof",
        "rev", "hon", "supt", "insp", "det", "cpl", "const", "adm", "maj", "cmdr", "pres", "sec", "atty", "no",
        "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "dept", "univ", "fig", "vol", "approx", "est",
    ].map { Array($0.utf8) })
}

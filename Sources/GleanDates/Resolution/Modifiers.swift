import GleanPCRE

/// Edge and hedge words right before an expression ("late November", "nearly two years"):
/// they join the span and give the TIMEX3 `mod`.
enum Modifiers {
    struct Extension {
        let range: Range<Int>
        let mod: String?
        /// An edge ("the end of") rather than a hedge ("about").
        let isEdge: Bool
    }

    /// Looks at up to 40 bytes before `range`; returns the widened range and the mod, or nil.
    static func extend(_ range: Range<Int>, kind: RuleKind, isAgo: Bool, in bytes: UnsafeBufferPointer<UInt8>,
                       notBefore floor: Int, pattern: Pattern) throws -> Extension? {
        let start = max(floor, range.lowerBound - 40)
        guard start < range.lowerBound else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<range.lowerBound])
        guard let m = try firstMatch(pattern, slice) else { return nil }
        let word = { (r: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: slice[r]), as: UTF8.self).lowercased() }
        if let r = m.range("edge") {
            let w = word(r)
            switch kind {
            case .duration, .recurrence: return nil
            case .relative, .deictic: break
            default: if w == "earlier" || w == "later" { return nil }
            }
            let mod: String?
            if w == "sometime" { mod = nil }
            else if w.hasPrefix("early") || w.contains("beginning") || w.contains("start") || w == "earlier" { mod = "START" }
            else if w.hasPrefix("mid") || w.contains("middle") { mod = "MID" }
            else { mod = "END" }
            return Extension(range: start + m.range.lowerBound..<range.upperBound, mod: mod, isEdge: true)
        }
        // A hedge goes with an amount ("nearly two years"), not with a determiner phrase ("over the past year").
        if let r = m.range("hedge"), !startsWithThe(range, bytes) {
            let w = word(r).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            switch kind {
            // TimeBank keeps "about"/"almost" with "... ago" and clock times, but not with a bare amount.
            case .duration: if !isAgo && (w == "about" || w == "almost") { return nil }
            case .clock, .calendar: if !["about", "around", "approximately", "roughly"].contains(w) { return nil }
            default: return nil
            }
            let mod: String
            switch w {
            case "about", "around", "approximately", "roughly", "some": mod = "APPROX"
            case "more than", "just over", "well over": mod = "MORE_THAN"
            case "at least": mod = "EQUAL_OR_MORE"
            case "up to", "no more than": mod = "EQUAL_OR_LESS"
            default: mod = "LESS_THAN"
            }
            return Extension(range: start + m.range.lowerBound..<range.upperBound, mod: mod, isEdge: false)
        }
        return nil
    }

    private static func startsWithThe(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count > 4 else { return false }
        let b = range.lowerBound
        return bytes[b] | 0x20 == 0x74 && bytes[b + 1] | 0x20 == 0x68 && bytes[b + 2] | 0x20 == 0x65 && bytes[b + 3] == 0x20
    }

    private static func firstMatch(_ pattern: Pattern, _ slice: UnsafeBufferPointer<UInt8>) throws -> MatchResult? {
        var found: MatchResult?
        try pattern.forEachMatch(inUTF8: slice) { found = $0.result(); return false }
        return found
    }
}

/// Context clues read from the text before an expression.
enum Cues {
    /// Whether the same sentence, before `position`, points to the future ("will", "next", "until").
    static func pointsForward(before position: Int, in bytes: UnsafeBufferPointer<UInt8>, pattern: Pattern) throws -> Bool {
        let start = max(0, position - 50)
        guard start < position else { return false }
        var hit = false
        try pattern.forEachMatch(inUTF8: UnsafeBufferPointer(rebasing: bytes[start..<position])) { _ in hit = true; return false }
        return hit
    }

    /// Whether "quarter" occurs in the 1000 bytes before `position` (earnings-report context).
    static func mentionsQuarter(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Array("quarter".utf8)
        let start = max(0, position - 1000)
        var i = start
        while i + needle.count <= position {
            if bytes[i] | 0x20 == needle[0] {
                var j = 1
                while j < needle.count && bytes[i + j] | 0x20 == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
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
        var end = position
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, start > end - 20,
              ((bytes[start - 1] | 0x20) >= 0x61 && (bytes[start - 1] | 0x20) <= 0x7A) || (bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39)
              || bytes[start - 1] == 0x25 || bytes[start - 1] == 0x2E { start -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }
}

/// Ranges written as two expressions: "from 2001 to 2003", "between 7:40 am and 9:20 am".
enum Ranges {
    /// For each expression that is one end of a range, the indices of the range's begin and end.
    static func pairs(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Int: (begin: Int, end: Int)] {
        var out: [Int: (begin: Int, end: Int)] = [:]
        guard ranges.count > 1 else { return out }
        for i in 0..<(ranges.count - 1) {
            let a = ranges[i], b = ranges[i + 1]
            guard b.lowerBound > a.upperBound, b.lowerBound - a.upperBound <= 12 else { continue }
            let between = text(bytes, a.upperBound..<b.lowerBound).trimmingCharacters()
            let before = text(bytes, max(0, a.lowerBound - 9)..<a.lowerBound).lowercased()
            let joined = ["to", "and", "-", "–", "through", "until", "till"].contains(between)
            let opened = before.hasSuffix("from ") || before.hasSuffix("between ")
            if joined && (opened || between == "-" || between == "–" || between == "through") {
                out[i] = (i, i + 1)
                out[i + 1] = (i, i + 1)
            }
        }
        return out
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" { s.removeLast() }
        return String(s)
    }
}

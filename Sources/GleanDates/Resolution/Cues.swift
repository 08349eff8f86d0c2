import GleanPCRE

/// Context clues read from the text before an expression.
enum Cues {
    /// Participles that schedule rather than report ("scheduled Monday").
    static let forwardParticiples: Set<String> = ["scheduled", "expected", "planned", "slated", "postponed", "delayed", "moved", "set", "rescheduled", "adjourned", "extended"]
    /// Common irregular past-tense verbs.
    static let irregularPast: Set<String> = ["began", "said", "told", "met", "won", "lost", "took", "made", "held", "left", "came", "went",
        "saw", "gave", "rose", "fell", "sold", "bought", "paid", "became", "broke", "ran", "struck",
        "was", "were", "had", "did", "found", "got", "sent", "spent", "built", "brought", "wrote",
        "spoke", "fled", "led", "shot", "kept", "died", "quit", "hit"]

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
        previousWordAndStart(before: position, in: bytes).word
    }

    /// The word right before `position` (lowercased) and where it starts.
    static func previousWordAndStart(before position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (word: String, start: Int) {
        var end = position
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, start > end - 20,
              ((bytes[start - 1] | 0x20) >= 0x61 && (bytes[start - 1] | 0x20) <= 0x7A) || (bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39)
              || bytes[start - 1] == 0x25 || bytes[start - 1] == 0x2E { start -= 1 }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased(), start)
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
        var (word, start) = previousWordAndStart(before: position, in: bytes)
        if word == "on" || word == "late" || word == "early" { (word, start) = previousWordAndStart(before: start, in: bytes) }
        // "will be paid Dec. 14", "to be completed Nov. 1": a participle after "be" looks forward.
        let auxiliary = previousWordAndStart(before: start, in: bytes).word
        if ["be", "to", "will", "would", "shall", "being"].contains(auxiliary) { return false }
        return (word.count > 3 && word.hasSuffix("ed") && !forwardParticiples.contains(word)) || irregularPast.contains(word)
    }
}

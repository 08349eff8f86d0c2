/// Quoted stretches that are not speech: headlines, sub-headings, markup attributes, nicknames,
/// titles of works and scare quotes around a word or term.
enum NotAQuote {
    /// Reasons decided from the stretch and its surroundings alone, before attribution.
    static func isExcludedByPlace(_ stretch: QuotedStretch, in bytes: UnsafeBufferPointer<UInt8>, paragraphCount: Int) -> Bool {
        let paragraph = stretch.paragraphRange
        // Markup: author="…", <a href="…">.
        if let before = TextScan.scalar(before: stretch.open.lowerBound, in: bytes, floor: paragraph.lowerBound),
           before == "=" {
            return true
        }
        // A sub-heading: a short paragraph that is nothing but the quote and a few words.
        if stretch.family == .single, paragraph.count < 160, !endsWithSentencePunctuation(stretch, bytes) {
            return true
        }
        // Short lines like "READ MORE: …" or "WATCH: …" (links to other stories).
        if paragraph.count < 200, startsWithShouting(paragraph, bytes) { return true }
        // A nickname between a first name and a surname: Donald “The Donald” Trump.
        if isBetweenNames(stretch, bytes) { return true }
        return false
    }

    /// Whether an attributed (or unattributed) stretch is speech worth keeping: not "so-called",
    /// not a list of terms, not in the headline, not single marks in double-mark copy, not a title
    /// or a scare quote of a few words without a speaker of its own.
    static func isSpeech(_ stretch: QuotedStretch, attribution: Attribution?, in bytes: UnsafeBufferPointer<UInt8>,
                         paragraphCount: Int, isListed: Bool, usesDoubleMarks: Bool) -> Bool {
        let words = wordCount(stretch.content, in: bytes, cap: 8)
        let strong = attribution.map { $0.position <= .introducing } ?? false
        if isSoCalled(stretch, bytes) { return false }
        if isListed, attribution?.position != .after { return false }
        if attribution?.position != .after, isInHeadline(stretch, in: bytes, paragraphCount: paragraphCount) { return false }
        // Single marks carry speech only in copy that quotes in single marks (British style);
        // where speech is in double marks they are headlines, captions or terms.
        if stretch.family == .single, !strong || usesDoubleMarks { return false }
        if attribution == nil || attribution?.position == .inherited, isTitleCase(stretch.content, in: bytes), words <= 8 { return false }
        // A few words with no speaker, or one inherited from another paragraph: a term.
        if words <= 3, attribution.map({ $0.position == .inherited && $0.mention.lowerBound < stretch.paragraphRange.lowerBound }) ?? true {
            return false
        }
        return true
    }

    /// In the headline: a short first line above the article, without a sentence break.
    static func isInHeadline(_ stretch: QuotedStretch, in bytes: UnsafeBufferPointer<UInt8>, paragraphCount: Int) -> Bool {
        stretch.paragraph == 0 && stretch.isClosed && paragraphCount > 1 && stretch.paragraphRange.count < 220
            && !hasSentenceBreak(stretch.paragraphRange, bytes)
    }

    /// Indices of stretches that form a list of terms: three or more short quotes in a row joined
    /// only by commas, "and" or "or" ("wrap my head around," "grapple," "optics" and "eschew").
    /// (As flags, one per stretch; a run is consecutive indices.)
    static func listedTerms(_ stretches: [QuotedStretch], in bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
        var result = [Bool](repeating: false, count: stretches.count)
        // The run: indices runStart..<runEnd (empty when runStart == runEnd).
        var runStart = 0, runEnd = 0
        func flush() {
            if runEnd - runStart >= 3 { for k in runStart..<runEnd { result[k] = true } }
            runStart = runEnd
        }
        /// Whether stretch `i` and the next are joined as terms of a list.
        func joined(_ i: Int) -> Bool {
            guard i >= 0, i + 1 < stretches.count else { return false }
            let a = stretches[i], b = stretches[i + 1]
            return a.paragraph == b.paragraph && a.end <= b.open.lowerBound && isListSeparator(a.end..<b.open.lowerBound, bytes)
        }
        for (i, stretch) in stretches.enumerated() {
            // A stretch joined to neither neighbour is in no run, and cuts any (its words do not matter).
            let joinedBefore = joined(i - 1)
            guard joinedBefore || joined(i), wordCount(stretch.content, in: bytes, cap: 5) <= 5 else { flush(); continue }
            if runEnd > runStart, runEnd == i, joinedBefore {
                runEnd = i + 1
            } else {
                flush()
                runStart = i
                runEnd = i + 1
            }
        }
        flush()
        return result
    }

    /// Only spaces and commas, or "and" / "or" (any case) among them.
    private static func isListSeparator(_ gap: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard gap.count <= 8 else { return false }
        var word: UInt32 = 0, count = 0
        for i in gap where bytes[i] != 0x20 && bytes[i] != 0x2C {
            count += 1
            guard count <= 3 else { return false }
            word = word << 8 | UInt32(bytes[i] | 0x20)
        }
        return count == 0 || (count == 3 && word == 0x61_6E_64) || (count == 2 && word == 0x6F_72)
    }

    /// Count of words in the quoted content.
    /// `cap`: counting stops once the count passes it (callers only compare with smaller numbers).
    static func wordCount(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, cap: Int = .max) -> Int {
        var count = 0, inWord = false
        for i in range {
            let space = bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0xA0
            if space {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > cap { return count }
            }
        }
        return count
    }

    /// A title of a work or a proper name: every word of four or more letters capitalized.
    static func isTitleCase(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = range.lowerBound
        var words = 0
        while i < range.upperBound {
            while i < range.upperBound, !TextScan.isWordByte(bytes[i]) { i += 1 }
            guard i < range.upperBound else { break }
            let start = i
            while i < range.upperBound, TextScan.isWordByte(bytes[i]) || bytes[i] == 0x27 { i += 1 }
            words += 1
            let first = bytes[start]
            let isLower = first >= 0x61 && first <= 0x7A
            if isLower, i - start >= 4 { return false }
            if words == 1, isLower { return false }
        }
        return words > 0 && words <= 10
    }

    /// The content ends with . ! ? (before the closing mark), as speech usually does.
    static func endsWithSentencePunctuation(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let content = stretch.content
        guard let last = TextScan.scalar(before: content.upperBound, in: bytes, floor: content.lowerBound) else { return false }
        return last == "." || last == "!" || last == "?" || last == "," || last == "…"
    }

    /// "so-called" right before the opening mark.
    static func isSoCalled(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker = soCalled
        let start = stretch.open.lowerBound - marker.count
        guard start >= stretch.paragraphRange.lowerBound else { return false }
        for (k, b) in marker.enumerated() where bytes[start + k] | 0x20 != b | 0x20 { return false }
        return true
    }

    private static let soCalled = Array("so-called ".utf8)

    private static func hasSentenceBreak(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = paragraph.lowerBound
        while i + 2 < paragraph.upperBound {
            if bytes[i] == 0x2E || bytes[i] == 0x3F || bytes[i] == 0x21,
               bytes[i + 1] == 0x20, bytes[i + 2] >= 0x41, bytes[i + 2] <= 0x5A,
               !TextScan.isAbbreviation(endingAt: i, in: bytes, floor: paragraph.lowerBound) {
                return true
            }
            i += 1
        }
        return false
    }

    private static func startsWithShouting(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = paragraph.lowerBound
        var capitals = 0
        while i < paragraph.upperBound, (bytes[i] >= 0x41 && bytes[i] <= 0x5A) || bytes[i] == 0x20 {
            if bytes[i] != 0x20 { capitals += 1 }
            i += 1
        }
        return capitals >= 4 && i < paragraph.upperBound && bytes[i] == 0x3A && i - paragraph.lowerBound < 20
            && i + 2 < paragraph.upperBound && bytes[i + 2] != 0x22
    }

    private static func isBetweenNames(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let close = stretch.close else { return false }
        let paragraph = stretch.paragraphRange
        let open = stretch.open.lowerBound
        guard open >= paragraph.lowerBound + 2, bytes[open - 1] == 0x20, close.upperBound + 1 < paragraph.upperBound,
              bytes[close.upperBound] == 0x20 else { return false }
        let next = bytes[close.upperBound + 1]
        guard next >= 0x41, next <= 0x5A else { return false }
        // The word before must be capitalized too.
        var s = open - 1
        while s > paragraph.lowerBound, TextScan.isWordByte(bytes[s - 1]) { s -= 1 }
        guard s < open - 1, bytes[s] >= 0x41, bytes[s] <= 0x5A else { return false }
        return wordCount(stretch.content, in: bytes, cap: 3) <= 3
    }
}

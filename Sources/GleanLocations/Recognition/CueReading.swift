import GleanCore

/// Reading the words around a name: what is before and after it, sentence starts, headlines.
extension LocationExtractor {
    /// Whether `start` comes right after `end` across a comma ("Kazan, Tatarstan").
    static func follows(_ end: Int, _ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end >= 0, start > end, start - end <= 3, text[end] == 0x2C else { return false }
        for i in (end + 1)..<start where text[i] != 0x20 { return false }
        return true
    }

    /// Whether only spaces (one or two) separate two byte offsets.
    static func spaceBetween(_ end: Int, _ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > end, start - end <= 2 else { return false }
        for i in end..<start where text[i] != 0x20 { return false }
        return true
    }

    /// Whether the line around `range` is a headline: short, with most words capitalized.
    static func isHeadline(around range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, text[start - 1] != 0x0A, range.lowerBound - start < 160 { start -= 1 }
        while end < text.count, text[end] != 0x0A, end - range.upperBound < 160 { end += 1 }
        return isHeadline(start, end, in: text)
    }

    /// Whether the line read as `start..<end` is a headline.
    static func isHeadline(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start < 150 else { return false }
        var words = 0, capitalized = 0, atWordStart = true
        for i in start..<end {
            let b = text[i]
            if isLetter(b) {
                if atWordStart { words += 1; if b <= 0x5A { capitalized += 1 } }
                atWordStart = false
            } else if b == 0x20 {
                atWordStart = true
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    /// Token flags of `covered`: bit 1, in a name that is surely a place; bit 2, one that is
    /// surely a region (not a city).
    /// The last line read by ``isHeadline(around:in:cache:)``: a stretch without line breaks and
    /// whether it is a headline.
    struct HeadlineCache {
        var start = 0, end = -1
        var headline = false
    }

    /// ``isHeadline(around:in:)``, from the cache when `range` lies in the stretch read last time:
    /// the answer depends only on the line (a line of 150 bytes or more is no headline, however
    /// far the reading goes).
    static func isHeadline(around range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, cache: inout HeadlineCache) -> Bool {
        if range.lowerBound >= cache.start && range.upperBound <= cache.end { return cache.headline }
        // The line's start and end within 160 bytes each way, as the byte loops of
        // ``isHeadline(around:in:)`` find them, eight bytes at a time; but a line of 150 bytes or
        // more is no headline, so neither loop goes further than makes the line that long (most
        // lines of news are paragraphs, and long). The stretch cached then has no line feed and
        // is 150 bytes or more: every range in it is on a line as long.
        let room = 150 - range.count
        guard room > 0 else { return false }
        let start = lineStart(before: range.lowerBound, limit: min(160, room), in: text)
        let end = lineEnd(from: range.upperBound, limit: min(160, 150 - (range.upperBound - start)), in: text)
        let headline = isHeadline(start, end, in: text)
        cache = HeadlineCache(start: start, end: end, headline: headline)
        return headline
    }

    /// The exact mask (high bit per byte) of the bytes of `w` that are line feeds.
    @inline(__always) static func lineFeeds(_ w: UInt64) -> UInt64 {
        let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
        let y = (x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(y | x | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// Where the line holding `index` starts, looking back at most `limit` bytes: one past the
    /// last line feed in `text[(index - limit)..<index]`, else `max(index - limit, 0)`.
    @inline(__always) static func lineStart(before index: Int, limit: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        let floor = max(index - limit, 0)
        var i = index
        while i - 8 >= floor {
            let feeds = lineFeeds(Swar.load(text, i - 8))
            if feeds != 0 { return i - 8 + (63 - feeds.leadingZeroBitCount) / 8 + 1 }
            i -= 8
        }
        while i > floor, text[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// Where the line holding `index` ends, looking on at most `limit` bytes: the first line feed
    /// in `text[index..<(index + limit)]`, else `min(index + limit, text.count)`.
    @inline(__always) static func lineEnd(from index: Int, limit: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        let ceiling = min(index + limit, text.count)
        var i = index
        while i + 8 <= ceiling {
            let feeds = lineFeeds(Swar.load(text, i))
            if feeds != 0 { return i + feeds.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < ceiling, text[i] != 0x0A { i += 1 }
        return i
    }

    func cues(_ match: NameMatch, tokens: UnsafeBufferPointer<Token>, covered: UnsafeBufferPointer<UInt8>,
              in text: UnsafeBufferPointer<UInt8>, headlines: inout HeadlineCache, table: borrowing CueTable) -> ContextCues {
        var cues = ContextCues()
        var speechBefore = false
        // Before: skip spaces and opening quotes, then read a word or see a sentence end.
        var i = match.range.lowerBound - 1
        while i >= 0, text[i] == 0x20 || text[i] == 0x22 || text[i] == 0x28 || text[i] == 0x27 { i -= 1 }
        if i >= 2, text[i - 2] == 0xE2, text[i - 1] == 0x80, text[i] == 0x9C || text[i] == 0x98 { i -= 3 }
        while i >= 0, text[i] == 0x20 { i -= 1 }
        var sentenceEnd = i < 0
        if !sentenceEnd {
            switch text[i] {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x0A, 0x3B: sentenceEnd = true
            default: sentenceEnd = i >= 2 && text[i - 2] == 0xE2 && text[i - 1] == 0x80 && text[i] == 0x94
            }
        }
        if sentenceEnd {
            cues.sentenceInitial = true
            // "Mr. Jackson" is not a sentence start.
            if i >= 0, text[i] == 0x2E, match.tokens.lowerBound > 0 {
                let previous = tokens[match.tokens.lowerBound - 1]
                if previous.rangeWithPeriod?.upperBound == i + 1, previous.range.count <= 4 { cues.sentenceInitial = false }
            }
        }
        // The last word looked up and its lists: the words around a name are often looked up twice
        // (the word before as the token before, the token after as the word after).
        var memoRange = 0..<0, memoLists: CueTable.Lists = []
        if !cues.sentenceInitial, i >= 0 {
            var start = i
            while start > 0, Self.isLetter(text[start - 1]) { start -= 1 }
            if Self.isLetter(text[i]) {
                let lists = table.lookup(text, start..<(i + 1))
                memoRange = start..<(i + 1)
                memoLists = lists
                if lists.contains(.locative) { cues.locativeBefore = true }
                if lists.contains(.strictLocative) { cues.strictLocativeBefore = true }
                if lists.contains(.weak) { cues.weakBefore = true }
                if lists.contains(.personTitle) { cues.speechNearby = true }
                // "said Smith." is a person, "said Litchfield Fire Chief Jim Koser" names a town.
                if lists.contains(.speech) { speechBefore = true }
                // "in the Gulf", "across the Atlantic": the preposition before the article, for the
                // names of seas and regions (not "at the University", "in the North").
                if i + 1 - start == 3, text[start] == 0x74, text[start + 1] == 0x68, text[start + 2] == 0x65,
                   namesWaterOrRegion(match.entry) {
                    var j = start - 1
                    while j >= 0, text[j] == 0x20 { j -= 1 }
                    if j >= 0, Self.isLetter(text[j]) {
                        var wordStart = j
                        while wordStart > 0, Self.isLetter(text[wordStart - 1]) { wordStart -= 1 }
                        let before = table.lookup(text, wordStart..<(j + 1))
                        if before.contains(.locative) { cues.locativeBeforeArticle = true }
                        if before.contains(.weak) { cues.weakBefore = true }
                    }
                }
            }
        }
        // A capitalized word right before or after it (not another place, not in a headline).
        let first = match.tokens.lowerBound
        var headlineKnown = false, headline = false
        if first > 0, covered[first - 1] & 1 == 0, !tokens[first - 1].possessive,
           tokens[first - 1].rangeWithPeriod == nil || tokens[first - 1].range.count <= 4,  // not "Glastonbury. Torrington"
           Self.spaceBetween(tokens[first - 1].upperEnd, tokens[first].range.lowerBound, in: text) {
            headline = Self.isHeadline(around: match.range, in: text, cache: &headlines)
            headlineKnown = true
            if !headline {
                let lists = tokens[first - 1].range == memoRange ? memoLists : table.lookup(text, tokens[first - 1].range)
                let initial = tokens[first - 1].range.count == 1 && tokens[first - 1].rangeWithPeriod != nil  // "Terry A. Corbin"
                if initial || !lists.contains(.harmlessCapitalized) { cues.capitalizedBefore = true }
                if lists.contains(.locative) { cues.locativeBefore = true }
            }
        }
        let last = match.tokens.upperBound - 1
        if last + 1 < tokens.count, !tokens[last].possessive,
           Self.spaceBetween(tokens[last].upperEnd, tokens[last + 1].range.lowerBound, in: text) {
            cues.capitalizedAfter = true
            let next = table.lookup(text, tokens[last + 1].range)
            memoRange = tokens[last + 1].range
            memoLists = next
            if next.contains(.capitalizedRegion) { cues.regionWordAfter = true }  // not "Vienna State Opera"
            // (Not across a sentence end: "in Norfolk. Records show".)
            if next.contains(.organisation), tokens[last].rangeWithPeriod == nil || match.entry.flags.contains(.abbreviation) {
                cues.organisationAfter = true
            }
            // "Penobscot Shoe Co", "Houston Natural Gas Corp": a firm's legal form two or three words on.
            if !cues.organisationAfter, tokens[last].rangeWithPeriod == nil {
                var k = last + 1
                while k + 1 < tokens.count, k + 1 <= last + 3, tokens[k].rangeWithPeriod == nil, !tokens[k].possessive,
                      Self.spaceBetween(tokens[k].upperEnd, tokens[k + 1].range.lowerBound, in: text) {
                    k += 1
                    if table.lookup(text, tokens[k].range).contains(.legalSuffix) { cues.firmAfter = true; break }
                }
            }
            // "Texas Southern University", "Georgia Southern College": an institution of the place.
            if cues.organisationAfter, last + 2 < tokens.count, Self.isDirection(text, tokens[last + 1].range),
               Self.spaceBetween(tokens[last + 1].upperEnd, tokens[last + 2].range.lowerBound, in: text),
               table.lookup(text, tokens[last + 2].range).contains(.institution) {
                cues.organisationAfter = false
            }
            if covered[last + 1] & 2 == 0, !next.contains(.institution), tokens[last].rangeWithPeriod == nil {
                if !headlineKnown { headline = Self.isHeadline(around: match.range, in: text, cache: &headlines) }
                if !headline { cues.nameAfter = true }
            }
        }
        if speechBefore && !cues.capitalizedAfter { cues.speechNearby = true }
        // "Scott said", "said Scott."
        var k = match.range.upperBound
        if k < text.count, text[k] == 0x2C { k += 1 }
        while k < text.count, text[k] == 0x20 { k += 1 }
        let wordEnd = Swar.letterRunEnd(text, from: k)
        if wordEnd > k, wordEnd - k <= 12 {
            if k..<wordEnd != memoRange {
                memoLists = table.lookup(text, k..<wordEnd)
                memoRange = k..<wordEnd
            }
            if memoLists.contains(.speech) { cues.speechNearby = true }
        }
        // "Stevens & Wilkinson": a firm.
        if match.range.upperBound + 3 <= text.count, text[match.range.upperBound] == 0x20, text[match.range.upperBound + 1] == 0x26 {
            cues.speechNearby = true
        }
        // A dateline: the first name of the text, in capitals, within its first words.
        if match.allCaps && match.range.lowerBound < 40 && match.range.count > 3 && match.tokens.lowerBound == 0 {
            cues.dateline = true
        }
        // "Bank of England", "Union Bank of Switzerland": a bank's name.
        let b = match.range.lowerBound
        if b >= 8, text[b - 8] == 0x42, text[b - 7] == 0x61, text[b - 6] == 0x6E, text[b - 5] == 0x6B,
           text[b - 4] == 0x20, text[b - 3] == 0x6F, text[b - 2] == 0x66, text[b - 1] == 0x20 {
            cues.organisationAfter = true
        }
        // After: "region", "oblast" (lower case), "-based".
        var j = match.range.upperBound
        if j + 6 <= text.count, text[j] == 0x2D, Self.isBased(text, j + 1) { cues.basedAfter = true }
        while j < text.count, text[j] == 0x20 { j += 1 }
        let end = Swar.letterRunEnd(text, from: j)
        if end > j, end - j <= 12, (j..<end == memoRange ? memoLists : table.lookup(text, j..<end)).contains(.region) { cues.regionWordAfter = true }
        return cues
    }

    /// Whether one of a name's first candidates is a sea, a river or a region of the hand-written table.
    func namesWaterOrRegion(_ entry: EntryRef) -> Bool {
        for k in 0..<min(Int(entry.count), 4) {
            let feature = gazetteer.feature(gazetteer.posting(entry, k))
            if feature == .water || feature == .region { return true }
        }
        return false
    }

    /// Whether the five bytes at `i` are "based" in any case.
    @inline(__always) static func isBased(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        text[i] | 0x20 == 0x62 && text[i + 1] | 0x20 == 0x61 && text[i + 2] | 0x20 == 0x73
            && text[i + 3] | 0x20 == 0x65 && text[i + 4] | 0x20 == 0x64
    }

    /// Whether the word at `range` is "Eastern", "Western", "Southern" or "Northern" (any case).
    static func isDirection(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count == 7 || range.count == 8 else { return false }
        let word = lowercased(text, range)
        return word == "eastern" || word == "western" || word == "southern" || word == "northern"
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    static func lowercased(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self).lowercased()
    }
}

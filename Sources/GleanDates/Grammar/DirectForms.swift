/// The commonest date forms read straight from the bytes at an anchor ("March 2", "Feb 26",
/// a bare "1986", "now", "last year", "in March", "Monday"): when the text around the anchor
/// leaves the pattern only one possible match, the scan records it (a ``AnchorScan/Fast``
/// decision with the match's bounds) and PCRE2 is not run for that window. Each reader states
/// the pattern alternative it stands for; `AnchorScanTests` checks them against the patterns.
extension AnchorScan {
    /// PCRE2's `\w` in ASCII: what `\b` looks at (non-ASCII bytes count as word bytes here, so
    /// that a decision is never taken next to them).
    @inline(__always)
    static func isWordOrNonASCII(_ byte: UInt8) -> Bool { byte >= 0x80 || LeadChain.isWordByte(byte) }

    static let monthNames: [StaticString] = ["January", "February", "March", "April", "May", "June", "July", "August",
                                              "September", "October", "November", "December"]
    static let monthNamesKeys = KeySet(keys(monthNames))
    static let monthAbbreviationsKeys = KeySet(keys(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]))

    /// Whether `start ..< end` is a month abbreviation as the grammar writes it ("Feb", "Sept").
    @inline(__always)
    static func isMonthAbbreviation(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start >= 3, bytes[start] >= 0x41 && bytes[start] <= 0x5A else { return false }
        for k in (start + 1)..<end where bytes[k] < 0x61 { return false }
        return WordKey.of(bytes, start..<end).isIn(monthAbbreviationsKeys)
    }

    /// Whether `start ..< end` is a full month name as the grammar writes it ("March": a capital,
    /// then lowercase letters).
    @inline(__always)
    static func isMonthName(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start >= 3, bytes[start] >= 0x41 && bytes[start] <= 0x5A else { return false }
        for k in (start + 1)..<end where bytes[k] < 0x61 { return false }
        return WordKey.of(bytes, start..<end).isIn(monthNamesKeys)
    }

    static func keys(_ words: [StaticString]) -> [UInt64] {
        words.map { word in
            let key = WordKey.of(word)
            precondition(key != 0, "'\(word)' must be 1-12 ASCII letters")
            return key
        }
    }

    /// The period rule at a four-digit number at `position` (the window's anchor, only joiners
    /// before it) when it is a bare year "1986": 1600-2099, and none of the forms the pattern
    /// tries before the bare year can match ("1990s", "1987's", "1987 first quarter"), and the
    /// bare year's lookbehinds and lookaheads hold for certain (otherwise: undecided).
    static func bareYear(_ position: Int, _ runEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let count = bytes.count
        guard runEnd - position == 4 else { return .none }
        let d0 = bytes[position], d1 = bytes[position + 1]
        guard d0 == 0x31 && d1 >= 0x36 || d0 == 0x32 && d1 == 0x30 else { return .none }
        // (?<![\d$£€.,:/#-]|No\.\s|\d\s|Box\s|Room\s|Route\s|Flight\s|Suite\s|Apt\.\s)
        if position > 0 {
            let previous = bytes[position - 1]
            if isSpace(previous) {
                if position >= 2 {
                    if isDigit(bytes[position - 2]) { return .none }
                    let word = position - 1
                    // (Every stop word ends with ".", "x", "m", "e" or "t": other bytes spare the loop.)
                    let last = bytes[word - 1] | 0x20
                    if last == 0x2E || last == 0x78 || last == 0x6D || last == 0x65 || last == 0x74 {
                        for stop in yearStopWords where endsWithCaseless(bytes, word, stop) { return .none }
                    }
                }
            } else if previous != 0x28 && previous != 0x22 && previous != 0x27 {
                return .none
            }
        }
        // (?![\d%]|,\d|\.\d|-[a-z]|\s*(?:percent|per\s+cent|-\d|\s*(?:feet|...)\b)), and
        // not "s", "'s" (decades, possessives) nor a quarter phrase after the year.
        if runEnd < count {
            let next = bytes[runEnd]
            if isWordOrNonASCII(next) || next == 0x25 || next == 0x2D || next == 0x27 { return .none }
            if next == 0x2C || next == 0x2E, runEnd + 1 < count, isDigit(bytes[runEnd + 1]) { return .none }
            var k = runEnd
            while k < count, isSpace(bytes[k]) { k += 1 }
            if k < count {
                let c = bytes[k]
                if c == 0x2D || isDigit(c) || c >= 0x80 { return .none }
                if isLetter(c) {
                    var e = k
                    while e < count, isLetter(bytes[e]) { e += 1 }
                    let word = k..<e
                    if e - k >= 7, Cues.lowercaseEquals(bytes, k..<(k + 7), "percent") { return .none }
                    if WordKey.of(bytes, word).isIn(yearUnitWordsKeys) { return .none }
                    if k > runEnd, WordKey.of(bytes, word).isIn(yearQuarterWordsKeys) || Cues.lowercaseEquals(bytes, word, "corresponding") {
                        return .none
                    }
                }
            }
        }
        return Fast(kind: Fast.year, start: position, end: runEnd, a: 0, b: 0)
    }

    /// Whether `byte` is no word byte and ASCII (so that `\b` next to it depends on the other side only).
    @inline(__always)
    static func isPlainBoundary(_ byte: UInt8) -> Bool { !isWordOrNonASCII(byte) }

    /// `\b` at `position` followed by the word bytes there: the byte before (if any) is no word byte.
    @inline(__always)
    static func boundaryBefore(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        position == 0 || isPlainBoundary(bytes[position - 1])
    }

    /// `\b(?!-)` at the end of a word ending at `end`: the end of the text or an ASCII byte that is
    /// neither a word byte nor a hyphen.
    @inline(__always)
    static func boundaryAfter(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        end == bytes.count || isPlainBoundary(bytes[end]) && bytes[end] != 0x2D
    }

    static let presentKey = WordKey.of("present"), todayKey = WordKey.of("today")
    static let deicticDays: [StaticString] = ["today", "yesterday", "tomorrow"]
    static let deicticDaysKeys = keys(deicticDays)
    static let deicticNights: [StaticString] = ["tonight", "overnight"]
    static let deicticNightsKeys = keys(deicticNights)
    static let deicticReferences: [StaticString] = ["now", "currently", "presently", "recently", "lately", "nowadays", "current"]
    static let deicticReferencesKeys = KeySet(keys(deicticReferences))

    /// The deictic rule at a word standing at `position` (only joiners before it in the window):
    /// "today", "yesterday", "tomorrow" (no part of day after them, no 's), "tonight",
    /// "overnight", "now", "currently", "presently", "recently", "lately", "nowadays", "current",
    /// each the whole word and then `\b(?!-)`: the pattern's first alternative that can match
    /// there matches exactly the word.
    static func deicticWord(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let word = position..<wordEnd
        let key = WordKey.of(bytes, word)
        // "present" only in "at present" (no "at" before here); "today's" (`today(?!'s|’s)`):
        // no match in the window.
        if key == presentKey && boundaryBefore(position, bytes) { return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0) }
        if key == todayKey && boundaryBefore(position, bytes), wordEnd + 1 < bytes.count, bytes[wordEnd] == 0x27,
           bytes[wordEnd + 1] | 0x20 == 0x73 {
            return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
        }
        guard boundaryBefore(position, bytes), boundaryAfter(wordEnd, bytes) else { return .none }
        if WordKey.of(bytes, word).isIn(deicticDaysKeys) {
            if wordEnd < bytes.count {
                let next = bytes[wordEnd]
                if next == 0x27 { return .none }
                if isSpace(next) {
                    // "today morning": the part of day would join (any word that starts like one: undecided).
                    var k = wordEnd
                    while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                    if k < bytes.count {
                        let lower = bytes[k] | 0x20
                        if lower == 0x6D || lower == 0x61 || lower == 0x65 || lower == 0x6E || bytes[k] >= 0x80 { return .none }
                    }
                }
            }
            return Fast(kind: Fast.deictic, start: position, end: wordEnd, a: 0, b: 0)
        }
        if WordKey.of(bytes, word).isIn(deicticNightsKeys) { return Fast(kind: Fast.deictic, start: position, end: wordEnd, a: 1, b: 0) }
        if WordKey.of(bytes, word).isIn(deicticReferencesKeys) { return Fast(kind: Fast.deictic, start: position, end: wordEnd, a: 2, b: 0) }
        return .none
    }

    static let relativeUnits: [StaticString] = ["week", "month", "year", "quarter", "weekend", "decade", "century", "spring",
                                                "summer", "fall", "autumn", "winter", "period"]
    static let relativeUnitsKeys = KeySet(keys(relativeUnits))
    static let relativeWords: [StaticString] = ["this", "last", "next", "the", "past", "coming", "previous", "current", "latest"]
    static let relativeWordsKeys = KeySet(keys(relativeWords))

    /// The relative rule at a unit at `position` whose window starts at `low`: one word of
    /// ``relativeWords`` before it, whitespace between, only joiners between `low` and that word
    /// ("said last year": the window holds "last year" and the joiners before it), the unit
    /// the whole word and then `\b(?!-)`. The pattern's first alternative then matches the two
    /// words (`rel` is the first alternative that is the word: none of the longer ones can
    /// continue with a unit word).
    static func relativeUnit(_ position: Int, _ wordEnd: Int, _ low: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        // A hyphen right after the unit ("the year-ago period"): every form ends at its unit with
        // `\b(?!-)`, so no match relies on this one.
        if wordEnd < bytes.count, bytes[wordEnd] == 0x2D { return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0) }
        guard boundaryAfter(wordEnd, bytes), WordKey.of(bytes, position..<wordEnd).isIn(relativeUnitsKeys) else { return .none }
        var end = position
        while end > low, isSpace(bytes[end - 1]) { end -= 1 }
        guard end < position else { return .none }
        var start = end
        while start > low, isLetter(bytes[start - 1]) { start -= 1 }
        guard start < end, boundaryBefore(start, bytes) else { return .none }
        let word = WordKey.of(bytes, start..<end)
        // "the first quarter": "the", whitespace and a word that makes a `rel` alternative with it
        // (`the\s+first`), only joiners before "the": that alternative matches from "the".
        if word.isIn(relativeTheWordsKeys), start > low, isSpace(bytes[start - 1]) {
            var theEnd = start
            while theEnd > low, isSpace(bytes[theEnd - 1]) { theEnd -= 1 }
            var theStart = theEnd
            while theStart > low, isLetter(bytes[theStart - 1]) { theStart -= 1 }
            if theEnd - theStart == 3, WordKey.of(bytes, theStart..<theEnd) == theKey, boundaryBefore(theStart, bytes) {
                for k in low..<theStart where isWordOrNonASCII(bytes[k]) { return .none }
                return Fast(kind: Fast.relative, start: theStart, end: wordEnd, a: end, b: position)
            }
        }
        guard word.isIn(relativeWordsKeys) else {
            // One word alone before the unit (joiners before it) that is no one-word `rel` (and
            // not "the" + such a word, above): every form needs such a word or more words.
            for k in low..<start where !LeadChain.isJoiner(bytes[k]) { return .none }
            return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
        }
        for k in low..<start where isWordOrNonASCII(bytes[k]) { return .none }
        return Fast(kind: Fast.relative, start: start, end: wordEnd, a: end, b: position)
    }

    /// The words after "the" in the relative rule's `rel` alternatives ("the past", "the first", "the fiscal").
    static let relativeTheWordsKeys = KeySet(keys(["past", "coming", "previous", "current", "latest", "following", "same", "full", "whole",
                                            "entire", "first", "last", "next", "fiscal"]))

    /// The named rule at a full month name at `position` (only joiners before it in the window)
    /// after a month preposition ("in March"): `bm`, when its lookbehind holds exactly (`\b`, the
    /// word, one whitespace byte) and its lookaheads hold; the name the whole word.
    static func monthAlone(_ position: Int, _ wordEnd: Int, _ wordLength: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        guard wordEnd - position == wordLength, position >= 2, isSpace(bytes[position - 1]) else { return .none }
        let isName = isMonthName(position, wordEnd, bytes)
        guard isName, wordEnd == bytes.count || isPlainBoundary(bytes[wordEnd]) else { return .none }
        let end = position - 1
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        guard start < end, boundaryBefore(start, bytes), WordKey.of(bytes, start..<end).isIn(monthPrepositionsKeys),
              bmLookaheadsHold(wordEnd, bytes) else { return .none }
        // (?!\s+\d)(?!\s+[A-Z][a-z]) read on ASCII: undecided before non-ASCII.
        var k = wordEnd
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        if k < bytes.count, k > wordEnd, bytes[k] >= 0x80 { return .none }
        return Fast(kind: Fast.month, start: position, end: wordEnd, a: 0, b: 0)
    }

    /// After whitespace at `k`: a word that may be a part of day (its first letter m, a, e or n
    /// in any case, or non-ASCII).
    static func partOfDayMayFollow(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k < bytes.count, isSpace(bytes[k]) else { return false }
        var k = k
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return false }
        let lower = bytes[k] | 0x20
        return bytes[k] >= 0x80 || lower == 0x6D || lower == 0x61 || lower == 0x65 || lower == 0x6E
    }

    static let weekdayNamesKeys = KeySet(keys(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))

    /// The named rule at a weekday name standing at `position` (only joiners before it in the
    /// window): the name as the grammar writes it ("Monday"), the whole word, and after it no
    /// part of day, no capitalized word (a newspaper's name: "Sunday Times"), no hyphen. The
    /// weekday alternative then matches exactly the name (no `nrel`: its words are chain words).
    static func weekdayAlone(_ position: Int, _ wordEnd: Int, _ wordLength: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        guard wordEnd - position == wordLength, boundaryBefore(position, bytes) else { return .none }
        guard bytes[position] >= 0x41 && bytes[position] <= 0x5A else { return .none }
        for k in (position + 1)..<wordEnd where bytes[k] < 0x61 { return .none }
        guard WordKey.of(bytes, position..<wordEnd).isIn(weekdayNamesKeys) else { return .none }
        if wordEnd < bytes.count {
            let next = bytes[wordEnd]
            if isWordOrNonASCII(next) || next == 0x2D { return .none }
            if isSpace(next) {
                if partOfDayMayFollow(wordEnd, bytes) { return .none }
                var k = wordEnd
                while k < bytes.count, isSpace(bytes[k]) { k += 1 }
                if k < bytes.count, bytes[k] >= 0x41 && bytes[k] <= 0x5A { return .none }
            }
        }
        return Fast(kind: Fast.weekday, start: position, end: wordEnd, a: 0, b: 0)
    }
}

/// The calendar rule at a month word and at a number before a slash, read on the bytes.
extension AnchorScan {
    static let theKey = WordKey.of("the"), ofKey = WordKey.of("of")

    /// Whether `start ..< end` is a full month name in capitals ("MARCH", which the grammar also writes).
    @inline(__always)
    static func isCapitalsMonthName(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start >= 3 else { return false }
        for k in start..<end where bytes[k] >= 0x61 { return false }
        return WordKey.of(bytes, start..<end).isIn(monthNamesKeys)
    }

    /// `(?:1\d\d\d|20\d\d)(?![\d%]|,\d|\.\d)` (the grammar's `year`) at `k`: where it ends, or nil.
    @inline(__always)
    static func yearEnd(at k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard k + 4 <= count, isDigit(bytes[k + 2]), isDigit(bytes[k + 3]) else { return nil }
        let d0 = bytes[k], d1 = bytes[k + 1]
        guard d0 == 0x31 && isDigit(d1) || d0 == 0x32 && d1 == 0x30 else { return nil }
        let end = k + 4
        if end < count {
            let next = bytes[end]
            if isDigit(next) || next == 0x25 { return nil }
            if next == 0x2C || next == 0x2E, end + 1 < count, isDigit(bytes[end + 1]) { return nil }
        }
        return end
    }

    /// `(?:this|last|next)\s+year` in any case at `k`: where it ends, nil when it does not match,
    /// `Int.min` when a word there has non-ASCII bytes (caseless matching folds some onto ASCII letters).
    @inline(__always)
    static func relativeYearEnd(at k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        for j in k..<min(count, k + 4) where bytes[j] >= 0x80 { return Int.min }
        guard k + 4 <= count else { return nil }
        let word = (UInt32(bytes[k] | 0x20) << 24) | (UInt32(bytes[k + 1] | 0x20) << 16)
            | (UInt32(bytes[k + 2] | 0x20) << 8) | UInt32(bytes[k + 3] | 0x20)
        guard word == 0x7468_6973 || word == 0x6C61_7374 || word == 0x6E65_7874 else { return nil }  // this, last, next
        var j = k + 4
        guard j < count, isSpace(bytes[j]) else { return nil }
        while j < count, isSpace(bytes[j]) { j += 1 }
        for i in j..<min(count, j + 4) where bytes[i] >= 0x80 { return Int.min }
        guard j + 4 <= count, bytes[j] | 0x20 == 0x79, bytes[j + 1] | 0x20 == 0x65, bytes[j + 2] | 0x20 == 0x61,
              bytes[j + 3] | 0x20 == 0x72 else { return nil }  // year
        return j + 4
    }

    /// The calendar rule in the window `low ... position` of a month word at `position` (the
    /// letters up to `wordEnd`), when only "the", "of" and joiners come before it in the window
    /// (no match can start there: the rule's forms start with a weekday, a month, a digit or
    /// "the" before a digit). The pattern's alternatives that can match at a month are tried in
    /// its order: `m1` `d1` with an optional `y1` or `ry1`, then `m3` with `y3` or `ry3`; when
    /// none matches (or the word is not a month as the grammar writes it) the window holds no
    /// match (``Fast/nothing``). Undecided near non-ASCII bytes, before an ordinal suffix, and
    /// after a word that is not a joiner, "the" or "of".
    static func calendarMonth(_ position: Int, _ wordEnd: Int, _ low: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let count = bytes.count
        guard wordEnd < count, boundaryBefore(position, bytes) else { return .none }
        guard calendarLeadHoldsNoStart(low, position, bytes) else { return .none }
        // The month as the grammar writes it: a full name (capitalized or in capitals, the whole
        // word), or an abbreviation with a dot or before whitespace and a digit.
        var nameEnd = wordEnd
        if isMonthName(position, wordEnd, bytes) || isCapitalsMonthName(position, wordEnd, bytes) {
        } else if isMonthAbbreviation(position, wordEnd, bytes) {
            if bytes[wordEnd] == 0x2E {
                nameEnd += 1
            } else {
                var j = wordEnd
                while j < count, isSpace(bytes[j]) { j += 1 }
                guard j > wordEnd, j < count, isDigit(bytes[j]) else { return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0) }
            }
        } else {
            return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
        }
        // m1 \s+ d1: one or two digits, a day of the month, and not before [:,.] and a digit.
        if nameEnd < count, isSpace(bytes[nameEnd]) {
            var j = nameEnd
            while j < count, isSpace(bytes[j]) { j += 1 }
            let dayStart = j
            while j < count, isDigit(bytes[j]) { j += 1 }
            let dayEnd = j
            var dayHolds = false
            switch dayEnd - dayStart {
            case 1: dayHolds = bytes[dayStart] != 0x30
            case 2:
                let first = bytes[dayStart], second = bytes[dayStart + 1]
                dayHolds = first == 0x30 ? second != 0x30 : first == 0x33 ? second == 0x30 || second == 0x31 : first == 0x31 || first == 0x32
            default: break
            }
            if dayEnd - dayStart == 1 || dayEnd - dayStart == 2, dayEnd < count {
                let next = bytes[dayEnd]
                // An ordinal suffix may follow (undecided); before [:,.] and a digit no day matches.
                if isWordOrNonASCII(next) { return .none }
                if next == 0x3A || next == 0x2C || next == 0x2E, dayEnd + 1 < count, isDigit(bytes[dayEnd + 1]) { dayHolds = false }
            }
            if dayHolds {
                // (?:,?\s+(?<y1>year)|(?<ry1>\s+(?:this|last|next)\s+year))?
                var y = dayEnd
                if y < count, bytes[y] == 0x2C { y += 1 }
                if y < count, isSpace(bytes[y]) {
                    while y < count, isSpace(bytes[y]) { y += 1 }
                    if let end = yearEnd(at: y, bytes) {
                        return Fast(kind: Fast.monthDayYear, start: position, end: end, a: nameEnd, b: dayStart, c: dayEnd, d: y)
                    }
                }
                if dayEnd < count, isSpace(bytes[dayEnd]) {
                    var w = dayEnd
                    while w < count, isSpace(bytes[w]) { w += 1 }
                    if let end = relativeYearEnd(at: w, bytes) {
                        guard end != Int.min else { return .none }
                        return Fast(kind: Fast.monthDayRelative, start: position, end: end, a: nameEnd, b: dayStart, c: dayEnd, d: dayEnd)
                    }
                }
                return Fast(kind: Fast.monthDay, start: position, end: dayEnd, a: nameEnd, b: dayStart)
            }
        }
        // m3 (?:,?\s+(?<y3>year)|\s+(?<ry3>(?:this|last|next)\s+year))
        var y = nameEnd
        if y < count, bytes[y] == 0x2C { y += 1 }
        if y < count, isSpace(bytes[y]) {
            while y < count, isSpace(bytes[y]) { y += 1 }
            if let end = yearEnd(at: y, bytes) { return Fast(kind: Fast.monthYear, start: position, end: end, a: nameEnd, b: y) }
        }
        if nameEnd < count, isSpace(bytes[nameEnd]) {
            var w = nameEnd
            while w < count, isSpace(bytes[w]) { w += 1 }
            if let end = relativeYearEnd(at: w, bytes) {
                guard end != Int.min else { return .none }
                return Fast(kind: Fast.monthRelative, start: position, end: end, a: nameEnd, b: w)
            }
        }
        return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
    }

    /// The calendar rule at a number at `position` followed by a slash (its window is the number
    /// alone): `(?<![\d/.])(?<nm>0?[1-9]|1[0-2])/(?<nd>0?[1-9]|[12]\d|3[01])(?![\d/])` ("1/2"),
    /// or no match (a month or day out of range, a longer number); undecided before a second
    /// slash (the `ny` form) and after a byte the pattern's `\b` or lookbehind would refuse.
    static func numericDate(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let count = bytes.count
        if position > 0 {
            let previous = bytes[position - 1]
            guard !isWordOrNonASCII(previous), previous != 0x2F, previous != 0x2E else { return .none }
        }
        var k = position
        while k < count, isDigit(bytes[k]) { k += 1 }
        let slash = k
        guard slash < count, bytes[slash] == 0x2F else { return .none }
        let nothing = Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
        switch slash - position {
        case 1: guard bytes[position] != 0x30 else { return nothing }
        case 2:
            let first = bytes[position], second = bytes[position + 1]
            guard first == 0x30 && second != 0x30 || first == 0x31 && second <= 0x32 else { return nothing }
        default: return .none
        }
        k = slash + 1
        while k < count, isDigit(bytes[k]) { k += 1 }
        let end = k
        if end < count, bytes[end] == 0x2F { return .none }
        switch end - (slash + 1) {
        case 1: guard bytes[slash + 1] != 0x30 else { return nothing }
        case 2:
            let first = bytes[slash + 1], second = bytes[slash + 2]
            let holds = first == 0x30 ? second != 0x30 : first == 0x33 ? second == 0x30 || second == 0x31 : first == 0x31 || first == 0x32
            guard holds else { return nothing }
        default: return nothing
        }
        return Fast(kind: Fast.numericDate, start: position, end: end, a: slash, b: slash + 1)
    }
}

/// Windows and decisions for the period and recurrence rules read on the bytes.
extension AnchorScan {
    static let periodDeterminerKeys = keys(["the", "its", "of"])
    static let periodNounKeys = keys(["period", "quarter", "season"])
    static let periodModifierKeys = keys(["early", "late", "mid"])

    /// Whether `low ..< end` holds only joiners (``LeadChain/isJoiner(_:)``), words that
    /// `acceptsWord` takes (by their key, ``WordKey/of(_:_:)``) and runs of digits that
    /// `acceptsNumber` takes (given the run's start and end).
    @inline(__always)
    static func onlyJoinersWordsAndNumbers(_ low: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                           acceptsWord: (UInt64) -> Bool, acceptsNumber: (Int, Int) -> Bool) -> Bool {
        var k = low
        while k < end {
            let byte = bytes[k]
            if isLetter(byte) {
                var e = k
                while e < end, isLetter(bytes[e]) { e += 1 }
                guard acceptsWord(WordKey.of(bytes, k..<e)) else { return false }
                k = e
            } else if isDigit(byte) {
                var e = k
                while e < end, isDigit(bytes[e]) { e += 1 }
                guard acceptsNumber(k, e) else { return false }
                k = e
            } else {
                guard LeadChain.isJoiner(byte) else { return false }
                k += 1
            }
        }
        return true
    }

    /// Whether the window `low ..< position` before a year holds only "the", "its" and "of" and
    /// joiners, and no noun of the `py` form ("the 1987 period") follows the year: then no match
    /// starts before the year (the rule's forms that start with "the" or "its" go on with a
    /// decade, a century, an ordinal, a season, "fiscal" or such a noun, which ``bareYear(_:_:_:)``
    /// or this test refuses) and the window is decided as the bare year alone is.
    ///
    /// Also taken: "early", "late" and "mid" (the `ce` form needs a decade, which the bare year is
    /// not), and numbers of one or two digits that no letter follows ("Oct 6, 1981": of the forms
    /// that start at a short number only `cen` has none, and it needs "century" after the number,
    /// which no word of the window is).
    static func yearAfterDeterminers(_ low: Int, _ position: Int, _ runEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let leadHoldsNoStart = onlyJoinersWordsAndNumbers(low, position, bytes,
            acceptsWord: { $0.isIn(periodDeterminerKeys) || $0.isIn(periodModifierKeys) },
            acceptsNumber: { start, end in end - start <= 2 && end < position && !isLetter(bytes[end]) })
        guard leadHoldsNoStart else { return false }
        var j = runEnd
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        var e = j
        while e < bytes.count, isLetter(bytes[e]) { e += 1 }
        return !WordKey.of(bytes, j..<e).isIn(periodNounKeys)
    }

    static let pluralPartsOfDayKeys = keys(["mornings", "afternoons", "evenings", "nights"])

    /// After whitespace from `k`: a plural part of day ("Monday mornings", the recurrence rule's
    /// `ppart2`), or a word with a non-ASCII byte near its start (caseless matching may fold it).
    static func pluralPartOfDayMayFollow(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k < bytes.count, isSpace(bytes[k]) else { return false }
        var k = k
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        var e = k
        while e < bytes.count, isLetter(bytes[e]) { e += 1 }
        if e < bytes.count, bytes[e] >= 0x80 { return true }
        return WordKey.of(bytes, k..<e).isIn(pluralPartsOfDayKeys)
    }

    /// The first two letters (lowercase, packed) of the words that may follow "every" or "each"
    /// in the recurrence rule: "other", "single", the `number` words and the units of `qu` and `qnu`.
    static let quantifiedPrefixes: [UInt16] = {
        let words = ["other", "single", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two",
                     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "hundred", "couple", "few", "several", "many", "some",
                     "an", "day", "week", "month", "year", "quarter", "morning", "night", "evening", "afternoon", "weekend", "summer",
                     "winter", "spring", "fall", "hour", "minute", "decade", "second", "century", "centuries"]
        return Array(Set(words.map { word -> UInt16 in let u = Array(word.utf8); return UInt16(u[0]) << 8 | UInt16(u[1]) }))
    }()

    /// Whether the recurrence rule may match at "every" or "each" at `position` (its letters up to
    /// `wordEnd`): the whole word, whitespace, and then a digit, a capital (a weekday, a month, or
    /// a number word in capitals), "a", or a word whose first two letters begin a word that may
    /// follow ("other", "single", a number word, a unit); undecided (true) near non-ASCII bytes.
    static func quantifiedRecurrenceMayMatch(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        // The whole word: "each" (four letters) or "every" (five).
        guard wordEnd - position == (bytes[position + 1] | 0x20 == 0x76 ? 5 : 4), wordEnd < count else { return false }
        if bytes[wordEnd] >= 0x80 { return true }
        guard isSpace(bytes[wordEnd]) else { return false }
        var k = wordEnd
        while k < count, isSpace(bytes[k]) { k += 1 }
        guard k < count else { return false }
        for j in k..<min(count, k + 3) where bytes[j] >= 0x80 { return true }
        let first = bytes[k]
        if isDigit(first) || first >= 0x41 && first <= 0x5A { return true }
        guard first >= 0x61 && first <= 0x7A else { return false }
        guard k + 1 < count, isLetter(bytes[k + 1]) else { return first == 0x61 }  // "a"
        return quantifiedPrefixes.contains(UInt16(first) << 8 | UInt16(bytes[k + 1] | 0x20))
    }
}

extension AnchorScan {
    /// The words the relative rule's units are (`ru`, `eu` and the last word of `nday`), each
    /// followed by `\b` in the pattern: a unit anchor opens a relative window only when its whole
    /// word is one of them.
    static let relativeTokenKeys = KeySet(keys(["week", "month", "year", "quarter", "weekend", "decade", "century", "spring", "summer",
                                         "fall", "autumn", "winter", "period", "day", "morning", "afternoon", "evening", "night"]))
    /// The words the duration rule's units are (`unit`, `vunit`, `bare`, `bare2`, `dl`, `dl1`, and
    /// "half" ending `half`), each the whole word in any match (`\b`, a hyphen or whitespace after).
    static let durationTokenKeys = KeySet(keys(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                                         "minute", "minutes", "second", "seconds", "decade", "decades", "centuries", "century",
                                         "quarter", "quarters", "night", "nights", "weekend", "weekends", "summer", "summers",
                                         "winter", "winters", "half"]))
}

extension AnchorScan {
    /// The words a deictic match holds at a deictic anchor (`dx`, `tonight`, `ref`; "present"
    /// only after "at"): at any other word ("recent", "presented", "nowhere") the rule has no match
    /// in the anchor's window, whose chain words ("the", "right", "at"...) begin matches only
    /// together with such a word, and the joiners none.
    static let deicticWordsKeys = KeySet(keys(["today", "yesterday", "tomorrow", "tonight", "overnight", "now", "currently", "presently",
                                        "recently", "lately", "nowadays", "current", "present"]))

    /// Whitespace, "of", whitespace and "July" (in any case) from `k`.
    static func ofJulyFollows(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard wordFollows(k, "of", bytes) else { return false }
        var j = k
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        return wordFollows(j + 2, "july", bytes)
    }
}

extension AnchorScan {
    /// The one-word amounts of `number` (each the whole amount: the other forms have two words).
    static let durationAmountKeys = KeySet(keys(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "few", "several", "many", "some",
        "a", "an"]))
    /// The words of `unit`.
    static let durationUnitKeys = KeySet(keys(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "second", "seconds", "decade", "decades", "centuries", "century", "quarter", "quarters",
        "night", "nights", "weekend", "weekends", "summer", "summers", "winter", "winters"]))
    /// Words after the unit that other parts of the rule read ("old", `per`'s "period", `ago`'s
    /// "from now" and "before", `half`'s "and a half"): such windows are left to the pattern.
    static let durationUndecidedFollowersKeys = KeySet(keys(["old", "period", "from", "before", "and"]))
    static let durationAgoKeys = KeySet(keys(["ago", "earlier"]))

    /// The duration rule at a unit at `position ..< wordEnd` whose window `low ..< position` holds
    /// only joiners (whitespace right before the amount), one amount (digits, or one of the
    /// one-word amounts) and the separator: "five years", "99-year", "a year ago", "12 months
    /// earlier". Of the rule's forms only the amount form (`num`, `sep`, `unit`, optional `ago`)
    /// starts at the amount (`half` needs "and a half" after the unit), none at the joiners (every
    /// form starts with a word byte), so the first match in the window is that one when the unit's
    /// lookarounds hold for certain. `a` ends the amount, `b` the separator, `c` the unit; `d` is
    /// where `ago` starts (its end the match's), -1 for none. Otherwise undecided.
    static func durationAmount(_ low: Int, _ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let count = bytes.count
        // The separator: one hyphen, or whitespace.
        guard position > low + 1 else { return .none }
        var amountEnd = position - 1
        let sepByte = bytes[amountEnd]
        if sepByte != 0x2D {
            guard isSpace(sepByte) else { return .none }
            while amountEnd > low, isSpace(bytes[amountEnd - 1]) { amountEnd -= 1 }
        }
        guard amountEnd > low else { return .none }
        // The amount: digits or letters back to a whitespace byte, the start of the text or an
        // opening bracket or quote; only whitespace between `low` and it.
        var amountStart = amountEnd
        let digits = isDigit(bytes[amountEnd - 1])
        if digits {
            while amountStart > low, isDigit(bytes[amountStart - 1]) { amountStart -= 1 }
        } else {
            while amountStart > low, isLetter(bytes[amountStart - 1]) { amountStart -= 1 }
            let amountKey = WordKey.of(bytes, amountStart..<amountEnd)
            if amountKey == theKey {
                // "the year", "the weekend": "the" starts a match only with a number or "past",
                // "next"... after it (chain words: not here), or before "years/months/weeks/days
                // ahead" (`ahead`) or one of those before "before", "after"... (`bare2`), and
                // a singular unit starts one only before "-long" (`dl1`): none for a singular
                // unit (ASCII after it) not followed by "-long".
                guard sepByte != 0x2D, wordEnd < count, bytes[wordEnd] < 0x80, bytes[wordEnd - 1] | 0x20 != 0x73 else { return .none }
                for k in low..<amountStart where !LeadChain.isJoiner(bytes[k]) { return .none }
                if bytes[wordEnd] == 0x2D { return .none }
                return Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
            }
            guard amountKey.isIn(durationAmountKeys) else { return .none }
        }
        guard amountStart < amountEnd else { return .none }
        if amountStart > 0 {
            let before = bytes[amountStart - 1]
            guard isSpace(before) || before == 0x28 || before == 0x22 else { return .none }
        }
        // What comes before the amount in the window: whitespace only, or a `dctx` ("the",
        // "the next", "past"...): then the match starts there (see ``durationContext``).
        let context = durationContext(low, amountStart, sepIsSpace: sepByte != 0x2D, bytes)
        guard context.known else { return .none }
        // The unit: one of `unit`'s words, whole ("-quarters" is refused by the lookbehind).
        let unitKey = WordKey.of(bytes, position..<wordEnd)
        guard unitKey.isIn(durationUnitKeys) else { return .none }
        if sepByte == 0x2D && unitKey == quartersKey { return .none }
        // After the unit: no hyphen (`-old`, `-long`, `-[a-z]`), no other word byte.
        var end = wordEnd
        var ago = -1
        if wordEnd < count {
            let next = bytes[wordEnd]
            if next == 0x2D || isWordOrNonASCII(next) { return .none }
            if isSpace(next) {
                var k = wordEnd
                while k < count, isSpace(bytes[k]) { k += 1 }
                if k < count {
                    if bytes[k] >= 0x80 { return .none }
                    if isLetter(bytes[k]) {
                        var e = k
                        while e < count, isLetter(bytes[e]) { e += 1 }
                        if e < count, isWordOrNonASCII(bytes[e]) { return .none }
                        let key = WordKey.of(bytes, k..<e)
                        if key.isIn(durationUndecidedFollowersKeys) { return .none }
                        if key.isIn(durationAgoKeys) {
                            ago = k
                            end = e
                        }
                    }
                }
            }
        }
        if let dctx = context.dctx {
            return Fast(kind: Fast.durationContext, start: dctx.lowerBound, end: end, a: dctx.upperBound, b: amountEnd, c: wordEnd, d: ago)
        }
        return Fast(kind: Fast.durationAmount, start: amountStart, end: end, a: amountEnd, b: position, c: wordEnd, d: ago)
    }

    static let quartersKey = WordKey.of("quarters")
}

extension AnchorScan {
    /// The one word of letters in `low ..< position` when the window holds only it, joiners
    /// before it and whitespace (at least one byte) after it; nil otherwise.
    @inline(never)
    static func onlyWordBefore(_ low: Int, _ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = position
        while end > low, isSpace(bytes[end - 1]) { end -= 1 }
        guard end < position else { return nil }
        var start = end
        while start > low, isLetter(bytes[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        for k in low..<start where !LeadChain.isJoiner(bytes[k]) { return nil }
        return start..<end
    }

    static let weekdayRelativeKeys = KeySet(keys(["last", "next", "this", "coming", "past"]))
    static let monthRelativeKeys = KeySet(keys(["last", "next", "this"]))

    /// The named rule at a weekday after one word of `nrel` ("last Friday"): the weekday as
    /// ``weekdayAlone(_:_:_:_:)`` decides it, with `nrel` (the alternative's one-word forms: its
    /// longer ones have two words) = `start ..< a`, `wd` = `b ..< end`.
    static func weekdayAfterRelative(_ low: Int, _ position: Int, _ wordEnd: Int, _ wordLength: Int,
                                     _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        guard let word = onlyWordBefore(low, position, bytes), WordKey.of(bytes, word).isIn(weekdayRelativeKeys) else { return .none }
        let alone = weekdayAlone(position, wordEnd, wordLength, bytes)
        guard alone.kind == Fast.weekday else { return .none }
        return Fast(kind: Fast.weekdayRelative, start: word.lowerBound, end: alone.end, a: word.upperBound, b: position)
    }

    /// The named rule at a full month name after "last", "next" or "this" ("last November"): the
    /// weekday alternative fails at that word, the `mrel` one matches the two words (`mm` has no
    /// lookaround; the name is taken as a whole word as the grammar writes it). `mrel` =
    /// `start ..< a`, `mm` = `b ..< end`.
    static func monthAfterRelative(_ low: Int, _ position: Int, _ wordEnd: Int, _ wordLength: Int,
                                   _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        guard wordEnd - position == wordLength, wordEnd == bytes.count || isPlainBoundary(bytes[wordEnd]),
              isMonthName(position, wordEnd, bytes),
              let word = onlyWordBefore(low, position, bytes), WordKey.of(bytes, word).isIn(monthRelativeKeys) else { return .none }
        return Fast(kind: Fast.monthAfterRelative, start: word.lowerBound, end: wordEnd, a: word.upperBound, b: position)
    }
}

extension AnchorScan {
    static let quarterTokenKeys = KeySet(keys(["quarter", "quarters", "half", "halfs"]))
    static let ordinalKeys = KeySet(keys(["first", "second", "third", "fourth", "final", "last"]))
    static let fiscalKey = WordKey.of("fiscal")

    /// Whether the period rule's `ord` form may end at "quarter" or "half" at `position ..< wordEnd`:
    /// the token is "quarter(s)" or "half(s)" (`pu`, then `(?!-)s?\b`), and right before it,
    /// after hyphens or whitespace (and "fiscal" and hyphens or whitespace), an ordinal: first,
    /// second, third, fourth, final, last, 1st, 2nd, 3rd, 4th (any case). True near non-ASCII bytes.
    static func ordinalBeforeQuarter(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard WordKey.of(bytes, position..<wordEnd).isIn(quarterTokenKeys) else { return false }
        /// The word (letters and digits) before the run of hyphens and whitespace ending at `end`.
        func wordBefore(_ end: Int) -> Range<Int>? {
            var k = end
            while k > 0, isSpace(bytes[k - 1]) || bytes[k - 1] == 0x2D { k -= 1 }
            guard k < end else { return nil }
            let e = k
            while k > 0, isLetter(bytes[k - 1]) || isDigit(bytes[k - 1]) { k -= 1 }
            return k..<e
        }
        guard var word = wordBefore(position) else { return false }
        if word.lowerBound > 0, bytes[word.lowerBound - 1] >= 0x80 { return true }
        if WordKey.of(bytes, word) == fiscalKey {
            guard let before = wordBefore(word.lowerBound) else { return false }
            word = before
            if word.lowerBound > 0, bytes[word.lowerBound - 1] >= 0x80 { return true }
        }
        if word.count == 3, isDigit(bytes[word.lowerBound]) {
            let d = bytes[word.lowerBound]
            let a = bytes[word.lowerBound + 1] | 0x20, b = bytes[word.lowerBound + 2] | 0x20
            return d == 0x31 && a == 0x73 && b == 0x74 || d == 0x32 && a == 0x6E && b == 0x64
                || d == 0x33 && a == 0x72 && b == 0x64 || d == 0x34 && a == 0x74 && b == 0x68
        }
        return WordKey.of(bytes, word).isIn(ordinalKeys)
    }
}

extension AnchorScan {
    /// Whether `low ..< position` before a month holds only joiners, "the", "of" and numbers
    /// that no whitespace or letter follows ("1,655.8, Feb 872.0"): no match of the calendar rule
    /// starts there but at the month. (The forms that start at a number need whitespace after
    /// it (`d2`) or a hyphen, "W", a slash or a dot (`iy`, `wy`, `nm`, `ed`): those are opened as
    /// windows of their own, which then merge with this one and leave it undecided.)
    static func calendarLeadHoldsNoStart(_ low: Int, _ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        onlyJoinersWordsAndNumbers(low, position, bytes, acceptsWord: { $0 == theKey || $0 == ofKey },
                                   acceptsNumber: { _, end in
                                       guard end < position else { return false }
                                       let next = bytes[end]
                                       return next < 0x80 && !isSpace(next) && !isLetter(next)
                                   })
    }
}

extension AnchorScan {
    /// `dctx`'s words after "the" (its first alternative).
    static let durationTheContextKeys = KeySet(keys(["past", "last", "next", "first", "coming", "previous", "final", "following",
                                                     "latest", "remaining", "initial", "same", "early", "later"]))
    /// `dctx`'s words alone (its second alternative without "the", and "recent").
    static let durationBareContextKeys = KeySet(keys(["past", "last", "next", "first", "coming", "previous", "recent"]))

    /// What stands in `low ..< amountStart` before a duration's amount: only whitespace (`known`,
    /// no `dctx`: the match starts at the amount); "the" and a word of ``durationTheContextKeys``
    /// ("the next five years": `dctx` is the two words), a word of ``durationBareContextKeys``
    /// alone ("past two years"), or "the" alone before a whitespace separator ("the six months":
    /// `dctx` is "the" through its lookahead; before a hyphen the lookahead fails and the match
    /// starts at the amount), each with whitespace between and only joiners before: the
    /// alternatives of `dctx` tried in the pattern's order. Anything else: not `known`.
    static func durationContext(_ low: Int, _ amountStart: Int, sepIsSpace: Bool,
                                _ bytes: UnsafeBufferPointer<UInt8>) -> (known: Bool, dctx: Range<Int>?) {
        var k = amountStart
        while k > low, isSpace(bytes[k - 1]) { k -= 1 }
        if k == low { return (k < amountStart || amountStart == low, nil) }
        guard k < amountStart else { return (false, nil) }
        /// The word of letters ending at `end` (a whole word: no word byte before it), or nil.
        func word(endingAt end: Int) -> Range<Int>? {
            var start = end
            while start > low, isLetter(bytes[start - 1]) { start -= 1 }
            guard start < end, start == 0 || !isWordOrNonASCII(bytes[start - 1]) else { return nil }
            return start..<end
        }
        func onlyJoiners(before end: Int) -> Bool {
            for j in low..<end where !LeadChain.isJoiner(bytes[j]) { return false }
            return true
        }
        guard let w1 = word(endingAt: k) else { return (false, nil) }
        let key1 = WordKey.of(bytes, w1)
        if key1 == theKey {
            guard onlyJoiners(before: w1.lowerBound) else { return (false, nil) }
            return sepIsSpace ? (true, w1) : (true, nil)
        }
        if key1.isIn(durationBareContextKeys), onlyJoiners(before: w1.lowerBound) { return (true, w1) }
        guard key1.isIn(durationTheContextKeys) else { return (false, nil) }
        var j = w1.lowerBound
        guard j > low, isSpace(bytes[j - 1]) else { return (false, nil) }
        while j > low, isSpace(bytes[j - 1]) { j -= 1 }
        guard let w0 = word(endingAt: j), WordKey.of(bytes, w0) == theKey, onlyJoiners(before: w0.lowerBound) else { return (false, nil) }
        return (true, w0.lowerBound..<w1.upperBound)
    }
}

extension AnchorScan {
    static let quarterKey = WordKey.of("quarter"), halfKey = WordKey.of("half"), halfsKey = WordKey.of("halfs"),
               itsKey = WordKey.of("its")
    /// The ordinals of `ord` written in letters, and those the lookahead after `pthe` names.
    static let ordinalWordKeys = KeySet(keys(["first", "second", "third", "fourth", "final", "last"]))
    static let ordinalHyphenKeys = KeySet(keys(["first", "second", "third", "fourth"]))

    /// The period rule's `ord` form at "quarter" or "half" at `position ..< wordEnd` in its
    /// plainest shape: an ordinal in letters, hyphens or whitespace, the unit (the whole word,
    /// or with an "s"), and after it no hyphen, no word byte and none of the form's optional
    /// tails (whitespace and "of" or a number); before the ordinal only joiners, or "the" or
    /// "its" and whitespace (`pthe`, unless the ordinal is first-fourth with a hyphen right after
    /// it: `pthe`'s lookahead refuses that, and the match starts at the ordinal). `a` ends
    /// `pthe` (-1: none), `b ..< c` is `ord`, `pu` starts at `d` (its end: "quarter" or "half").
    static func quarterPhrase(_ low: Int, _ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Fast {
        let count = bytes.count
        let token = WordKey.of(bytes, position..<wordEnd)
        guard token == quarterKey || token == quartersKey || token == halfKey || token == halfsKey else { return .none }
        if wordEnd < count {
            let next = bytes[wordEnd]
            if next == 0x2D || isWordOrNonASCII(next) { return .none }
            var k = wordEnd
            while k < count, isSpace(bytes[k]) { k += 1 }
            if k > wordEnd, k < count {
                let c = bytes[k]
                if c >= 0x80 || isDigit(c) { return .none }
                if c | 0x20 == 0x6F, k + 1 < count, bytes[k + 1] | 0x20 == 0x66 { return .none }  // "of..."
            }
        }
        var j = position
        guard j > low, isSpace(bytes[j - 1]) || bytes[j - 1] == 0x2D else { return .none }
        while j > low, isSpace(bytes[j - 1]) || bytes[j - 1] == 0x2D { j -= 1 }
        let ordEnd = j
        while j > low, isLetter(bytes[j - 1]) { j -= 1 }
        let ordStart = j
        guard ordStart < ordEnd, ordStart == 0 || !isWordOrNonASCII(bytes[ordStart - 1]) else { return .none }
        let ordKey = WordKey.of(bytes, ordStart..<ordEnd)
        guard ordKey.isIn(ordinalWordKeys) else { return .none }
        func onlyJoiners(before end: Int) -> Bool {
            for i in low..<end where !LeadChain.isJoiner(bytes[i]) { return false }
            return true
        }
        let atOrdinal = Fast(kind: Fast.quarterPhrase, start: ordStart, end: wordEnd, a: -1, b: ordStart, c: ordEnd, d: position)
        if onlyJoiners(before: ordStart) { return atOrdinal }
        guard isSpace(bytes[ordStart - 1]) else { return .none }
        var t = ordStart
        while t > low, isSpace(bytes[t - 1]) { t -= 1 }
        let theEnd = t
        while t > low, isLetter(bytes[t - 1]) { t -= 1 }
        guard t < theEnd, t == 0 || !isWordOrNonASCII(bytes[t - 1]), onlyJoiners(before: t) else { return .none }
        let theWord = WordKey.of(bytes, t..<theEnd)
        guard theWord == theKey || theWord == itsKey else { return .none }
        if bytes[ordEnd] == 0x2D && ordKey.isIn(ordinalHyphenKeys) { return atOrdinal }
        return Fast(kind: Fast.quarterPhrase, start: t, end: wordEnd, a: theEnd, b: ordStart, c: ordEnd, d: position)
    }
}

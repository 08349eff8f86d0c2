import GleanCore

/// Resolution of calendar dates.
extension Resolver {
    static func yearNumber(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = text.numberCharacters
        guard let n = Int(digits) else { return nil }
        if digits.count == 2 { return n > 40 ? 1900 + n : 2000 + n }
        return n
    }

    /// The number the ASCII digits in `range` make (other bytes skipped) and how many there
    /// are; nil when there are none, more than 18, or a byte is not ASCII.
    static func digitsValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (value: Int, count: Int)? {
        var value = 0, count = 0
        for i in range {
            let byte = bytes[i]
            guard byte < 0x80 else { return nil }
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                count += 1
            }
        }
        guard count > 0, count <= 18 else { return nil }
        return (value, count)
    }

    /// ``yearNumber(_:)`` of the text at `range`, read on the bytes.
    static func yearNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let (n, count) = digitsValue(bytes, range) else {
            return yearNumber(Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[range])))
        }
        if count == 2 { return n > 40 ? 1900 + n : 2000 + n }
        return n
    }

    /// ``Lexicon/monthNumber(_:)`` of the text at `range`, read on the bytes when they are ASCII.
    static func monthNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= 3, bytes[range.lowerBound] < 0x80, bytes[range.lowerBound + 1] < 0x80,
              bytes[range.lowerBound + 2] < 0x80, range.count == 3 || bytes[range.lowerBound + 3] < 0x80 else {
            return Lexicon.monthNumber(Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[range])))
        }
        func lower(_ b: UInt8) -> Int { Int(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        return Lexicon.monthNumber(key: lower(bytes[range.lowerBound]) << 16 | lower(bytes[range.lowerBound + 1]) << 8
                                   | lower(bytes[range.lowerBound + 2]))
    }

    static func relativeYear(_ phrase: String?, _ c: ResolutionContext) -> Int? {
        guard let phrase, let cal = c.calendar else { return nil }
        if phrase.containsBytes("last") { return cal.date.year - 1 }
        if phrase.containsBytes("next") { return cal.date.year + 1 }
        return cal.date.year
    }

    /// The year of a month-and-day without a year: the reference year, unless the month lies well ahead
    /// (then last year), or the context points forward (then the next such date).
    static func impliedYear(month m: Int, day: Int?, _ c: ResolutionContext) -> Int? {
        guard let cal = c.calendar else { return nil }
        // A future cue (or "by", "until", "till", "due" before) gives the next such month; the
        // cue is read (a scan of the sentence) only when the answer without it differs.
        let future = cal.yearOfMonth(m, direction: .future)
        if WordKey.of(c.bytes, Cues.previousWordRange(before: c.range.lowerBound, in: c.bytes)).isIn(WordKey.byUntilTillDue) {
            return future
        }
        switch c.direction {
        case .future: return future
        case .nearest:
            let nearest = cal.yearOfMonth(m, direction: .nearest)
            return nearest == future || c.futureCue ? future : nearest
        case .past:
            let followsPastVerb = Cues.followsPastVerb(c.range.lowerBound, in: c.bytes)
            let past = pastYear(month: m, day: day, cal, followsPastVerb: followsPastVerb)
            // After a past-tense verb there is no future cue.
            if past == future || followsPastVerb { return past }
            return c.futureCue(followsPastVerb: false) ? future : past
        }
    }

    /// ``impliedYear(month:day:_:)`` looking back (no future cue).
    private static func pastYear(month m: Int, day: Int?, _ cal: ReferenceCalendar, followsPastVerb: Bool) -> Int {
        let target = day ?? 15
        // "the program began April 30": a past-tense verb puts it on or before the reference date.
        if followsPastVerb {
            let d = CivilDate(year: cal.date.year, month: m, day: min(target, CivilDate.daysIn(month: m, year: cal.date.year)))!
            return d > cal.date ? cal.date.year - 1 : cal.date.year
        }
        // News looks back up to about eight months and ahead up to about four (due dates, payments).
        // The reference year, then the next, then the previous, each date's distance from the
        // reference counted in days of the year (the difference of their day numbers).
        guard m >= 1 && m <= 12 else { return cal.date.year }
        let year = cal.date.year
        let limit = day == nil ? 45 : 120
        let reference = dayOfYear(year, cal.date.month, cal.date.day)
        var dayOfMonth = min(target, CivilDate.daysIn(month: m, year: year))
        if dayOfMonth >= 1 {
            let diff = dayOfYear(year, m, dayOfMonth) - reference
            if diff > -245 && diff <= limit { return year }
        }
        dayOfMonth = min(target, CivilDate.daysIn(month: m, year: year + 1))
        if dayOfMonth >= 1 {
            let diff = (CivilDate.isLeap(year) ? 366 : 365) + dayOfYear(year + 1, m, dayOfMonth) - reference
            if diff > -245 && diff <= limit { return year + 1 }
        }
        dayOfMonth = min(target, CivilDate.daysIn(month: m, year: year - 1))
        if dayOfMonth >= 1 {
            let diff = dayOfYear(year - 1, m, dayOfMonth) - (CivilDate.isLeap(year - 1) ? 366 : 365) - reference
            if diff > -245 && diff <= limit { return year - 1 }
        }
        return year
    }

    /// The day of the year (1 for January 1) of month `m` (1...12), day `d` of `year`.
    @inline(__always)
    static func dayOfYear(_ year: Int, _ m: Int, _ d: Int) -> Int {
        // (367m - 362) / 12: the days before month m, with February counted as 30 days.
        (367 * m - 362) / 12 - (m > 2 ? (CivilDate.isLeap(year) ? 1 : 2) : 0) + d
    }

    /// ``CivilDate/dayNumber`` of a valid date.
    @inline(__always)
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CivilDate.dayNumber(year: year, month: month, day: day)
    }

    static func dateValue(year: Int?, month: Int, day: Int?) -> String? {
        if let day {
            if let year {
                // (What `CivilDate(year:month:day:)` checks, without making the date.)
                guard month >= 1 && month <= 12, day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
                return TimexFormat.day(year, month, day)
            }
            guard day <= CivilDate.daysIn(month: month, year: 2000) else { return nil }
            return "XXXX-" + TimexFormat.pad(month, 2) + "-" + TimexFormat.pad(day, 2)
        }
        if let year { return TimexFormat.month(year, month) }
        return "XXXX-" + TimexFormat.pad(month, 2)
    }

    /// ``dateValue(year:month:day:)`` as a date timex (a day or a month with a year packed).
    static func dateTimex(year: Int?, month: Int, day: Int?) -> Timex? {
        if let year {
            if let day {
                guard month >= 1 && month <= 12, day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
                return .day(year, month, day)
            }
            return .month(year, month)
        }
        return dateValue(year: nil, month: month, day: day).map { .date($0) }
    }

    static func calendar(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        // A month name (the commonest form) first: its groups and the numeric forms' belong to
        // different alternatives of the pattern, so at most one of them took part.
        if let monthRange = g.range("m1") ?? g.range("m2") ?? g.range("m3") { return calendar(month: monthRange, g, c) }
        if let y = g("iy"), let m = g("im"), let d = g("id") {
            return dateTimex(year: Int(y), month: Int(m)!, day: Int(d))
        }
        if let y = g("wy"), let w = g("wn"), let wn = Int(w), (1...53).contains(wn) {
            return .date(y + "-W" + w)
        }
        if let m = g("nm"), let d = g("nd") {
            let month = Int(m)!, day = Int(d)!
            guard let y = g("ny") else {
                // A bare month/day pair is too ambiguous in prose, except the date everyone writes that way.
                return month == 9 && day == 11 ? .date("2001-09-11") : nil
            }
            return dateTimex(year: yearNumber(y), month: month, day: day)
        }
        if let d = g("ed"), let m = g("em"), let y = g("ey") {
            return dateTimex(year: Int(y), month: Int(m)!, day: Int(d))
        }
        return nil
    }

    /// ``calendar(_:_:)`` of a match with a month name at `monthRange`.
    private static func calendar(month monthRange: Range<Int>, _ g: Groups, _ c: ResolutionContext) -> Timex? {
        // Read on the bytes: the month, day and year groups are ASCII by the grammar (month
        // names, digits and an ordinal suffix), which ``Lexicon/monthNumber(_:)``,
        // ``String/numberCharacters`` and ``yearNumber(_:)`` would read the same way.
        guard let month = monthNumber(g.bytes, monthRange) else { return nil }
        let day = (g.range("d1") ?? g.range("d2")).flatMap { range in
            digitsValue(g.bytes, range)?.value ?? Int(Groups.lowercased(UnsafeBufferPointer(rebasing: g.bytes[range])).numberCharacters)
        }
        var year = (g.range("y1") ?? g.range("y2") ?? g.range("y3")).flatMap { yearNumber(g.bytes, $0) }
        if year == nil, let rel = g("ry1") ?? g("ry3") { year = relativeYear(rel, c) }
        if year == nil { year = impliedYear(month: month, day: day, c) }
        return dateTimex(year: year, month: month, day: day)
    }
}

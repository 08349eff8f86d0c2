import GleanCore

/// Resolution of relative units.
extension Resolver {
    enum Shift { case this, last, next }

    static func shift(_ rel: String) -> Shift {
        // Seven byte searches on one view of the bytes.
        var rel = rel
        return rel.withUTF8 { text -> Shift in
            func has(_ needle: StaticString) -> Bool { ByteSearch.contains(text, needle) }
            if has("last") || has("past") || has("previous") || has("latest") { return .last }
            if has("next") || has("coming") || has("following") { return .next }
            return .this
        }
    }

    /// `text` with runs of spaces and line breaks as single spaces and none at either end (the
    /// text itself when it already is so, the usual case, without splitting and joining).
    static func singleSpaced(_ text: String) -> String {
        var copy = text
        let clean = copy.withUTF8 { utf8 -> Bool in
            guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return false }
            var previousSpace = false
            for byte in utf8 {
                if byte == 0x0A { return false }
                let space = byte == 0x20
                if space && previousSpace { return false }
                previousSpace = space
            }
            return true
        }
        return clean ? text : text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    static let durationLike = ["the past", "the last", "the next", "the coming", "the first", "the whole", "the entire"]
    static let seasonsAndPeriod = ["period", "spring", "summer", "fall", "autumn", "winter"]
    static let spanWords = ["ended", "ending", "through", "after", "since"]

    static func relative(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        if let timex = relativeOnBytes(g, c) { return timex }
        var mod: String? = nil
        let rel: String, unit: String
        if let phrase = g("nday") {
            // "the next day": relative to the narrative, approximated by the reference date.
            let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" })
            let offset = words[1] == "next" || words[1] == "following" ? 1 : -1
            guard let cal = c.calendar else { return .date("XXXX-XX-XX") }
            let day = TimexFormat.day(cal.date.adding(days: offset))
            let last = String(words.last!)
            return last == "day" ? .date(day) : .time(day + "T" + Lexicon.partOfDayCode(last))
        }
        if let e = g("early"), let r = g("er"), let u = g("eu") {
            mod = e == "early" ? "START" : e == "late" ? "END" : "MID"
            rel = r; unit = u
        } else if let r = g("rel"), let u = g("ru") {
            rel = Resolver.singleSpaced(r); unit = u
        } else { return nil }

        // "the past year", "the coming week": an amount of time, unless anchored by "the end of".
        if Resolver.durationLike.contains(rel), !c.anchored, let code = Lexicon.unitCode(unit),
           !Resolver.seasonsAndPeriod.contains(unit) {
            return .duration(TimexFormat.duration(1, unit: code.code, isTime: false))
        }
        // "the year ended June 30" is a span of a year; "for the year", "of the year" mean the current one.
        if rel == "the" && !c.anchored {
            let next = c.nextWord
            // "the year before": the previous one.
            if next == "before" || next == "earlier", let cal = c.calendar {
                switch unit {
                case "year": return .date(TimexFormat.year(cal.date.year - 1))
                case "month": let m = cal.month(offset: -1); return .date(TimexFormat.month(m.year, m.month))
                case "week": return .date(ReferenceCalendar.weekValue(cal.date.adding(days: -7)))
                default: break
                }
            }
            let spanOfTime = Resolver.spanWords.contains(next)
            switch unit {
            case "year" where spanOfTime: return .duration("P1Y")
            case "week" where spanOfTime: return .duration("P1W")
            case "month" where spanOfTime: return .duration("P1M")
            case "decade": return .duration("P10Y")
            case "century": return nil
            default: break
            }
        }
        guard let cal = c.calendar else {
            // No reference date: keep what the words say, leave the rest unspecified.
            let unspecified: [String: String] = ["week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                                                 "quarter": "XXXX-QX", "period": "XXXX-QX", "decade": "XXX", "century": "XX"]
            return .date(unspecified[unit] ?? "XXXX-" + Lexicon.seasonCode(unit), mod: mod)
        }
        let s = shift(rel)
        let ref = cal.date
        switch unit {
        case "week":
            let d = s == .last ? ref.adding(days: -7) : s == .next ? ref.adding(days: 7) : ref
            return .date(ReferenceCalendar.weekValue(d), mod: mod)
        case "weekend":
            var d = ref
            switch s {
            case .last: d = ref.adding(days: -7)
            case .next: d = ref.adding(days: 7)
            case .this:
                if rel == "the", ref.weekday < 6, !c.futureCue { d = ref.adding(days: -7) }
            }
            return .date(ReferenceCalendar.weekValue(d) + "-WE", mod: mod)
        case "month":
            let m = cal.month(offset: s == .last ? -1 : s == .next ? 1 : 0)
            return .date(TimexFormat.month(m.year, m.month), mod: mod)
        case "year":
            let y = ref.year + (s == .last ? -1 : s == .next ? 1 : 0)
            if rel.containsBytes("latest") { return .date(TimexFormat.year(ref.year), mod: mod) }
            return .date(TimexFormat.year(y), mod: mod)
        case "quarter", "period":
            if s == .this && rel != "the" && !rel.containsBytes("full") {
                return .date(TimexFormat.quarter(ref.year, cal.quarter), mod: mod)
            }
            if s == .next {
                let q = cal.quarter == 4 ? (ref.year + 1, 1) : (ref.year, cal.quarter + 1)
                return .date(TimexFormat.quarter(q.0, q.1), mod: mod)
            }
            let lq = cal.latestQuarter
            return .date(TimexFormat.quarter(lq.year, lq.quarter), mod: mod)
        case "decade":
            let y = ref.year + (s == .last ? -10 : s == .next ? 10 : 0)
            return .date(String(TimexFormat.year(y).prefix(3)), mod: mod)
        case "century":
            return .date(TimexFormat.pad(ref.year / 100 + (s == .last ? -1 : s == .next ? 1 : 0), 2), mod: mod)
        default:
            let code = Lexicon.seasonCode(unit)
            let year: Int
            switch s {
            case .last: year = cal.yearOfSeason(code, direction: .past, strict: true)
            case .next: year = cal.yearOfSeason(code, direction: .future, strict: true)
            case .this: year = code == "WI" && ref.month <= 3 ? ref.year - 1 : ref.year
            }
            return .date(TimexFormat.year(year) + "-" + code, mod: mod)
        }
    }

    /// The words of the `rel` and `ru` groups that ``relativeOnBytes(_:_:)`` reads.
    private static let this = WordKey.of("this"), last = WordKey.of("last"), next = WordKey.of("next"), past = WordKey.of("past"),
                       coming = WordKey.of("coming"), previous = WordKey.of("previous"), current = WordKey.of("current"),
                       latest = WordKey.of("latest"), the = WordKey.of("the")
    private static let week = WordKey.of("week"), weekend = WordKey.of("weekend"), month = WordKey.of("month"), year = WordKey.of("year"),
                       quarter = WordKey.of("quarter"), period = WordKey.of("period"), decade = WordKey.of("decade"),
                       century = WordKey.of("century")
    private static let before = WordKey.of("before"), earlier = WordKey.of("earlier")
    private static let spanWordKeys: [UInt64] = (["ended", "ending", "through", "after", "since"] as [StaticString]).map { WordKey.of($0) }

    /// ``relative(_:_:)`` for the usual case, decided on the bytes: a one-word `rel` ("last",
    /// "this", "the"...) and a unit that is not a season, with a reference date. The same
    /// tests in the same order (a one-word `rel` is none of ``durationLike``; ``shift(_:)`` of
    /// one word is read from its key). Nil when the case is another (the general path decides).
    private static func relativeOnBytes(_ g: Groups, _ c: ResolutionContext) -> Timex?? {
        guard let cal = c.calendar, let r = g.range("rel"), let u = g.range("ru") else { return .none }
        let bytes = g.bytes
        let relKey = WordKey.of(bytes, r), unit = WordKey.of(bytes, u)
        guard relKey != 0, unit != 0 else { return .none }
        let s: Shift
        switch relKey {
        case last, past, previous, latest: s = .last
        case next, coming: s = .next
        case this, current, the: s = .this
        default: return .none
        }
        guard unit == week || unit == weekend || unit == month || unit == year || unit == quarter || unit == period
                || unit == decade || unit == century else { return .none }
        let ref = cal.date
        let isThe = relKey == the
        if isThe && !c.anchored {
            // The word right after, as ``Cues/nextWord(after:in:)`` finds it (letters, at most 20).
            var start = c.range.upperBound
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
            var end = start
            while end < bytes.count, end < start + 20, (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A { end += 1 }
            let nextKey = WordKey.of(bytes, start..<end)
            if nextKey != 0 && (nextKey == before || nextKey == earlier) {
                switch unit {
                case year: return .some(.year(ref.year - 1))
                case month: let m = cal.month(offset: -1); return .some(.month(m.year, m.month))
                case week: return .some(.date(ReferenceCalendar.weekValue(ref.adding(days: -7))))
                default: break
                }
            }
            let spanOfTime = nextKey.isIn(spanWordKeys)
            switch unit {
            case year where spanOfTime: return .some(.duration("P1Y"))
            case week where spanOfTime: return .some(.duration("P1W"))
            case month where spanOfTime: return .some(.duration("P1M"))
            case decade: return .some(.duration("P10Y"))
            case century: return .some(nil)
            default: break
            }
        }
        switch unit {
        case week:
            let d = s == .last ? ref.adding(days: -7) : s == .next ? ref.adding(days: 7) : ref
            return .some(.date(ReferenceCalendar.weekValue(d)))
        case weekend:
            var d = ref
            switch s {
            case .last: d = ref.adding(days: -7)
            case .next: d = ref.adding(days: 7)
            case .this:
                if isThe, ref.weekday < 6, !c.futureCue { d = ref.adding(days: -7) }
            }
            return .some(.date(ReferenceCalendar.weekValue(d) + "-WE"))
        case month:
            let m = cal.month(offset: s == .last ? -1 : s == .next ? 1 : 0)
            return .some(.month(m.year, m.month))
        case year:
            if relKey == latest { return .some(.year(ref.year)) }
            return .some(.year(ref.year + (s == .last ? -1 : s == .next ? 1 : 0)))
        case quarter, period:
            // (No one-word `rel` contains "full".)
            if s == .this && !isThe { return .some(.date(TimexFormat.quarter(ref.year, cal.quarter))) }
            if s == .next {
                let q = cal.quarter == 4 ? (ref.year + 1, 1) : (ref.year, cal.quarter + 1)
                return .some(.date(TimexFormat.quarter(q.0, q.1)))
            }
            let lq = cal.latestQuarter
            return .some(.date(TimexFormat.quarter(lq.year, lq.quarter)))
        case decade:
            let y = ref.year + (s == .last ? -10 : s == .next ? 10 : 0)
            return .some(.date(String(TimexFormat.year(y).prefix(3))))
        default:
            return .some(.date(TimexFormat.pad(ref.year / 100 + (s == .last ? -1 : s == .next ? 1 : 0), 2)))
        }
    }
}

import GleanCore

/// Resolution of weekdays, named months, holidays.
extension Resolver {
    static func direction(for rel: String?) -> (Direction, Bool)? {
        guard let rel else { return nil }
        if rel.hasPrefix("last") || rel.hasSuffix("past") || rel == "past" || rel.hasSuffix("previous") || rel.hasSuffix("preceding") {
            return (.past, true)
        }
        if rel.hasPrefix("next") || rel.hasSuffix("coming") || rel.hasSuffix("following") || rel.hasSuffix("next") { return (.future, true) }
        return (.nearest, false)
    }

    static func named(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        if let wdText = g("wd"), let wd = Lexicon.weekdayNumber(wdText) {
            let part = g("wpart").map { "T" + Lexicon.partOfDayCode($0) } ?? ""
            guard let cal = c.calendar else { return Timex(value: "XXXX-WXX-\(wd)" + part, type: part.isEmpty ? .date : .time) }
            let (dir, strict) = direction(for: g("nrel")) ?? (c.bareDirection, false)
            let day = cal.weekday(wd, direction: dir, strict: strict)
            return Timex(value: TimexFormat.day(day) + part, type: part.isEmpty ? .date : .time)
        }
        if let mRange = g.range("mm") ?? g.range("bm"), let m = monthNumber(g.bytes, mRange) {
            guard let cal = c.calendar else { return .date("XXXX-" + TimexFormat.pad(m, 2)) }
            if let (dir, strict) = direction(for: g("mrel")) {
                let year = dir == .nearest ? cal.date.year : cal.yearOfMonth(m, direction: dir, strict: strict)
                return .month(year, m)
            }
            return .month(impliedYear(month: m, day: nil, c) ?? cal.date.year, m)
        }
        if let hol = g("hol") {
            let explicit = yearNumber(g("hy"))
            func dateIn(_ y: Int) -> CivilDate? {
                if hol.hasPrefix("christmas") { return CivilDate(year: y, month: 12, day: hol.hasSuffix("eve") ? 24 : 25) }
                if hol.hasPrefix("new year") { return hol.hasSuffix("eve") ? CivilDate(year: y, month: 12, day: 31) : CivilDate(year: y, month: 1, day: 1) }
                if hol.hasPrefix("thanksgiving") { return ReferenceCalendar.nthWeekday(4, 4, month: 11, year: y) }
                if hol.hasPrefix("easter") { return ReferenceCalendar.easter(y) }
                if hol.hasPrefix("good friday") { return ReferenceCalendar.easter(y).adding(days: -2) }
                if hol.hasPrefix("independence") || hol.hasPrefix("fourth") { return CivilDate(year: y, month: 7, day: 4) }
                if hol.hasPrefix("labor") { return ReferenceCalendar.nthWeekday(1, 1, month: 9, year: y) }
                if hol.hasPrefix("memorial") { return ReferenceCalendar.nthWeekday(5, 1, month: 5, year: y) }
                if hol.hasPrefix("halloween") { return CivilDate(year: y, month: 10, day: 31) }
                if hol.hasPrefix("valentine") { return CivilDate(year: y, month: 2, day: 14) }
                if hol.hasPrefix("veterans") { return CivilDate(year: y, month: 11, day: 11) }
                if hol.hasPrefix("boxing") { return CivilDate(year: y, month: 12, day: 26) }
                if hol.hasPrefix("election") { return ReferenceCalendar.nthWeekday(1, 1, month: 11, year: y).adding(days: 1) }
                return nil
            }
            if let y = explicit { return dateIn(y).map { .date(TimexFormat.day($0)) } }
            guard let cal = c.calendar, let this = dateIn(cal.date.year) else { return nil }
            var dir = c.bareDirection
            if let rel = g("hrel") { dir = rel == "next" ? .future : rel == "last" ? .past : dir }
            if dir == .future { return .date(TimexFormat.day(this < cal.date ? dateIn(cal.date.year + 1)! : this)) }
            return .date(TimexFormat.day(this > cal.date ? dateIn(cal.date.year - 1)! : this))
        }
        return nil
    }
}

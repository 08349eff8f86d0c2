import GleanCore

extension CivilDate: CivilDateLike {}

/// Which way a bare weekday or month name points from the reference date.
public enum Direction: String, Sendable, CaseIterable {
    /// The nearest on or before the reference date (news reports the past).
    case past
    /// The nearest on or after the reference date.
    case future
    /// Whichever is nearer.
    case nearest
}

/// Calendar arithmetic around a reference (publication) date.
struct ReferenceCalendar: Sendable {
    let date: CivilDate

    /// The ISO week-numbering year and week of `d`.
    static func isoWeek(_ d: CivilDate) -> (year: Int, week: Int) {
        let thursday = d.adding(days: 4 - d.weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    static func weekValue(_ d: CivilDate) -> String {
        let w = isoWeek(d)
        return TimexFormat.week(w.year, w.week)
    }

    var quarter: Int { (date.month - 1) / 3 + 1 }

    /// The last completed quarter (what "the quarter" in an earnings report means).
    var latestQuarter: (year: Int, quarter: Int) {
        quarter == 1 ? (date.year - 1, 4) : (date.year, quarter - 1)
    }

    /// The date of weekday `wd` (ISO) relative to the reference, per `direction`; `strict` skips the reference day itself.
    func weekday(_ wd: Int, direction: Direction, strict: Bool = false) -> CivilDate {
        let back = (date.weekday - wd + 7) % 7
        let forward = (wd - date.weekday + 7) % 7
        switch direction {
        case .past: return date.adding(days: -(back == 0 && strict ? 7 : back))
        case .future: return date.adding(days: forward == 0 && strict ? 7 : forward)
        case .nearest: return back <= forward ? date.adding(days: -back) : date.adding(days: forward)
        }
    }

    /// The year of month `m` relative to the reference, per `direction`.
    func yearOfMonth(_ m: Int, direction: Direction, strict: Bool = false) -> Int {
        switch direction {
        case .past: return m < date.month || (m == date.month && !strict) ? date.year : date.year - 1
        case .future: return m > date.month || (m == date.month && !strict) ? date.year : date.year + 1
        case .nearest:
            let diff = m - date.month
            if diff > 6 { return date.year - 1 }
            if diff < -6 { return date.year + 1 }
            return date.year
        }
    }

    /// The (year, month) `n` months after the reference month (n may be negative).
    func month(offset n: Int) -> (year: Int, month: Int) {
        let index = date.year * 12 + (date.month - 1) + n
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }

    /// The season containing month `m` (Dec-Feb winter), with the year TIMEX3 gives it.
    static func season(ofMonth m: Int, year: Int) -> (year: Int, code: String) {
        switch m {
        case 3...5: return (year, "SP")
        case 6...8: return (year, "SU")
        case 9...11: return (year, "FA")
        default: return (m == 12 ? year : year - 1, "WI")
        }
    }

    /// The year of the most recent (`past`) or next (`future`) instance of a season, not counting the current one when `strict`.
    func yearOfSeason(_ code: String, direction: Direction, strict: Bool) -> Int {
        let order = ["WI": 0, "SP": 1, "SU": 2, "FA": 3]
        let current = ReferenceCalendar.season(ofMonth: date.month, year: date.year)
        let cur = order[current.code]!, target = order[code]!
        var year = current.year
        // Winter is named by the year it starts; treat the seasons of the year in order SP, SU, FA, WI.
        let seq = { (c: Int) in c == 0 ? 3 : c - 1 }
        let c = seq(cur), t = seq(target)
        if current.code == "WI" && date.month <= 2 { year = date.year - 1 }
        switch direction {
        case .future: return t > c || (t == c && !strict) ? year : year + 1
        default: return t < c || (t == c && !strict) ? year : year - 1
        }
    }

    /// Easter Sunday of `year` (anonymous Gregorian algorithm).
    static func easter(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// The `n`-th (1-based; 5 = last) weekday `wd` of a month.
    static func nthWeekday(_ n: Int, _ wd: Int, month: Int, year: Int) -> CivilDate {
        if n == 5 {
            let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
            return last.adding(days: -((last.weekday - wd + 7) % 7))
        }
        let first = CivilDate(year: year, month: month, day: 1)!
        return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
    }
}

import GleanCore

/// Resolution of clock times.
extension Resolver {
    static func clock(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        var hour: Int, minute: Int
        if let n = g("noon") {
            hour = n == "midnight" ? 24 : 12; minute = 0
        } else if let h = g("h"), let ap = g("ap") {
            hour = Int(h)!; minute = g("mi").flatMap { Int($0) } ?? 0
            guard (1...12).contains(hour) else { return nil }
            if ap.hasPrefix("p") && hour < 12 { hour += 12 }
            if ap.hasPrefix("a") && hour == 12 { hour = 0 }
        } else if let h = g("h2") ?? g("mh"), let mi = g("mi2") ?? g("mm") {
            hour = Int(h)!; minute = Int(mi)!
        } else { return nil }
        var datePart = "XXXX-XX-XX"
        if let cal = c.calendar {
            datePart = TimexFormat.day(cal.date)
            if let wd = g("cwd").flatMap(Lexicon.weekdayNumber) {
                datePart = TimexFormat.day(cal.weekday(wd, direction: c.bareDirection))
            } else if let dx = g("cdx") {
                datePart = TimexFormat.day(cal.date.adding(days: dx == "yesterday" ? -1 : dx == "tomorrow" ? 1 : 0))
            } else if let m = g("cm").flatMap(Lexicon.monthNumber), let d = g("cd").flatMap({ Int($0.numberCharacters) }),
                      let v = dateValue(year: impliedYear(month: m, day: d, c), month: m, day: d) {
                datePart = v
            }
        }
        return .time(datePart + "T" + TimexFormat.pad(hour, 2) + ":" + TimexFormat.pad(minute, 2))
    }
}

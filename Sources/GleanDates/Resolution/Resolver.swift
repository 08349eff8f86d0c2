import GleanCore
import GleanPCRE

/// The named groups of one match, read as lowercased text.
struct Groups {
    let result: MatchResult
    let bytes: UnsafeBufferPointer<UInt8>

    /// The lowercased text of group `name`, or nil when it did not take part.
    func callAsFunction(_ name: String) -> String? {
        guard let r = result.range(name) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).lowercased()
    }

    func has(_ name: String) -> Bool { result.range(name) != nil }
}

/// What the resolver knows about the context of one expression.
struct ResolutionContext {
    /// The reference calendar, nil when the document has no date and no override is set.
    let calendar: ReferenceCalendar?
    /// The default direction of bare weekdays and months.
    let direction: Direction
    /// Whether an edge modifier ("the end of") anchors a bare unit ("the year") to the reference.
    let anchored: Bool
    /// The document text and where the expression is, for the clues below (computed on demand).
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    let cuePattern: Pattern

    /// Whether the words before the expression point to the future ("will", "next", "until");
    /// a possessive ("Wednesday's ruling") speaks of a past event.
    var futureCue: Bool {
        !Cues.isPossessive(range, in: bytes)
            && ((try? Cues.pointsForward(before: range.lowerBound, in: bytes, pattern: cuePattern)) ?? false)
    }
    /// Whether the text before the expression speaks of quarters (earnings reports).
    var quarterContext: Bool { Cues.mentionsQuarter(before: range.lowerBound, in: bytes) }
    /// The word right before the expression (lowercased), e.g. "by", "in".
    var previousWord: String { Cues.previousWord(before: range.lowerBound, in: bytes) }

    var bareDirection: Direction { futureCue ? .future : direction }
}

/// Turns a grammar match into a TIMEX3 value, type and modifier, relative to the reference date.
enum Resolver {
    static func resolve(_ kind: RuleKind, _ g: Groups, _ c: ResolutionContext) -> Timex? {
        switch kind {
        case .calendar: return calendar(g, c)
        case .period: return period(g, c)
        case .named: return named(g, c)
        case .deictic: return deictic(g, c)
        case .relative: return relative(g, c)
        case .duration: return duration(g, c)
        case .clock: return clock(g, c)
        case .recurrence: return recurrence(g, c)
        }
    }

    // MARK: Calendar dates

    static func yearNumber(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = text.filter(\.isNumber)
        guard let n = Int(digits) else { return nil }
        if digits.count == 2 { return n > 40 ? 1900 + n : 2000 + n }
        return n
    }

    static func relativeYear(_ phrase: String?, _ c: ResolutionContext) -> Int? {
        guard let phrase, let cal = c.calendar else { return nil }
        if phrase.contains("last") { return cal.date.year - 1 }
        if phrase.contains("next") { return cal.date.year + 1 }
        return cal.date.year
    }

    /// The year of a month-and-day without a year: the reference year, unless the month lies well ahead
    /// (then last year), or the context points forward (then the next such date).
    static func impliedYear(month m: Int, day: Int?, _ c: ResolutionContext) -> Int? {
        guard let cal = c.calendar else { return nil }
        if c.futureCue || ["by", "until", "till", "due"].contains(c.previousWord) {
            return cal.yearOfMonth(m, direction: .future)
        }
        switch c.direction {
        case .future: return cal.yearOfMonth(m, direction: .future)
        case .nearest: return cal.yearOfMonth(m, direction: .nearest)
        case .past:
            // News looks back up to about eight months and ahead up to about four (due dates, payments).
            let target = day ?? 15
            for year in [cal.date.year, cal.date.year + 1, cal.date.year - 1] {
                guard let d = CivilDate(year: year, month: m, day: min(target, CivilDate.daysIn(month: m, year: year))) else { continue }
                let diff = d.dayNumber - cal.date.dayNumber
                if diff > -245 && diff <= (day == nil ? 45 : 120) { return year }
            }
            return cal.date.year
        }
    }

    static func dateValue(year: Int?, month: Int, day: Int?) -> String? {
        if let day {
            if let year {
                guard CivilDate(year: year, month: month, day: day) != nil else { return nil }
                return TimexFormat.pad(year, 4) + "-" + TimexFormat.pad(month, 2) + "-" + TimexFormat.pad(day, 2)
            }
            guard day <= CivilDate.daysIn(month: month, year: 2000) else { return nil }
            return "XXXX-" + TimexFormat.pad(month, 2) + "-" + TimexFormat.pad(day, 2)
        }
        return (year.map { TimexFormat.pad($0, 4) } ?? "XXXX") + "-" + TimexFormat.pad(month, 2)
    }

    static func calendar(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        if let y = g("iy"), let m = g("im"), let d = g("id") {
            return dateValue(year: Int(y), month: Int(m)!, day: Int(d)).map { .date($0) }
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
            return dateValue(year: yearNumber(y), month: month, day: day).map { .date($0) }
        }
        if let d = g("ed"), let m = g("em"), let y = g("ey") {
            return dateValue(year: Int(y), month: Int(m)!, day: Int(d)).map { .date($0) }
        }
        guard let monthText = g("m1") ?? g("m2") ?? g("m3"), let month = Lexicon.monthNumber(monthText) else { return nil }
        let day = (g("d1") ?? g("d2")).flatMap { Int($0.filter(\.isNumber)) }
        var year = yearNumber(g("y1") ?? g("y2") ?? g("y3"))
        if year == nil, let rel = g("ry1") ?? g("ry3") { year = relativeYear(rel, c) }
        if year == nil { year = impliedYear(month: month, day: day, c) }
        return dateValue(year: year, month: month, day: day).map { .date($0) }
    }

    // MARK: Years, decades, quarters

    static func spelledTens(_ text: String) -> Int? {
        Lexicon.numberValue(text).map { Int($0) }
    }

    static func period(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        let cal = c.calendar
        if let dec = g("dec") {
            var digits = dec.filter(\.isNumber)
            if dec.hasPrefix("'") { digits = "19" + digits }
            let mod: String? = switch g("ce") { case "early": "START"; case "mid": "MID"; case "late": "END"; default: nil }
            return .date(String(digits.prefix(3)), mod: mod)
        }
        if let word = g("decw") {
            let tens = ["twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9]
            guard let t = tens[word] else { return nil }
            let mod: String? = switch g("cew") { case "early": "START"; case "mid": "MID"; case "late": "END"; default: nil }
            return .date("19\(t)", mod: mod)
        }
        if g("yend") != nil {
            guard let cal else { return .date("XXXX", mod: "END") }
            let year = c.futureCue || ["by", "until", "before"].contains(c.previousWord) || cal.date.month >= 7 ? cal.date.year : cal.date.year - 1
            return .date(TimexFormat.year(year), mod: "END")
        }
        if let cen = g("cen") {
            let n: Int? = switch cen.filter({ $0 != "-" }) {
            case "twentyfirst": 21; case "twentieth": 20; case "nineteenth": 19; case "eighteenth": 18
            default: Int(cen)
            }
            guard let n, n >= 1, n <= 21 else { return nil }
            return .date(TimexFormat.pad(n - 1, 2))
        }
        if let ordText = g("ord"), let unit = g("pu") {
            guard let ord = Lexicon.ordinal(ordText) else { return nil }
            var year = yearNumber(g("pyr1") ?? g("pyr2") ?? g("pyr4"))
            if year == nil, let rel = g("prel") ?? g("prel2") { year = relativeYear(rel, c) }
            if year == nil, g("yago") != nil, let cal { year = cal.date.year - 1 }
            if year == nil, g("pyr3") != nil, let cal { year = cal.date.year }
            if unit.hasPrefix("half") {
                let half = ord == 1 ? 1 : 2
                if year == nil, let cal { year = half == 2 && cal.date.month <= 6 ? cal.date.year - 1 : cal.date.year }
                return .date((year.map { TimexFormat.year($0) } ?? "XXXX") + "-H\(half)")
            }
            if year == nil, let cal {
                year = ord > cal.quarter && !c.futureCue ? cal.date.year - 1 : cal.date.year
            }
            return .date((year.map { TimexFormat.year($0) } ?? "XXXX") + "-Q\(ord)")
        }
        if let fy = yearNumber(g("fy")) {
            if let q = g("ford").flatMap(Lexicon.ordinal) { return .date(TimexFormat.quarter(fy, q)) }
            return .date(TimexFormat.year(fy))
        }
        if let season = g("season"), let y = yearNumber(g("sy")) {
            return .date(TimexFormat.year(y) + "-" + Lexicon.seasonCode(season))
        }
        if let py = yearNumber(g("py")), let noun = g("pn") {
            if noun.hasPrefix("period") || noun.hasPrefix("quarter"), let cal {
                return .date(TimexFormat.quarter(py, cal.latestQuarter.quarter))
            }
            return .date(TimexFormat.year(py))
        }
        if let ya = g("ya") {
            let noun = g("yan")
            if !ya.hasPrefix("year"), noun == nil { return nil }
            guard let cal else { return .date("XXXX") }
            let lq = cal.latestQuarter
            if noun != nil || c.quarterContext { return .date(TimexFormat.quarter(lq.year - 1, lq.quarter)) }
            return .date(TimexFormat.year(cal.date.year - 1))
        }
        if g("spelled") != nil { return .date("2000") }
        if let a = g("sp1"), let b = g("sp2"), let tail = spelledTens(b) {
            return .date(String((a == "nineteen" ? 1900 : 2000) + tail))
        }
        if let y = g("year"), let year = Int(y) {
            if let cal, year > cal.date.year + 40 { return nil }
            return .date(TimexFormat.year(year))
        }
        return nil
    }

    // MARK: Weekdays, named months, holidays

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
        if let mText = g("mm") ?? g("bm"), let m = Lexicon.monthNumber(mText) {
            guard let cal = c.calendar else { return .date("XXXX-" + TimexFormat.pad(m, 2)) }
            if let (dir, strict) = direction(for: g("mrel")) {
                let year = dir == .nearest ? cal.date.year : cal.yearOfMonth(m, direction: dir, strict: strict)
                return .date(TimexFormat.month(year, m))
            }
            return .date(TimexFormat.month(impliedYear(month: m, day: nil, c) ?? cal.date.year, m))
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

    // MARK: Deictic words

    static func deictic(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        let cal = c.calendar
        func day(_ offset: Int) -> String { cal.map { TimexFormat.day($0.date.adding(days: offset)) } ?? "XXXX-XX-XX" }
        if let dx = g("dx") {
            let offset = dx == "yesterday" ? -1 : dx == "tomorrow" ? 1 : 0
            if let part = g("dpart") { return .time(day(offset) + "T" + Lexicon.partOfDayCode(part)) }
            return .date(day(offset))
        }
        if let t = g("tonight") {
            if t == "tonight" { return .time(day(0) + "TNI") }
            if t.hasPrefix("last") { return .time(day(-1) + "TNI") }
            if t == "overnight" { return .time(day(-1) + "TNI") }
            return .time(day(0) + "T" + Lexicon.partOfDayCode(String(t.split(separator: " ").last!)))
        }
        if let t = g("thepart") {
            return .time(day(0) + "T" + Lexicon.partOfDayCode(String(t.split(separator: " ").last!)))
        }
        if let r = g("ref") {
            if r.hasPrefix("earlier") { return .date(day(0)) }
            switch r {
            case "recently", "previously", "formerly", "lately", "the past", "recent": return .date("PAST_REF")
            case _ where r.hasSuffix("future") || r.hasSuffix("term"): return .date("FUTURE_REF")
            default: return .date("PRESENT_REF")
            }
        }
        return nil
    }

    // MARK: Relative units

    enum Shift { case this, last, next }

    static func shift(_ rel: String) -> Shift {
        if rel.contains("last") || rel.contains("past") || rel.contains("previous") || rel.contains("latest") { return .last }
        if rel.contains("next") || rel.contains("coming") || rel.contains("following") { return .next }
        return .this
    }

    static func relative(_ g: Groups, _ c: ResolutionContext) -> Timex? {
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
            rel = r.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " "); unit = u
        } else { return nil }

        // "the past year", "the coming week": an amount of time, unless anchored by "the end of".
        let durationLike = ["the past", "the last", "the next", "the coming", "the following", "the first", "the whole", "the entire"]
        if durationLike.contains(rel), !c.anchored, let code = Lexicon.unitCode(unit),
           !["period", "spring", "summer", "fall", "autumn", "winter"].contains(unit) {
            return .duration(TimexFormat.duration(1, unit: code.code, isTime: false))
        }
        if rel == "the" && !c.anchored {
            switch unit {
            case "year": return .duration("P1Y")
            case "week": return .duration("P1W")
            case "month": return .duration("P1M")
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
            if rel.contains("latest") { return .date(TimexFormat.year(ref.year), mod: mod) }
            return .date(TimexFormat.year(y), mod: mod)
        case "quarter", "period":
            if s == .this && rel != "the" && !rel.contains("full") {
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

    // MARK: Durations and "ago"

    static func duration(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        if let h = g("half") {
            let words = h.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard words.count > 1, let code = Lexicon.unitCode(String(words[1])) else { return nil }
            return .duration(TimexFormat.duration(1.5, unit: code.code, isTime: code.isTime))
        }
        if g("vago") != nil { return .date("PAST_REF") }
        if let u = g("dl1"), let code = Lexicon.unitCode(u) {
            return .duration(TimexFormat.duration(1, unit: code.code, isTime: code.isTime))
        }
        if let u = g("vunit") ?? g("bare") ?? g("bare2") ?? g("dl") ?? g("ahead"), let code = Lexicon.unitCode(u) {
            return .duration(TimexFormat.duration(nil, unit: code.code, isTime: code.isTime))
        }
        guard let numText = g("num"), let unitText = g("unit"), let code = Lexicon.unitCode(unitText) else { return nil }
        let amount = Lexicon.numberValue(numText)
        let article = numText == "a" || numText == "an" || numText == "one"
        // "a second attack", "a quarter of the shares", "one day" as "someday" are not amounts of time.
        if unitText.hasPrefix("second") && article { return nil }
        if unitText.hasPrefix("quarter") && g("sep") != "-" && (article || numText.first?.isNumber == true) { return nil }
        if numText.first?.isNumber == true, let a = amount, a > 1000 { return nil }
        // "four flights a week", "$2 million a year": a rate, not an amount of time.
        if article && g("ago") == nil && isRate(c.previousWord) { return nil }
        if let ago = g("ago") {
            let forward = ago.hasSuffix("now")
            guard let cal = c.calendar else { return .date(forward ? "FUTURE_REF" : "PAST_REF") }
            guard let n = amount.map({ Int($0.rounded()) }) else { return .date(forward ? "FUTURE_REF" : "PAST_REF") }
            let sign = forward ? 1 : -1
            let ref = cal.date
            switch code.code {
            case "Y":
                if n == 1 && !forward && c.quarterContext {
                    let lq = cal.latestQuarter
                    return .date(TimexFormat.quarter(lq.year - 1, lq.quarter))
                }
                return .date(TimexFormat.year(ref.year + sign * n))
            case "DE": return .date(TimexFormat.year(ref.year + sign * 10 * n))
            case "CE": return .date(TimexFormat.pad((ref.year + sign * 100 * n) / 100, 2))
            case "M":
                if code.isTime { return .time(TimexFormat.day(ref)) }
                let m = cal.month(offset: sign * n)
                return .date(TimexFormat.month(m.year, m.month))
            case "W": return .date(ReferenceCalendar.weekValue(ref.adding(days: sign * 7 * n)))
            case "D": return .date(TimexFormat.day(ref.adding(days: sign * n)))
            case "Q":
                var q = cal.quarter - n * (forward ? -1 : 1), y = ref.year
                while q < 1 { q += 4; y -= 1 }
                while q > 4 { q -= 4; y += 1 }
                return .date(TimexFormat.quarter(y, q))
            default: return .date(TimexFormat.day(ref))
            }
        }
        return .duration(TimexFormat.duration(amount, unit: code.code, isTime: code.isTime))
    }

    static func isRate(_ previous: String) -> Bool {
        if ["million", "billion", "percent", "times", "once", "twice", "thousand", "hundred"].contains(previous) { return true }
        if let last = previous.last, last.isNumber || last == "%" { return true }
        let notPlural: Set<String> = ["was", "has", "this", "its", "his", "is", "as", "less", "across", "us", "hers", "yours", "ours", "plus", "thus", "whereas"]
        return previous.count > 3 && previous.hasSuffix("s") && !previous.hasSuffix("ss") && !notPlural.contains(previous)
    }

    // MARK: Clock times

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
            } else if let m = g("cm").flatMap(Lexicon.monthNumber), let d = g("cd").flatMap({ Int($0.filter(\.isNumber)) }),
                      let v = dateValue(year: impliedYear(month: m, day: d, c), month: m, day: d) {
                datePart = v
            }
        }
        return .time(datePart + "T" + TimexFormat.pad(hour, 2) + ":" + TimexFormat.pad(minute, 2))
    }

    // MARK: Recurrences

    static func recurrence(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        if let adv = g("adv") {
            switch adv {
            case "daily": return .set("P1D")
            case "nightly": return .set("XXXX-XX-XXTNI")
            case "weekly": return .set("P1W")
            case "biweekly": return .set("P2W")
            case "monthly": return .set("P1M")
            case "quarterly": return .set("P3M")
            case "semiannually": return .set("P6M")
            case "hourly": return .set("PT1H")
            default: return .set("P1Y")
            }
        }
        if let wd = (g("qwd") ?? g("pwd")).flatMap(Lexicon.weekdayNumber) {
            let part = (g("ppart") ?? g("ppart2")).map { "T" + Lexicon.partOfDayCode($0) } ?? ""
            return .set("XXXX-WXX-\(wd)" + part)
        }
        if let m = g("qm").flatMap(Lexicon.monthNumber) { return .set("XXXX-" + TimexFormat.pad(m, 2)) }
        if let n = g("qn"), let u = g("qnu"), let code = Lexicon.unitCode(u) {
            return .set(TimexFormat.duration(Lexicon.numberValue(n), unit: code.code, isTime: code.isTime))
        }
        if let u = g("qu") {
            switch u {
            case "morning", "afternoon", "evening", "night": return .set("XXXX-XX-XXT" + Lexicon.partOfDayCode(u))
            case "weekend": return .set("XXXX-WXX-WE")
            case "spring", "summer", "fall", "winter": return .set("XXXX-" + Lexicon.seasonCode(u))
            case "quarter": return .set("P1Q")
            default:
                guard let code = Lexicon.unitCode(u) else { return nil }
                return .set(TimexFormat.duration(1, unit: code.code, isTime: code.isTime))
            }
        }
        return nil
    }
}

import GleanCore

/// Resolution of deictic words.
extension Resolver {
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
}

import GleanCore

/// Resolution of deictic words.
extension Resolver {
    static func deictic(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        let cal = c.calendar
        func day(_ offset: Int) -> String {
            guard let cal else { return "XXXX-XX-XX" }
            return TimexFormat.day(offset == 0 ? cal.date : cal.date.adding(days: offset))
        }
        // One word of letters (the usual case) read by its key, without the group's string.
        if let r = g.range("dx"), !g.has("dpart") {
            let key = WordKey.of(g.bytes, r)
            if key != 0 { return .date(day(key == WordKey.yesterday ? -1 : key == WordKey.tomorrow ? 1 : 0)) }
        }
        if let r = g.range("ref") {
            let key = WordKey.of(g.bytes, r)
            if key != 0 {
                // "earlier today" and the phrases ending in "future" or "term" have several words.
                return .date(key.isIn(WordKey.pastReferences) ? "PAST_REF" : "PRESENT_REF")
            }
        }
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

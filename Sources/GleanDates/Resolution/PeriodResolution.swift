import GleanCore

/// Resolution of years, decades, quarters.
extension Resolver {
    static func spelledTens(_ text: String) -> Int? {
        Lexicon.numberValue(text).map { Int($0) }
    }

    static func period(_ g: Groups, _ c: ResolutionContext) -> Timex? {
        let cal = c.calendar
        // A year standing alone (the usual case): its group is the only one in its branch of the
        // pattern, four ASCII digits, read on the bytes (what `Int` of the group gives).
        if let r = g.range("year"), let (year, _) = digitsValue(g.bytes, r) {
            if let cal, year > cal.date.year + 40 { return nil }
            return .year(year)
        }
        if let dec = g("dec") {
            var digits = dec.numberCharacters
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
            let year = c.futureCue || c.previousWordIs("by", "until", "before") || cal.date.month >= 7 ? cal.date.year : cal.date.year - 1
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
            return .year(fy)
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
            return .year(year)
        }
        return nil
    }
}

import GleanCore

/// Resolution of recurrences.
extension Resolver {
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

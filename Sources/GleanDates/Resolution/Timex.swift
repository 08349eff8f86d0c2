/// The four TIMEX3 types.
public enum TimexType: String, Sendable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"

    /// The type's bit in a mask of types.
    var bit: UInt8 {
        switch self {
        case .date: 1
        case .time: 2
        case .duration: 4
        case .set: 8
        }
    }
}

/// A normalized temporal expression: its TIMEX3 value, type and modifier.
struct Timex: Sendable, Equatable {
    var value: String?
    var type: TimexType
    var mod: String? = nil

    static func date(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .date, mod: mod) }
    static func time(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .time, mod: mod) }
    static func duration(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .duration, mod: mod) }
    static func set(_ value: String?) -> Timex { Timex(value: value, type: .set) }
}

/// Formatting of TIMEX3 value strings.
enum TimexFormat {
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        // Digits and a minus sign are one byte each: counting bytes spares counting characters.
        let length = s.utf8.count
        return length >= width ? s : String(repeating: "0", count: width - length) + s
    }

    static func year(_ y: Int) -> String { pad(y, 4) }
    static func month(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }
    static func day(_ d: CivilDateLike) -> String { pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2) }
    static func week(_ y: Int, _ w: Int) -> String { pad(y, 4) + "-W" + pad(w, 2) }
    static func quarter(_ y: Int, _ q: Int) -> String { pad(y, 4) + "-Q" + String(q) }

    /// A duration value: `P3Y`, `PT5H`, `P2Y6M` (fractions carried into the next smaller unit), `PXW` for vague amounts.
    static func duration(_ amount: Double?, unit: String, isTime: Bool) -> String {
        var code = unit
        var factor: Double = 1
        // Decades and centuries as years, counted quarters as months (as TimeBank mostly writes them), a weekend as two days.
        if code == "DE" { code = "Y"; factor = 10 }
        if code == "CE" { code = "Y"; factor = 100 }
        if code == "WE" { code = "D"; factor = 2 }
        if code == "Q" && amount != nil { code = "M"; factor = 3 }
        let prefix = isTime ? "PT" : "P"
        guard let raw = amount else {
            return prefix + "X" + (unit == "DE" ? "E" : unit == "CE" ? "C" : unit == "Q" ? "Q" : code)
        }
        let value = raw * factor
        let whole = Int(value)
        let fraction = value - Double(whole)
        if fraction < 0.001 { return prefix + String(whole) + code }
        // Carry the fraction into the next smaller unit.
        let smaller: [String: (String, Double, Bool)] = ["Y": ("M", 12, false), "M": isTime ? ("S", 60, true) : ("D", 30, false),
                                                         "W": ("D", 7, false), "D": ("H", 24, true), "H": ("M", 60, true)]
        guard let (next, scale, nextIsTime) = smaller[code] else { return prefix + String(value) + code }
        let rest = Int((fraction * scale).rounded())
        var out = prefix + (whole > 0 ? String(whole) + code : "")
        if nextIsTime && !isTime { out += "T" }
        return out + String(rest) + next
    }
}

/// What the formatters need of a date.
protocol CivilDateLike { var year: Int { get }; var month: Int { get }; var day: Int { get } }

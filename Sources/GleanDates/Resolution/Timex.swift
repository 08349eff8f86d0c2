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
    /// The commonest values (a day "1987-03-02", a year "1987") as integers instead of `value`
    /// (which is then nil): `year << 12 | month << 7 | day << 2 | shape` (shape 1: a day, 2: a
    /// year, 3: a month); 0 for none. The string is written only when the attributes are built (see
    /// ``TimexAttributeCache``), and the cache key is this integer.
    var packed: Int = 0

    /// A day value `y-m-d` as ``TimexFormat/day(_:_:_:)`` writes it (packed when the fields fit its fixed layout).
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Timex {
        guard y >= 0 && y < 10_000 && m >= 0 && m < 16 && d >= 0 && d < 32 else { return .date(TimexFormat.day(y, m, d)) }
        return Timex(value: nil, type: .date, packed: y << 12 | m << 7 | d << 2 | 1)
    }

    /// A year value as ``TimexFormat/year(_:)`` writes it (packed when it has four digits).
    static func year(_ y: Int) -> Timex {
        guard y >= 0 && y < 10_000 else { return .date(TimexFormat.year(y)) }
        return Timex(value: nil, type: .date, packed: y << 12 | 2)
    }

    /// A month value `y-m` as ``TimexFormat/month(_:_:)`` writes it (packed when the fields fit its fixed layout).
    static func month(_ y: Int, _ m: Int) -> Timex {
        guard y >= 0 && y < 10_000 && m >= 0 && m < 16 else { return .date(TimexFormat.month(y, m)) }
        return Timex(value: nil, type: .date, packed: y << 12 | m << 7 | 3)
    }

    /// The value as a string: `value`, or the packed value written out.
    var valueString: String? {
        guard packed != 0 else { return value }
        let y = packed >> 12, m = (packed >> 7) & 15
        switch packed & 3 {
        case 1: return TimexFormat.day(y, m, (packed >> 2) & 31)
        case 2: return TimexFormat.year(y)
        default: return TimexFormat.month(y, m)
        }
    }

    static func date(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .date, mod: mod) }
    static func time(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .time, mod: mod) }
    static func duration(_ value: String?, mod: String? = nil) -> Timex { Timex(value: value, type: .duration, mod: mod) }
    static func set(_ value: String?) -> Timex { Timex(value: value, type: .set) }
}

/// Formatting of TIMEX3 value strings.
enum TimexFormat {
    static func pad(_ n: Int, _ width: Int) -> String {
        if n >= 0 && n < 10_000 && width >= 1 && width <= 4 {
            // What `digits([(n, width)])` writes: n zero-padded to `width`, or all its digits.
            var length = 1
            var rest = n / 10
            while rest > 0 { length += 1; rest /= 10 }
            let total = max(length, width)
            return String(unsafeUninitializedCapacity: total) { out in
                put(n, total, out, 0)
                return total
            }
        }
        if n >= 0 && n < 10_000 && width <= 4 { return digits([(n, width)]) }
        let s = String(n)
        // Digits and a minus sign are one byte each: counting bytes spares counting characters.
        let length = s.utf8.count
        return length >= width ? s : String(repeating: "0", count: width - length) + s
    }

    /// `fields` (each `0..<10_000`, zero-padded to its width) joined by hyphens, written straight
    /// into one small string: what `pad(a, 4) + "-" + pad(b, 2)` gives, without the intermediate strings.
    private static func digits(_ fields: [(value: Int, width: Int)]) -> String {
        var length = fields.count - 1
        var widths: (Int, Int, Int) = (0, 0, 0)
        for (k, field) in fields.enumerated() {
            var count = 1
            var rest = field.value / 10
            while rest > 0 { count += 1; rest /= 10 }
            let width = max(count, field.width)
            length += width
            switch k { case 0: widths.0 = width; case 1: widths.1 = width; default: widths.2 = width }
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var end = 0
            for (k, field) in fields.enumerated() {
                if k > 0 { out[end] = 0x2D; end += 1 }
                let width = k == 0 ? widths.0 : k == 1 ? widths.1 : widths.2
                var value = field.value
                var i = end + width
                while i > end {
                    i -= 1
                    out[i] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
                end += width
            }
            return end
        }
    }

    /// Whether `pad` of each value is plain digits (no sign, no more than four digits).
    private static func isPlain(_ values: Int...) -> Bool { values.allSatisfy { $0 >= 0 && $0 < 10_000 } }

    static func year(_ y: Int) -> String {
        guard y >= 0 && y < 10_000 else { return pad(y, 4) }
        return String(unsafeUninitializedCapacity: 4) { out in
            put(y, 4, out, 0)
            return 4
        }
    }
    static func month(_ y: Int, _ m: Int) -> String {
        if y >= 0 && y < 10_000 && m >= 0 && m < 100 {
            return String(unsafeUninitializedCapacity: 7) { out in
                put(y, 4, out, 0)
                out[4] = 0x2D
                put(m, 2, out, 5)
                return 7
            }
        }
        return isPlain(y, m) ? digits([(y, 4), (m, 2)]) : pad(y, 4) + "-" + pad(m, 2)
    }

    /// Writes `value` (which has at most `width` digits) zero-padded into `out[at ..< at + width]`.
    @inline(__always)
    private static func put(_ value: Int, _ width: Int, _ out: UnsafeMutableBufferPointer<UInt8>, _ at: Int) {
        var value = value
        var i = at + width
        while i > at {
            i -= 1
            out[i] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
            value /= 10
        }
    }
    static func day(_ d: CivilDateLike) -> String { day(d.year, d.month, d.day) }
    static func day(_ y: Int, _ m: Int, _ d: Int) -> String {
        if y >= 0 && y < 10_000 && m >= 0 && m < 100 && d >= 0 && d < 100 {
            return String(unsafeUninitializedCapacity: 10) { out in
                put(y, 4, out, 0)
                out[4] = 0x2D
                put(m, 2, out, 5)
                out[7] = 0x2D
                put(d, 2, out, 8)
                return 10
            }
        }
        return isPlain(y, m, d) ? digits([(y, 4), (m, 2), (d, 2)]) : pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }
    static func week(_ y: Int, _ w: Int) -> String {
        guard y >= 0 && y < 10_000 && w >= 0 && w < 100 else { return pad(y, 4) + "-W" + pad(w, 2) }
        return String(unsafeUninitializedCapacity: 8) { out in
            put(y, 4, out, 0)
            out[4] = 0x2D
            out[5] = 0x57
            put(w, 2, out, 6)
            return 8
        }
    }
    static func quarter(_ y: Int, _ q: Int) -> String {
        guard y >= 0 && y < 10_000 && q >= 0 && q < 10 else { return pad(y, 4) + "-Q" + String(q) }
        return String(unsafeUninitializedCapacity: 7) { out in
            put(y, 4, out, 0)
            out[4] = 0x2D
            out[5] = 0x51
            put(q, 1, out, 6)
            return 7
        }
    }

    /// ``duration(_:unit:isTime:)`` of a whole amount `0..<10_000`, written in one buffer.
    static func duration(whole n: Int, unit: String, isTime: Bool) -> String {
        var unit = unit
        return unit.withUTF8 { code -> String in
            var whole = n
            var letters: (UInt8, UInt8) = (code.count > 0 ? code[0] : 0, code.count > 1 ? code[1] : 0)
            var count = code.count
            // As in the general form: decades and centuries as years, quarters as months, a weekend as two days.
            if count == 2 && letters.1 == 0x45 && (letters.0 == 0x44 || letters.0 == 0x43 || letters.0 == 0x57) {
                // DE, CE, WE
                whole *= letters.0 == 0x44 ? 10 : letters.0 == 0x43 ? 100 : 2
                letters.0 = letters.0 == 0x57 ? 0x44 : 0x59
                count = 1
            } else if count == 1 && letters.0 == 0x51 {
                whole *= 3
                letters.0 = 0x4D
            }
            var width = 1, rest = whole / 10
            while rest > 0 { width += 1; rest /= 10 }
            let head = isTime ? 2 : 1
            let total = head + width + count
            return String(unsafeUninitializedCapacity: total) { out in
                out[0] = 0x50
                if isTime { out[1] = 0x54 }
                put(whole, width, out, head)
                out[head + width] = letters.0
                if count == 2 { out[head + width + 1] = letters.1 }
                return total
            }
        }
    }

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
            // ("PX" or "PTX" and one or two letters, written in one buffer.)
            var letters = unit == "DE" ? "E" : unit == "CE" ? "C" : unit == "Q" ? "Q" : code
            return letters.withUTF8 { c in
                let head = isTime ? 3 : 2
                return String(unsafeUninitializedCapacity: head + c.count) { out in
                    out[0] = 0x50
                    if isTime { out[1] = 0x54 }
                    out[head - 1] = 0x58
                    for k in 0..<c.count { out[head + k] = c[k] }
                    return head + c.count
                }
            }
        }
        let value = raw * factor
        let whole = Int(value)
        let fraction = value - Double(whole)
        if fraction < 0.001 {
            // "P3Y", "PT5H" written in one buffer (the usual case: a small whole amount, a one- or two-letter code).
            if whole >= 0 && whole < 1_000_000 {
                var width = 1, rest = whole / 10
                while rest > 0 { width += 1; rest /= 10 }
                let head = isTime ? 2 : 1
                var codeCopy = code
                return codeCopy.withUTF8 { c in
                    String(unsafeUninitializedCapacity: head + width + c.count) { out in
                        out[0] = 0x50
                        if isTime { out[1] = 0x54 }
                        put(whole, width, out, head)
                        for k in 0..<c.count { out[head + width + k] = c[k] }
                        return head + width + c.count
                    }
                }
            }
            return prefix + String(whole) + code
        }
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

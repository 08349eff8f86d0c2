/// Reads numbers written in digits: "3,000", "1.5", ".05", "2 1/2", "1/16", "1⁄32", "⅓",
/// "4e14", "2.48×10−5", "5.5x10-3".
enum DigitNumber {
    /// Unicode vulgar fractions.
    static let vulgarFractions: [Unicode.Scalar: Double] = [
        "½": 1.0 / 2, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 1.0 / 4, "¾": 3.0 / 4, "⅕": 1.0 / 5, "⅖": 2.0 / 5,
        "⅗": 3.0 / 5, "⅘": 4.0 / 5, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 1.0 / 8, "⅜": 3.0 / 8, "⅝": 5.0 / 8,
        "⅞": 7.0 / 8,
    ]

    /// The pattern fragment for one digit number (no sign), as used in the grammar.
    static let pattern = #"""
    (?:
      (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?            # 3,000  1.5  3000
      (?:
        \x20\d{1,2}/\d{1,2}(?![\d/])                   # mixed: 2 1/2
      | [½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]                              # 2½
      | [/⁄]\d+(?![\d/])                               # 1/16  1⁄32
      | [eE][-+−]?\d+(?![A-Za-z])                      # 4e14
      | \x20?[x×]\x20?10\^?[-−]?\d+                    # 2.48×10−5
      )?
    | \.\d+                                            # .05
    | [½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]                                # ⅓
    )
    """#

    /// The value of a digit number matched by ``pattern``; nil if it is not one (a zero denominator).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        if let integer = plainInteger(bytes, range) { return Double(integer) }
        if let exact = exactDecimal(bytes, range, exponent: 0) { return exact }
        if let plain = decimalDigits(bytes, range) { return Double(plain) }
        var mantissa = 0.0
        var scale = 0.0        // > 0 once a decimal point is seen
        var numerator: Double?
        var mixedWhole: Double?
        var exponentSign = 1.0
        var exponent: Double?
        var times10 = false
        var i = range.lowerBound
        var current = 0.0
        var hasDigits = false
        while i < range.upperBound {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let d = Double(b - UInt8(ascii: "0"))
                if exponent != nil {
                    exponent = exponent! * 10 + d
                } else if scale > 0 {
                    current += d / scale
                    scale *= 10
                } else {
                    current = current * 10 + d
                }
                hasDigits = true
            case UInt8(ascii: ","):
                break
            case UInt8(ascii: "."):
                scale = 10
            case UInt8(ascii: " "):
                if !times10 && exponent == nil { mixedWhole = current; current = 0; scale = 0 }
            case UInt8(ascii: "/"):
                numerator = current; current = 0; scale = 0
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if !times10 { mantissa = current; current = 0; exponent = 0 }
            case UInt8(ascii: "x"):
                mantissa = current; current = 0; times10 = true
            case UInt8(ascii: "^"):
                break
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                if exponent != nil || times10 { exponentSign = b == UInt8(ascii: "-") ? -1 : 1 }
            default:
                // Multi-byte: ×, −, ⁄ and vulgar fractions.
                var j = i + 1
                while j < range.upperBound, bytes[j] & 0xC0 == 0x80 { j += 1 }
                let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self).unicodeScalars.first!
                if scalar == "×" {
                    mantissa = current; current = 0; times10 = true
                } else if scalar == "−" {
                    if exponent != nil || times10 { exponentSign = -1 }
                } else if scalar == "⁄" {
                    numerator = current; current = 0; scale = 0
                } else if let fraction = vulgarFractions[scalar] {
                    current = (hasDigits ? current : 0) + fraction
                    hasDigits = true
                }
                i = j
                continue
            }
            i += 1
        }
        guard hasDigits else { return nil }
        if times10 {
            // current holds "10" followed by the exponent digits: split them.
            var digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            if let at = digits.lastIndex(where: { $0 == "x" || $0 == "×" }) { digits = String(digits[digits.index(after: at)...]) }
            let exponentDigits = digits.drop { !$0.isNumber }.dropFirst(2).filter(\.isNumber)
            guard let e = Double(String(exponentDigits)) else { return nil }
            return mantissa * pow10(exponentSign * e)
        }
        if let e = exponent { return mantissa * pow10(exponentSign * e) }
        if let n = numerator {
            // "1/0" is no number; "50/50" and "20/20" are ratios, not fractions.
            guard current != 0, mixedWhole != nil || n < current else { return nil }
            return (mixedWhole ?? 0) + n / current
        }
        return current
    }

    /// The value of digits with optional thousands commas, when short enough to be exact in a
    /// Double (at most 15 digits): the same value `Double("3005")` reads, without a String.
    static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        var digits = 0
        for i in range {
            let b = bytes[i]
            if WordScanner.isDigit(b) {
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
                if digits > 15 { return nil }
            } else if b != UInt8(ascii: ",") {
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// The number without thousands separators ("3,005.47" → "3005.47") when it is a plain
    /// decimal, so that `Double(_:)` reads it exactly; nil for fractions and exponents.
    static func decimalDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var s = ""
        s.reserveCapacity(range.count)
        for i in range {
            let b = bytes[i]
            if WordScanner.isDigit(b) || b == UInt8(ascii: ".") {
                s.unicodeScalars.append(Unicode.Scalar(b))
            } else if b != UInt8(ascii: ",") {
                return nil
            }
        }
        return s.isEmpty ? nil : s
    }

    /// Exact powers of ten as Doubles: 10^0 ... 10^22.
    private static let powersOfTen: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { r, _ in r * 10 } }

    /// The value `Double(decimalDigits(bytes, range)! + "e\(exponent)")` reads, without a String,
    /// when it can be computed exactly: digits (thousands commas skipped) with at most one
    /// decimal point, at most 15 digits (an exact Double mantissa m) and a net power of ten e
    /// within ±22 (an exact Double): m × 10^e or m / 10^-e is then one correctly rounded
    /// operation, the same value as the correctly rounded decimal parse. Nil otherwise (the
    /// caller falls back to parsing the string).
    static func exactDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, exponent: Int) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var point = false
        for i in range {
            let b = bytes[i]
            if WordScanner.isDigit(b) {
                mantissa = mantissa * 10 + UInt64(b - UInt8(ascii: "0"))
                digits += 1
                if point { fraction += 1 }
            } else if b == UInt8(ascii: ".") {
                if point { return nil }
                point = true
            } else if b != UInt8(ascii: ",") {
                return nil
            }
        }
        guard digits > 0, digits <= 15 else { return nil }
        return exact(mantissa: mantissa, exponent: exponent - fraction)
    }

    /// `mantissa × 10^exponent` in one correctly rounded operation (exact inputs: a mantissa of at
    /// most 15 digits and a power of ten exact in a Double), nil beyond 10^±22.
    @inline(__always) static func exact(mantissa: UInt64, exponent e: Int) -> Double? {
        guard e >= -22 && e <= 22 else { return nil }
        return e >= 0 ? Double(mantissa) * powersOfTen[e] : Double(mantissa) / powersOfTen[-e]
    }

    /// ``read(_:_:)`` of a plain decimal given as its digits (`mantissa`, 1 to 15 digits, the last
    /// `fraction` of them after the point): what ``plainInteger(_:_:)`` or
    /// ``exactDecimal(_:_:exponent:)`` gives for it.
    @inline(__always) static func plainValue(_ mantissa: UInt64, fraction: Int) -> Double {
        fraction == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[fraction]
    }

    /// ``scaled(_:_:_:by:)`` of a plain decimal given as in ``plainValue(_:fraction:)``.
    @inline(__always) static func scaled(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ value: Double, by factor: Double,
                                         mantissa: UInt64, fraction: Int) -> Double {
        if let exponent = powerOfTen(factor), let exact = exact(mantissa: mantissa, exponent: exponent - fraction) {
            return exact
        }
        return scaled(bytes, range, value, by: factor)
    }

    /// `value × factor`, exact for decimal numbers times powers of ten ("4.464 million" is
    /// 4464000, not 4463999.999999999).
    static func scaled(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ value: Double, by factor: Double) -> Double {
        if let exponent = powerOfTen(factor), let exact = exactDecimal(bytes, range, exponent: exponent) {
            return exact
        }
        if let exponent = powerOfTen(factor), let digits = decimalDigits(bytes, range),
           let exact = Double(digits + "e" + String(exponent)) {
            return exact
        }
        return value * factor
    }

    /// n when `x` is 10^n (n ≥ 0), else nil.
    static func powerOfTen(_ x: Double) -> Int? {
        var n = 0, v = x
        while v >= 10 { v /= 10; n += 1 }
        return v == 1 ? n : nil
    }

    private static func pow10(_ e: Double) -> Double {
        var result = 1.0
        let n = Int(abs(e))
        for _ in 0..<n { result *= 10 }
        return e < 0 ? 1 / result : result
    }
}

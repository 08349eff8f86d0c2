import GleanCore

/// Resolution of durations and "ago".
extension Resolver {
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
        // An amount and a unit in ASCII (nearly always): read on the bytes, without the group strings.
        if let numRange = g.range("num"), let unitRange = g.range("unit"), !g.has("ago"),
           Resolver.isASCII(g.bytes, numRange), Resolver.isASCII(g.bytes, unitRange) {
            return amountOnBytes(numRange, unitRange, g, c)
        }
        guard let numText = g("num"), let unitText = g("unit"), let code = Lexicon.unitCode(unitText) else { return nil }
        let amount = Lexicon.numberValue(numText)
        let article = numText == "a" || numText == "an" || numText == "one"
        // Whether the amount starts with a digit (the first byte when ASCII, else as a Character).
        var numCopy = numText
        let startsNumeric = numCopy.withUTF8 { utf8 -> Bool? in
            guard let first = utf8.first else { return false }
            return first < 0x80 ? (first >= 0x30 && first <= 0x39) : nil
        } ?? (numText.first?.isNumber == true)
        // "a second attack", "a quarter of the shares", "one day" as "someday" are not amounts of time.
        if article && unitText.hasPrefix("second") { return nil }
        if (article || startsNumeric) && unitText.hasPrefix("quarter") && !g.isHyphen("sep") { return nil }
        if startsNumeric, let a = amount, a > 1000 { return nil }
        // "four flights a week", "$2 million a year": a rate, not an amount of time.
        if article && !g.has("ago") && isRate(Cues.previousWordRange(before: c.range.lowerBound, in: c.bytes), in: c.bytes) { return nil }
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

    /// Whether the bytes at `range` are all ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            if bytes[k] >= 0x80 { return false }
            k += 1
        }
        return true
    }

    /// The `num` + `unit` case of ``duration(_:_:)`` without "ago", both groups ASCII: the same
    /// tests and value, read on the bytes (lowercasing ASCII is per byte).
    private static func amountOnBytes(_ numRange: Range<Int>, _ unitRange: Range<Int>, _ g: Groups, _ c: ResolutionContext) -> Timex? {
        let bytes = g.bytes
        guard let code = Lexicon.unitCode(bytes, unitRange) else { return nil }
        let amount = Lexicon.numberValue(bytes, numRange)
        let article = Cues.lowercaseEquals(bytes, numRange, "a") || Cues.lowercaseEquals(bytes, numRange, "an")
            || Cues.lowercaseEquals(bytes, numRange, "one")
        let startsNumeric = !numRange.isEmpty && bytes[numRange.lowerBound] >= 0x30 && bytes[numRange.lowerBound] <= 0x39
        @inline(__always) func unitStarts(_ prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= unitRange.count
                && Cues.lowercaseEquals(bytes, unitRange.lowerBound..<(unitRange.lowerBound + prefix.utf8CodeUnitCount), prefix)
        }
        // "a second attack", "a quarter of the shares", "one day" as "someday" are not amounts of time.
        if article && unitStarts("second") { return nil }
        if (article || startsNumeric) && unitStarts("quarter") && !g.isHyphen("sep") { return nil }
        if startsNumeric, let a = amount, a > 1000 { return nil }
        // "four flights a week", "$2 million a year": a rate, not an amount of time.
        if article && isRate(Cues.previousWordRange(before: c.range.lowerBound, in: c.bytes), in: c.bytes) { return nil }
        if let a = amount, let n = Int(exactly: a), n >= 0, n < 10_000 {
            return .duration(TimexFormat.duration(whole: n, unit: code.code, isTime: code.isTime))
        }
        return .duration(TimexFormat.duration(amount, unit: code.code, isTime: code.isTime))
    }

    /// Words ending in "s" that are not plural nouns.
    static let notPlural: Set<String> = ["was", "has", "this", "its", "his", "is", "as", "less", "across", "us", "hers", "yours", "ours", "plus", "thus", "whereas"]

    /// ``isRate(_:)`` on the word at `word` (ASCII letters, digits, % and ., as `previousWordRange` gives it)
    /// without making a string, except for the rare plural test against `notPlural`.
    static func isRate(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if Cues.lowercaseIsAny(bytes, word, ["million", "billion", "percent", "times", "once", "twice", "thousand", "hundred"]) { return true }
        var k = word.lowerBound
        while k < word.upperBound {
            if bytes[k] >= 0x30 && bytes[k] <= 0x39 { return true }
            k += 1
        }
        guard let last = word.last else { return false }
        if bytes[last] == 0x25 { return true }
        guard word.count > 3, bytes[last] | 0x20 == 0x73, bytes[last - 1] | 0x20 != 0x73 else { return false }
        return !notPlural.contains(Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[word])))
    }

    static func isRate(_ previous: String) -> Bool {
        if ["million", "billion", "percent", "times", "once", "twice", "thousand", "hundred"].contains(previous) { return true }
        if previous.contains(where: \.isNumber) || previous.last == "%" { return true }
        return previous.count > 3 && previous.hasSuffix("s") && !previous.hasSuffix("ss") && !notPlural.contains(previous)
    }
}

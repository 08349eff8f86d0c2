/// Word lists and pattern fragments shared by the date grammar, and the lookups that turn the
/// matched words back into numbers (month names, weekdays, spelled-out numbers, units).
enum Lexicon {
    // MARK: Pattern fragments (PCRE2, used inside caseless patterns)

    /// Month names and abbreviations, capitalized (case-sensitive so that "may" the verb is not a month).
    static let month = #"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d)))"#
    /// Full month names only (for a month standing alone, where abbreviations are too ambiguous).
    static let fullMonth = #"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December))"#
    /// Weekday names, capitalized.
    static let weekday = #"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))"#
    /// A day of the month, 1 to 31, not part of a longer number.
    static let dayOfMonth = #"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d|:\d|,\d|\.\d)"#
    /// A four-digit year 1000-2099 standing alone.
    static let year = #"(?:1\d\d\d|20\d\d)(?![\d%]|,\d|\.\d)"#
    /// Spelled-out and digit cardinal numbers, and vague amounts ("a few", "several").
    static let number = #"(?:\d+-\d/\d|(?<![\d/.,])\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some|an?)"#
    /// Calendar and clock units, singular or plural.
    static let unit = #"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|nights?|weekends?|summers?|winters?)"#

    // MARK: Lookups

    /// The month number of a month name or abbreviation (lowercased), or nil.
    static func monthNumber(_ word: String) -> Int? {
        if let key = asciiPrefix3(word) { return monthNumber(key: key) }
        let key = word.lowercased().prefix(3)
        switch key {
        case "jan": return 1
        case "feb": return 2
        case "mar": return 3
        case "apr": return 4
        case "may": return 5
        case "jun": return 6
        case "jul": return 7
        case "aug": return 8
        case "sep": return 9
        case "oct": return 10
        case "nov": return 11
        case "dec": return 12
        default: return nil
        }
    }

    /// The month number of the first three bytes of a lowercased ASCII word, packed big-endian.
    static func monthNumber(key: Int) -> Int? {
        do {
            switch key {
            case 0x6A616E: return 1   // jan
            case 0x666562: return 2   // feb
            case 0x6D6172: return 3   // mar
            case 0x617072: return 4   // apr
            case 0x6D6179: return 5   // may
            case 0x6A756E: return 6   // jun
            case 0x6A756C: return 7   // jul
            case 0x617567: return 8   // aug
            case 0x736570: return 9   // sep
            case 0x6F6374: return 10  // oct
            case 0x6E6F76: return 11  // nov
            case 0x646563: return 12  // dec
            default: return nil
            }
        }
    }

    /// The first three bytes of `word`, ASCII-lowercased and packed big-endian, when they and the
    /// byte after them (if any) are ASCII: the first three characters lowercased are then exactly
    /// those bytes (nothing can combine with them). Nil otherwise (and for shorter words).
    private static func asciiPrefix3(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { utf8 -> Int? in
            guard utf8.count >= 3, utf8[0] < 0x80, utf8[1] < 0x80, utf8[2] < 0x80, utf8.count == 3 || utf8[3] < 0x80 else { return nil }
            func lower(_ b: UInt8) -> Int { Int(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            return lower(utf8[0]) << 16 | lower(utf8[1]) << 8 | lower(utf8[2])
        }
    }

    /// The ISO weekday (1 = Monday) of a weekday name, or nil.
    static func weekdayNumber(_ word: String) -> Int? {
        if let key = asciiPrefix3(word) {
            switch key {
            case 0x6D6F6E: return 1  // mon
            case 0x747565: return 2  // tue
            case 0x776564: return 3  // wed
            case 0x746875: return 4  // thu
            case 0x667269: return 5  // fri
            case 0x736174: return 6  // sat
            case 0x73756E: return 7  // sun
            default: return nil
            }
        }
        switch word.lowercased().prefix(3) {
        case "mon": return 1
        case "tue": return 2
        case "wed": return 3
        case "thu": return 4
        case "fri": return 5
        case "sat": return 6
        case "sun": return 7
        default: return nil
        }
    }

    /// ``smallNumbers`` by ``WordKey`` (every word there is 1-12 lowercase letters).
    static let smallNumberKeys: [(key: UInt64, value: Int)] = smallNumbers.map { word, value in
        var word = word
        let key = word.withUTF8 { WordKey.of($0, 0..<$0.count) }
        precondition(key != 0)
        return (key, value)
    }
    static let coupleKey: UInt64 = WordKey.of("couple")

    /// The value of the word of ``smallNumbers`` with ``WordKey`` `key`, nil for none.
    @inline(__always)
    static func smallNumber(_ key: UInt64) -> Int? {
        smallNumberKeys.withUnsafeBufferPointer { entries in
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
    }

    static let smallNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "hundred": 100,
    ]

    /// The value of a number phrase ("twenty-four", "2 1/2", "a couple of"); nil for vague
    /// amounts ("several", "a few"), which TIMEX3 writes as X.
    static func numberValue(_ phrase: String) -> Double? {
        // Plain digits ("24"), the usual case: their value, as the general reading gives it.
        var digits = phrase
        if let value = digits.withUTF8({ utf8 -> Int? in
            guard utf8.count >= 1, utf8.count <= 15 else { return nil }
            var n = 0
            for byte in utf8 {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                n = n * 10 + Int(byte - 0x30)
            }
            return n
        }) {
            return Double(value)
        }
        // One word of lowercase ASCII letters ("two", "a", "several"): the single-word case below.
        // (Looked up by word key in a flat list: the same words as ``smallNumbers``, no string hashing.)
        if let key = digits.withUTF8({ utf8 -> UInt64? in
            guard !utf8.isEmpty && utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
            return WordKey.of(utf8, 0..<utf8.count)
        }) {
            if key == 0 { return nil }  // more than 12 letters: no number word is that long
            if key == Lexicon.coupleKey { return 2 }
            for entry in Lexicon.smallNumberKeys where entry.key == key { return Double(entry.value) }
            return nil
        }
        let words = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" || $0 == "\t" })
        guard let first = words.first else { return nil }
        if first.first?.isNumber == true {
            var value = Double(first.filter { $0 != "," }) ?? 0
            if words.count > 1, let slash = words[1].firstIndex(of: "/"),
               let n = Double(words[1][..<slash]), let d = Double(words[1][words[1].index(after: slash)...]), d > 0 {
                value += n / d
            }
            return value
        }
        if words.contains("couple") { return 2 }
        var total = 0
        for word in words {
            guard let n = smallNumbers[String(word)] else { return nil }
            if n == 100 { total = max(total, 1) * 100 } else if word == "a" || word == "an" { total += 1 } else { total += n }
        }
        return total > 0 ? Double(total) : nil
    }

    /// ``numberValue(_:)`` of the lowercased text at `range`: digits and single words read on the
    /// bytes, anything else through the string.
    static func numberValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        if range.count >= 1 && range.count <= 15 {
            var n = 0, digits = true
            for i in range {
                let byte = bytes[i]
                guard byte >= 0x30 && byte <= 0x39 else { digits = false; break }
                n = n * 10 + Int(byte - 0x30)
            }
            if digits { return Double(n) }
        }
        var letters = !range.isEmpty
        for i in range {
            let byte = bytes[i]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower < 0x61 || lower > 0x7A { letters = false; break }
        }
        if letters {
            let key = WordKey.of(bytes, range)
            if key == 0 { return nil }  // more than 12 letters: no number word is that long
            if key == Lexicon.coupleKey { return 2 }
            return smallNumber(key).map(Double.init)
        }
        // Several words of letters ("a few", "a couple of", "twenty-four"): the general reading's
        // word rule on the words' keys (split as it splits: spaces, hyphens, line feeds, tabs).
        var total = 0, couple = false, unknown = false
        var i = range.lowerBound
        while i < range.upperBound {
            @inline(__always) func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x2D || b == 0x0A || b == 0x09 }
            while i < range.upperBound, isSeparator(bytes[i]) { i += 1 }
            let start = i
            while i < range.upperBound, !isSeparator(bytes[i]) {
                let byte = bytes[i]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                // Anything but letters (digits first, other bytes): the general reading decides.
                guard lower >= 0x61 && lower <= 0x7A else {
                    return numberValue(Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[range])))
                }
                i += 1
            }
            guard start < i else { continue }
            let key = WordKey.of(bytes, start..<i)
            if key != 0 && key == Lexicon.coupleKey { couple = true }
            guard !unknown, key != 0, let n = smallNumber(key) else { unknown = true; continue }
            // ("a" and "an" count 1, as their value.)
            if n == 100 { total = max(total, 1) * 100 } else { total += n }
        }
        if couple { return 2 }
        if unknown { return nil }
        return total > 0 ? Double(total) : nil
    }

    /// ``unitCode(_:)`` of the ASCII text at `range`, read on the bytes.
    static func unitCode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (code: String, isTime: Bool)? {
        @inline(__always) func starts(_ prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= range.count
                && Cues.lowercaseEquals(bytes, range.lowerBound..<(range.lowerBound + prefix.utf8CodeUnitCount), prefix)
        }
        if starts("year") { return ("Y", false) }
        if starts("month") { return ("M", false) }
        if starts("week") { return starts("weekend") ? ("WE", false) : ("W", false) }
        if starts("day") || starts("night") { return ("D", false) }
        if starts("hour") { return ("H", true) }
        if starts("minute") { return ("M", true) }
        if starts("second") { return ("S", true) }
        if starts("decade") { return ("DE", false) }
        if starts("centur") { return ("CE", false) }
        if starts("quarter") { return ("Q", false) }
        if starts("summer") { return ("SU", false) }
        if starts("winter") { return ("WI", false) }
        return nil
    }

    /// The TIMEX3 unit letter of a unit word ("weeks" -> W, "hours" -> H), with whether it is a clock unit.
    static func unitCode(_ word: String) -> (code: String, isTime: Bool)? {
        // ASCII (nearly always): the same prefix tests on bytes, without lowercasing into a new string.
        var word = word
        if let fast = word.withUTF8({ utf8 -> (code: String, isTime: Bool)?? in
            for byte in utf8 where byte >= 0x80 { return nil }
            @inline(__always) func starts(_ prefix: StaticString) -> Bool {
                prefix.withUTF8Buffer { p in
                    guard utf8.count >= p.count else { return false }
                    var k = 0
                    while k < p.count {
                        let byte = utf8[k]
                        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != p[k] { return false }
                        k += 1
                    }
                    return true
                }
            }
            if starts("year") { return .some(("Y", false)) }
            if starts("month") { return .some(("M", false)) }
            if starts("week") { return .some(starts("weekend") ? ("WE", false) : ("W", false)) }
            if starts("day") || starts("night") { return .some(("D", false)) }
            if starts("hour") { return .some(("H", true)) }
            if starts("minute") { return .some(("M", true)) }
            if starts("second") { return .some(("S", true)) }
            if starts("decade") { return .some(("DE", false)) }
            if starts("centur") { return .some(("CE", false)) }
            if starts("quarter") { return .some(("Q", false)) }
            if starts("summer") { return .some(("SU", false)) }
            if starts("winter") { return .some(("WI", false)) }
            return .some(nil)
        }) {
            return fast
        }
        let w = word.lowercased()
        if w.hasPrefix("year") { return ("Y", false) }
        if w.hasPrefix("month") { return ("M", false) }
        if w.hasPrefix("week") { return w.hasPrefix("weekend") ? ("WE", false) : ("W", false) }
        if w.hasPrefix("day") || w.hasPrefix("night") { return ("D", false) }
        if w.hasPrefix("hour") { return ("H", true) }
        if w.hasPrefix("minute") { return ("M", true) }
        if w.hasPrefix("second") { return ("S", true) }
        if w.hasPrefix("decade") { return ("DE", false) }
        if w.hasPrefix("centur") { return ("CE", false) }
        if w.hasPrefix("quarter") { return ("Q", false) }
        if w.hasPrefix("summer") { return ("SU", false) }
        if w.hasPrefix("winter") { return ("WI", false) }
        return nil
    }

    /// The TIMEX3 season code of a season word.
    static func seasonCode(_ word: String) -> String {
        switch word.lowercased() {
        case "spring": return "SP"
        case "summer": return "SU"
        case "winter": return "WI"
        default: return "FA"
        }
    }

    /// The TIMEX3 part-of-day code.
    static func partOfDayCode(_ word: String) -> String {
        switch word.lowercased() {
        case "morning": return "MO"
        case "afternoon": return "AF"
        case "evening": return "EV"
        default: return "NI"
        }
    }

    /// The ordinal value of "first".."fourth" / "1st".."4th" / "last" (as 4) / "final".
    static func ordinal(_ word: String) -> Int? {
        switch word.lowercased() {
        case "first", "1st": return 1
        case "second", "2nd": return 2
        case "third", "3rd": return 3
        case "fourth", "4th", "last", "final": return 4
        default: return nil
        }
    }
}

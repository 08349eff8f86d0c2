import GleanPCRE

/// The pattern that finds number candidates: an optional currency prefix, an optional sign, then
/// a number in digits (with an optional multiplier) or in words.
enum NumberGrammar {
    static let cardinal = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z])"
    static let scale = "(?:hundred|thousand|million|billion|trillion|dozen)(?![a-z])"
    static let fraction = "(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![a-z])"

    /// Number words, caseless: "fifty-six", "a hundred and two", "two and a half", "half a
    /// million", "two-thirds", "a third of", "tens of thousands", "dozens".
    static var words: String {
        let term = "(?:\(cardinal)|\(scale))"
        return """
        (?i:
          (?:tens|hundreds|dozens)\\x20of\\x20(?:thousands|millions|billions)(?![a-z])
        | (?:dozens|hundreds|thousands|millions|billions)(?![a-z])
        | half\\x20a\\x20\(scale)
        | an?\\x20(?:half|third|quarter)(?=\\x20of\\b)
        | half(?=\\x20of\\b)
        | (?:an?\\x20(?=\(scale)))?
          \(term)(?:[\\x20-]\(term)|(?<=hundred|thousand|million|billion)\\x20(?:and|&)\\x20\(cardinal)){0,8}
          (?:[\\x20-]\(fraction)|[\\x20-]and[\\x20-]a[\\x20-]half(?![a-z]))?
        )
        """
    }

    /// Currency symbols and codes written before an amount, longest first.
    static var currencyPrefix: String {
        let symbols = Currencies.prefixes.keys.sorted { $0.count > $1.count }.map(Pattern.escape)
        return "(?:" + symbols.joined(separator: "|") + ")"
    }

    /// The full candidate pattern (extended mode).
    static var candidate: String {
        """
        (?<![\\w.,/:#@&$£€¥])(?:(?<=\\bsub-)|(?<![A-Za-z][-–]))
        (?:(?<cur>\(currencyPrefix))(?:\\x20|\\x{a0})?)?
        (?<sign>[-−+](?=[\\d.½⅓¼¾])|(?i:minus|negative)[\\x20-](?=\\d))?
        (?:
          (?<digits>\(DigitNumber.pattern))
          (?:[\\x20-]?(?<mult>(?i:hundred(?:[\\x20-](?:thousand|million|billion))?|thousand|million|billion|trillion|mln|mn|bn|bln|tn|trn|lakhs?|crores?))(?![A-Za-z])
           | (?<multLetter>[kKmMbBT])(?![A-Za-z0-9]))?
        | (?<words>\(words))
        )
        """
    }
}

import GleanPCRE

/// The pattern that finds number candidates: an optional currency prefix, an optional sign, then
/// a number in digits (with an optional multiplier) or in words.
enum NumberGrammar {
    // Word lists are factored into tries ("s(?:even(?:teen|ty)?|ix(?:teen|ty)?)"): each is
    // followed by (?![a-z]), so at most one word can match and the factoring changes no match,
    // but each position tries each next letter once instead of every word in turn.
    static let cardinalWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                "eighty", "ninety"]
    static let scaleWords = ["hundred", "thousand", "million", "billion", "trillion", "dozen"]
    /// The words that start the other alternatives of ``words`` ("tens of thousands", "dozens", "half a million").
    static let leadingWords = ["tens", "hundreds", "dozens", "thousands", "millions", "billions", "half"]
    static let cardinal = TrieAlternation(cardinalWords, caseless: true).pattern + "(?![a-z])"
    static let scale = TrieAlternation(scaleWords, caseless: true).pattern + "(?![a-z])"

    /// A lookahead that every number in words passes: "a " or "an ", or the first three letters
    /// of a number word. Most words ("the", "said", "company") fail it at once, before the
    /// alternatives of ``words`` are tried one by one. Every word that can start a number in
    /// words must be in ``cardinalWords``, ``scaleWords`` or ``leadingWords``.
    static var wordsGuard: String {
        let starts = Set((cardinalWords + scaleWords + leadingWords).map { String($0.prefix(3)) })
        return "(?=(?i:an?\\x20|" + TrieAlternation(starts, caseless: true).pattern + "))"
    }
    static let fraction = TrieAlternation(
        ["halves", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
         "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths"], caseless: true).pattern
        + "(?![a-z])"

    /// Number words, caseless: "fifty-six", "a hundred and two", "two and a half", "half a
    /// million", "two-thirds", "a third of", "tens of thousands", "dozens".
    static var words: String {
        let term = "(?:\(cardinal)|\(scale))"
        return wordsGuard + """
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

    /// Currency symbols and codes written before an amount, as a trie: where one prefix extends
    /// another ("US$", "US $", "USD$", "USD") the longer is tried first, as in a longest-first list.
    static var currencyPrefix: String {
        TrieAlternation(Currencies.prefixes.keys, caseless: false).pattern
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

/// The capture group numbers of ``NumberGrammar/candidate``, looked up once: reading a group by
/// number avoids hashing its name for every candidate.
struct CandidateGroups: Sendable {
    let cur: Int, sign: Int, digits: Int, mult: Int, multLetter: Int, words: Int

    init(_ pattern: Pattern) {
        let n = pattern.groupNumbers
        cur = n["cur"] ?? -1
        sign = n["sign"] ?? -1
        digits = n["digits"] ?? -1
        mult = n["mult"] ?? -1
        multLetter = n["multLetter"] ?? -1
        words = n["words"] ?? -1
    }
}

/// Counted nouns after a number ("eight drones", "two high-rise buildings", "three waves of
/// drones") and partitives ("one of the drone strikes").
struct CountedNouns {
    let scanner: WordScanner

    /// A noun phrase: its word ranges and where it ends.
    struct Phrase {
        /// Up to four word ranges, in order (kept inline: no array per phrase).
        var words: WordScanner.FourWords
        var end: Int
        var isPlural: Bool
        let scanner: WordScanner

        /// The words lowercased (built on demand: most phrases are checked, few are kept).
        var lowerWords: [String] { (0..<words.count).map { scanner.lower(words[$0]) } }
        /// The last word lowercased.
        var lastLower: String { scanner.lower(words[words.count - 1]) }
        /// The last word lowercased and made singular (``CountedNouns/singular(_:)``). Whether it
        /// is plural is known: ``CountedNouns/phrase(after:allowHyphen:maxWords:singular:)`` asked
        /// ``CountedNouns/isPlural(_:_:)`` of every word it kept, and stops at the first plural.
        var head: String { CountedNouns.singular(scanner, words[words.count - 1], plural: isPlural) }
    }

    // Byte versions of the word tests below, for an ASCII word `r` of the scanner's text: the
    // same answers as the String versions given `scanner.lower(r)`, without building it.

    static func isPlural(_ s: WordScanner, _ r: Range<Int>) -> Bool {
        if let singular = Lexicon.irregularPlurals.value(s, r) {
            return !s.lowerEqualsString(r, singular) || s.lowerEquals(r, "police") || s.lowerEquals(r, "personnel") || s.lowerEquals(r, "staff")
        }
        guard let last = r.last.map({ s.bytes[$0] | 0x20 }), last == UInt8(ascii: "s") || last == UInt8(ascii: "n"),
              WordScanner.isLetter(s.bytes[r.upperBound - 1]) else { return false }
        let n = r.count
        if s.lowerEnds(r, "men") && n > 4 && !s.lowerEnds(r, "omen") || s.lowerEnds(r, "women") { return true }
        // The ending first: only a word it calls plural is looked up among the exceptions.
        guard n > 2 && s.lowerEnds(r, "s") && !s.lowerEnds(r, "ss") && !s.lowerEnds(r, "us") && !s.lowerEnds(r, "is")
            && !s.lowerEnds(r, "'s") else { return false }
        return !Lexicon.singularDespiteS.contains(s.bytes, r)
    }

    /// `singular(scanner.lower(r))`, the lowercased string built once (ASCII words cut as bytes).
    /// `plural`: `isPlural(s, r)` when the caller knows it (it is not asked again).
    static func singular(_ s: WordScanner, _ r: Range<Int>, plural: Bool? = nil) -> String {
        guard s.isASCII(r) else { return singular(s.lower(r)) }
        if let irregular = Lexicon.irregularPlurals.value(s, r) { return irregular }
        guard plural ?? isPlural(s, r) else { return s.lower(r) }
        let n = r.count
        func drop(_ k: Int) -> String { s.lower(r.lowerBound..<r.upperBound - k) }
        if s.lowerEnds(r, "men") { return drop(3) + "man" }
        if s.lowerEnds(r, "ies") && n > 4 { return drop(3) + "y" }
        if s.lowerEnds(r, "ches") || s.lowerEnds(r, "shes") || s.lowerEnds(r, "sses") || s.lowerEnds(r, "xes")
            || s.lowerEnds(r, "zes") || s.lowerEnds(r, "oes") { return drop(2) }
        return drop(1)
    }

    static func isModifierOnly(_ s: WordScanner, _ r: Range<Int>) -> Bool {
        guard r.count > 0 else { return false }
        let lastByte = s.bytes[r.upperBound - 1]
        guard WordScanner.isLetter(lastByte) else { return false }
        let last = lastByte | 0x20
        guard last == UInt8(ascii: "y") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d") else { return false }
        if s.lowerEnds(r, "ly") && r.count > 4 && !adverbNouns.contains(s.bytes, r) { return true }
        if s.lowerEnds(r, "ing") || (s.lowerEnds(r, "ed") && !s.lowerEnds(r, "eed")) {
            return !Lexicon.nounsDespiteSuffix.contains(s.bytes, r)
        }
        return false
    }

    static func canBeNounWord(_ s: WordScanner, _ r: Range<Int>) -> Bool {
        if r.count < 2 || Lexicon.notNouns.contains(s.bytes, r) { return false }
        if isModifierOnly(s, r) { return false }
        if s.lowerEnds(r, "'s") { return false }
        return true
    }

    static func isPlural(_ w: String) -> Bool {
        if let singular = Lexicon.irregularPlurals[w] { return singular != w || w == "police" || w == "personnel" || w == "staff" }
        // Every rule below needs a final "s" or "n" ("-men").
        guard let last = w.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "n") else { return false }
        if w.endsWith("men") && w.asciiFastCount > 4 && !w.endsWith("omen") || w.endsWith("women") { return true }
        if Lexicon.singularDespiteS.contains(w) { return false }
        return w.asciiFastCount > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
            && !w.endsWith("'s") && !w.endsWith("’s")
    }

    static func singular(_ w: String) -> String {
        if let s = Lexicon.irregularPlurals[w] { return s }
        guard isPlural(w) else { return w }
        // ASCII words (nearly all): suffixes cut as bytes, the same as characters there.
        var copy = w
        if let cut = copy.withUTF8({ b -> String? in
            for byte in b where byte >= 0x80 { return nil }
            let n = b.count
            func ends(_ suffix: StaticString) -> Bool {
                let k = suffix.utf8CodeUnitCount
                guard n >= k else { return false }
                let t = suffix.utf8Start
                for i in 0..<k where b[n - k + i] != t[i] { return false }
                return true
            }
            func drop(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[0..<n - k]), as: UTF8.self) }
            if ends("men") { return drop(3) + "man" }
            if ends("ies") && n > 4 { return drop(3) + "y" }
            if ends("ches") || ends("shes") || ends("sses") || ends("xes") || ends("zes") || ends("oes") { return drop(2) }
            return drop(1)
        }) {
            return cut
        }
        if w.endsWith("men") { return String(w.dropLast(3)) + "man" }
        if w.endsWith("ies") && w.asciiFastCount > 4 { return String(w.dropLast(3)) + "y" }
        if w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")
            || w.endsWith("oes") { return String(w.dropLast(2)) }
        return String(w.dropLast())
    }

    private static let adverbNouns: WordSet = ["family", "supply", "ally", "rally", "belly", "jelly", "assembly",
                                                   "monopoly", "reply", "italy", "anomaly", "bully", "lily", "holly",
                                                   "fly", "july", "molly", "polly", "tally", "gully", "folly"]

    /// Whether a lowercased word can be part of a counted-noun phrase.
    static func canBeNounWord(_ w: String) -> Bool {
        if w.asciiFastCount < 2 || Lexicon.notNouns.contains(w) { return false }
        if isModifierOnly(w) { return false }
        if w.utf8.last == UInt8(ascii: "s") && (w.endsWith("'s") || w.endsWith("’s")) { return false }
        return true
    }

    /// Adverbs and participles: they may modify a later plural noun ("517 rushing yards",
    /// "two gas-only powertrain options") but cannot end a phrase.
    static func isModifierOnly(_ w: String) -> Bool {
        // "-ly", "-ing", "-ed".
        guard let last = w.utf8.last, last == UInt8(ascii: "y") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d") else {
            return false
        }
        if w.endsWith("ly") && w.asciiFastCount > 4 && !adverbNouns.contains(w) { return true }
        if w.endsWith("ing") || (w.endsWith("ed") && !w.endsWith("eed")) {
            return !Lexicon.nounsDespiteSuffix.contains(w)
        }
        return false
    }

    /// The noun phrase right after `position` (one space, or a hyphen when `hyphen` is allowed):
    /// up to four words, ending at the first plural or before a word that cannot be a noun.
    func phrase(after position: Int, allowHyphen: Bool, maxWords: Int = 4, singular: Bool = false) -> Phrase? {
        precondition(maxWords <= 4, "a phrase has at most four words")
        var words = WordScanner.FourWords()
        var p = position
        var plural = false
        var pendingModifiers = 0
        for k in 0..<maxWords {
            guard let b = scanner.byte(at: p) else { break }
            var hyphenated = false
            if b == UInt8(ascii: " ") {
                p += 1
            } else if k == 0 && allowHyphen && b == UInt8(ascii: "-") {
                p += 1
                hyphenated = true
            } else {
                break
            }
            guard scanner.isLetter(at: p) else { break }
            let end = scanner.wordEnd(from: p)
            let r = p..<end
            // ASCII words (nearly all) are tested as bytes; others as their lowercased string.
            let ascii = scanner.isASCII(r)
            let lw = ascii ? "" : scanner.lower(r)
            // ASCII: each test once (``canBeNounWord(_:_:)`` is `!notNoun && !modifier` and no "'s").
            let modifier = ascii ? CountedNouns.isModifierOnly(scanner, r) : false
            let notNoun = ascii ? r.count < 2 || Lexicon.notNouns.contains(scanner.bytes, r) : false
            let modifierOnly = ascii ? modifier && !notNoun
                : CountedNouns.isModifierOnly(lw) && lw.asciiFastCount >= 2 && !Lexicon.notNouns.contains(lw)
            if !hyphenated && modifierOnly {
                // Kept only if a plural noun follows.
                words.append(r)
                pendingModifiers += 1
                p = end
                continue
            }
            guard ascii ? !notNoun && !modifier && !scanner.lowerEnds(r, "'s") : CountedNouns.canBeNounWord(lw) else { break }
            let isPlural = ascii ? CountedNouns.isPlural(scanner, r) : CountedNouns.isPlural(lw)
            // After "one", a plural-looking word is a verb: "one proposal asks".
            if singular && words.count > 0 && isPlural { break }
            words.append(r)
            pendingModifiers = 0
            p = end
            if isPlural { plural = true; break }
            if hyphenated { break }
        }
        if pendingModifiers > 0 {
            words.removeLast(pendingModifiers)
        }
        guard words.count > 0 else { return nil }
        return Phrase(words: words, end: words[words.count - 1].upperBound, isPlural: plural, scanner: scanner)
    }

    private static let determiners: WordSet = ["the", "his", "her", "their", "its", "our", "my", "your", "those", "these"]

    /// The head noun of an of-phrase after a partitive ("of the drone strikes" → "drone strikes"),
    /// starting at `position` (the space before "of"). Returns the phrase (not part of the span).
    func partitive(after position: Int, fraction: Bool = false) -> Phrase? {
        guard position + 4 <= scanner.count, scanner.lowerEquals(position..<position + 4, " of ") else { return nil }
        var p = position + 3
        // A determiner or a possessive name ("the", "their", "Johnson’s"), then adjectives and the noun.
        // "one of three doctors": the total counts the same noun.
        if scanner.byte(at: p) == UInt8(ascii: " "), let d = scanner.byte(at: p + 1), WordScanner.isDigit(d) {
            var q = p + 1
            while let b = scanner.byte(at: q), WordScanner.isDigit(b) || b == UInt8(ascii: ",") { q += 1 }
            return phrase(after: q, allowHyphen: false)
        }
        guard scanner.byte(at: p) == UInt8(ascii: " "), scanner.isLetter(at: p + 1) else { return nil }
        let end = scanner.wordEnd(from: p + 1)
        let w = scanner.lower(p + 1..<end)  // partitives are rare: the string is fine
        if CountedNouns.determiners.contains(w) || w.endsWith("'s") || w.endsWith("’s") || (fraction && (w == "a" || w == "an"))
            || NumberWords.cardinals[w] != nil {
            p = end
        } else {
            return nil
        }
        return phrase(after: p, allowHyphen: false)
    }
}

extension String {
    /// `hasSuffix` compared byte by byte, without grapheme breaking: the same answer for the
    /// suffixes used here (they start with a letter or an apostrophe, which no character before
    /// them joins into one grapheme, Unicode "Prepend" marks aside).
    func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        let tail = suffix.utf8Start
        var s = self
        return s.withUTF8 { bytes in
            guard bytes.count >= n else { return false }
            let offset = bytes.count - n
            for k in 0..<n where bytes[offset + k] != tail[k] { return false }
            return true
        }
    }
}

import GleanPCRE

/// One capitalized token of the text: a word ("Kazan", "COLUMBUS", "O'Fallon"), or a dotted
/// abbreviation ("U.S.", "W.Va.", "Calif.").
struct Token {
    /// Byte range, without a trailing period or possessive.
    var range: Range<Int>
    /// Byte range with the trailing period, when there is one ("Calif." "St.").
    var rangeWithPeriod: Range<Int>?
    /// Whether a possessive ("'s") follows (the token then ends its run).
    var possessive: Bool
    /// All capitals ("US", "COLUMBUS").
    var allCaps: Bool
}

/// A place-name match: a span of one or more tokens whose folded text is a gazetteer name.
struct NameMatch {
    var range: Range<Int>
    var entry: NameEntry
    /// Index of the first token and one past the last.
    var tokens: Range<Int>
    var allCaps: Bool
}

/// Finds capitalized token runs with one PCRE2 pattern and looks their sub-spans up in the
/// gazetteer's hash table, longest first (so no giant alternation over the names).
struct CandidateScanner: Sendable {
    /// The longest name in tokens ("Democratic Republic of the Congo").
    static let maxTokens = 6

    private let tokenPattern: Pattern

    init() throws {
        tokenPattern = try Pattern(#"""
            (?<abbr>(?:\p{Lu}\.){2,}|\p{Lu}\.\ ?\p{Lu}\p{Ll}{1,3}\.)
            |(?<word>\p{Lu}[\p{L}]*(?:['’]\p{L}+(?<![’']s))*)(?<poss>['’]s\b)?(?<dot>\.)?
            """#, options: [.extended])
    }

    /// The tokens of `text`, in order.
    func tokens(in text: UnsafeBufferPointer<UInt8>) throws -> [Token] {
        var tokens: [Token] = []
        try tokenPattern.forEachMatch(inUTF8: text) { m in
            if let abbr = m.range("abbr") {
                tokens.append(Token(range: abbr, rangeWithPeriod: nil, possessive: false, allCaps: true))
                return true
            }
            guard let word = m.range("word") else { return true }
            // A word must start at a word boundary (not "McDonald" split, not inside "eBay").
            if word.lowerBound > 0 {
                let before = text[word.lowerBound - 1]
                if (before >= 0x61 && before <= 0x7A) || (before >= 0x41 && before <= 0x5A) || before >= 0x80 && !CandidateScanner.isBoundaryBefore(text, word.lowerBound) {
                    return true
                }
            }
            var allCaps = true
            for i in word where text[i] >= 0x61 && text[i] <= 0x7A { allCaps = false; break }
            let dot = m.range("dot")
            tokens.append(Token(range: word, rangeWithPeriod: dot.map { word.lowerBound..<$0.upperBound },
                                possessive: m.range("poss") != nil, allCaps: allCaps))
            return true
        }
        return tokens
    }

    /// Whether the (non-ASCII) byte before `index` ends punctuation rather than a letter.
    private static func isBoundaryBefore(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        // Typographic quotes and dashes (E2 80 xx) end a word; other multibyte characters are letters.
        index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0x80
    }

    /// Whether the bytes between two tokens let them form one name: a space, a hyphen, or a
    /// lower-case particle ("of", "de", "upon", "the", "and").
    static func joins(_ text: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        let n = gap.count
        if n == 1 { return text[gap.lowerBound] == 0x20 || text[gap.lowerBound] == 0x2D }
        if n == 0 || n > 7 || text[gap.lowerBound] != 0x20 || text[gap.upperBound - 1] != 0x20 { return false }
        let inner = UnsafeBufferPointer(rebasing: text[(gap.lowerBound + 1)..<(gap.upperBound - 1)])
        for particle in CandidateScanner.particles where particle.count == inner.count {
            if particle.elementsEqual(inner) { return true }
        }
        return false
    }

    private static let particles: [[UInt8]] = ["of", "de", "du", "la", "le", "del", "upon", "on", "the", "and", "of the", "da", "al"].map { Array($0.utf8) }

    /// Gazetteer names among `tokens`: at each token the longest run that is a name, then on
    /// after it (leftmost-longest).
    func names(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], gazetteer: Gazetteer) -> [NameMatch] {
        var found: [NameMatch] = []
        var key = NameKey()
        var i = 0
        while i < tokens.count {
            // The run of tokens joinable from i.
            var last = i
            while last + 1 < tokens.count, last - i + 1 < CandidateScanner.maxTokens, !tokens[last].possessive,
                  CandidateScanner.joins(text, tokens[last].upperEnd..<tokens[last + 1].range.lowerBound) {
                last += 1
            }
            var matched: NameMatch?
            var j = last
            while j >= i, matched == nil {
                let start = tokens[i].range.lowerBound
                // With the trailing period first ("Calif."), then without ("Ohio.").
                let withPeriod = tokens[j].rangeWithPeriod?.upperBound
                for end in [withPeriod, tokens[j].range.upperBound] {
                    guard let end else { continue }
                    key.fold(text, start..<end)
                    if let entry = key.withBytes({ gazetteer.entry(forKey: $0) }) {
                        let caps = tokens[i...j].allSatisfy(\.allCaps)
                        matched = NameMatch(range: start..<end, entry: entry, tokens: i..<(j + 1), allCaps: caps)
                        break
                    }
                }
                j -= 1
            }
            if let matched {
                found.append(matched)
                i = matched.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }
}

extension Token {
    /// Where the token's text ends, its period included (for measuring the gap to the next).
    var upperEnd: Int { rangeWithPeriod?.upperBound ?? range.upperBound }
}

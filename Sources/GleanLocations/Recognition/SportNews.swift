import GleanPCRE

/// Tells sport news, where bare town names are mostly clubs ("Chelsea host Birmingham",
/// "Chester have won only two"), from other news: words only sport reporting uses, and scores.
struct SportNewsDetector: Sendable {
    /// How many sport words or scores make an article sport news.
    static let threshold = 5

    private let pattern: Pattern

    init() throws {
        pattern = try Pattern(#"""
            \b(?:striker|strikers|midfielder|midfielders|defender|goalkeeper|keeper|premiership|fixtures?|kick-off
            |penalty|penalties|squad|fly-half|winger|wingers|referee|semi-finals?|quarter-finals?|scored|scoring
            |league|cup|goals?|stadium|tries|try-line|scrum|wickets?|innings|batsman|bowler|test\ match|six\ nations
            |half-time|full-time|play-offs?|relegation|boss|coach|championship|tournament|(?-i:clubs?))\b
            |(?<score>\b\d{1,2}-\d{1,2}\b(?![\d/]))
            """#, options: [.extended, .caseless])
    }

    /// At least this many of the hits must be words (number ranges in market reports look like scores).
    static let minimumWords = 3

    /// Whether `text` reads as sport news.
    func isSport(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var words = 0, scores = 0
        try pattern.forEachMatch(inUTF8: text) { m in
            if m.range("score") != nil { scores += 1 } else { words += 1 }
            return !(words >= SportNewsDetector.minimumWords && words + scores >= SportNewsDetector.threshold)
        }
        return words >= SportNewsDetector.minimumWords && words + scores >= SportNewsDetector.threshold
    }
}

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
            |half-time|full-time|play-offs?|relegation|boss|coach|championship|tournament|clubs?)\b
            |\b\d{1,2}-\d{1,2}\b(?!\d)
            """#, options: [.extended, .caseless])
    }

    /// Whether `text` reads as sport news.
    func isSport(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var hits = 0
        try pattern.forEachMatch(inUTF8: text) { _ in
            hits += 1
            return hits < SportNewsDetector.threshold
        }
        return hits >= SportNewsDetector.threshold
    }
}

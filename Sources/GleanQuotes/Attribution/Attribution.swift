/// Who said a quote, as found next to it: the mention (byte range), its kind and the cue.
struct Attribution: Sendable {
    enum MentionKind: Sendable {
        /// A proper name: "Rustam Minnikhanov", "Mr. Trump".
        case name
        /// A pronoun: "she", "who".
        case pronoun
        /// A titled description kept as written: "the ministry".
        case description
        /// A transcript label: "PENCE:".
        case label
    }

    /// Where the attribution was found, from the most to the least reliable.
    enum Position: Int, Sendable, Comparable {
        /// Right after the closing mark: "…,” she said.
        case after
        /// Right before the opening mark, ending in a colon or comma: She said: “…”
        case introducing
        /// Earlier in the same sentence: She called it a “…”
        case sentence
        /// Carried over from the previous quote by the same speaker.
        case inherited

        static func < (a: Position, b: Position) -> Bool { a.rawValue < b.rawValue }
    }

    var mention: Range<Int>
    var kind: MentionKind
    var cue: Range<Int>?
    var cueText: String?
    var position: Position
    /// The resolved speaker (fullest name, description as written, or nil).
    var speaker: String?
}

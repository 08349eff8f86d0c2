/// What the words around a name say about it: a preposition of place before it ("in", "near"),
/// a title or first name before it ("Sen. Jackson"), a region word after it ("the Kursk
/// region"), the start of a sentence.
struct ContextCues {
    /// A preposition or verb of place just before ("in", "outside", "near", "visited").
    var locativeBefore = false
    /// A weaker cue before ("of", "to", "and").
    var weakBefore = false
    /// Starts a sentence (or the text): capitalized for that reason alone, perhaps.
    var sentenceInitial = false
    /// A capitalized word that is not a place joins it from before ("Jesse Jackson", "Mr. Hamilton").
    var capitalizedBefore = false
    /// A capitalized word joins it from after ("Paris Hilton", "Dallas Cowboys").
    var capitalizedAfter = false
    /// "region", "oblast", "province"... follows.
    var regionWordAfter = false
    /// "-based" follows ("Moscow-based").
    var basedAfter = false

    /// Whether a cue says "place" firmly.
    var isStrong: Bool { locativeBefore || regionWordAfter || basedAfter }
}

enum CueWords {
    static let locative: Set<String> = [
        "in", "at", "near", "outside", "from", "across", "throughout", "into", "toward", "towards", "around",
        "within", "between", "through", "visited", "visit", "visiting", "downtown", "rural", "suburban",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "central", "inside", "outskirts", "via", "entered", "reached", "fled", "born",
        "nearby", "traveled", "travelled", "moved", "returned", "based", "headquartered", "located",
    ]
    static let weak: Set<String> = ["of", "to", "and", "or", "for", "on", "by", "over", "against", "with", "like", "including", "than"]
    static let region: Set<String> = [
        "region", "regions", "oblast", "province", "provinces", "republic", "krai", "governorate", "state", "prefecture",
        "district", "county", "territory", "area", "regional",
    ]
    /// Capitalized words that may stand before a place without making it part of a longer name.
    static let harmlessCapitalized: Set<String> = [
        "the", "a", "an", "in", "at", "from", "to", "of", "on", "for", "by", "with", "and", "but", "or", "near",
        "outside", "across", "throughout", "into", "like", "as", "after", "before", "since", "when", "while",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "upper", "lower", "greater", "downtown", "metro", "rural",
        "coastal", "suburban", "mid", "all", "both", "if", "this", "that", "its", "their", "our", "his", "her",
        "new", "old", "said", "says", "about", "over", "under", "between", "through", "around", "during", "within",
        "why", "how", "where", "what", "who", "then", "so", "also", "not", "is", "was", "will", "are",
    ]
}

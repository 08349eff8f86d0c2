/// What the words around a name say about it: a preposition of place before it ("in", "near"),
/// a title or first name before it ("Sen. Jackson"), a region word after it ("the Kursk
/// region"), the start of a sentence.
struct ContextCues {
    /// The cues as bits of one word (a trivial value of two bytes: copied, compared and tested
    /// at once; the named cues below read and set its bits).
    private var bits: UInt16 = 0

    @inline(__always) private func bit(_ k: UInt16) -> Bool { bits & (1 << k) != 0 }
    @inline(__always) private mutating func set(_ k: UInt16, _ value: Bool) {
        if value { bits |= 1 << k } else { bits &= ~(1 << k) }
    }

    /// A preposition or verb of place just before ("in", "outside", "near", "visited").
    var locativeBefore: Bool { get { bit(0) } set { set(0, newValue) } }
    /// A weaker cue before ("of", "to", "and").
    var weakBefore: Bool { get { bit(1) } set { set(1, newValue) } }
    /// Starts a sentence (or the text): capitalized for that reason alone, perhaps.
    var sentenceInitial: Bool { get { bit(2) } set { set(2, newValue) } }
    /// A capitalized word that is not a place joins it from before ("Jesse Jackson", "Mr. Hamilton").
    var capitalizedBefore: Bool { get { bit(3) } set { set(3, newValue) } }
    /// A capitalized word joins it from after ("Paris Hilton", "Dallas Cowboys").
    var capitalizedAfter: Bool { get { bit(4) } set { set(4, newValue) } }
    /// "region", "oblast", "province"... follows.
    var regionWordAfter: Bool { get { bit(5) } set { set(5, newValue) } }
    /// Opens the text in capitals ("NEW YORK, March 3 -"): a news dateline, which names a city.
    var dateline: Bool { get { bit(6) } set { set(6, newValue) } }
    /// "-based" follows ("Moscow-based").
    var basedAfter: Bool { get { bit(7) } set { set(7, newValue) } }
    /// A speech verb follows ("Scott said"), or "said" comes before: a person.
    var speechNearby: Bool { get { bit(8) } set { set(8, newValue) } }
    /// A capitalized word that is not an institution word follows ("Linda Smith", not "Fargo Police").
    var nameAfter: Bool { get { bit(9) } set { set(9, newValue) } }

    /// A strict preposition of place before ("in", "near", "outside"; not "at", "from", "to"),
    /// which still says "place" where bare names are clubs ("beat Chelsea", "at Chelsea").
    var strictLocativeBefore: Bool { get { bit(10) } set { set(10, newValue) } }
    /// A word after it that makes it part of a club's or a firm's name ("Exeter City",
    /// "Wichita Industries Inc", "Warner Communications"), or "Bank of" before it ("Bank of England").
    var organisationAfter: Bool { get { bit(11) } set { set(11, newValue) } }

    /// A preposition of place before "the" ("in the Gulf", "across the Atlantic"): a cue for the
    /// name's sea or region only (not for "North Sea", a hamlet in New York), see ``AcceptanceRules``.
    var locativeBeforeArticle: Bool { get { bit(12) } set { set(12, newValue) } }

    /// A firm's legal form two or three words on ("Penobscot Shoe Co"): this mention is the firm's,
    /// though the name may be the place elsewhere in the article ("the Springfield Bus Co").
    var firmAfter: Bool { get { bit(13) } set { set(13, newValue) } }

    /// Whether a cue says "place" firmly.
    var isStrong: Bool { bits & (1 << 0 | 1 << 5 | 1 << 7) != 0 }  // locativeBefore, regionWordAfter, basedAfter
}

extension ContextCues: CustomStringConvertible {
    /// The cues by name, as the struct of Bools printed (for ``LocationExtractor/explain(_:)``).
    var description: String {
        let named: [(String, Bool)] = [
            ("locativeBefore", locativeBefore), ("weakBefore", weakBefore), ("sentenceInitial", sentenceInitial),
            ("capitalizedBefore", capitalizedBefore), ("capitalizedAfter", capitalizedAfter), ("regionWordAfter", regionWordAfter),
            ("dateline", dateline), ("basedAfter", basedAfter), ("speechNearby", speechNearby), ("nameAfter", nameAfter),
            ("strictLocativeBefore", strictLocativeBefore), ("organisationAfter", organisationAfter),
            ("locativeBeforeArticle", locativeBeforeArticle), ("firmAfter", firmAfter),
        ]
        return "ContextCues(" + named.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + ")"
    }
}

enum CueWords {
    static let locative: Set<String> = [
        "in", "at", "near", "outside", "from", "across", "throughout", "into", "toward", "towards", "around",
        "within", "between", "through", "visited", "visit", "visiting", "downtown", "rural", "suburban",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "central", "inside", "outskirts", "via", "entered", "reached", "fled", "born",
        "nearby", "traveled", "travelled", "moved", "returned", "based", "headquartered", "located",
    ]
    /// Prepositions of place that do not also introduce clubs or firms ("in Leeds", not "at Leeds").
    static let strictLocative: Set<String> = [
        "in", "near", "outside", "across", "throughout", "around", "within", "inside", "outskirts", "downtown",
        "rural", "suburban", "born", "visited", "visiting", "northern", "southern", "eastern", "western", "nearby",
        "headquartered", "located", "based",
    ]
    /// Words after a name that make a club or a firm of it ("Leeds United", "Tata Teleservices").
    static let organisation: Set<String> = [
        "united", "rovers", "wanderers", "athletic", "athletico", "albion", "hotspur", "rangers", "villa", "argyle",
        "celtic", "fc", "afc", "rfc", "orient", "thistle", "harlequins", "dons", "hibernian", "saracens", "wasps",
        "inc", "incorporated", "corp", "corporation", "co", "cos", "ltd", "limited", "plc", "llc", "ag", "sa", "nv",
        "industries", "communications", "financial", "bros", "brothers", "mines", "mining", "teleservices",
        "holdings", "bancorp", "bancshares", "banc", "airlines", "airways", "motors", "petroleum", "telecom",
        "securities", "partners", "insurance", "electronics", "systems", "technologies", "pharmaceuticals",
        "resources", "entertainment", "records", "enterprises", "laboratories",
        "labs", "software", "semiconductor", "brewery", "breweries",
        // Reinsurers, fund managers, consultancies ("Munich Re", "Columbia Management", "Clearview Economics").
        "re", "management", "capital", "investments", "advisors", "advisers", "economics",
        // A direction after a name makes a firm of it ("Texas Eastern", "Norfolk Southern"); a region
        // puts it first ("Eastern Texas").
        "eastern", "western", "southern", "northern",
    ]
    /// The legal form closing a firm's name a word or two after a place's ("Penobscot Shoe Co",
    /// "Houston Natural Gas Corp").
    static let legalSuffix: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "cos", "ltd", "limited", "plc", "llc", "ag", "nv", "bhd",
    ]
    /// Regions that field national teams: countries in all but name ("England beat Wales").
    static let homeNations: Set<String> = ["England", "Scotland", "Wales", "Northern Ireland"]
    static let weak: Set<String> = ["of", "to", "and", "or", "for", "on", "by", "over", "against", "with", "like", "including", "than"]
    static let region: Set<String> = [
        "region", "regions", "oblast", "province", "provinces", "republic", "krai", "governorate", "state", "prefecture",
        "district", "county", "territory", "area", "regional",
    ]
    /// Capitalized region words that make the name before them a region ("Kursk Oblast").
    static let capitalizedRegion: Set<String> = ["oblast", "province", "region", "krai", "governorate", "prefecture", "republic"]
    /// Capitalized words that may stand before a place without making it part of a longer name.
    static let harmlessCapitalized: Set<String> = [
        "the", "a", "an", "in", "at", "from", "to", "of", "on", "for", "by", "with", "and", "but", "or", "near",
        "outside", "across", "throughout", "into", "like", "as", "after", "before", "since", "when", "while",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "upper", "lower", "greater", "downtown", "metro", "rural",
        "coastal", "suburban", "mid", "all", "both", "if", "this", "that", "its", "their", "our", "his", "her",
        "new", "old", "said", "says", "about", "over", "under", "between", "through", "around", "during", "within",
        "why", "how", "where", "what", "who", "then", "so", "also", "not", "is", "was", "will", "are",
        "republic", "state", "states", "kingdom", "commonwealth", "province", "city", "county", "town", "village",
        "region", "district", "mid", "western", "west", "southern", "greater", "pan", "trans", "anti", "pro",
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "last", "next", "every", "some", "many", "most", "there", "here", "now", "even",
        "only", "just", "still", "once", "because", "although", "though", "unlike", "despite", "across",
        "former", "current", "then", "native", "local", "historic", "visit", "welcome",
        // Numbers and determiners opening a sentence ("Two UK gamers", "Several US firms").
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few",
        "more", "other", "these", "those", "each", "such", "top",
    ]
    /// Verbs of speech that make the name next to them a person's.
    static let speech: Set<String> = [
        "said", "says", "told", "added", "asked", "explained", "noted", "wrote", "stated", "testified", "replied",
        "recalled", "argued", "insisted", "admitted", "announced", "acknowledged", "agreed", "believes", "thinks",
    ]
    /// Lower-case titles before a name that make it a person's ("coach Ripley").
    static let personTitle: Set<String> = [
        "coach", "president", "senator", "governor", "mayor", "judge", "officer", "deputy", "sheriff", "chief",
        "director", "commissioner", "manager", "superintendent", "principal", "secretary", "minister", "spokesman",
        "spokeswoman", "spokesperson", "attorney", "pastor", "detective", "sergeant", "lieutenant", "captain",
        "trooper", "professor", "teacher", "chairman", "chairwoman", "councilman", "councilwoman", "player",
        "quarterback", "pitcher", "forward", "guard", "defendant", "suspect", "victim", "lawyer", "author", "actor",
        "actress", "singer", "rep", "sen", "gov", "mr", "mrs", "ms", "dr", "dear", "thanks",
    ]

    /// Words after a place name that make an institution of it ("Fargo Police", "Dallas County
    /// Sheriff"), not a person's name.
    static let institution: Set<String> = [
        "county", "city", "police", "department", "school", "schools", "high", "university", "college", "fire",
        "sheriff", "mayor", "council", "board", "public", "community", "state", "street", "road", "avenue", "drive",
        "hospital", "medical", "center", "centre", "library", "church", "airport", "park", "area", "township", "times",
        "post", "news", "herald", "journal", "chamber", "club", "museum", "regional", "municipal", "metropolitan",
        "international", "national", "memorial", "health", "court", "circuit", "district", "division", "commission",
        "committee", "office", "junior", "senior", "middle", "elementary", "academy", "institute", "zoo", "bank",
        "company", "mall", "square", "plaza", "bridge", "river", "lake", "valley", "hills", "heights", "beach",
        "harbor", "bay", "island", "town", "village", "borough", "region", "foreign", "house", "governor",
        "president", "democratic", "democrat", "republican", "central", "highway", "fair", "film", "arts",
        "historical", "jail", "lottery", "association", "reservoir", "secretary", "coroner", "superior",
        "environmental", "cowboys", "braves", "magazine", "daily", "gazette", "tribune",
        "observer", "record", "courier", "star", "press", "sun", "register", "bulletin", "chronicle", "ministry",
        "government", "army", "navy", "embassy", "parliament", "courthouse", "station", "port", "county's",
        "prison", "prosecutor", "attorney", "schools", "district's", "city's", "water", "electric", "utilities",
        "secondary", "grammar", "primary",
    ]

}

/// Word lists that decide what surrounds a number: hedges, counted nouns, identifiers.
enum Lexicon {
    /// Words that end a counted-noun phrase (function words, common verbs and adverbs).
    static let notNouns: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "if", "as", "than",
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "into", "onto", "over", "under", "about",
        "after", "before", "since", "until", "till", "during", "between", "among", "across", "against", "through",
        "per", "via", "within", "around", "near", "off", "out", "up", "down", "above", "below", "behind", "beyond",
        "toward", "towards", "upon", "like", "unlike", "while", "whereas", "because", "although", "though", "when",
        "where", "which", "who", "whom", "whose", "what", "how", "why", "whether", "i", "me", "my", "you", "your",
        "he", "him", "his", "she", "her", "it", "its", "we", "us", "our", "they", "them", "their", "there", "here",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would",
        "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "done", "not", "no", "yes",
        "said", "says", "say", "told", "tells", "according", "including", "compared", "each", "apiece", "every",
        "all", "both", "either", "neither", "any", "some", "more", "most", "less", "least", "fewer", "much", "many",
        "few", "several", "another", "such", "only", "just", "also", "too", "very", "still", "already",
        "even", "again", "ago", "later", "earlier", "now", "then", "today", "tonight", "yesterday", "tomorrow",
        "overnight", "last", "next", "first", "second", "third", "now", "away", "back", "instead", "alone",
        "altogether", "respectively", "apart", "ahead", "once", "twice", "thrice", "almost", "nearly", "about",
        "hit", "shot", "struck", "fell", "rose", "won", "lost", "led", "ran", "saw", "got", "put", "set", "cut",
        "paid", "fled", "began", "became", "spent", "sold", "built", "broke", "brought", "bought", "caught", "drew",
        "drove", "flew", "found", "gave", "held", "kept", "knew", "let", "met", "sent", "stood", "thought", "threw",
        "wrote", "sank", "sat", "hurt", "beat", "took", "went", "came", "made", "left", "remain",
        "seems", "sees", "gets", "goes",
        "rise", "fall", "gain", "drop", "jump", "climb", "slip", "get", "go", "make", "take", "come", "see",
        "give", "include", "feature", "according", "amid", "despite", "thanks",
        "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "edt", "est", "bst", "cet", "o'clock", "percent",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "whilst", "unless", "else", "ever", "never", "always", "often", "already", "perhaps", "however",
        "therefore", "thus", "hence", "nearly", "roughly", "approximately", "total", "totaling", "totalling",
        "higher", "lower", "up", "down", "year-on-year", "year-over-year", "annually", "apiece", "plus", "minus",
        "straight", "consecutive", "percentage", "vs", "versus",
    ]

    /// Singular words ending in -ing or -ed that are nouns.
    static let nounsDespiteSuffix: WordSet = [
        "building", "thing", "ring", "king", "wing", "string", "spring", "ceiling", "meeting", "sibling", "offering",
        "opening", "painting", "recording", "setting", "being", "training", "serving", "shooting", "bombing",
        "killing", "crossing", "landing", "wedding", "ending", "hearing", "feeling", "morning", "evening", "evening",
        "bed", "shed", "speed", "seed", "breed", "feed", "need", "red", "hundred", "sled", "bled",
    ]

    /// Irregular plurals and their singulars.
    static let irregularPlurals: WordMap<String> = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
        "police": "police", "cattle": "cattle", "sheep": "sheep", "deer": "deer", "fish": "fish", "aircraft": "aircraft",
        "personnel": "personnel", "staff": "staff", "troops": "troop", "series": "series", "species": "species",
        "data": "data", "criteria": "criterion", "phenomena": "phenomenon", "indices": "index", "crises": "crisis",
        "analyses": "analysis", "theses": "thesis", "bases": "base", "leaves": "leaf", "thieves": "thief",
        "wolves": "wolf", "shelves": "shelf", "loaves": "loaf", "others": "other", "buses": "bus", "gases": "gas",
        "viruses": "virus", "campuses": "campus", "statuses": "status", "bonuses": "bonus", "censuses": "census",
        "oases": "oasis", "dice": "die", "counties": "county", "cities": "city", "movies": "movie", "cookies": "cookie",
        "species's": "species",
    ]

    /// Plural-looking nouns that are really singular (they must not end a phrase as plurals do).
    static let singularDespiteS: WordSet = ["news", "series", "species", "gas", "bus", "class", "glass", "status",
                                                 "bonus", "campus", "virus", "census", "chaos", "analysis", "basis",
                                                 "crisis", "thesis", "lens", "plus", "minus", "us", "this", "its"]

    /// Hedges before a number and the `change` they mean (CQE/NewsQuant: = ~ > <). Longest first.
    static let hedges: [(words: [String], change: String)] = [
        (["more", "or", "less"], "~"), (["in", "the", "region", "of"], "~"), (["on", "the", "order", "of"], "~"),
        (["give", "or", "take"], "~"), (["in", "excess", "of"], ">"), (["no", "more", "than"], "<"),
        (["not", "more", "than"], "<"), (["no", "fewer", "than"], ">"), (["no", "less", "than"], ">"),
        (["a", "maximum", "of"], "<"), (["a", "minimum", "of"], ">"), (["as", "many", "as"], "<"),
        (["as", "much", "as"], "<"), (["as", "high", "as"], "<"), (["as", "few", "as"], ">"), (["as", "little", "as"], ">"),
        (["as", "low", "as"], ">"), (["an", "estimated"], "~"), (["just", "about"], "~"), (["close", "to"], "~"),
        (["more", "than"], ">"), (["greater", "than"], ">"), (["higher", "than"], ">"), (["at", "least"], ">"),
        (["upwards", "of"], ">"), (["well", "over"], ">"), (["just", "over"], ">"), (["north", "of"], ">"),
        (["well", "above"], ">"), (["less", "than"], "<"), (["fewer", "than"], "<"), (["lower", "than"], "<"),
        (["up", "to"], "<"), (["at", "most"], "<"), (["just", "under"], "<"), (["well", "under"], "<"),
        (["shy", "of"], "<"), (["short", "of"], "<"), (["well", "below"], "<"), (["just", "below"], "<"),
        (["over"], ">"), (["above"], ">"), (["exceeding"], ">"), (["beyond"], ">"), (["under"], "<"), (["below"], "<"),
        (["about"], "~"), (["around"], "~"), (["approximately"], "~"), (["approx"], "~"), (["roughly"], "~"),
        (["nearly"], "~"), (["almost"], "~"), (["some"], "~"), (["circa"], "~"), (["ca"], "~"), (["estimated"], "~"),
        (["approaching"], "~"), (["maybe"], "~"), (["perhaps"], "~"), (["possibly"], "~"), (["reportedly"], "~"),
    ]

    /// Capitalized words that may precede a number without making it an identifier ("About 600", "In 2019").
    static let functionWords: WordSet = [
        "a", "an", "the", "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under",
        "more", "less", "fewer", "at", "in", "on", "by", "for", "from", "to", "with", "of", "and", "or", "but", "only",
        "just", "up", "down", "all", "another", "another", "some", "those", "these", "its", "their", "his", "her",
        "our", "my", "your", "nearly", "another", "after", "before", "since", "until", "during", "between", "among",
        "than", "when", "while", "if", "as", "so", "then", "there", "here", "where", "which", "that", "this", "every",
        "each", "last", "first", "next", "still", "even", "also", "yet", "almost", "like", "unlike", "nearly", "both",
        "within", "without", "into", "across", "through", "per", "plus", "minus", "total", "estimated", "exactly",
        "precisely", "barely", "fully", "another", "least", "most", "many", "much", "several", "we", "they", "he",
        "she", "it", "i", "you", "who", "what", "how", "why", "not", "no", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do",
        "said", "says", "told", "reported", "killed", "injured", "above", "below", "beyond", "upwards", "circa",
        "reportedly", "perhaps", "maybe", "possibly", "averaging", "average", "top", "bottom", "number", "numbering",
    ]

    /// Lowercase words before a number that make it a label ("page 12", "section 4", "flight 370").
    /// Every word whose singular (``CountedNouns/singular(_:)``) can be an identifier head: the
    /// head, its -s, -es, -ies and -men plurals and irregular plurals. A word not in it has no
    /// such singular, which is then not computed.
    static let identifierHeadPlurals: WordSet = {
        // (Collected in an array: the set dedupes them.)
        var words: [String] = []
        words.reserveCapacity(identifierHeads.words.count * 3 + 16)
        for h in identifierHeads.words {
            words.append(h)
            words.append(h + "s")
            words.append(h + "es")
            if h.hasSuffix("y") { words.append(String(h.dropLast()) + "ies") }
            if h.hasSuffix("man") { words.append(String(h.dropLast(3)) + "men") }
        }
        for (plural, singular) in irregularPlurals.table where identifierHeads.contains(singular) { words.append(plural) }
        return WordSet(words)
    }()

    static let identifierHeads: WordSet = [
        "page", "pages", "pp", "section", "sections", "chapter", "article", "paragraph", "line", "room", "flight",
        "route", "highway", "interstate", "version", "level", "grade", "phase", "stage", "game", "round", "episode",
        "volume", "vol", "issue", "item", "rule", "clause", "figure", "fig", "table", "gate", "platform", "terminal",
        "channel", "district", "ward", "precinct", "zone", "act", "bill", "no", "apartment", "apt", "suite", "floor",
        "row", "seat", "lane", "exit", "pier", "tier", "category", "class", "division", "box", "code", "step", "part",
        "title", "verse", "psalm", "model", "type", "series", "number", "nos", "unit", "block", "plot", "lot",
        "wave", "season", "week", "matchday", "day", "hole", "bus", "train", "pitch", "track", "door", "cell",
        "ward", "form", "schedule", "appendix", "annex", "amendment", "resolution", "protocol", "covid", "covid-",
        "windows", "iphone", "ios", "android", "galaxy", "pixel", "formula", "ps", "xbox", "mark", "mk", "gen",
        "generation", "squad", "jersey", "shirt", "bib", "kilo", "tranche", "pillar", "sector", "zone", "area",
        "group", "pool", "level", "tier", "ring", "loop", "field", "court", "sheet", "slide", "scene", "act",
    ]

    /// Words before a year-like number that make it a year ("in 2019", "since 1998").
    static let yearCues: WordSet = ["in", "since", "by", "until", "till", "before", "after", "during", "from",
                                        "of", "year", "early", "late", "mid", "and", "to", "through", "circa", "spring",
                                        "summer", "autumn", "fall", "winter", "the", "around", "between", "as"]

    /// Words before "one" that make it a pronoun ("the one in Kazan", "each one").
    static let pronounOneCues: WordSet = ["the", "this", "that", "any", "every", "each", "no", "which", "a", "an",
                                              "another", "such", "only", "which", "last", "first", "next", "right",
                                              "wrong", "big", "little", "new", "old", "same", "other", "good", "best",
                                              "one", "someone", "anyone", "everyone", "can", "could", "would",
                                              "should", "may", "might", "must", "will", "shall", "does", "did"]

    /// Words around a "N-N" that make it a score ("won 2-1", "a 6-4 set").
    static let scoreCues: WordSet = ["beat", "beats", "won", "win", "wins", "lost", "lose", "loses", "defeat",
                                         "defeated", "defeats", "draw", "drew", "victory", "led", "lead", "leads",
                                         "trail", "trailed", "trailing", "score", "scored", "scores", "at", "down",
                                         "up", "thrashed", "edged", "beating", "losing", "winning", "aggregate",
                                         "loss", "set", "sets", "record", "thanks", "home", "away", "in", "with",
                                         "after", "before", "a", "the", "their", "its", "his", "her", "final", "to"]

    /// Hedges by their words joined with single spaces.
    static let hedgeChanges: [String: String] = {
        var table: [String: String] = [:]
        for hedge in hedges { table[hedge.words.joined(separator: " ")] = hedge.change }
        return table
    }()

    /// Verbs after a bare number word that make it stand for a noun counted earlier ("six hit houses").
    static let elisionVerbs: WordSet = ["hit", "was", "were", "struck", "landed", "fell", "crashed", "exploded",
                                            "died", "survived", "remain", "remained", "are", "is", "have", "had", "has",
                                            "targeted", "reached", "missed", "caused", "damaged", "injured", "killed"]

    /// ``hedgeChanges`` looked up by the bytes of the text.
    static let hedgeChangeBytes = ByteWordTable(hedgeChanges)
    /// The last words of the hedges, by bytes, with the most words a hedge ending in each has:
    /// a quick test before the phrase lookup, and how many words before the number it needs.
    static let hedgeLastWordBytes = ByteWordTable(Dictionary(hedges.map { ($0.words.last!, $0.words.count) }, uniquingKeysWith: max))

    /// Words after "5m" that make it metres, not millions.
    static let lengthContext: WordSet = ["tall", "long", "high", "wide", "deep", "away", "sprint", "race", "hurdles",
        "freestyle", "backstroke", "butterfly", "breaststroke", "medley", "relay",
        "from", "below", "above", "under", "in", "to", "and", "or", "final",
        "dash", "run", "swim", "drop", "fall", "radius", "diameter", "deep"]

    /// Function words after an ambiguous unit symbol ("3 to 4 L of wine", "68 p at").
    static let unitFunctionWords: WordSet = ["at", "to", "from", "and", "or", "of", "per", "a", "on", "for", "with", "by", "in"]

    /// Dimension adjectives after a unit ("2 in thick").
    static let dimensionWords: WordSet = ["thick", "long", "wide", "tall", "deep", "high", "across", "diameter", "away", "apart"]

    /// Words after "a year" that make it a time, not a rate ("a year earlier").
    static let notRateFollowers: WordSet = ["earlier", "ago", "later", "before", "after", "on", "prior", "previously"]

    /// Words before a bare number word that make it a rank or pronoun ("the bottom three").
    static let bareWordNumberBlockers: WordSet = ["the", "top", "bottom", "last", "first", "all", "those", "these"]

    /// Words before "half" that make it a part of a match or period ("the second half").
    static let ordinalHalfCues: WordSet = ["the", "first", "second", "other", "latter", "former", "a", "an"]

    static let monthsAndDays: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}

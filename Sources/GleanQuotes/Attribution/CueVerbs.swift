import GleanPCRE

/// The verbs (and phrases) that attribute speech: "said", "told", "wrote", "tweeted"...
enum CueVerbs {
    /// Finite forms that close an attribution: "…,” Smith said / said Smith.
    static let finite: [String] = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "stated", "states",
        "posted", "posts", "tweeted", "tweets", "insisted", "insists", "warned", "warns", "explained", "explains",
        "noted", "notes", "continued", "continues", "asked", "asks", "replied", "replies", "responded", "responds",
        "recalled", "recalls", "declared", "declares", "argued", "argues", "suggested", "suggests", "claimed",
        "claims", "conceded", "concedes", "acknowledged", "acknowledges", "admitted", "admits", "announced",
        "announces", "remarked", "remarks", "observed", "observes", "complained", "complains", "joked", "jokes",
        "quipped", "quips", "cautioned", "cautions", "urged", "urges", "predicted", "predicts", "promised",
        "promises", "vowed", "vows", "boasted", "boasts", "testified", "testifies", "emphasized", "emphasizes",
        "emphasised", "emphasises", "stressed", "stresses", "shouted", "shouts", "yelled", "yells", "exclaimed",
        "whispered", "mentioned", "mentions", "reported", "reports", "concluded", "concludes", "contended",
        "contends", "maintained", "maintains", "agreed", "agrees", "confirmed", "confirms", "commented", "comments",
        "countered", "counters", "charged", "charges", "alleged", "alleges", "answered", "answers", "wondered",
        "wonders", "recounted", "recounts", "lamented", "laments", "mused", "muses", "opined", "demanded",
        "demands", "pleaded", "estimated", "estimates", "reasoned", "pointed out",
        "points out", "went on", "goes on", "found", "finds", "read", "reads", "proclaimed", "proclaims",
        "thundered", "snapped", "retorted", "sighed", "chimed in", "advised", "advises", "assured", "assures",
        "acknowledged", "bragged", "conceded", "disclosed", "echoed", "echoes", "elaborated", "hinted", "implored",
        "indicated", "indicates", "informed", "interjected", "objected", "offered", "pledged", "pledges",
        "reiterated", "reiterates", "remembered", "remembers", "repeated", "repeats", "revealed", "reveals",
        "scoffed", "screamed", "shot back", "speculated", "summed up", "surmised", "theorized", "threatened",
        "underscored", "ventured", "volunteered", "texted", "emailed", "e-mailed", "messaged", "blogged",
        "explained", "describes", "described", "says of", "said of", "put it", "puts it", "reacted", "reacts", "fumed", "marveled", "marvelled", "gushed",
        "griped", "protested", "protests", "raged", "chided", "cracked", "teased", "pressed",
        "is quoted as saying", "was quoted as saying",
    ]

    /// Forms that introduce a quoted fragment inside paraphrase: "calling it a “…”".
    static let introducing: [String] = [
        "saying", "telling", "adding", "stating", "writing", "noting", "arguing", "warning", "insisting",
        "describing", "asking", "explaining", "announcing", "tweeting", "posting", "declaring", "recalling",
        "responding", "replying", "continuing", "claiming", "suggesting", "calling", "called", "calls", "call",
        "dubbed", "dubbing", "dubs", "labeled", "labelled", "labeling", "labelling", "labels", "termed", "terms",
        "branded", "brands", "branding", "promising", "vowing", "urging", "predicting", "complaining",
        "acknowledging", "admitting", "conceding", "boasting", "joking", "pledging", "blasting", "blasted",
        "praising", "praised", "slammed", "slamming", "criticized", "criticised", "criticizing", "hailed",
        "hailing", "characterized", "characterizing", "likened", "likening", "referred to", "referring to",
        "refers to", "promised", "urged", "quoted", "quoting", "cited", "citing", "accused", "accusing", "accuses",
        "mocked", "mocking", "touted", "touting", "denounced", "denouncing", "condemned", "condemning", "lauded",
        "ruled", "rated", "deemed", "considers", "considered", "wants", "wanted", "believes", "believed", "thinks",
        "thought", "feels", "felt", "hopes", "hoped", "sees", "saw", "described as", "vowed to", "pledged to",
        "derided", "deriding", "derides", "insulted", "chanted", "chanting", "chant", "hammered", "dismissed",
        "dismissing", "decried", "decrying", "lambasted", "ridiculed", "ridiculing", "denounces", "slams",
        "warns of", "warned of", "denies", "denied", "rejected", "rejecting",
    ]

    /// The plain verbs of reported speech, whose clause a later quote usually belongs to.
    static let reporting: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "stated", "states",
        "argued", "argues", "insisted", "insists", "warned", "warns", "noted", "notes", "explained", "explains",
        "claimed", "claims", "suggested", "suggests", "acknowledged", "acknowledges", "conceded", "concedes",
    ]

    /// A trie-factored PCRE alternation of `words` (longer phrases win: "said of" over "said").
    static func alternation(_ words: [String]) -> String {
        TrieAlternation(Set(words)).pattern
    }

    /// The alternation the patterns use: the words of ``alternation(_:)`` in the order its trie
    /// tries them (by scalar, a word before its own prefix: "said of", then "said"), grouped by
    /// first letter only, `(?:a(?:ccused|ccuses|…)|b(?:…)|…)`. The same matches, tried in the same
    /// order (alternatives of plain words: only the order in which they are tried counts), and a
    /// fifth cheaper to compile and JIT-compile than the trie's nesting in every pattern that
    /// holds one.
    static func firstLetterAlternation(_ words: [String]) -> String {
        let ordered = Set(words).map { Array($0.unicodeScalars) }.sorted { a, b in
            for (x, y) in zip(a, b) where x != y { return x.value < y.value }
            return a.count > b.count
        }
        var groups: [String] = []
        var i = 0
        while i < ordered.count {
            let first = ordered[i][0]
            var rests: [String] = []
            while i < ordered.count, ordered[i][0] == first {
                var rest = String.UnicodeScalarView()
                rest.append(contentsOf: ordered[i].dropFirst())
                rests.append(Pattern.escape(String(rest)))
                i += 1
            }
            groups.append(Pattern.escape(String(first)) + "(?:" + rests.joined(separator: "|") + ")")
        }
        return "(?:" + groups.joined(separator: "|") + ")"
    }
}

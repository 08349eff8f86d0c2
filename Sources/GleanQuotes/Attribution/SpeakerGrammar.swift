/// PCRE building blocks for the noun phrases that speak: proper names ("Gov. Mike Pence",
/// "Jean-Luc O’Neil"), pronouns ("she"), and titled descriptions ("the ministry").
enum SpeakerGrammar {
    /// Spaces inside a name or phrase (news copy uses no-break spaces too); never a line break.
    static let space = #"[ \x{A0}]+"#
    static let optionalSpace = #"[ \x{A0}]*"#

    /// Abbreviated titles before a name.
    static let titleAbbreviation = #"(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Hon|Supt|Insp|Det|Cpl|Const|Adm|Maj|Cmdr|Pres|Sec|Atty|Msgr|Fr|Sr|St)\."#

    /// One capitalized word of a name, an initial ("J."), or an acronym ("U.S.").
    static let nameToken = #"(?:\p{Lu}\.(?:\p{Lu}\.)*|(?:Mc|Mac|O['’]|D['’]|d['’])?\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)"#

    /// Lowercase particles inside names (de Gaulle, van der Berg, bin Salman).
    static let particle = #"(?:de|da|di|du|del|della|der|den|van|von|bin|ibn|al|el|la|le|dos|das|y)"#

    /// A proper name: up to five capitalized tokens, with an optional title and suffix.
    static var properName: String { properName(title: titleAbbreviation, token: nameToken) }

    /// ``properName`` built from `title` and `token`: written out, or calls of the groups `tit`
    /// and `ntok` of ``definitions`` (inside ``speaker``).
    static func properName(title: String, token: String) -> String {
        "(?:\(title)\(space))?\(token)(?:\(space)(?:\(particle)\(space))?(?:\(title)|\(token))){0,5}(?:,?\(space)(?:Jr|Sr)\\.?|\(space)(?:II|III|IV))?"
    }

    /// Pronouns that can attribute a quote.
    static let pronoun = #"(?:he|she|they|we|I|it|who|which|He|She|They|We|It)"#

    /// Plural nouns that speak without a determiner ("officials said").
    static let bareSpeakers = #"(?:officials|police|critics|analysts|experts|investigators|authorities|prosecutors|residents|witnesses|sources|organizers|organisers|researchers|doctors|protesters|supporters|opponents|lawyers|aides|advocates|scientists|economists|observers|activists|parents|students|teachers|voters|members|leaders|officers|spokesmen|spokespeople|staff|people|one|another)"#

    /// A determiner phrase: "the ministry", "a spokeswoman for the city", "his lawyer".
    static var commonPhrase: String {
        "(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Bb]oth|[Tt]wo|[Tt]hree|[Tt]his|[Tt]hese|[Tt]hose|[Mm]ost|[Ee]ach)(?!\(space)\(timeNoun))\(space)(?:(?&cword)){0,6}\(notVerb)[\\p{L}\\p{M}\\-’'0-9]+|\(possessiveDescription)|\(bareSpeakers))"
    }

    /// "DeLaet's agent", "the Sanders’ campaign": a possessive name and a role.
    static var possessiveDescription: String {
        "(?!(?:It|That|There|Here|What|Who|He|She|This|Let)['’]s)\\p{Lu}[\\p{L}\\-]*(?:\(space)\\p{Lu}[\\p{L}\\-]*){0,3}['’]s?\(space)(?:\(notVerb)\\p{Ll}[\\p{L}\\-]*\(space)){0,2}\(notVerb)\\p{Ll}[\\p{L}\\-]*"
    }

    /// Lowercase words (job titles) and a qualifier before a name: "Foreign Ministry spokeswoman".
    static var premodifier: String {
        "(?:(?:(?:(?&tit)|(?&ntok)|[0-9]+)(?:['’]s)?\(space)){0,5}(?:(?!(?&fword))\\p{Ll}[\\p{L}\\-]*\(space)){1,4})?"
    }

    /// Words that cannot sit inside a speaker's description (verbs, conjunctions, prepositions).
    static let functionWord = #"(?:with|the|a|an|and|or|but|at|in|on|from|to|by|who|which|that|is|was|are|were|has|had|have|for|as|be|been|when|if|so|than|then|not|do|does|did|can|will|would|should|it|he|she|they|we|this|these|those|his|her|their|its|after|before|while|because|since|about|into|over|also|says|said)(?![\p{L}])"#

    /// A token of a description that is not a function word.
    static var notVerb: String { "(?!(?&dstop))" }

    /// ``descriptionStop`` and ``functionWord`` defined once as groups `dstop` and `fword`, which
    /// the negative lookaheads of ``notVerb`` and ``premodifier`` call: every pattern that holds a
    /// ``speaker`` starts with this. A lookahead's outcome is the same whether its words are
    /// written out or called (no captures inside), while the pattern shrinks from a dozen copies
    /// of each list (a bounded repeat is compiled as copies) to one, and so does its compile and
    /// JIT time, most of the extractor's start-up.
    ///
    /// So are the bodies a speaker repeats: a title (`tit`) and a name token (`ntok`), up to eleven
    /// times each in ``premodifier`` and ``properName``, and a word of a description (`cword`), six
    /// times in ``commonPhrase``. A called group backtracks like the group written out (PCRE2 10.30
    /// on) and holds no captures, so the matches are the same; it is compiled and JIT-compiled once
    /// per pattern instead of once per copy (a tenth of each speaker pattern's start-up).
    static var definitions: String {
        "(?(DEFINE)(?<dstop>\(descriptionStop))(?<fword>\(functionWord))(?<tit>\(titleAbbreviation))(?<ntok>\(nameToken))(?<cword>\(descriptionWord)))"
    }

    /// A word of a description before its last (``commonPhrase``), with the space after it.
    static var descriptionWord: String { "\(notVerb)[\\p{L}\\p{M}\\-’'.0-9]+\(space)" }

    /// Words that end a description ("the report was…", "their hiring and…").
    static let descriptionStop = #"(?:was|is|are|were|be|been|being|that|and|or|but|to|when|if|as|so|than|then|not|do|does|did|can|could|will|would|should|has|had|have|it|he|she|they|we|also|says|said|who|which|while|because|after|before)(?![\p{L}])"#

    /// Time nouns: "this week called" is not a speaker.
    static let timeNoun = #"(?:week|month|year|morning|afternoon|evening|night|weekend|time|day|spring|summer|fall|autumn|winter)(?![\p{L}])"#

    /// Time adverbials between speaker and verb: "earlier this week", "on Tuesday".
    static var timeAdverbial: String {
        "(?:(?:earlier|later)\(space))?(?:(?:this|last|on|that|in[ \\x{A0}]+a|in[ \\x{A0}]+an)\(space)(?:\(timeNoun)|\\p{Lu}\\p{Ll}+day|statement|interview|email|e-mail|post|tweet|letter|release)|on[ \\x{A0}]+\\p{Lu}\\p{Ll}+day|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    }

    /// A speaker with named groups `pn` (pronoun), `cn` (titled description) or `name` (with what
    /// stands before it in `pre`).
    static var speaker: String {
        "(?:(?<pn>\(pronoun))(?![\\p{L}])|(?<cn>\(commonPhrase))|(?<pre>\(premodifier))(?<name>\(properName(title: "(?&tit)", token: "(?&ntok)"))))"
    }

    /// An appositive after the speaker: ", the governor of Tatarstan,".
    static let appositive = #"(?<appos>(?:[ \x{A0}]*\([^()\n]{1,50}\))?(?:,[ \x{A0}]*(?:[^.;!?“”"«»\n]|\.(?! )){1,160}?,)?)"#

    /// Not the object of a preposition ("to supporters", "by the writers").
    static let notAfterPreposition = #"(?<!\b[Tt]o )(?<!\b[Bb]y )(?<!\b[Oo]f )(?<!\b[Ff]or )(?<!\b[Ww]ith )(?<!\b[Ff]rom )(?<!\b[Aa]t )(?<!\b[Ii]n )(?<!\b[Oo]n )(?<!\b[Aa]bout )(?<!\b[Aa]gainst )(?<!\b[Dd]uring )"#

    /// Auxiliaries and adverbs between speaker and verb: "has also said", "later told".
    static var auxiliaries: String {
        "(?:(?:has|have|had|would|will|could|might|also|later|then|once|previously|earlier|again|further|recently|repeatedly|just|simply|quickly|often|still|already|was[ \\x{A0}]+quoted[ \\x{A0}]+as|is[ \\x{A0}]+quoted[ \\x{A0}]+as|[\\p{Ll}]+ly|\(timeAdverbial),?)\(space)){0,3}"
    }
}

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
    static var properName: String {
        "(?:\(titleAbbreviation)\(space))?\(nameToken)(?:\(space)(?:\(particle)\(space))?\(nameToken)){0,4}(?:,?\(space)(?:Jr|Sr)\\.?|\(space)(?:II|III|IV))?"
    }

    /// Pronouns that can attribute a quote.
    static let pronoun = #"(?:he|she|they|we|I|it|who|which|He|She|They|We|It)"#

    /// Plural nouns that speak without a determiner ("officials said").
    static let bareSpeakers = #"(?:officials|police|critics|analysts|experts|investigators|authorities|prosecutors|residents|witnesses|sources|organizers|organisers|researchers|doctors|protesters|supporters|opponents|lawyers|aides|advocates|scientists|economists|observers|activists|parents|students|teachers|voters|members|leaders|officers|spokesmen|spokespeople|staff|people|others|some|many|both)"#

    /// A determiner phrase: "the ministry", "a spokeswoman for the city", "his lawyer".
    static var commonPhrase: String {
        "(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Bb]oth|[Tt]wo|[Tt]hree|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Mm]ost|[Ee]ach)\(space)(?:[\\p{L}\\p{M}\\-’'.0-9]+\(space)){0,6}?[\\p{L}\\p{M}\\-’'0-9]+|\(bareSpeakers))"
    }

    /// Lowercase words (job titles) and a qualifier before a name: "Foreign Ministry spokeswoman".
    static var premodifier: String {
        "(?:(?:\(properName)\(space))?(?:\\p{Ll}[\\p{L}\\-]*\(space)){1,4})?"
    }

    /// A speaker with named groups `pn` (pronoun), `cn` (titled description) or `name`.
    static var speaker: String {
        "(?:(?<pn>\(pronoun))(?![\\p{L}])|(?<cn>\(commonPhrase))|\(premodifier)(?<name>\(properName)))"
    }

    /// An appositive after the speaker: ", the governor of Tatarstan,".
    static let appositive = #"(?<appos>,[ \x{A0}]*(?:[^.;!?“”"«»\n]|\.(?! )){1,160}?,)?"#

    /// Auxiliaries and adverbs between speaker and verb: "has also said", "later told".
    static var auxiliaries: String {
        "(?:(?:has|have|had|would|will|could|might|also|later|then|once|previously|earlier|again|further|recently|repeatedly|just|simply|quickly|often|still|already|[\\p{Ll}]+ly)\(space)){0,2}"
    }
}

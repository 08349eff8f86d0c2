import GleanCore

/// The example corpus of the `quotes` extractor, run by the test suite: every kind of mark, every
/// attribution pattern, pronoun resolution, partial quotes, and what is not a quote.
enum QuoteExamples {
    static let all: [ExtractorExample] = marks + attributions + pronouns + partials + notQuotes + options

    /// Curly, straight, guillemets, wire-style '', British single quotes, nesting, paragraphs.
    static let marks: [ExtractorExample] = [
        ExtractorExample("“We will rebuild the bridge by spring,” said Mayor Anna Kowalski.",
                         expect: [ExpectedExtraction("“We will rebuild the bridge by spring,”",
                                                     ["quote": "We will rebuild the bridge by spring,", "speaker": "Anna Kowalski",
                                                      "cue": "said"])]),
        ExtractorExample(#""The harvest was the worst in a decade," farmer Tomas Berg said."#,
                         expect: [ExpectedExtraction(#""The harvest was the worst in a decade,""#,
                                                     ["speaker": "Tomas Berg", "cue": "said"])]),
        ExtractorExample("« Nous resterons ouverts tout l’hiver », said Claire Dubois, the owner.",
                         expect: [ExpectedExtraction("« Nous resterons ouverts tout l’hiver »", ["speaker": "Claire Dubois"])]),
        ExtractorExample("Not paying the fee ''is simply unfair to renters,'' Councillor Priya Nair said on Monday.",
                         expect: [ExpectedExtraction("''is simply unfair to renters,''", ["speaker": "Priya Nair"])]),
        ExtractorExample("‘We have not seen rain like this since the ’90s,’ said Gareth Hughes, the farmer’s son.",
                         expect: [ExpectedExtraction("‘We have not seen rain like this since the ’90s,’",
                                                     ["speaker": "Gareth Hughes"])]),
        ExtractorExample("'It was Russia's decision to close the border,' the minister told reporters.",
                         expect: [ExpectedExtraction("'It was Russia's decision to close the border,'",
                                                     ["speaker": "the minister", "cue": "told"])]),
        ExtractorExample("“My grandmother always said ‘never sell the land,’ and I won’t,” Jonas Lind said.",
                         expect: [ExpectedExtraction("“My grandmother always said ‘never sell the land,’ and I won’t,”",
                                                     ["speaker": "Jonas Lind"])]),
        // A quote running across paragraphs: the first is left open, the next reopens.
        ExtractorExample("The coach, Maria Ortiz, said: “We trained hard all winter. Nobody skipped a session.\n\n“Now the games begin and we are ready.”",
                         expect: [ExpectedExtraction("“We trained hard all winter. Nobody skipped a session.",
                                                     ["speaker": "Maria Ortiz", "cue": "said"]),
                                  ExpectedExtraction("“Now the games begin and we are ready.”", ["speaker": "Maria Ortiz"])]),
    ]

    /// ", said X" / "X said:" / appositives / "according to" / "told reporters" / "wrote on".
    static let attributions: [ExtractorExample] = [
        ExtractorExample("Deputy minister Olga Petrova said: “The pipeline will be finished this year.”",
                         expect: [ExpectedExtraction("“The pipeline will be finished this year.”",
                                                     ["speaker": "Olga Petrova", "cue": "said"])]),
        ExtractorExample("“The mine kept this town alive,” said Walt Brenner of Red Hollow.",
                         expect: [ExpectedExtraction("“The mine kept this town alive,”", ["speaker": "Walt Brenner"])]),
        ExtractorExample("“The river is still rising,” Hector Alvarez, the governor of the province, said on Sunday.",
                         expect: [ExpectedExtraction("“The river is still rising,”", ["speaker": "Hector Alvarez"])]),
        ExtractorExample("“Prices will fall before the summer,” according to Lena Fischer, an economist at the bank.",
                         expect: [ExpectedExtraction("“Prices will fall before the summer,”",
                                                     ["speaker": "Lena Fischer", "cue": "according to"])]),
        ExtractorExample("Police chief Dan Moreau told reporters, “The suspect was arrested without incident.”",
                         expect: [ExpectedExtraction("“The suspect was arrested without incident.”",
                                                     ["speaker": "Dan Moreau", "cue": "told"])]),
        ExtractorExample("Governor Ilya Sorokin wrote on Telegram, “Air defences are working over the city.”",
                         expect: [ExpectedExtraction("“Air defences are working over the city.”",
                                                     ["speaker": "Ilya Sorokin", "cue": "wrote"])]),
        ExtractorExample("“This decision protects our children,” tweeted Senator Grace Holloway.",
                         expect: [ExpectedExtraction("“This decision protects our children,”",
                                                     ["speaker": "Grace Holloway", "cue": "tweeted"])]),
        ExtractorExample("“The vote was rigged,” he insisted, without offering evidence.",
                         expect: [ExpectedExtraction("“The vote was rigged,”", ["cue": "insisted"])]),
        ExtractorExample("“Stay off the roads tonight,” the ministry warned in a statement.",
                         expect: [ExpectedExtraction("“Stay off the roads tonight,”", ["speaker": "the ministry", "cue": "warned"])]),
        ExtractorExample("“We are open,” the company said. “Orders will ship on time.”",
                         expect: [ExpectedExtraction("“We are open,”", ["speaker": "the company"]),
                                  ExpectedExtraction("“Orders will ship on time.”", ["speaker": "the company"])]),
        ExtractorExample("Chile's President, Elena Varas, said on Friday: “The talks will go on.”",
                         expect: [ExpectedExtraction("“The talks will go on.”", ["speaker": "Elena Varas"])]),
        // A colon after the speaker, a speech verb later in the sentence, a subject far from its verb.
        ExtractorExample("Senator Jo Marsh (D-Ore.): “The bill is dead.”",
                         expect: [ExpectedExtraction("“The bill is dead.”", ["speaker": "Jo Marsh", "cue": ":"])]),
        ExtractorExample("A nurse who “skips a break” gets a warning, Tamsin Reeve said.",
                         expect: [ExpectedExtraction("“skips a break”", ["speaker": "Tamsin Reeve", "partial": true])]),
        ExtractorExample("In Leeds, Omar Siddiq stepped up his attacks on the budget, saying, “This is theft.”",
                         expect: [ExpectedExtraction("“This is theft.”", ["speaker": "Omar Siddiq", "cue": "saying"])]),
        ExtractorExample("“Rents will keep rising” for years, says Ilse Brandt, a housing economist.",
                         expect: [ExpectedExtraction("“Rents will keep rising”", ["speaker": "Ilse Brandt", "cue": "says"])]),
        // Signed with a dash, on the same line or the next.
        ExtractorExample("“Nobody expected the river to rise that fast.” ― Kofi Mensah, a ferry pilot.",
                         expect: [ExpectedExtraction("“Nobody expected the river to rise that fast.”", ["speaker": "Kofi Mensah"])]),
        ExtractorExample("Readers wrote in.\n\n“The new timetable is a disaster for commuters.”\n\n- Greta Holm.",
                         expect: [ExpectedExtraction("“The new timetable is a disaster for commuters.”", ["speaker": "Greta Holm"])]),
        // Introduced by the paragraph before, ending in a colon.
        ExtractorExample("The club’s chairman, Piet Janssen, issued a statement:\n\n“We thank the fans for their patience this season.”",
                         expect: [ExpectedExtraction("“We thank the fans for their patience this season.”", ["speaker": "Piet Janssen"])]),
        ExtractorExample("“The numbers look good,” St. Anne Hospital Dr. Mara Quist said.",
                         expect: [ExpectedExtraction("“The numbers look good,”", ["speaker": "Mara Quist"])]),
        // Transcripts: the speaker's label opens the quoted paragraph.
        ExtractorExample("\"HOST: Thank you for joining us this evening.\n\n\"GUEST: Glad to be here, and thanks for having me.\"",
                         expect: [ExpectedExtraction("\"HOST: Thank you for joining us this evening.", ["speaker": "HOST", "cue": ":"]),
                                  ExpectedExtraction("\"GUEST: Glad to be here, and thanks for having me.\"", ["speaker": "GUEST"])]),
    ]

    /// "she added": the nearest fitting named person before; fullest names.
    static let pronouns: [ExtractorExample] = [
        ExtractorExample("Ruth Okafor runs the shelter. Okafor said donations had doubled. “People have been generous,” she added.",
                         expect: [ExpectedExtraction("“People have been generous,”",
                                                     ["speaker": "Ruth Okafor", "cue": "added"])]),
        ExtractorExample("Mr. Daniel Reyes met Ms. Sofia Marin on Tuesday. Reyes said little. “We made progress,” she said.",
                         expect: [ExpectedExtraction("“We made progress,”", ["speaker": "Sofia Marin"])]),
        ExtractorExample("Viktor Hale, the club’s owner, spoke after the match. “We deserved the win,” Hale said.",
                         expect: [ExpectedExtraction("“We deserved the win,”", ["speaker": "Viktor Hale"])]),
    ]

    /// Fragments quoted inside paraphrase.
    static let partials: [ExtractorExample] = [
        ExtractorExample("The government condemned the raid, with President Omar Haddad calling it a “cowardly act.”",
                         expect: [ExpectedExtraction("“cowardly act.”", ["speaker": "Omar Haddad", "cue": "calling", "partial": true])]),
        ExtractorExample("Kessler said the plan was “dead on arrival” and urged a new vote.",
                         expect: [ExpectedExtraction("“dead on arrival”", ["speaker": "Kessler", "partial": true])]),
    ]

    /// Titles, scare quotes, nicknames, apostrophes and headlines are not quotes.
    static let notQuotes: [ExtractorExample] = [
        .negative("She starred in “The Long Night Home” before moving to television."),
        .negative("The so-called “experts” were nowhere to be found."),
        .negative("Words banished this year include “circle back,” “pivot,” “synergy” and “bandwidth.”"),
        ExtractorExample("“We will appeal,” the lawyer said, as the paper ran the headline ‘Verdict shocks town’ that morning.",
                         expect: [ExpectedExtraction("“We will appeal,”", ["speaker": "the lawyer"])]),
        .negative("The “reform” turned out to be cosmetic."),
        .negative("Boxer Rocky “The Hammer” Delgado won again on Friday."),
        .negative("It's the city's busiest season since the '90s, and the shops' owners don't mind."),
        .negative("Mayor Vows ‘No Cuts’ to Transit\n\nThe mayor presented the budget on Monday to the council."),
        ExtractorExample("<tweet author=\"citynews\">Roads are closed</tweet> “We ask everyone to stay home,” the police said.",
                         expect: [ExpectedExtraction("“We ask everyone to stay home,”", ["speaker": "the police"])]),
    ]

    /// keep_unattributed: false drops quotes whose speaker is unknown.
    static let options: [ExtractorExample] = [
        ExtractorExample("Across the square hung a banner, “Together we will rebuild this town” in large letters.",
                         expect: [ExpectedExtraction("“Together we will rebuild this town”", ["speaker": .null])]),
        ExtractorExample("Across the square hung a banner, “Together we will rebuild this town” in large letters.",
                         options: ["keep_unattributed": false], expect: []),
    ]
}

import GleanCore

/// The example corpus of the `locations` extractor (Duckling style): each category of the
/// issue with positives, ambiguous names and negatives. Run by the test suite.
enum LocationExamples {
    static let all: [ExtractorExample] = qualified + regions + spellings + abbreviations + ambiguous
        + prominence + compounds + people + commonWords + demonyms + waters + organisationsAndClubs
        + sentenceInitialCountries + formerNames + worldRegions + smallFamousPlaces + sentenceOpeners + firmWords + transliterations

    /// "City, Region" and "City, Country": the second names where the first lies.
    static let qualified: [ExtractorExample] = [
        ExtractorExample("Protesters marched through Lyon, France, on Sunday.", expect: [
            ExpectedExtraction("Lyon", ["country": "FR", "feature": "city"]),
            ExpectedExtraction("France", ["country": "FR", "feature": "country"]),
        ]),
        ExtractorExample("Deputies in Marion County, Oregon, closed the road.", expect: [
            ExpectedExtraction("Marion County", ["country": "US", "admin1": "Oregon", "feature": "admin2"]),
            ExpectedExtraction("Oregon", ["feature": "admin1", "geonames_id": 5744337]),
        ]),
    ]

    /// Admin regions worldwide, with the region word outside the span.
    static let regions: [ExtractorExample] = [
        ExtractorExample("Shelling hit two villages in the Belgorod region overnight.", expect: [
            ExpectedExtraction("Belgorod", ["name": "Belgorod Oblast", "country": "RU", "feature": "admin1"]),
        ]),
        ExtractorExample("Flooding closed schools across Bavaria and Saxony.", expect: [
            ExpectedExtraction("Bavaria", ["country": "DE", "feature": "admin1"]),
            ExpectedExtraction("Saxony", ["country": "DE", "feature": "admin1"]),
        ]),
    ]

    /// Alternate spellings and names with diacritics resolve to the canonical name.
    static let spellings: [ExtractorExample] = [
        ExtractorExample("Officials in Kiev and Kharkov reported power cuts.", expect: [
            ExpectedExtraction("Kiev", ["name": "Kyiv", "country": "UA"]),
            ExpectedExtraction("Kharkov", ["name": "Kharkiv", "country": "UA"]),
        ]),
        ExtractorExample("The train from Zürich reached Kraków at noon.", expect: [
            ExpectedExtraction("Zürich", ["country": "CH"]),
            ExpectedExtraction("Kraków", ["country": "PL"]),
        ]),
        ExtractorExample("Icebreakers sailed from Arkhangelsk before the freeze.", expect: [
            ExpectedExtraction("Arkhangelsk", ["country": "RU", "feature": "city"]),
        ]),
        ExtractorExample("Crowds filled the streets of Nairobi’s business district.", expect: [
            ExpectedExtraction("Nairobi", ["country": "KE", "feature": "city"]),
        ]),
    ]

    /// News abbreviations: "U.S.", "UK", AP state abbreviations after "City, ".
    static let abbreviations: [ExtractorExample] = [
        ExtractorExample("Talks between the U.S. and the UK resumed.", expect: [
            ExpectedExtraction("U.S.", ["name": "United States", "country": "US", "feature": "country"]),
            ExpectedExtraction("UK", ["name": "United Kingdom", "country": "GB"]),
        ]),
        ExtractorExample("She grew up in Springfield, Ill., and studied in Washington, D.C.", expect: [
            ExpectedExtraction("Springfield", ["country": "US", "admin1": "Illinois"]),
            ExpectedExtraction("Ill.", ["name": "Illinois", "feature": "admin1"]),
            ExpectedExtraction("Washington", ["country": "US", "admin1": "District of Columbia"]),
            ExpectedExtraction("D.C.", ["name": "District of Columbia", "feature": "admin1"]),
        ]),
        .negative("Let us know what you think, Mo."),
        // Wire datelines drop the period of a state's abbreviation.
        ExtractorExample("BOULDER, Colo, May 4 - Talks on Mideast oil resumed.", expect: [
            ExpectedExtraction("BOULDER", ["country": "US", "admin1": "Colorado"]),
            ExpectedExtraction("Colo", ["name": "Colorado", "feature": "admin1"]),
            ExpectedExtraction("Mideast", ["name": "Middle East", "feature": "region"]),
        ]),
        .negative("Viewers loved the new Miss Marple drama."),
    ]

    /// Ambiguous names: the other places of the article decide.
    static let ambiguous: [ExtractorExample] = [
        ExtractorExample("The rodeo in Paris drew fans from across Texas, from Dallas to Sherman.", expect: [
            ExpectedExtraction("Paris", ["country": "US", "admin1": "Texas"]),
            ExpectedExtraction("Texas", ["feature": "admin1"]),
            ExpectedExtraction("Dallas", ["admin1": "Texas"]),
            ExpectedExtraction("Sherman", ["admin1": "Texas"]),
        ]),
        ExtractorExample("Paris and Lyon host the final rounds.", expect: [
            ExpectedExtraction("Paris", ["country": "FR"]),
            ExpectedExtraction("Lyon", ["country": "FR"]),
        ]),
        ExtractorExample("Traffic slowed between Atlanta and Savannah, Georgia officials said.", expect: [
            ExpectedExtraction("Atlanta", ["admin1": "Georgia"]),
            ExpectedExtraction("Savannah", ["admin1": "Georgia"]),
            ExpectedExtraction("Georgia", ["country": "US", "feature": "admin1"]),
        ]),
        ExtractorExample("Tbilisi accused Moscow of moving troops closer to Georgia.", expect: [
            ExpectedExtraction("Tbilisi", ["country": "GE"]),
            ExpectedExtraction("Moscow", ["country": "RU"]),
            ExpectedExtraction("Georgia", ["country": "GE", "feature": "country"]),
        ]),
    ]

    /// Datelines name cities; names of countries and regions beat towns of the same name.
    static let prominence: [ExtractorExample] = [
        ExtractorExample("TORONTO, March 3 - Shares of U.S. lumber firms rose.", expect: [
            ExpectedExtraction("TORONTO", ["country": "CA", "feature": "city"]),
            ExpectedExtraction("U.S.", ["country": "US"]),
        ]),
        ExtractorExample("Mexico and Brazil signed a trade deal in Ohio.", expect: [
            ExpectedExtraction("Mexico", ["feature": "country", "country": "MX"]),
            ExpectedExtraction("Brazil", ["feature": "country", "country": "BR"]),
            ExpectedExtraction("Ohio", ["feature": "admin1"]),
        ]),
        ExtractorExample("Storms swept across Wales and Scotland.", expect: [
            ExpectedExtraction("Wales", ["feature": "admin1", "country": "GB"]),
            ExpectedExtraction("Scotland", ["feature": "admin1", "country": "GB"]),
        ]),
    ]

    /// Hyphenated compounds split into their places; "X-based" is a place cue.
    static let compounds: [ExtractorExample] = [
        ExtractorExample("The Russia-Ukraine talks stalled again.", expect: [
            ExpectedExtraction("Russia", ["country": "RU"]),
            ExpectedExtraction("Ukraine", ["country": "UA"]),
        ]),
        ExtractorExample("A Denver-based startup raised money.", expect: [
            ExpectedExtraction("Denver", ["country": "US", "admin1": "Colorado"]),
        ]),
    ]

    /// People named like places are not places.
    static let people: [ExtractorExample] = [
        .negative("Jesse Jackson spoke to reporters on Tuesday."),
        .negative("Coach Tom Clinton said the team would recover."),
        ExtractorExample("Mary Lincoln said she moved to Lincoln, Nebraska, in May.", expect: [
            ExpectedExtraction("Lincoln", occurrence: 1, ["admin1": "Nebraska"]),
            ExpectedExtraction("Nebraska", ["feature": "admin1"]),
        ], forbid: ["Mary Lincoln"]),
    ]

    /// Capitalized common words, months and institutions are not places.
    static let commonWords: [ExtractorExample] = [
        .negative("Reading is a pleasure, and Hope springs eternal."),
        .negative("In March the White House and the Duma traded statements."),
    ]

    /// Demonyms: reported as their own type (`demonym`), never as `location`; off with `include_demonyms: false`.
    static let demonyms: [ExtractorExample] = [
        ExtractorExample("Russian officials met Ukrainian envoys.", expect: [
            ExpectedExtraction("Russian", type: "demonym", ["kind": "demonym", "country": "RU"]),
            ExpectedExtraction("Ukrainian", type: "demonym", ["kind": "demonym", "country": "UA"]),
        ]),
        .negative("Russian officials met Ukrainian envoys.", options: ["include_demonyms": false]),
    ]

    /// Seas, rivers and wider regions.
    static let waters: [ExtractorExample] = [
        ExtractorExample("Tankers crossed the Black Sea toward the Mediterranean.", expect: [
            ExpectedExtraction("Black Sea", ["feature": "water"]),
            ExpectedExtraction("Mediterranean", ["feature": "water"]),
        ]),
        ExtractorExample("Aid convoys reached Darfur from Khartoum.", expect: [
            ExpectedExtraction("Darfur", ["country": "SD", "feature": "region"]),
            ExpectedExtraction("Khartoum", ["country": "SD", "feature": "city"]),
        ]),
    ]

    /// Parts of continents, areas and islands that international news names, and areas of
    /// Britain and France that would otherwise go to a namesake town or region elsewhere.
    static let worldRegions: [ExtractorExample] = [
        ExtractorExample("Drought has spread from the Horn of Africa to West Africa.", expect: [
            ExpectedExtraction("Horn of Africa", ["feature": "region"]),
            ExpectedExtraction("West Africa", ["feature": "region"]),
        ]),
        ExtractorExample("Floods closed roads in Yorkshire and the West Midlands.", expect: [
            ExpectedExtraction("Yorkshire", ["country": "GB", "feature": "region"]),
            ExpectedExtraction("West Midlands", ["country": "GB", "feature": "region"]),
        ]),
        ExtractorExample("Veterans returned to the beaches of Normandy.", expect: [
            ExpectedExtraction("Normandy", ["country": "FR", "feature": "region"]),
        ]),
        ExtractorExample("The yacht crossed the Atlantic in record time.", expect: [
            ExpectedExtraction("Atlantic", ["name": "Atlantic Ocean", "feature": "water"]),
        ]),
        ExtractorExample("Tankers waited in the Gulf while barges moved down the Yangtze.", expect: [
            ExpectedExtraction("Gulf", ["name": "Persian Gulf", "feature": "water"]),
            ExpectedExtraction("Yangtze", ["country": "CN", "feature": "water"]),
        ]),
        // A sea beats a hamlet named after it, even in an article about the hamlet's state.
        ExtractorExample("A Texas driller bought North Sea oil fields from a New York bank.", expect: [
            ExpectedExtraction("North Sea", ["feature": "water"]),
        ], exhaustive: false),
        ExtractorExample("Banks in the Netherlands and Macau raised rates.", expect: [
            ExpectedExtraction("Netherlands", ["country": "NL", "feature": "country"]),
            ExpectedExtraction("Macau", ["country": "MO", "feature": "country"]),
        ]),
        ExtractorExample("Fighting flared again in eastern Congo and in Kosovo.", expect: [
            ExpectedExtraction("Congo", ["country": "CD", "feature": "country"]),
            ExpectedExtraction("Kosovo", ["feature": "country"]),
        ]),
    ]

    /// Small places known the world over, below the city list's population floor.
    static let smallFamousPlaces: [ExtractorExample] = [
        ExtractorExample("Bankers gathered in Davos while migrants reached Lampedusa.", expect: [
            ExpectedExtraction("Davos", ["country": "CH", "feature": "city"]),
            ExpectedExtraction("Lampedusa", ["country": "IT"]),
        ]),
    ]

    /// A number or determiner opening the sentence is no part of a name ("Two UK firms").
    static let sentenceOpeners: [ExtractorExample] = [
        ExtractorExample("Two UK firms bid for the contract.", expect: [
            ExpectedExtraction("UK", ["country": "GB", "feature": "country"]),
        ]),
        ExtractorExample("Several US lenders cut their rates.", expect: [
            ExpectedExtraction("US", ["country": "US", "feature": "country"]),
        ]),
    ]

    /// Firms named after places: reinsurers, fund managers, "<Place> Eastern"; but a university
    /// named "<State> Southern University" is the state's.
    static let firmWords: [ExtractorExample] = [
        .negative("Shares of Munich Re and Texas Eastern fell sharply."),
        .negative("The fund is run by Columbia Management for its clients."),
        // A legal form two words on makes a firm of this mention only.
        ExtractorExample("Analysts at Denver Widget Co expect a rebound in Denver.", expect: [
            ExpectedExtraction("Denver", occurrence: 1, ["country": "US", "admin1": "Colorado"]),
        ]),
        // A list, not "City, Region": Manchester does not qualify Chelsea.
        ExtractorExample("In the league, rivals Chelsea, Manchester United and Arsenal all won: a striker scoring twice, a goalkeeper saving a penalty.",
                         forbid: ["Chelsea", "Manchester"], exhaustive: false),
        // A state's abbreviation ending the sentence before a firm's name still qualifies.
        ExtractorExample("The plant stands in Boone County, Ky. United Bakers owns it.", expect: [
            ExpectedExtraction("Boone County", ["country": "US", "admin1": "Kentucky"]),
            ExpectedExtraction("Ky.", ["name": "Kentucky", "feature": "admin1"]),
        ], exhaustive: false),
        // A school named after its town ("Portsmouth Northern Secondary School") is the town's.
        ExtractorExample("He was educated at Portsmouth Northern Secondary School.", expect: [
            ExpectedExtraction("Portsmouth", ["country": "GB"]),
        ], exhaustive: false),
        ExtractorExample("She studied law at Texas Southern University in Houston.", expect: [
            ExpectedExtraction("Texas", ["feature": "admin1", "country": "US"]),
            ExpectedExtraction("Houston", ["country": "US", "admin1": "Texas"]),
        ], exhaustive: false),
    ]

    /// Arabic names without the article and the final h ("Al Fallūjah", "Al Başrah"); names
    /// joined by particles between hyphens or spaces ("Port-au-Prince", "Dar es Salaam").
    static let transliterations: [ExtractorExample] = [
        ExtractorExample("Fighting spread from Basra to Fallujah.", expect: [
            ExpectedExtraction("Basra", ["country": "IQ", "feature": "city"]),
            ExpectedExtraction("Fallujah", ["country": "IQ", "feature": "city"]),
        ]),
        ExtractorExample("Aid flights landed in Port-au-Prince and Dar es Salaam.", expect: [
            ExpectedExtraction("Port-au-Prince", ["country": "HT"]),
            ExpectedExtraction("Dar es Salaam", ["country": "TZ"]),
        ]),
    ]
}

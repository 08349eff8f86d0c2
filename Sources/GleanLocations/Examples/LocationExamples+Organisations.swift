import GleanCore

/// Town names that stand for clubs and firms, and datelines named like common words.
extension LocationExamples {
    static let organisationsAndClubs: [ExtractorExample] = [
        // Sport news: bare town names are clubs; a strict preposition of place keeps a town.
        ExtractorExample("The striker scored twice as Chelsea beat Fulham 3-1 in the league, and the squad will train in Cardiff next week.", expect: [
            ExpectedExtraction("Cardiff", ["country": "GB", "feature": "city"]),
        ], forbid: ["Chelsea", "Fulham"]),
        // National sides are still countries ("England", "France").
        ExtractorExample("England lost 11-9 to Wales in the Six Nations as the fly-half kicked a late penalty; France and the squad travel on to the cup semi-finals.", expect: [
            ExpectedExtraction("Wales", ["country": "GB"]),
            ExpectedExtraction("England", ["country": "GB"]),
            ExpectedExtraction("France", ["country": "FR", "feature": "country"]),
        ]),
        // A club suffix makes the town part of a club's name.
        ExtractorExample("Leeds United and Bristol Rovers both asked for more time.", forbid: ["Leeds", "Bristol"]),
        // A firm's name, and the firm's name alone later in the article.
        .negative("Wichita Industries Inc agreed to buy a rival; Wichita said the deal would close in May."),
        .negative("Moody's raised the debt of Warner Communications, citing Warner's stronger balance sheet."),
        // A firm named after a state or a big city leaves the place a place elsewhere.
        ExtractorExample("FORT WORTH, Texas, Oct 19 - Texas Petroleum Corp said New York regulators and Acme Gas Co of New York Inc approved.", expect: [
            ExpectedExtraction("FORT WORTH", ["admin1": "Texas", "feature": "city"]),
            ExpectedExtraction("Texas", occurrence: 0, ["feature": "admin1"]),
            ExpectedExtraction("New York", occurrence: 0, ["country": "US"]),
        ]),
        // Number ranges in market reports are not scores, nor is the Paris Club a sport club.
        ExtractorExample("Bids rose to 10-12 pct, 15-18 pct and 20-22 pct as Paris Club creditors met in Paris.", expect: [
            ExpectedExtraction("Paris", occurrence: 0, ["country": "FR"]),
            ExpectedExtraction("Paris", occurrence: 1, ["country": "FR"]),
        ]),
        // Stock tickers are not places.
        .negative("Shares of Toyo Motor <TOYO.T> and Broken Hill <BRKN.S> rose."),
        // Commodities, brands and firms named like towns.
        .negative("Brent crude rose while shares of Tata and Nokia fell."),
        // Datelines name cities, even ones named like common words.
        ExtractorExample("WELLINGTON, March 13 - Harbour workers will strike for a day.", expect: [
            ExpectedExtraction("WELLINGTON", ["country": "NZ", "feature": "city"]),
        ]),
    ]

    /// Countries and home nations named like common words still open sentences.
    static let sentenceInitialCountries: [ExtractorExample] = [
        ExtractorExample("Turkey said it would reopen the border. Chad agreed. Wales is wet in winter.", expect: [
            ExpectedExtraction("Turkey", ["country": "TR", "feature": "country"]),
            ExpectedExtraction("Chad", ["country": "TD", "feature": "country"]),
            ExpectedExtraction("Wales", ["country": "GB", "feature": "admin1"]),
        ]),
        // A home nation beside another is not a village of its name in the other.
        ExtractorExample("The ban applies in England and Wales from next year.", expect: [
            ExpectedExtraction("England", ["country": "GB", "feature": "admin1"]),
            ExpectedExtraction("Wales", ["name": "Wales", "country": "GB", "feature": "admin1"]),
        ]),
        // A place named before a facility's name stays a place when the article names it as one.
        ExtractorExample("The Kursk Nuclear Power Plant lies in the Kursk region.", expect: [
            ExpectedExtraction("Kursk", occurrence: 0, ["name": "Kursk Oblast", "country": "RU"]),
            ExpectedExtraction("Kursk", occurrence: 1, ["name": "Kursk Oblast", "country": "RU"]),
        ]),
        // A first name before a surname, far from the article's places, is a person.
        .negative("The film stars Miranda Richardson, and commission chairwoman Martha Hesse spoke."),
    ]

    /// Former and short names of big cities that news archives use ("Peking", "Frankfurt").
    static let formerNames: [ExtractorExample] = [
        ExtractorExample("FRANKFURT, March 3 - Dealers in Peking and Bombay sold dollars.", expect: [
            ExpectedExtraction("FRANKFURT", ["name": "Frankfurt am Main", "country": "DE"]),
            ExpectedExtraction("Peking", ["name": "Beijing", "country": "CN"]),
            ExpectedExtraction("Bombay", ["name": "Mumbai", "country": "IN"]),
        ]),
        // Banks named after their country are banks.
        ExtractorExample("The Bank of England and the Union Bank of Switzerland raised rates, traders in Japan said.", expect: [
            ExpectedExtraction("Japan", ["country": "JP"]),
        ], forbid: ["England", "Switzerland"]),
        // Straits, channels and seas of international news.
        ExtractorExample("Tankers avoided the Strait of Hormuz, and migrants crossed the English Channel.", expect: [
            ExpectedExtraction("Strait of Hormuz", ["feature": "water"]),
            ExpectedExtraction("English Channel", ["feature": "water"]),
        ]),
        // Armed groups named like towns are not places.
        ExtractorExample("Israel said Hamas fired rockets.", expect: [
            ExpectedExtraction("Israel", ["country": "IL"]),
        ], forbid: ["Hamas"]),
    ]
}

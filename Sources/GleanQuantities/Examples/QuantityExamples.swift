import GleanCore

/// The example corpus of the `quantities` extractor, one group per phenomenon. The test suite
/// runs every example (see `ExampleVerifier`).
enum QuantityExamples {
    static var all: [ExtractorExample] {
        numbers + units + money + counts + qualifiers + ranges + negatives + options
    }

    /// Numbers in digits and words.
    static let numbers: [ExtractorExample] = [
        ExtractorExample("The index closed at 3,005.47 on Friday.",
                         expect: [ExpectedExtraction("3,005.47", ["value": 3005.47])]),
        ExtractorExample("The plant will hire fifty-six engineers.",
                         expect: [ExpectedExtraction("fifty-six engineers", ["value": 56, "unit": "engineer"])]),
        ExtractorExample("She bought a dozen eggs.",
                         expect: [ExpectedExtraction("a dozen eggs", ["value": 12, "unit": "egg"])]),
        ExtractorExample("Sales reached 2.3 million units.",
                         expect: [ExpectedExtraction("2.3 million units", ["value": 2_300_000, "unit": "unit"])]),
        ExtractorExample("The city has half a million residents.",
                         expect: [ExpectedExtraction("half a million residents", ["value": 500_000, "unit": "resident"])]),
        ExtractorExample("Add 1/2 cup of sugar.",
                         expect: [ExpectedExtraction("1/2 cup", ["value": 0.5, "unit": "cup"])]),
        ExtractorExample("A third of voters stayed home.",
                         expect: [ExpectedExtraction("A third", ["value": .double(1.0 / 3.0)])]),
        ExtractorExample("The temperature dropped to -5C overnight.",
                         expect: [ExpectedExtraction("-5C", ["value": -5, "unit": "degree Celsius", "si_value": -5])]),
        ExtractorExample("Net profit was 4.464 million euros.",
                         expect: [ExpectedExtraction("4.464 million euros", ["value": 4_464_000, "currency": "EUR"])]),
        ExtractorExample("The index fell -1.3% as 16 billion shares traded.",
                         expect: [ExpectedExtraction("-1.3%", ["value": -1.3]),
                                  ExpectedExtraction("16 billion shares", ["value": 16_000_000_000, "unit": "share"])]),
        ExtractorExample("Tens of thousands of fans gathered.",
                         expect: [ExpectedExtraction("Tens of thousands of fans", ["value": nil, "unit": "fan", "min": 10_000, "max": 100_000])]),
    ]

    /// Units of measure, with SI conversion.
    static let units: [ExtractorExample] = [
        ExtractorExample("The town lies 600 miles east of the capital.",
                         expect: [ExpectedExtraction("600 miles", ["value": 600, "unit": "mile", "si_value": 965_606.4, "si_unit": "metre"])]),
        ExtractorExample("The border is 500 miles (800 km) away.",
                         expect: [ExpectedExtraction("500 miles", ["value": 500, "unit": "mile"]),
                                  ExpectedExtraction("800 km", ["value": 800, "unit": "kilometre", "unit_text": "km"])]),
        ExtractorExample("The car reached 30 mph on the ramp.",
                         expect: [ExpectedExtraction("30 mph", ["value": 30, "unit": "mile per hour", "si_unit": "kilometre per hour"])]),
        ExtractorExample("It was 95°F in the shade.",
                         expect: [ExpectedExtraction("95°F", ["value": 95, "unit": "degree Fahrenheit", "si_value": 35])]),
        ExtractorExample("The engine makes 275 pound-feet of torque at 3000 rpm.",
                         expect: [ExpectedExtraction("275 pound-feet", ["value": 275, "unit": "pound-foot"]),
                                  ExpectedExtraction("3000 rpm", ["value": 3000, "unit": "revolution per minute"])]),
        ExtractorExample("He ran back to the 40 yard line.",
                         expect: [ExpectedExtraction("40 yard", ["value": 40, "unit": "yard"])]),
        ExtractorExample("Unemployment rose to 20% and then 5 percentage points more.",
                         expect: [ExpectedExtraction("20%", ["value": 20, "unit": "percent"]),
                                  ExpectedExtraction("5 percentage points", ["value": 5, "unit": "percentage point"])]),
        ExtractorExample("A 10-year-old boy was hurt.",
                         expect: [ExpectedExtraction("10-year-old", ["value": 10, "unit": "year of age"])]),
        ExtractorExample("The 6-foot-4 forward scored twice.",
                         expect: [ExpectedExtraction("6-foot-4", ["value": .double(6 + 4.0 / 12), "unit": "foot"])]),
        ExtractorExample("Storage rose to 64GB and the link runs at 30Mbps.",
                         expect: [ExpectedExtraction("64GB", ["value": 64, "unit": "gigabyte"]),
                                  ExpectedExtraction("30Mbps", ["value": 30, "unit": "megabit per second"])]),
        ExtractorExample("Mr Lewis, 66, retired last year.",
                         expect: [ExpectedExtraction("66", ["value": 66, "unit": "year of age"])]),
        ExtractorExample("The 6.1-inch screen is bright.",
                         expect: [ExpectedExtraction("6.1-inch", ["value": 6.1, "unit": "inch"])]),
    ]

    /// Money: symbols, codes, names, multipliers, rates.
    static let money: [ExtractorExample] = [
        ExtractorExample("The deal is worth $4.5bn.",
                         expect: [ExpectedExtraction("$4.5bn", ["value": 4_500_000_000, "unit": "US dollar", "currency": "USD"])]),
        ExtractorExample("It raised US$15 million and £300.",
                         expect: [ExpectedExtraction("US$15 million", ["value": 15_000_000, "currency": "USD"]),
                                  ExpectedExtraction("£300", ["value": 300, "currency": "GBP", "unit": "pound sterling"])]),
        ExtractorExample("The fund holds €2bn in bonds.",
                         expect: [ExpectedExtraction("€2bn", ["value": 2_000_000_000, "currency": "EUR"])]),
        ExtractorExample("A ticket costs $6.",
                         expect: [ExpectedExtraction("$6", ["value": 6, "currency": "USD"])]),
        ExtractorExample("They pay $3,500 a month in rent.",
                         expect: [ExpectedExtraction("$3,500 a month", ["value": 3500, "unit": "US dollar per month"])]),
        ExtractorExample("A fine of 10.5 million Australian dollars was imposed.",
                         expect: [ExpectedExtraction("10.5 million Australian dollars", ["value": 10_500_000, "currency": "AUD"])]),
        ExtractorExample("Net income was 15.5 mln dlrs against 11.2 mln a year earlier.",
                         expect: [ExpectedExtraction("15.5 mln dlrs", ["value": 15_500_000, "currency": "USD"]),
                                  ExpectedExtraction("11.2 mln", ["value": 11_200_000, "currency": "USD"])]),
        ExtractorExample("Brent rose $1.20 to $75.40 a barrel.",
                         expect: [ExpectedExtraction("$1.20", ["value": 1.2]),
                                  ExpectedExtraction("$75.40 a barrel", ["value": 75.4, "unit": "US dollar per barrel"])]),
        ExtractorExample("Shares rose 19 cents to 8.29 yuan.",
                         expect: [ExpectedExtraction("19 cents", ["value": 19, "currency": "USD"]),
                                  ExpectedExtraction("8.29 yuan", ["value": 8.29, "currency": "CNY"])]),
    ]

    /// Counted nouns.
    static let counts: [ExtractorExample] = [
        ExtractorExample("A total of eight drones were involved; 113 drones were launched.",
                         expect: [ExpectedExtraction("eight drones", ["value": 8, "unit": "drone", "entity": "drone"]),
                                  ExpectedExtraction("113 drones", ["value": 113, "unit": "drone"])]),
        ExtractorExample("The blast killed six people and damaged two high-rise buildings.",
                         expect: [ExpectedExtraction("six people", ["value": 6, "unit": "person"]),
                                  ExpectedExtraction("two high-rise buildings", ["value": 2, "unit": "building", "unit_text": "high-rise buildings"])]),
        ExtractorExample("The port was hit by three waves of missiles.",
                         expect: [ExpectedExtraction("three waves of missiles", ["value": 3, "unit": "wave"])]),
        ExtractorExample("Troops downed 40 missiles, while 12 others missed.",
                         expect: [ExpectedExtraction("40 missiles", ["value": 40, "unit": "missile"]),
                                  ExpectedExtraction("12 others", ["value": 12, "unit": "missile", "unit_text": "others"])]),
        ExtractorExample("Eight drones were launched: six hit houses and one was shot down.",
                         expect: [ExpectedExtraction("Eight drones", ["value": 8, "unit": "drone"]),
                                  ExpectedExtraction("six", ["value": 6, "unit": "drone"]),
                                  ExpectedExtraction("one", occurrence: 1, ["value": 1, "unit": "drone"])], exhaustive: false),
        ExtractorExample("About 460 Kia and Hyundai vehicles were stolen, compared with 63 a year before.",
                         expect: [ExpectedExtraction("460 Kia and Hyundai vehicles", ["value": 460, "unit": "vehicle", "change": "~"]),
                                  ExpectedExtraction("63", ["value": 63, "unit": "vehicle"])]),
        ExtractorExample("He was one of three doctors on duty.",
                         expect: [ExpectedExtraction("one", ["value": 1, "unit": "doctor"]),
                                  ExpectedExtraction("three doctors", ["value": 3, "unit": "doctor"])]),
        ExtractorExample("Officials said one of the rockets struck a school.",
                         expect: [ExpectedExtraction("one", ["value": 1, "unit": "rocket"])]),
    ]

    /// Hedges and bounds.
    static let qualifiers: [ExtractorExample] = [
        ExtractorExample("The river is nearly 3,000 km long.",
                         expect: [ExpectedExtraction("3,000 km", ["value": 3000, "change": "~", "approximate": true])]),
        ExtractorExample("More than 600 homes lost power.",
                         expect: [ExpectedExtraction("600 homes", ["value": 600, "change": ">", "min": 600])]),
        ExtractorExample("Winds reached up to 60 mph.",
                         expect: [ExpectedExtraction("60 mph", ["value": 60, "change": "<", "max": 60])]),
        ExtractorExample("The trail is under 3.5 miles.",
                         expect: [ExpectedExtraction("3.5 miles", ["value": 3.5, "change": "<"])]),
        ExtractorExample("The city lies approximately 500 miles (800 km) east of the capital.",
                         expect: [ExpectedExtraction("500 miles", ["change": "~"]),
                                  ExpectedExtraction("800 km", ["change": "~", "approximate": true])]),
        ExtractorExample("Some 200 workers walked out.",
                         expect: [ExpectedExtraction("200 workers", ["value": 200, "change": "~"])]),
    ]

    /// Ranges.
    static let ranges: [ExtractorExample] = [
        ExtractorExample("The plume spread 3-5 km downwind.",
                         expect: [ExpectedExtraction("3-5 km", ["min": 3, "max": 5, "unit": "kilometre"])]),
        ExtractorExample("The dose was between 3 and 5 mg.",
                         expect: [ExpectedExtraction("3 and 5 mg", ["min": 3, "max": 5, "unit": "milligram"])]),
        ExtractorExample("Prices went from $2 to $3.",
                         expect: [ExpectedExtraction("$2 to $3", ["min": 2, "max": 3, "currency": "USD"])]),
        ExtractorExample("The hall seats four to five thousand people.",
                         expect: [ExpectedExtraction("four to five thousand people", ["min": 4000, "max": 5000, "unit": "person"])]),
    ]

    /// What is not a quantity.
    static let negatives: [ExtractorExample] = [
        .negative("The treaty was signed in 1962."),
        .negative("The attack came on September 11, 2001."),
        .negative("Flights resumed at 7:40 am."),
        .negative("Call 555-123-4567 for details."),
        .negative("She finished 21st in the race."),
        .negative("See Section 427 of the Act."),
        .negative("The 9/11 attacks changed aviation."),
        .negative("Arsenal beat Chelsea 2-1 on Sunday."),
        .negative("He bought the iPhone 11 last year."),
        .negative("The one in Kazan was larger."),
        .negative("The meeting ends at 2pm."),
        .negative("Growth in the 1990s was strong."),
        .negative("Ryanair ordered more Boeing 737-800 jets."),
        .negative("Participants were examined at phases 3, 5, 7, and 9 (see pages 12-15)."),
        .negative("Dial +44 20 7946 0958 for the newsroom."),
        .negative("Coverage continues in the second half."),
        .negative("It is a 50/50 call whether the 4K version ships."),
        .negative("He wore number seven in the 4-6 March games of '93."),
        .negative("He missed the Six Nations with a broken thumb."),
        ExtractorExample("The airline bought 15 747s and reserves rose to 7.15 billion N.Z. Dlrs.",
                         expect: [ExpectedExtraction("15", ["value": 15]),
                                  ExpectedExtraction("7.15 billion", ["value": 7_150_000_000])],
                         forbid: ["747s", "N.Z"]),
        ExtractorExample("He signed a three-and-a-half year contract.",
                         expect: [ExpectedExtraction("three-and-a-half year", ["value": 3.5, "unit": "year"])]),
        ExtractorExample("Ireland have three wins under their belt.",
                         expect: [ExpectedExtraction("three wins", ["value": 3, "unit": "win"])]),
        ExtractorExample("Arsenal won 6-4.", options: ["scores": true],
                         expect: [ExpectedExtraction("6-4", ["unit": "score", "min": 4, "max": 6])]),
    ]

    /// What the options change.
    static let options: [ExtractorExample] = [
        ExtractorExample("The index closed at 16,644.", options: ["bare_numbers": false], expect: []),
        ExtractorExample("The road is 10 km long.", options: ["unit_system": "imperial"],
                         expect: [ExpectedExtraction("10 km", ["si_value": 10_000, "converted_unit": "foot"])]),
        ExtractorExample("It costs C$40, or $30.", options: ["currencies": ["USD"]],
                         expect: [ExpectedExtraction("$30", ["currency": "USD"])]),
        ExtractorExample("It costs $30.", options: ["dollar": "CAD"],
                         expect: [ExpectedExtraction("$30", ["currency": "CAD", "unit": "Canadian dollar"])]),
        ExtractorExample("Turnout rose in 1998.", options: ["years": true],
                         expect: [ExpectedExtraction("1998", ["value": 1998])]),
        ExtractorExample("They sent 113 drones.", options: ["counted_nouns": false],
                         expect: [ExpectedExtraction("113", ["value": 113])]),
    ]
}

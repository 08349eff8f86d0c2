import GleanCore

/// The example corpus of the `dates` extractor (Duckling style: each value with several phrasings,
/// plus negatives). Reference date: Saturday 2024-12-21 unless stated.
enum DateExamples {
    static let ref = "2024-12-21"

    static var all: [ExtractorExample] {
        absolute + relative + times + durations + sets + underspecified + ranges + options + negatives
    }

    static let absolute: [ExtractorExample] =
        ExtractorExample.phrasings(["September 11, 2001", "11 September 2001", "Sept. 11, 2001", "Sep. 11, 2001", "2001-09-11", "09/11/2001", "Tuesday, September 11, 2001"],
                                   date: ref, ["value": "2001-09-11", "timex_type": "DATE"])
        + ExtractorExample.phrasings(["Dec 21", "December 21", "21 December", "Dec. 21st", "the 21st of December", "12/21/2024", "2024-12-21", "21.12.2024"],
                                     date: ref, ["value": "2024-12-21"])
        + ExtractorExample.phrasings(["Sept. 11", "September 11", "11 September"], date: ref, ["value": "2024-09-11"])
        + ExtractorExample.phrasings(["February 2022", "Feb. 2022", "February, 2022"], date: ref, ["value": "2022-02"])
        + ExtractorExample.phrasings(["the 1990s", "the '90s", "the 1990's"], date: ref, ["value": "199"])
        + ExtractorExample.phrasings(["the third quarter of 2012", "the 2012 third quarter", "2012's third quarter"], date: "2013-02-01", ["value": "2012-Q3"])
        + ExtractorExample.phrasings(["fiscal 1962", "1962"], date: ref, ["value": "1962"])
        + ExtractorExample.phrasings(["2013-W11"], date: ref, ["value": "2013-W11"])
        + ExtractorExample.phrasings(["the 20th century", "the twentieth century"], date: ref, ["value": "19"])
        + ExtractorExample.phrasings(["the mid-1990s", "mid-1990s"], date: ref, ["value": "199", "mod": "MID"])
        + ExtractorExample.phrasings(["the summer of 1998", "summer 1998"], date: ref, ["value": "1998-SU"])
        + ExtractorExample.phrasings(["nineteen ninety-six"], date: ref, ["value": "1996"])
        + [
            ExtractorExample("The strike hit on 9/11 style targets.", date: ref, expect: [.init("9/11", ["value": "2001-09-11"])]),
            ExtractorExample("Profit fell in the third quarter.", date: "2024-11-02", expect: [.init("the third quarter", ["value": "2024-Q3"])]),
            ExtractorExample("Third-quarter profit fell.", date: "2024-11-02", expect: [.init("Third-quarter", ["value": "2024-Q3"])]),
            ExtractorExample("The plant was built in 1962 and expanded in 1975.", date: ref,
                             expect: [.init("1962", ["value": "1962"]), .init("1975", ["value": "1975"])]),
        ]

    static let relative: [ExtractorExample] =
        ExtractorExample.phrasings(["Saturday", "today", "this Saturday"], date: ref, ["value": "2024-12-21", "timex_type": "DATE"])
        + ExtractorExample.phrasings(["yesterday", "Friday", "last Friday"], date: ref, ["value": "2024-12-20"])
        + ExtractorExample.phrasings(["tomorrow", "next Sunday", "this coming Sunday"], date: ref, ["value": "2024-12-22"])
        + ExtractorExample.phrasings(["last week"], date: ref, ["value": "2024-W50"])
        + ExtractorExample.phrasings(["this week"], date: ref, ["value": "2024-W51"])
        + ExtractorExample.phrasings(["next month"], date: ref, ["value": "2025-01"])
        + ExtractorExample.phrasings(["next week", "the following week"], date: ref, ["value": "2024-W52"])
        + ExtractorExample.phrasings(["last year", "a year ago", "a year before"], date: ref, ["value": "2023"])
        + [ExtractorExample("Load factor rose to 63 pct from 59 pct the year before.", date: ref, expect: [.init("the year", ["value": "2023"])])]
        + ExtractorExample.phrasings(["two years ago"], date: ref, ["value": "2022"])
        + ExtractorExample.phrasings(["three days ago"], date: ref, ["value": "2024-12-18"])
        + ExtractorExample.phrasings(["the weekend"], date: ref, ["value": "2024-W51-WE"])
        + ExtractorExample.phrasings(["late November", "the end of November"], date: ref, ["value": "2024-11", "mod": "END"])
        + ExtractorExample.phrasings(["early this year", "earlier this year"], date: ref, ["value": "2024", "mod": "START"])
        + ExtractorExample.phrasings(["last summer"], date: ref, ["value": "2024-SU"])
        + ExtractorExample.phrasings(["last winter"], date: "2025-06-01", ["value": "2024-WI"])
        + ExtractorExample.phrasings(["Christmas Day"], date: ref, ["value": "2023-12-25"])
        + ExtractorExample.phrasings(["Thanksgiving", "last Thanksgiving"], date: ref, ["value": "2024-11-28"])
        + ExtractorExample.phrasings(["next Christmas"], date: ref, ["value": "2024-12-25"])
        + ExtractorExample.phrasings(["the next day", "the following day"], date: ref, ["value": "2024-12-22"])
        + [
            ExtractorExample("Officials said on Monday that talks would resume.", date: ref, expect: [.init("Monday", ["value": "2024-12-16"])]),
            ExtractorExample("The minister will travel to Paris on Monday.", date: ref, expect: [.init("Monday", ["value": "2024-12-23"])]),
            ExtractorExample("The drones struck on Saturday morning.", date: ref,
                             expect: [.init("Saturday morning", ["value": "2024-12-21TMO", "timex_type": "TIME"])]),
            ExtractorExample("Shelling continued overnight on Saturday.", date: ref,
                             expect: [.init("overnight", ["value": "2024-12-20TNI", "timex_type": "TIME"]), .init("Saturday", ["value": "2024-12-21"])]),
            ExtractorExample("Sales rose in March, the company said.", date: ref, expect: [.init("March", ["value": "2024-03"])]),
            ExtractorExample("The deal should close by February.", date: ref, expect: [.init("February", ["value": "2025-02"])]),
            ExtractorExample("Dividends are payable Feb. 10; the program began Jan. 15.", date: ref,
                             expect: [.init("Feb. 10", ["value": "2025-02-10"]), .init("Jan. 15", ["value": "2024-01-15"])]),
            ExtractorExample("Prices peaked in mid-November.", date: ref, expect: [.init("mid-November", ["value": "2024-11", "mod": "MID"])]),
            ExtractorExample("Last month's vote and next week's talks.", date: ref,
                             expect: [.init("Last month", ["value": "2024-11"]), .init("next week", ["value": "2024-W52"])]),
            ExtractorExample("The group fell apart in mid-1996.", date: ref, expect: [.init("mid-1996", ["value": "1996", "mod": "MID"])]),
            ExtractorExample("Hate groups grew through the nineties.", date: ref, expect: [.init("the nineties", ["value": "199"])]),
            ExtractorExample("The deal should close by year-end.", date: ref, expect: [.init("year-end", ["value": "2024", "mod": "END"])]),
            ExtractorExample("For the year, sales rose; in the year ended June 30 they fell.", date: ref,
                             expect: [.init("the year", ["value": "2024", "timex_type": "DATE"]),
                                      .init("the year", occurrence: 1, ["value": "P1Y", "timex_type": "DURATION"]),
                                      .init("June 30", ["value": "2024-06-30"])]),
        ]

    static let times: [ExtractorExample] =
        ExtractorExample.phrasings(["7:40 am", "7:40 a.m.", "7:40 AM", "07:40"], date: ref, ["value": "2024-12-21T07:40", "timex_type": "TIME"])
        + ExtractorExample.phrasings(["10 p.m. Friday", "10 pm yesterday"], date: ref, ["value": "2024-12-20T22:00", "timex_type": "TIME"])
        + ExtractorExample.phrasings(["midnight"], date: ref, ["value": "2024-12-21T24:00"])
        + ExtractorExample.phrasings(["noon"], date: ref, ["value": "2024-12-21T12:00"])
        + ExtractorExample.phrasings(["this morning", "the morning"], date: ref, ["value": "2024-12-21TMO", "timex_type": "TIME"])
        + ExtractorExample.phrasings(["last night"], date: ref, ["value": "2024-12-20TNI"])
        + [
            ExtractorExample("The blast came at 9:20 am local time.", date: ref, expect: [.init("9:20 am", ["value": "2024-12-21T09:20"])]),
            ExtractorExample("Figures are due at 0930 GMT.", date: ref, expect: [.init("0930 GMT", ["value": "2024-12-21T09:30"])]),
        ]

    static let durations: [ExtractorExample] =
        ExtractorExample.phrasings(["three years", "3 years", "three-year", "the past three years", "the next three years"], date: ref,
                                   ["value": "P3Y", "timex_type": "DURATION"])
        + ExtractorExample.phrasings(["the past 24 hours", "24 hours", "24-hour", "twenty-four hours", "twenty four hours"], date: ref, ["value": "PT24H"])
        + ExtractorExample.phrasings(["recent weeks"], date: ref, ["value": "PXW", "timex_type": "DURATION"])
        + [ExtractorExample("The talks lasted for weeks.", date: ref, expect: [.init("weeks", ["value": "PXW"])])]
        + ExtractorExample.phrasings(["several years", "a few years", "many years"], date: ref, ["value": "PXY"])
        + ExtractorExample.phrasings(["the first nine months", "nine months"], date: ref, ["value": "P9M"])
        + ExtractorExample.phrasings(["2 1/2 years", "2-1/2 years"], date: ref, ["value": "P2Y6M"])
        + ExtractorExample.phrasings(["a minute and a half"], date: ref, ["value": "PT1M30S"])
        + ExtractorExample.phrasings(["nearly two years"], date: ref, ["value": "P2Y", "mod": "LESS_THAN"])
        + ExtractorExample.phrasings(["more than a week", "well over a week"], date: ref, ["value": "P1W", "mod": "MORE_THAN"])
        + ExtractorExample.phrasings(["around a decade"], date: ref, ["value": "P10Y", "mod": "APPROX"])

    static let sets: [ExtractorExample] =
        ExtractorExample.phrasings(["every Sunday", "each Sunday", "Sundays"], date: ref, ["value": "XXXX-WXX-7", "timex_type": "SET"])
        + ExtractorExample.phrasings(["annually", "every year", "each year", "yearly"], date: ref, ["value": "P1Y", "timex_type": "SET"])
        + ExtractorExample.phrasings(["daily", "every day"], date: ref, ["value": "P1D", "timex_type": "SET"])
        + ExtractorExample.phrasings(["Tuesday nights"], date: ref, ["value": "XXXX-WXX-2TNI", "timex_type": "SET"])
        + [
            .negative("The plant earns $5 million a year and runs four shifts a week.", date: ref),
        ]

    static let underspecified: [ExtractorExample] =
        ExtractorExample.phrasings(["now", "currently", "these days"], date: ref, ["value": "PRESENT_REF", "timex_type": "DATE"])
        + ExtractorExample.phrasings(["recently", "the past", "lately"], date: ref, ["value": "PAST_REF"])
        + ExtractorExample.phrasings(["the future"], date: ref, ["value": "FUTURE_REF"])

    static let ranges: [ExtractorExample] = [
        ExtractorExample("He served from 2001 to 2003.", date: ref,
                         expect: [.init("2001", ["value": "2001", "begin": "2001", "end": "2003"]),
                                  .init("2003", ["value": "2003", "begin": "2001", "end": "2003"])]),
        ExtractorExample("Drones came in waves between 7:40 am and 9:20 am local time.", date: ref,
                         expect: [.init("7:40 am", ["value": "2024-12-21T07:40", "begin": "2024-12-21T07:40", "end": "2024-12-21T09:20"]),
                                  .init("9:20 am", ["value": "2024-12-21T09:20"])]),
    ]

    static let options: [ExtractorExample] = [
        ExtractorExample("The vote was held on Friday.", date: ref, options: ["reference_date": "2024-03-06"],
                         expect: [.init("Friday", ["value": "2024-03-01"])]),
        ExtractorExample("The vote is on Friday.", date: ref, options: ["weekday_direction": "future"],
                         expect: [.init("Friday", ["value": "2024-12-27"])]),
        ExtractorExample("For three years, every Sunday, he walked.", date: ref, options: ["timex_types": ["SET"]],
                         expect: [.init("every Sunday", ["value": "XXXX-WXX-7"])]),
        ExtractorExample("The strike happened on Friday.", expect: [.init("Friday", ["value": "XXXX-WXX-5"])]),
    ]

    static let negatives: [ExtractorExample] = [
        .negative("The Lakers won 6-4 in overtime.", date: ref),
        .negative("Theresa May said protesters would march through the city.", date: ref),
        .negative("Protesters march on the capital.", date: ref),
        .negative("The Sunday Times reported the story.", date: ref),
        .negative("March on, the organizers urged, as Mr. May watched from the May Department Stores building.", date: ref),
        .negative("The Sunday Telegraph, the Friday Review and China Daily ran the piece.", date: ref),
        .negative("Call 555-2024 or write to PO Box 1960, route 2010-B.", date: ref),
        .negative("He scored a second goal.", date: ref),
        .negative("About 1,500 people and $2000 were counted.", date: ref),
        .negative("She bought a quarter of the shares.", date: ref),
        .negative("The 10-year-old boy was rescued.", date: ref),
        ExtractorExample("They scored three second-half goals.", date: ref, forbid: ["three"], exhaustive: false),
        .negative("The 37 years old driver paid three-quarters of the bill.", date: ref),
        .negative("Today's world moves fast.", date: ref),
        .negative("Jamie Noon took a short pass; the film High Noon aired.", date: ref),
        ExtractorExample("Room 2020 is on the right.", date: ref, forbid: [], exhaustive: false),
    ]
}

import Foundation
import GleanCore
@testable import GleanDates
import Testing

/// The anchor prescan must never hide a match: each rule run only in its windows finds exactly
/// what it finds over the whole text.
@Suite struct AnchorScanTests {
    let grammar = try! DateGrammar()

    func ranges(_ text: String, windowed: Bool) throws -> [[Range<Int>]] {
        var text = text
        return try text.withUTF8 { bytes in
            let windows = grammar.anchors.windows(in: bytes)
            return try grammar.rules.enumerated().map { index, rule in
                var found: [Range<Int>] = []
                if windowed {
                    try rule.pattern.forEachMatch(inUTF8: bytes, startingIn: windows[index]) { found.append($0.range); return true }
                } else {
                    try rule.pattern.forEachMatch(inUTF8: bytes) { found.append($0.range); return true }
                }
                return found
            }
        }
    }

    /// Every match with the bounds of all its groups: by the grammar's own collection (windows,
    /// some decided on the bytes) or by each pattern over the whole text.
    func matches(_ text: String, collected: Bool) throws -> [[Int]] {
        var text = text
        return try text.withUTF8 { bytes in
            var out: [[Int]] = []
            if collected {
                var candidates: [DateExtractor.Candidate] = []
                var bounds = BoundsBuffer()
                defer { bounds.free() }
                var errors: [String] = []
                try grammar.collect(in: bytes, into: &candidates, bounds: &bounds, errors: &errors)
                for candidate in candidates {
                    let count = 2 * grammar.groupIndexes[candidate.rule].groupCount
                    out.append([candidate.rule] + Array(bounds.buffer[candidate.groups..<(candidate.groups + count)]))
                }
            } else {
                for (index, rule) in grammar.rules.enumerated() {
                    try rule.pattern.forEachMatch(inUTF8: bytes) { match in
                        guard !match.range.isEmpty else { return true }
                        var row = [index]
                        for group in 0...rule.pattern.captureCount {
                            let range = match.range(group)
                            row += [range?.lowerBound ?? -1, range?.upperBound ?? -1]
                        }
                        out.append(row)
                        return true
                    }
                }
            }
            return out
        }
    }

    static let decidedTexts = [
        "The fourth quarter, first quarter, its second half, the third-quarter, the final-quarter, fourth quarters, the first quarter of 1987, the second quarter 1987, first halfs, the last quarter-end, first  -  quarter, the Fourth Quarter's, first quarterly, 2nd quarter, fiscal first quarter.",
        "The next five years, the past two years ago, the first nine months, past three weeks, recent two years, the six months, the two-week, same two years, the same two years, The Next 12 Months, the final 3 days earlier, the recent two years, last 2 years, the next five years-long, the past 24-hour.",
        "Oct 6, 1981, early 1987, late 1986 and mid 1985; 6 1987, 12th 1987, 5, 1986 period, of 1987, the late 1990s, 3 1987's, Jan 6, 1987s.",
        "For five years, a year ago, 99-year, 12 months earlier, two years old, the year, the weekend, 1,250 hours, the six months, a year and a half, 12 months from now, 2.5 years, years-long, year-ago, year ago, the years ahead, the days before, some days, an hour, A Year Ago, 5 quarters, 5-quarters, ten-day-old.",
        "Last Friday, last November, this March, next Sunday Times, past Monday morning, the December quarter, the current quarter, the present, at present, today's, the terms, the near term, long term, futures, the futures, the past.",
        "The first quarter, fourth-quarter, the quarterly, 4th qtr, first fiscal quarter, 1st half, the half-year, the year-ago period, year-on-year, the year ended, year's end, last year's, New Year's, the year-end, mid year, first quarter.",
        "Feb 872.0, 1,655.8, Feb 48.7, 14/82, 1.5.1987 March 3, 5 of March, the 5 March, 5-March, 12/3 March 4 and March 3.",
        "NEW YORK, March 2 - Sales rose. On March 3, 1987 and March 31st, March 4, March 5: March 6.5, May 7 this year, June 30 last year.",
        "LONDON, Feb 26 - In 1986 sales rose 5 pct; 1987 first quarter; (1985) and \"1984\"; No. 1986, Box 1990, 5 1991, the 1990s, 1980's, 1986 percent.",
        "In 1999 feet, 2000 people, 2001-02, 1986,5 and 1986.5, 1986. Then 1986, 1987; 1988 fiscal, 1989 year-ago, 2099 1st, March 0, March 32, March 09 and July 4.",
        "On Monday, Tuesday's, Wednesday Times, Thursday morning, Friday-night, Saturdays, Sunday evenings, MONDAY, Monday2, Tuesday x, last Friday, Sunday\u{00A0}Times.",
        "SALVADOR, Feb 26 - Feb. 27, Sept. 3, Sep 4, Sept 5, Jun. 6, Mar 7th, Jan.  8, Dec.9, Oct 1987, Nov. 31, FEB 2, Feb 3, 1987, Apr. 4.5 and May 5.",
        "March 2\nMarch  12 (March 3) Monday, March 4 the 5 March, March 1\u{00A0}x, March 2_ and 1987é, é1987, June 5é.",
        "Now, today, Today's, today morning, today night-time, yesterday, tomorrow-, TONIGHT, overnight, nowadays, now2, currently, current, recently, recent, lately, present.",
        "Said last year, this year, the year, said the year-end, last years, next month, past weekend, coming week, previous quarter, latest period, the past year, last  week, last-week, last\tfall.",
        "In January, in  January, from March 5, until May Day, by June Smith, of July, the March, during April, before Marching, and September\u{00A0}1, to October, for November.",
        "On March 4, and March 3, 1987, March 3 1987, March 3,1987, March 3 ,1987, March 3, 19876, March 3, 1987%, March 3, 1987.5, March 3, 2099, March 3, 2100, March 3, 0987.",
        "March 5 this year, March 5  Next\tYEAR, March 5 this yearly, March 5, this year, March 5 thisyear, March 5 this  year's, March 5 this ye\u{00E1}r.",
        "November 1978, MARCH 1988 on, December, 1986 quarter, April this year, April, this year, April  last\nyear, May 1987.5, June 19876, July 2000%, Oct 1987, Oct. 1987, Oct, 1987, Sept this year.",
        "The December quarter, of March 20, the March 31 close, of December from, the of March 2, Feb 23.6, Jul 7.0, Mar 20.4, MAr nil, MArch 2, MARCH 3 - x, FEB 2, Feb 3rd, Feb 3RD, Mar 3x, March 12:30, March 4,5.",
        "Dec 45.1, Jan 32, Feb 0, Mar 00, Apr 09, May 31, June 30th, July 40, Aug 1.2.3, Sep\u{00A0}4, Oct 5\u{00E9}, Nov 6_, Dec 7\u{017F}t, the Monday March 3, 12 March, the 12th of March, of the March 4, 1987.",
        "Rates 1/2 pct, 7-1/2 pct, 3/4, 12/31, 12/31/87, 1/2/3, 13/4, 00/5, 0/5, 01/05, 1/05, 1/0, 1/00, 1/32, 1/45, 1/123, 9/11, x1/2, .1/2, /1/2, 1/2/, 1/2x, 1/2\u{00E9}, 10/10 and 2/29.",
        "Each giving, each unit, every other Sunday, each One, each a, everyone, eachx 5, each\u{00A0}day, each ſix, every 3 days, EVERY WEEK, each  year, each xyz, every single day, each\tMonday, every spring.",
        "Friday and Saturday, Friday nights, Sunday NIGHTS, Monday mornings., Tuesday nightſ, Wednesday night, Thursday evenings2, Fridays, Saturday afternoons and Sunday x.",
        "The 1987 outlook, of 1986, its 1986 results, the 1986 period, the 1986 quarters, the 1986 \u{017F}eason, of the 1986 first quarter, the 1980s, the 1987 fiscal year, its 1988's, the of 1989, the '1990, so the 1991.",
        "The recent rise, recently, presented, at present, at  present, the present, nowhere, now, the current account, currents, todays, today's, the near future, these days, right now, earlier today, Recent.",
        "The fourth quarter, the Fourth of July, fourth of  july, Fourth  of July, fourths of July, the fourth of June, FOURTH OF JULY, 4th of July.",
        "In the first quarter, the same period, the  latest week, the past year, THE NEXT MONTH, the previous quarter-end, the fiscal year, the current fiscal year, the the first year, 2the first week, first quarter, the last decade, the whole summer, the entire period.",
        "Marches, Marché 5, Mayday 3, Janet 4, MARCHING 5, Mar. 5, Mar.5, Sept. 5, Sep. 5, Sept 5, Sep 5, Sept, Jan  1st, Jan\t2, (March 3), [MAY 5], 'June 6', March_7 and MARCH-8.",
    ]

    @Test func collectionFindsWhatTheFullScanFinds() throws {
        for text in AnchorScanTests.decidedTexts + DateExtractor.description.examples.map(\.text) {
            #expect(try matches(text, collected: true) == matches(text, collected: false), "\(text)")
        }
    }

    /// The same over whole corpora, on request: `GLEAN_DATES_SCAN_CORPUS` names uncompressed
    /// JSONL files (colon-separated) whose documents' `text` fields are checked one by one, e.g.
    /// `zcat ../shared/corpus/news-reuters21578.jsonl.gz > /tmp/reuters.jsonl` then
    /// `GLEAN_DATES_SCAN_CORPUS=/tmp/reuters.jsonl swift test --filter InACorpus` (about six
    /// seconds for Reuters' 18,745 articles). Run it after changing what the scan or the direct
    /// readers decide on the bytes.
    @Test(.enabled(if: AnchorScanTests.corpusFiles != nil, "set GLEAN_DATES_SCAN_CORPUS to JSONL files to check"))
    func collectionFindsWhatTheFullScanFindsInACorpus() throws {
        for path in AnchorScanTests.corpusFiles ?? [] {
            let contents = try String(contentsOfFile: path, encoding: .utf8)
            var checked = 0
            for (number, line) in contents.split(separator: "\n").enumerated() {
                guard let text = (try? JSONParser.parse(String(line)))?.objectValue?["text"]?.stringValue else { continue }
                #expect(try matches(text, collected: true) == matches(text, collected: false), "\(path):\(number + 1)")
                checked += 1
            }
            #expect(checked > 0, "no documents with a text field in \(path)")
        }
    }

    static let corpusFiles: [String]? = ProcessInfo.processInfo.environment["GLEAN_DATES_SCAN_CORPUS"]
        .map { $0.split(separator: ":").map(String.init) }

    @Test func windowsKeepEveryMatchOfTheExampleCorpus() throws {
        for example in DateExtractor.description.examples {
            #expect(try ranges(example.text, windowed: true) == ranges(example.text, windowed: false), "\(example.text)")
        }
    }

    @Test func windowsKeepMatchesWithLongLeads() throws {
        let texts = [
            "Profit in the latest fiscal corresponding second quarter rose; the past twenty-four to thirty-six consecutive months were flat.",
            "It happened on Wednesday, the 12th of March, and again the following Monday, the distant future aside.",
            "The 1990s, the early-eighties, the twenty-first century, fiscal 1989, the autumn of 1999 and mid-1990s.",
            "At 10:30 a.m. EST and at noon, every other Sunday, biweekly, on Good Friday and New Year's Day; MONDAY, JAN. 5.",
            "On 2024-12-21, 2024-W51, 9/11/01 and 11.9.2001 at 0930 GMT, 7.40 pm, 10 p.m. and 7:40; in the 21 century, the 20th-century, the '90s, the 2nd quarter, 1,500 or 12.5.",
            "In (5 years), FY1990's first quarter, the year-ago second-half, its 1989 corresponding fiscal fourth quarter, 2 1/2 years, 1.5 hours.",
            "Next New Year's Day, last Good Friday, the Fourth of July, this past Christmas Eve; Friday, 3rd of June; TUESDAY, DEC. 1.",
            "In the mid'90s and (the '80s), the year-earlier period, the year two thousand, its 1989 2nd quarter, year end, the 1990 season, the late-eighties.",
            "At 10pm, 5 A.M., 7 PM, 11 a share, 3.5 mln, 1.12.1999, 2.3.04, 3/4 and 12:30; 1999-W05, 1999w05, 1999-02-03.",
            "Maybe the mayor may march on Marchmont: nothing here.",
            "NEW YORK, March 2 - In March, last March, this coming June, mid-June, late-May, by May 5, the 2nd of March, MONDAY, March 3; March this year, Jan., 1987, March, 1987 and March\tnext year.",
            "At 0930 GMT, 0930 local, 1.50 dlrs, 7.40 pm, 10.30am, 3.45 p.m. and 12.5 pct; the past week, these days, the near term, the third quarter, its second half, said week.",
            "For years, years ago, in months, the days before, decade-long, the following day, early this year, late-this month, the whole period, the distant future, the past, right now.",
            "The year-end, year end, year's end, year-ago profit, the year-earlier period, the year two thousand and one, last year, said year; within days, over decades, than hours, weeks-long, a year-long, three years, Labor Day, labor costs, Good Friday, good news, Election  Day.",
            "In March 1987, in March Smith said, in Marching, by June, of July, mid-July 5, through April, this past May, during May and in  March.",
            "The 21st century, 2ND quarter, 3rd-century, 4TH quarter, 10pct, 5mln, 2am, the days, these days, last night, the night, this morning, the evening, the next day, the following morning, an hour, the near future, the short term, the past.",
            "A year, the year, last year, five-year, 24 hour, twenty-four hour, a day and a half, year-long, a couple of week, 1.5 hour, 2 1/2 day, three more day, fiscal year, per year, one-half year.",

        ]
        for text in texts {
            #expect(try ranges(text, windowed: true) == ranges(text, windowed: false), "\(text)")
        }
    }

    /// The scan reads 64 bytes at a time and the last ones from a padded copy: anchors, numbers
    /// and runs that cross a block's edge or the text's end are found as anywhere else.
    @Test func runsAcrossBlockEdges() throws {
        let tail = "In March 2, 1987 the past three years, 10:30 a.m. on Monday; 1986 Christmas and 12/31 last year"
        for pad in 0..<140 {
            let lead = String((0..<pad).map { $0 % 5 == 4 ? " " : $0 % 7 == 3 ? "7" : "q" })
            for text in [lead + tail, lead + "March", lead + " 1987", lead + "years ago", lead + tail + "1987"] {
                #expect(try ranges(text, windowed: true) == ranges(text, windowed: false), "\(text)")
                #expect(try matches(text, collected: true) == matches(text, collected: false), "\(text)")
            }
        }
    }
}

#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The prescan that tells each grammar rule where it can match, so that its pattern runs over a
/// small part of the text instead of attempting a match at every word.
///
/// Every match of a rule contains an anchor: a digit or one of a few literal words (month and
/// weekday names, unit words, "today", "every"...), at most `lead` bytes after the match start
/// (the determiners, number words and modifiers that may come first: "the following Monday",
/// "the past twenty-four hours"). One pass over the words of the text finds the anchors; each
/// gives every rule that needs it a window of possible match starts `anchor - lead ... anchor`,
/// and ``GleanPCRE/Pattern/forEachMatch(inUTF8:startingIn:_:)`` then finds exactly the matches a
/// full scan would. The scan is a superset test: an anchor word matches any word it begins
/// ("day" -> "days", "Monday" -> "Mondays"), case-insensitively, except where marked.
struct AnchorScan: Sendable {
    /// Which rules an anchor opens a window for, and how far before the anchor their matches may start.
    struct Target: Sendable {
        let rule: Int
        /// The farthest a match may start before the anchor, in bytes.
        let lead: Int
        /// The words that may come between a match start and the anchor: when set, the window
        /// starts no earlier than the chain of such words right before the anchor.
        let chain: LeadChain?
        /// The anchor must be the whole word followed by 's ("Year's"), see ``Lead/possessiveOnly``.
        let possessiveOnly: Bool
        /// A further test of the text around the anchor, see ``Check``.
        let check: Check
    }

    /// What else must hold around an anchor for the rule to have a match that relies on it; when
    /// it fails no match of the rule can start in the anchor's window that no other anchor's
    /// window also covers, and the window is not opened (a PCRE2 call saved).
    enum Check: UInt8, Sendable {
        case none
        /// No match starts at the anchor itself or at the joiners before it: a word of the chain
        /// must come right before ("the past week", "the third quarter", "these days").
        case chainWord
        /// A month for the calendar rule: a chain word before it ("12 March", "Monday, March 2"),
        /// or after it (and an optional dot and comma) a number or "this/last/next" ("March 2",
        /// "Jan., 1987", "March this year").
        case calendarMonth
        /// A month for the named rule: "last/next/this/past/coming" before it (`mrel`), or one of
        /// the month prepositions and one whitespace byte, or a hyphen ("in March", "mid-June": `bm`),
        /// and after the name no whitespace and a digit or a capitalized word (`bm`'s lookaheads).
        case namedMonth
        /// A unit for the duration rule: a chain word before it ("three years"), or one of the
        /// forms that start at the unit: "years ago", "years-long", "for years" (`vago`, `dl`,
        /// `dl1`, `bare`; `bare2` and `half` start with chain words).
        case durationUnit
        /// "year" for the period rule: the only forms that start at it or rely on it are
        /// "year-end", "year end", "year's end", "year-ago", "year-earlier", "year-before" and
        /// "the year two thousand".
        case periodYear
        /// A holiday word that is one only before "Day" ("Labor Day", "Election Day").
        case holidayDay
        /// "Good" (only in "Good Friday").
        case goodFriday
        /// A number for the period rule (no test: a bare year may be decided on the bytes).
        case periodNumber
        /// ``chainWord`` for the relative rule ("last year" may be decided on the bytes).
        case relativeUnit
        /// ``chainWord`` for the period rule at "quarter" or "half": the whole word is "quarter(s)"
        /// or "half(s)" and an ordinal stands right before it (`ord`, hyphens or whitespace
        /// and an optional "fiscal" between), the only form that relies on these words.
        case periodQuarter
        /// A deictic word (no test: "now", "today" may be decided on the bytes).
        case deicticWord
        /// A day or part of day for the relative rule: "next", "following", "previous" or
        /// "preceding" right before it (whitespace between), the `nday` form.
        case relativeDay
        /// "day" or "night" for the deictic rule: "these" or "last" right before it.
        case deicticDay
        /// A part of day for the deictic rule: "this" or "the" right before it.
        case deicticPart
        /// "future", "term", "past" for the deictic rule: "the", "near", "distant", "short" or
        /// "long" right before it.
        case deicticThe
        /// A weekday for the named rule (no test: "Monday" may be decided on the bytes).
        case namedWeekday
        /// A weekday for the recurrence rule: only "Mondays" and "Monday mornings" hold one
        /// (the word longer than the name, or whitespace and a part of day after it).
        case recurrenceWeekday
        /// "every" or "each" for the recurrence rule: the whole word, whitespace, and a word that
        /// may follow it in the rule (see ``quantifiedRecurrenceMayMatch(_:_:_:)``).
        case recurrenceQuantifier
        /// "Fourth" for the named rule: the whole word, then "of" and "July" (whitespace before each).
        case fourthOfJuly
        /// A number for the calendar rule (no test: "1/2" may be decided on the bytes).
        case numericDate
    }

    /// One anchor word, in ``Tables``: its letters and its targets are ranges of the flat buffers.
    struct Anchor {
        let wordStart: Int32
        let wordLength: Int32
        let targetStart: Int32
        let targetCount: Int32
        /// The word must be the whole token (abbreviations: "Jan" not "Janet").
        let exact: Bool
        /// The token must start with a capital (month and weekday names, case-sensitive in the grammar).
        let capitalized: Bool
    }

    /// The scan's tables in flat buffers of trivial values, so that the scan reads them without
    /// reference counting or bounds checks. Built once per grammar.
    final class Tables: @unchecked Sendable {
        /// Every anchor's letters (lowercase), one after the other.
        let words: UnsafeMutablePointer<UInt8>
        let anchors: UnsafeMutablePointer<Anchor>
        let targets: UnsafeMutablePointer<Target>
        /// The anchors of trigram `t` are `anchors[trigramStart[t] ..< trigramStart[t + 1]]`.
        let trigramStart: UnsafeMutablePointer<Int32>
        /// ``AnchorScan/byteClasses`` by byte value.
        let classes: UnsafeMutablePointer<UInt8>
        /// A superset test of "the word's trigram has anchors", on the raw bytes: for a word
        /// starting with bytes `b0 b1 b2` (`b0` a letter), bit `b2 & 0x1F` of
        /// `trigramFilter[Int(b0 & 0x1F) << 8 | Int(b1)]` is set when `b1` is a letter and some
        /// anchor starts with the trigram `b0 b1 c` for a letter `c` with `c & 0x1F == b2 & 0x1F`
        /// (a non-letter `b2` may pass: the scan then tests the trigram itself).
        let trigramFilter: UnsafeMutablePointer<UInt32>
        /// A superset test of "the word matches an anchor of its trigram", on the word's fourth
        /// byte, by trigram: bit `k` (1...26) is set when some anchor can match a word whose fourth
        /// byte is a letter with `byte & 0x1F == k` (an anchor longer than three letters with that
        /// fourth letter, or a three-letter anchor that is not exact), bit 0 when some anchor can
        /// match a word of three letters (a three-letter anchor); bit 63 when every anchor of the
        /// trigram needs a capital first letter.
        let fourthFilter: UnsafeMutablePointer<UInt64>
        let counts: (words: Int, anchors: Int, targets: Int)

        init(words: [UInt8], anchors: [Anchor], targets: [Target], trigramStart: [Int32]) {
            self.words = .allocate(capacity: max(1, words.count))
            self.words.initialize(from: words, count: words.count)
            self.anchors = .allocate(capacity: max(1, anchors.count))
            self.anchors.initialize(from: anchors, count: anchors.count)
            self.targets = .allocate(capacity: max(1, targets.count))
            self.targets.initialize(from: targets, count: targets.count)
            self.trigramStart = .allocate(capacity: trigramStart.count)
            self.trigramStart.initialize(from: trigramStart, count: trigramStart.count)
            self.classes = .allocate(capacity: 256)
            self.classes.initialize(from: AnchorScan.byteClasses, count: 256)
            self.trigramFilter = .allocate(capacity: 32 * 256)
            self.trigramFilter.initialize(repeating: 0, count: 32 * 256)
            for t in 0..<(26 * 26 * 26) where trigramStart[t] < trigramStart[t + 1] {
                let first = t / 676, second = (t / 26) % 26, third = t % 26
                for b1 in [UInt8(0x61 + second), UInt8(0x41 + second)] {
                    self.trigramFilter[(first + 1) << 8 | Int(b1)] |= UInt32(1) << UInt32(third + 1)
                }
            }
            self.fourthFilter = .allocate(capacity: 26 * 26 * 26)
            self.fourthFilter.initialize(repeating: 0, count: 26 * 26 * 26)
            for t in 0..<(26 * 26 * 26) where trigramStart[t] < trigramStart[t + 1] {
                var mask: UInt64 = 0
                var allCapitalized = true
                for a in Int(trigramStart[t])..<Int(trigramStart[t + 1]) {
                    let anchor = anchors[a]
                    if !anchor.capitalized { allCapitalized = false }
                    if anchor.wordLength == 3 {
                        mask |= 1
                        if !anchor.exact { mask |= 0x7FFF_FFFE }
                    } else {
                        mask |= UInt64(1) << UInt64(words[Int(anchor.wordStart) + 3] & 0x1F)
                    }
                }
                if allCapitalized { mask |= UInt64(1) << 63 }
                self.fourthFilter[t] = mask
            }
            counts = (words.count, anchors.count, targets.count)
        }

        deinit {
            words.deallocate()
            anchors.deallocate()
            targets.deallocate()
            trigramStart.deallocate()
            classes.deallocate()
            trigramFilter.deallocate()
            fourthFilter.deallocate()
        }
    }

    let ruleCount: Int
    let tables: Tables
    /// Numbers that can start a numeric date ("2024-12-21", "9/11", "11.9.2001", "2024-W51"): a range of `tables.targets`.
    let numericDateTargets: Range<Int>
    /// Numbers that can be a year, a decade or an ordinal ("1990", "the '90s", "21st century", "2nd quarter").
    let yearTargets: Range<Int>
    /// Numbers that can start a clock time ("7:40", "10 p.m.", "0930 GMT").
    let clockTargets: Range<Int>

    /// Builds the scan for the rules in `order` (the grammar's rule order).
    init(order: [RuleKind]) {
        let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        ruleCount = order.count
        var allTargets: [Target] = []
        func targets(_ leads: [Lead]) -> Range<Int> {
            let start = allTargets.count
            for lead in leads {
                if let rule = index[lead.rule] { allTargets.append(Target(rule: rule, lead: lead.bytes, chain: lead.chain,
                                                                        possessiveOnly: lead.possessiveOnly, check: lead.check)) }
            }
            return start..<allTargets.count
        }
        numericDateTargets = targets([Lead(.calendar, 0, check: .numericDate)])
        yearTargets = targets([Lead(.period, 24, AnchorScan.periodChain, check: .periodNumber)])
        clockTargets = targets([Lead(.clock, 0)])
        var entries: [(trigram: Int, word: [UInt8], exact: Bool, capitalized: Bool, targets: Range<Int>)] = []
        for group in AnchorScan.wordGroups {
            let groupTargets = targets(group.leads)
            for word in group.words {
                let bytes = Array(word.utf8)
                precondition(bytes.count >= 3 && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "anchor '\(word)' must be 3+ lowercase letters")
                entries.append((AnchorScan.trigramIndex(bytes[0], bytes[1], bytes[2]), bytes, group.exact, group.capitalized, groupTargets))
            }
        }
        // By trigram, in the order given within one trigram (a stable sort: indices break ties).
        let order = entries.indices.sorted { (entries[$0].trigram, $0) < (entries[$1].trigram, $1) }
        var words: [UInt8] = []
        var anchors: [Anchor] = []
        var trigramStart = [Int32](repeating: 0, count: 26 * 26 * 26 + 1)
        for index in order {
            let entry = entries[index]
            anchors.append(Anchor(wordStart: Int32(words.count), wordLength: Int32(entry.word.count),
                                  targetStart: Int32(entry.targets.lowerBound), targetCount: Int32(entry.targets.count),
                                  exact: entry.exact, capitalized: entry.capitalized))
            words += entry.word
            trigramStart[entry.trigram + 1] += 1
        }
        // Counts to starts: the anchors of trigram t are trigramStart[t] ..< trigramStart[t + 1].
        for t in 0..<(26 * 26 * 26) { trigramStart[t + 1] += trigramStart[t] }
        tables = Tables(words: words, anchors: anchors, targets: allTargets, trigramStart: trigramStart)
    }

    // MARK: The anchors of each rule (leads in bytes, with room for extra spaces)

    /// How far before an anchor a rule's matches may start: at most `bytes`, and with a `chain`
    /// no earlier than the run of chain words right before the anchor.
    struct Lead: Sendable {
        init(_ rule: RuleKind, _ bytes: Int, _ chain: LeadChain? = nil, possessiveOnly: Bool = false, check: Check = .none) {
            precondition(check != .chainWord && check != .calendarMonth && check != .durationUnit || chain != nil,
                         "the check needs a chain")
            self.rule = rule
            self.bytes = bytes
            self.chain = chain
            self.possessiveOnly = possessiveOnly
            self.check = check
        }
        let rule: RuleKind
        let bytes: Int
        var chain: LeadChain? = nil
        /// Only when the anchor is the whole word and an ASCII 's follows it: the rule's matches
        /// hold the word only so ("New Year's").
        var possessiveOnly = false
        var check = Check.none
    }

    struct WordGroup {
        let words: [String]
        var exact = false
        var capitalized = false
        let leads: [Lead]
    }

    // The words that may precede an anchor inside a match of each rule (from the grammar's patterns).
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                              "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                              "hundred", "a", "an", "couple", "of", "few", "several", "many", "some"]
    /// "the past twenty-four to thirty-six consecutive years", "a day and a half", "recent weeks".
    static let durationChain = LeadChain(numberWords + [
        "the", "past", "last", "next", "first", "coming", "previous", "final", "following", "latest", "remaining",
        "initial", "same", "early", "later", "recent", "to", "or", "more", "additional", "long", "straight",
        "consecutive", "full", "other"], numbers: true)
    /// "the current fiscal year", "early this week", "the following day".
    static let relativeChain = LeadChain([
        "this", "last", "next", "the", "past", "coming", "previous", "preceding", "current", "latest", "following",
        "same", "full", "whole", "entire", "first", "fiscal", "early", "late", "mid"], numbers: false)
    /// "the following Monday", "this coming March", "next New Year's", "Good Friday", "the Fourth of July".
    static let namedChain = LeadChain([
        "last", "next", "this", "past", "coming", "the", "previous", "preceding", "following", "new", "good",
        "fourth", "of"], numbers: false)
    /// "Wednesday, the 12th of March".
    static let calendarChain = LeadChain([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "of"], numbers: true)
    /// "right now", "the distant future", "the near term", "these days", "at present", "earlier today", "this morning".
    static let deicticChain = LeadChain([
        "right", "the", "near", "distant", "short", "long", "these", "at", "earlier", "last", "this"], numbers: false)
    /// "the early-1990s", "the autumn of 1999", "fiscal 1989", "the twenty-first century", "the year-earlier period".
    static let periodChain = LeadChain([
        "the", "its", "early", "mid", "late", "fiscal", "spring", "summer", "fall", "autumn", "winter", "of", "this",
        "last", "next", "year", "s", "latest", "current", "same", "corresponding", "comparable", "flat", "ago", "earlier",
        "twenty", "first", "twentieth", "nineteenth", "eighteenth"], numbers: true)
    /// "its 1989 year-ago corresponding fiscal first quarter", "this year's second half".
    static let quarterChain = LeadChain([
        "the", "its", "this", "last", "next", "year", "s", "ago", "earlier", "latest", "current", "same", "fiscal",
        "corresponding", "comparable", "flat", "first", "second", "third", "fourth", "final", "half"], numbers: true)

    static let wordGroups: [WordGroup] = [
        // Month names, before a day ("Wednesday, the 12th of March") or standing alone ("this coming March").
        WordGroup(words: ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"],
                  capitalized: true, leads: [Lead(.calendar, 40, calendarChain, check: .calendarMonth),
                                             Lead(.named, 24, namedChain, check: .namedMonth)]),
        WordGroup(words: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
                  exact: true, capitalized: true, leads: [Lead(.calendar, 40, calendarChain, check: .calendarMonth)]),
        // Weekdays: "the following Monday", "Mondays", "every Monday" (from "every").
        WordGroup(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
                  capitalized: true, leads: [Lead(.named, 24, namedChain, check: .namedWeekday),
                                             Lead(.recurrence, 0, check: .recurrenceWeekday)]),
        // Holidays ("Good Friday" and "Fourth of July" come with a weekday or month, "New Year's" with "year").
        WordGroup(words: ["christmas", "thanksgiving", "easter", "halloween", "valentine"],
                  leads: [Lead(.named, 24, namedChain)]),
        WordGroup(words: ["fourth"], leads: [Lead(.named, 24, namedChain, check: .fourthOfJuly)]),
        WordGroup(words: ["independence", "labor", "memorial", "veterans", "boxing", "election"],
                  leads: [Lead(.named, 24, namedChain, check: .holidayDay)]),
        WordGroup(words: ["good"], leads: [Lead(.named, 24, namedChain, check: .goodFriday)]),
        // Years and units: durations ("the past twenty-four hours"), relative units ("the current fiscal year").
        // "year" opens a named window only for "New Year's" (the rule's only match with the word).
        // Recurrences start with "every"/"each" (anchors below), a weekday, or a lowercase adverb
        // ("yearly", "daily": anchors below): none starts at a unit word.
        // Every relative match starts with a word before its unit ("last week", "the following day",
        // "early this year"); deictic matches with a unit or part of day start with "the", "these",
        // "last", "this"; a period match with "quarter" or "half" with an ordinal: all chain words.
        WordGroup(words: ["year"], leads: [Lead(.period, 24, periodChain, check: .periodYear),
                                           Lead(.relative, 32, relativeChain, check: .relativeUnit),
                                           Lead(.duration, 80, durationChain, check: .durationUnit),
                                           Lead(.named, 24, namedChain, possessiveOnly: true)]),
        WordGroup(words: ["month", "week", "decade", "centur", "summer", "winter"],
                  leads: [Lead(.relative, 32, relativeChain, check: .relativeUnit), Lead(.duration, 80, durationChain, check: .durationUnit)]),
        // A day or part of day is in a relative match only as "the next day" (`nday`), in a
        // deictic one only as "these days", "last night", "this morning", "the evening"; hours,
        // minutes and seconds, and "half", in neither.
        WordGroup(words: ["day", "night"],
                  leads: [Lead(.relative, 32, relativeChain, check: .relativeDay), Lead(.duration, 80, durationChain, check: .durationUnit),
                          Lead(.deictic, 24, deicticChain, check: .deicticDay)]),
        WordGroup(words: ["hour", "minute", "second"], leads: [Lead(.duration, 80, durationChain, check: .durationUnit)]),
        WordGroup(words: ["quarter"], leads: [Lead(.period, 100, quarterChain, check: .periodQuarter),
                                              Lead(.relative, 32, relativeChain, check: .relativeUnit),
                                              Lead(.duration, 80, durationChain, check: .durationUnit)]),
        WordGroup(words: ["half"], leads: [Lead(.period, 100, quarterChain, check: .periodQuarter),
                                           Lead(.duration, 80, durationChain, check: .durationUnit)]),
        WordGroup(words: ["spring", "fall", "autumn", "period"], leads: [Lead(.relative, 32, relativeChain, check: .relativeUnit)]),
        WordGroup(words: ["morning", "afternoon", "evening"], leads: [Lead(.relative, 32, relativeChain, check: .relativeDay),
                                                                      Lead(.deictic, 24, deicticChain, check: .deicticPart)]),
        // Decades, centuries and years in words, fiscal years, year-ago periods.
        WordGroup(words: ["twent", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
                          "nineteen", "eighteenth", "century", "fiscal", "corresponding", "comparable"],
                  leads: [Lead(.period, 24, periodChain)]),
        // Deictic words: "right now", "the distant future", "the near term", "these days" (from "day").
        WordGroup(words: ["today", "yesterday", "tomorrow", "tonight", "overnight", "now", "current", "present",
                          "recent", "lately"],
                  leads: [Lead(.deictic, 24, deicticChain, check: .deicticWord)]),
        // "the (near|distant) future", "the (near|short|long) term", "the past": a chain word first.
        WordGroup(words: ["future", "term", "past"], leads: [Lead(.deictic, 24, deicticChain, check: .deicticThe)]),
        // Clock words and recurrences.
        WordGroup(words: ["noon", "midnight", "midday"], leads: [Lead(.clock, 0)]),
        WordGroup(words: ["daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly",
                          "semiannually"],
                  leads: [Lead(.recurrence, 0)]),
        WordGroup(words: ["every", "each"], leads: [Lead(.recurrence, 0, check: .recurrenceQuantifier)]),
    ]

    static func trigramIndex(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &- 0x61) &* 676 &+ (Int(b) &- 0x61) &* 26 &+ (Int(c) &- 0x61)
    }

    // MARK: Scanning

    /// A window of possible match starts `lower ... upper` (the anchor is at `upper`). Some
    /// windows are decided already: the rule's pattern, run over the window alone, would find
    /// exactly the match that ``fast`` describes (see ``Fast``), so it need not run.
    struct Window {
        var lower: Int
        var upper: Int
        var fast: Fast
        /// The rule (grammar order), -1 once merged into a later window of its rule.
        var rule: Int
        /// The index of the rule's window before this one, -1 for none.
        var previous: Int
    }

    /// The windows of all rules in one list (one allocation per document), and where each
    /// rule's last window is.
    struct WindowList {
        var all: [Window] = []
        var last: (Int, Int, Int, Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1, -1, -1, -1)
    }

    /// The match `start ..< end` of a window decided on the bytes: the first match the rule's
    /// pattern finds in the window (searching from no later than `start`). `kind` 0: none;
    /// ``monthDay``: the calendar rule's "March 2" (groups `m1` = `start ..< a`, `d1` = `b ..< end`);
    /// ``year``: the period rule's bare year "1986" (`year` = the match); ``deictic``: "now",
    /// "today" (group `dx`, `tonight` or `ref` by `a` = 0, 1, 2, the whole match); ``relative``:
    /// "last year" (`rel` = `start ..< a`, `ru` = `b ..< end`); ``month``: the named rule's "in
    /// March" (`bm` = the match).
    struct Fast {
        var kind: UInt8
        var start: Int
        var end: Int
        var a: Int
        var b: Int
        var c: Int = 0
        var d: Int = 0
        static let none = Fast(kind: 0, start: 0, end: 0, a: 0, b: 0)
        static let monthDay: UInt8 = 1, year: UInt8 = 2, deictic: UInt8 = 3, relative: UInt8 = 4, month: UInt8 = 5
        /// The named rule's bare weekday "Monday" (`wd` = the match).
        static let weekday: UInt8 = 6
        /// The calendar rule's "March 3, 1987" (`m1` = `start ..< a`, `d1` = `b ..< c`, `y1` = `d ..< end`).
        static let monthDayYear: UInt8 = 7
        /// The calendar rule's "March 3 this year" (`m1` = `start ..< a`, `d1` = `b ..< c`, `ry1` = `c ..< end`).
        static let monthDayRelative: UInt8 = 8
        /// The calendar rule's "March 1987" (`m3` = `start ..< a`, `y3` = `b ..< end`).
        static let monthYear: UInt8 = 9
        /// The calendar rule's "March this year" (`m3` = `start ..< a`, `ry3` = `b ..< end`).
        static let monthRelative: UInt8 = 10
        /// The calendar rule's "1/2" (`nm` = `start ..< a`, `nd` = `b ..< end`).
        static let numericDate: UInt8 = 11
        /// No match of the rule starts in the window: its pattern need not run there.
        static let nothing: UInt8 = 12
        /// The duration rule's "five years", "a year ago" (`num` = `start ..< a`, `sep` = `a ..< b`,
        /// `unit` = `b ..< c`, `ago` = `d ..< end` when `d` is not -1).
        static let durationAmount: UInt8 = 13
        /// The named rule's "last Friday" (`nrel` = `start ..< a`, `wd` = `b ..< end`).
        static let weekdayRelative: UInt8 = 14
        /// The named rule's "last November" (`mrel` = `start ..< a`, `mm` = `b ..< end`).
        static let monthAfterRelative: UInt8 = 15
        /// The duration rule's "the next five years" (`dctx` = `start ..< a`, `num` = `a ..< b`
        /// less the whitespace before it, `sep` = `b ..<` the unit, `unit` = ` ..< c`, `ago` =
        /// `d ..< end` when `d` is not -1).
        static let durationContext: UInt8 = 16
        /// The period rule's "the fourth quarter" (`pthe` = `start ..< a` unless `a` is -1,
        /// `ord` = `b ..< c`, `pu` = `d ..<` "quarter" or "half"; an "s" may end the match).
        static let quarterPhrase: UInt8 = 17
    }

    /// For each rule (in grammar order), the windows where its matches may start: sorted, disjoint.
    func windows(in bytes: UnsafeBufferPointer<UInt8>) -> [[ClosedRange<Int>]] {
        let all = items(in: bytes, fast: false)
        return (0..<ruleCount).map { rule in all.filter { $0.rule == rule }.map { $0.lower...$0.upper } }
    }

    /// ``windows(in:)`` with the windows `fast` may decide (see ``Window``), all rules in one
    /// list: each rule's live windows (`rule` not -1) in text order.
    func items(in bytes: UnsafeBufferPointer<UInt8>, fast: Bool) -> [Window] {
        var windows: [Window] = []
        items(in: bytes, fast: fast, into: &windows)
        return windows
    }

    /// ``items(in:fast:)`` into `storage` (emptied first, its capacity kept: a buffer reused
    /// from document to document).
    func items(in bytes: UnsafeBufferPointer<UInt8>, fast: Bool, into storage: inout [Window]) {
        precondition(ruleCount <= 8, "WindowList keeps the last window of at most eight rules")
        storage.removeAll(keepingCapacity: true)
        var list = WindowList(all: storage)
        storage = []
        defer { storage = list.all }
        let count = bytes.count
        guard count > 0, let text = bytes.baseAddress else { return }
        let tables = self.tables
        let classes = tables.classes
        let trigramStart = tables.trigramStart
        let trigramFilter = tables.trigramFilter
        let fourthFilter = tables.fourthFilter
        withUnsafeMutablePointer(to: &list) { windows in
            /// The trigram filter on the three bytes at `start` (all inside the text).
            @inline(__always) func mayBeAnchor(_ start: Int) -> Bool {
                let filter = trigramFilter[Int(text[start] & 0x1F) &<< 8 | Int(text[start &+ 1])]
                return filter &>> UInt32(text[start &+ 2] & 0x1F) & 1 != 0
            }
            /// The letters at `start` (the first of a run): opens the windows of the anchors it
            /// matches. Most words fail the filter on their first three bytes (one table load).
            @inline(__always) func letterRun(_ start: Int) {
                guard start + 2 < count, mayBeAnchor(start) else { return }
                anchorRun(start)
            }
            /// ``letterRun(_:)`` past the trigram filter.
            @inline(never) func anchorRun(_ start: Int) {
                guard classes[Int(text[start + 1])] == AnchorScan.letter,
                      classes[Int(text[start + 2])] == AnchorScan.letter else { return }
                let trigram = AnchorScan.trigramIndex(text[start] | 0x20, text[start + 1] | 0x20, text[start + 2] | 0x20)
                // The fourth byte (its letter, 0 for a word of three letters) and the capital.
                let fourth = fourthFilter[trigram]
                let b3: UInt8 = start + 3 < count ? text[start + 3] : 0x20
                let code = classes[Int(b3)] == AnchorScan.letter ? UInt64(b3 & 0x1F) : 0
                guard fourth &>> code & 1 != 0, fourth &>> 63 == 0 || text[start] < 0x61 else { return }
                let a = Int(trigramStart[trigram])
                let last = Int(trigramStart[trigram + 1])
                guard a < last else { return }
                openAnchors(a..<last, at: start, fast: fast, bytes, windows)
            }
            @inline(__always) func digitRun(_ start: Int) {
                var end = start + 1
                while end < count, classes[Int(text[end])] == AnchorScan.digit { end += 1 }
                // (Only runs of one, two or four digits open windows: spare the call for the others.)
                guard end - start <= 2 || end - start == 4 else { return }
                openNumber(start..<end, in: bytes, fast: fast, windows)
            }
            // The first byte of every run of ASCII letters and of every run of digits, as the high
            // bit of its byte in a mask (the runs the byte loop would read), eight bytes at a time.
            var previousLetter: UInt64 = 0, previousDigit: UInt64 = 0
            @inline(__always) func starts(_ letters: UInt64, _ digits: UInt64, _ block: Int) {
                let letterStarts = letters & ~(letters << 8 | previousLetter)
                var starts = letterStarts | (digits & ~(digits << 8 | previousDigit))
                previousLetter = letters >> 56
                previousDigit = digits >> 56
                while starts != 0 {
                    let bit = starts & (0 &- starts)
                    let start = block &+ bit.trailingZeroBitCount >> 3
                    if letterStarts & bit != 0 { letterRun(start) } else { digitRun(start) }
                    starts &= starts &- 1
                }
            }
            var block = 0
            #if arch(x86_64)
            // Sixty-four bytes at a time: one bit per byte (SSE2 compares and byte masks), while
            // the four bytes a run start reads lie inside the text; the padded block below does the rest.
            var letterBits: UInt64 = 0, digitBits: UInt64 = 0
            while block + 80 <= count {
                let (letters, digits) = AnchorScan.classBits(text + block)
                // Only words of three letters or more can be anchors (``anchorRun`` tests the second
                // and third bytes): words of one or two letters ("a", "of", "to", nearly half the
                // words of prose) are dropped here; starts at the block's last two bytes are kept
                // (their next bytes are in the next block) and tested as before.
                let longWords = letters &>> 1 & letters &>> 2 | 0xC000_0000_0000_0000
                let letterStarts = letters & ~(letters &<< 1 | letterBits &>> 63) & longWords
                let digitStarts = digits & ~(digits &<< 1 | digitBits &>> 63)
                letterBits = letters
                digitBits = digits
                if digitStarts == 0 {
                    // (Most blocks: words alone, nearly all of them stopped by the filter.)
                    var starts = letterStarts
                    while starts != 0 {
                        let start = block &+ starts.trailingZeroBitCount
                        starts &= starts &- 1
                        if mayBeAnchor(start) { anchorRun(start) }
                    }
                } else {
                    var starts = letterStarts | digitStarts
                    while starts != 0 {
                        let offset = starts.trailingZeroBitCount
                        starts &= starts &- 1
                        if digitStarts &>> UInt64(offset) & 1 != 0 {
                            digitRun(block &+ offset)
                        } else if mayBeAnchor(block &+ offset) {
                            anchorRun(block &+ offset)
                        }
                    }
                }
                block &+= 64
            }
            // The last bytes (fewer than 80) the same way, their classes read from a copy padded
            // with zeros (no class), each run through the tests that check the text's end.
            while block < count {
                var padded: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
                let (letters, digits) = withUnsafeMutableBytes(of: &padded) { raw in
                    raw.baseAddress!.copyMemory(from: text + block, byteCount: min(64, count &- block))
                    return AnchorScan.classBits(raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
                let letterStarts = letters & ~(letters &<< 1 | letterBits &>> 63)
                let digitStarts = digits & ~(digits &<< 1 | digitBits &>> 63)
                letterBits = letters
                digitBits = digits
                var starts = letterStarts | digitStarts
                while starts != 0 {
                    let offset = starts.trailingZeroBitCount
                    starts &= starts &- 1
                    if digitStarts &>> UInt64(offset) & 1 != 0 { digitRun(block &+ offset) } else { letterRun(block &+ offset) }
                }
                block &+= 64
            }
            #endif
            // (Elsewhere than on x86_64:) sixteen bytes at a time: a-z after folding, 0-9, as 0x80 in their bytes.
            while block + 16 <= count {
                let v = UnsafeRawPointer(text + block).loadUnaligned(as: SIMD16<UInt8>.self)
                let folded = v | SIMD16<UInt8>(repeating: 0x20)
                let isLetter = (folded &- SIMD16<UInt8>(repeating: 0x61)) .< SIMD16<UInt8>(repeating: 26)
                let isDigit = (v &- SIMD16<UInt8>(repeating: 0x30)) .< SIMD16<UInt8>(repeating: 10)
                let high = SIMD16<UInt8>(repeating: 0x80)
                let letters = unsafeBitCast(SIMD16<UInt8>().replacing(with: high, where: isLetter), to: (UInt64, UInt64).self)
                let digits = unsafeBitCast(SIMD16<UInt8>().replacing(with: high, where: isDigit), to: (UInt64, UInt64).self)
                starts(letters.0, digits.0, block)
                starts(letters.1, digits.1, block &+ 8)
                block += 16
            }
            let high: UInt64 = 0x8080_8080_8080_8080
            while block + 8 <= count {
                let word = UnsafeRawPointer(text + block).loadUnaligned(as: UInt64.self)
                let ascii = ~word & high
                let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
                let folded = low7 | 0x2020_2020_2020_2020
                // a-z after folding: >= 0x61 and not >= 0x7B; digits: >= 0x30 and not >= 0x3A.
                let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ascii
                let digits = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646) & ascii
                starts(letters, digits, block)
                block += 8
            }
            // The rest byte by byte, past the end of a run that started in the last block.
            var i = block
            if i > 0, i < count {
                let runClass = classes[Int(text[i - 1])]
                if runClass != 0 { while i < count, classes[Int(text[i])] == runClass { i += 1 } }
            }
            while i < count {
                let byteClass = classes[Int(text[i])]
                if byteClass == 0 { i += 1; continue }
                if byteClass == AnchorScan.letter { letterRun(i) } else { digitRun(i) }
                i += 1
                while i < count, classes[Int(text[i])] == byteClass { i += 1 }
            }
        }
    }

    /// Opens the windows of the anchors `candidates` (those of the word's trigram) that the
    /// word at `start` matches (kept out of the scan's loop: few words get here).
    @inline(never)
    private func openAnchors(_ candidates: Range<Int>, at start: Int, fast: Bool, _ bytes: UnsafeBufferPointer<UInt8>,
                             _ windows: UnsafeMutablePointer<WindowList>) {
        let text = bytes.baseAddress!
        let count = bytes.count
        let classes = tables.classes
        var end = start + 3
        while end < count, classes[Int(text[end])] == AnchorScan.letter { end += 1 }
        for a in candidates {
            let anchor = tables.anchors[a]
            if AnchorScan.matches(anchor, tables.words, text, start, end) {
                openWord(Int(anchor.targetStart)..<Int(anchor.targetStart + anchor.targetCount), at: start, wordEnd: end,
                         wordLength: Int(anchor.wordLength), fast: fast, bytes, windows)
            }
        }
    }

    /// ``open(_:at:wordEnd:wordLength:fast:_:_:)`` for an anchor word, out of line: the words
    /// that match no anchor of their trigram ("company", "president") do not pay for its setup.
    @inline(never)
    private func openWord(_ targets: Range<Int>, at position: Int, wordEnd: Int, wordLength: Int, fast: Bool,
                          _ bytes: UnsafeBufferPointer<UInt8>, _ windows: UnsafeMutablePointer<WindowList>) {
        open(targets, at: position, wordEnd: wordEnd, wordLength: wordLength, fast: fast, bytes, windows)
    }

    /// Opens a window at `position` for each of `targets` (a range of `tables.targets`).
    @inline(__always)
    private func open(_ targets: Range<Int>, at position: Int, wordEnd: Int = 0, wordLength: Int = 0, fast allowFast: Bool = false,
                      _ bytes: UnsafeBufferPointer<UInt8>, _ windows: UnsafeMutablePointer<WindowList>) {
        let all = tables.targets
        for t in targets {
            let target = all[t]
            if target.possessiveOnly {
                guard wordEnd - position == wordLength, wordEnd + 1 < bytes.count, bytes[wordEnd] == 0x27,
                      bytes[wordEnd + 1] | 0x20 == 0x73 else { continue }
                // (The one such target: the named rule's "New Year's", "new" and whitespace before.)
                guard AnchorScan.previousWord(position, bytes) == AnchorScan.newKey else { continue }
            }
            // Checks that do not depend on the chain first (they spare walking it).
            switch target.check {
            case .relativeUnit, .relativeDay:
                // The relative rule's unit is the whole word ("monthly" holds none: `\b` follows the unit).
                // (An anchor word alone is one: only a longer word needs the lookup.)
                if wordEnd - position > wordLength, !WordKey.of(bytes, position..<wordEnd).isIn(AnchorScan.relativeTokenKeys) { continue }
                if target.check == .relativeDay {
                    guard AnchorScan.previousWord(position, bytes).isIn(AnchorScan.relativeDayKeys) else { continue }
                }
            case .durationUnit:
                // So is the duration rule's ("quarterly", "weekly" hold none).
                if wordEnd - position > wordLength, !WordKey.of(bytes, position..<wordEnd).isIn(AnchorScan.durationTokenKeys) { continue }
            case .namedMonth: guard AnchorScan.namedMonthMayMatch(position, position + wordLength, bytes) else { continue }
            case .periodYear: guard AnchorScan.yearFormFollows(position, wordEnd, bytes) else { continue }
            case .periodQuarter: guard AnchorScan.ordinalBeforeQuarter(position, wordEnd, bytes) else { continue }
            case .holidayDay: guard AnchorScan.wordFollows(position + wordLength, "day", bytes) else { continue }
            case .goodFriday: guard AnchorScan.wordFollows(position + wordLength, "friday", bytes) else { continue }
            case .deicticDay: guard AnchorScan.previousWord(position, bytes).isIn(AnchorScan.deicticDayKeys) else { continue }
            case .deicticPart: guard AnchorScan.previousWord(position, bytes).isIn(AnchorScan.deicticPartKeys) else { continue }
            case .deicticThe:
                // "future", "term", "past" end their forms (`\b` after: not "futures", "terms");
                // "term" comes after "near", "short" or "long" only.
                guard wordEnd - position == wordLength else { continue }
                let before = AnchorScan.previousWord(position, bytes)
                guard before.isIn(wordLength == 4 && bytes[position] | 0x20 == 0x74 ? AnchorScan.deicticTermKeys : AnchorScan.deicticTheKeys) else { continue }
            case .recurrenceWeekday:
                guard wordEnd - position > wordLength || AnchorScan.pluralPartOfDayMayFollow(position + wordLength, bytes) else { continue }
            case .fourthOfJuly:
                guard wordEnd - position == wordLength, AnchorScan.ofJulyFollows(wordEnd, bytes) else { continue }
            case .recurrenceQuantifier:
                guard AnchorScan.quantifiedRecurrenceMayMatch(position, wordEnd, bytes) else { continue }
            default: break
            }
            var low: Int
            var fast = Fast.none
            if let chain = target.chain {
                let start = chain.start(before: position, in: bytes, cap: target.lead)
                low = start.position
                switch target.check {
                case .chainWord: guard start.hasWord else { continue }
                case .periodQuarter:
                    guard start.hasWord else { continue }
                    if allowFast { fast = AnchorScan.quarterPhrase(low, position, wordEnd, bytes) }
                case .relativeUnit:
                    guard start.hasWord else { continue }
                    if allowFast { fast = AnchorScan.relativeUnit(position, wordEnd, low, bytes) }
                case .deicticWord:
                    if allowFast {
                        // Not one of the rule's words ("recent", "presented"): no match in the window.
                        if !WordKey.of(bytes, position..<wordEnd).isIn(AnchorScan.deicticWordsKeys) {
                            fast = Fast(kind: Fast.nothing, start: 0, end: 0, a: 0, b: 0)
                        } else if !start.hasWord {
                            fast = AnchorScan.deicticWord(position, wordEnd, bytes)
                        } else if let word = AnchorScan.onlyWordBefore(low, position, bytes),
                                  WordKey.of(bytes, word) == AnchorScan.theKey {
                            // "the current": no alternative starts at "the" before a deictic word
                            // (those that do go on with "near", "distant", "future", "short",
                            // "long", "term", "past" or a part of day).
                            fast = AnchorScan.deicticWord(position, wordEnd, bytes)
                        }
                    }
                case .namedMonth:
                    if allowFast {
                        if !start.hasWord {
                            fast = AnchorScan.monthAlone(position, wordEnd, wordLength, bytes)
                        } else if let word = AnchorScan.onlyWordBefore(low, position, bytes),
                                  WordKey.of(bytes, word) == AnchorScan.theKey {
                            // "the December": no alternative starts at "the" before a month (`nrel`'s
                            // "the" words are not months); `bm` reads "the" in its lookbehind.
                            fast = AnchorScan.monthAlone(position, wordEnd, wordLength, bytes)
                        } else {
                            fast = AnchorScan.monthAfterRelative(low, position, wordEnd, wordLength, bytes)
                        }
                    }
                case .namedWeekday:
                    if allowFast {
                        if !start.hasWord {
                            fast = AnchorScan.weekdayAlone(position, wordEnd, wordLength, bytes)
                        } else {
                            fast = AnchorScan.weekdayAfterRelative(low, position, wordEnd, wordLength, bytes)
                        }
                    }
                case .calendarMonth:
                    guard start.hasWord || AnchorScan.numberOrRelativeFollows(wordEnd, bytes) else { continue }
                    if allowFast { fast = AnchorScan.calendarMonth(position, wordEnd, low, bytes) }
                case .periodNumber:
                    if allowFast && (!start.hasWord || AnchorScan.yearAfterDeterminers(low, position, wordEnd, bytes)) {
                        fast = AnchorScan.bareYear(position, wordEnd, bytes)
                    }
                case .durationUnit:
                    guard start.hasWord || AnchorScan.durationFormAt(position, wordEnd, bytes) else { continue }
                    if wordEnd - position == wordLength, !AnchorScan.singularDurationMayMatch(position, wordEnd, bytes) { continue }
                    if allowFast && start.hasWord { fast = AnchorScan.durationAmount(low, position, wordEnd, bytes) }
                default: break
                }
            } else {
                low = max(0, position - target.lead)
                if allowFast && target.check == .numericDate { fast = AnchorScan.numericDate(position, bytes) }
            }
            // Room for a rule's windows at its first one (growing from nothing costs several copies).
            if windows.pointee.all.capacity == 0 { windows.pointee.all.reserveCapacity(max(8, bytes.count >> 5)) }
            // Anchors come in text order, so windows end in order: merge back while they touch (a
            // merged window is no longer decided: its pattern runs from the earlier start).
            let rule = target.rule
            let last = (UnsafeMutableRawPointer(windows) + MemoryLayout<WindowList>.offset(of: \WindowList.last)!)
                .assumingMemoryBound(to: Int.self)
            var previous = last[rule]
            while previous >= 0, low <= windows.pointee.all[previous].upper + 1 {
                low = min(low, windows.pointee.all[previous].lower)
                windows.pointee.all[previous].rule = -1
                previous = windows.pointee.all[previous].previous
                fast = .none
            }
            last[rule] = windows.pointee.all.count
            windows.pointee.all.append(Window(lower: low, upper: position, fast: fast, rule: rule, previous: previous))
        }
    }

    /// Opens the windows of the rules a run of digits can take part in, judged from its length
    /// and the bytes around it (the grammar's numeric forms, see ``DateGrammar``).
    private func openNumber(_ run: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, fast: Bool,
                            _ windows: UnsafeMutablePointer<WindowList>) {
        let count = bytes.count
        let length = run.count
        // Only runs of one, two or four digits take part in any of the forms below.
        guard length <= 2 || length == 4 else { return }
        let next: UInt8 = run.upperBound < count ? bytes[run.upperBound] : 0x20
        /// The byte `offset` bytes after the run (a space past the end).
        func after(_ offset: Int) -> UInt8 {
            run.upperBound + offset < count ? bytes[run.upperBound + offset] : 0x20
        }
        if length == 4 {
            // 2024-12-21, 2024-W51
            if next == 0x2D || next | 0x20 == 0x77 { open(numericDateTargets, at: run.lowerBound, fast: fast, bytes, windows) }
            // 1990, 1990s
            if bytes[run.lowerBound] == 0x31 || bytes[run.lowerBound] == 0x32 {
                open(yearTargets, at: run.lowerBound, wordEnd: run.upperBound, fast: fast, bytes, windows)
            }
            // 0930 GMT: a time zone after the whitespace (GMT UTC EST EDT CST CDT PST PDT BST CET)
            if AnchorScan.isSpace(next) && AnchorScan.zoneFollows(run.upperBound, bytes) {
                open(clockTargets, at: run.lowerBound, bytes, windows)
            }
            return
        }
        // 9/11; 11.9.2001 (a dot, one or two digits, a dot)
        if next == 0x2F || next == 0x2E && AnchorScan.isDigit(after(1))
            && (after(2) == 0x2E || AnchorScan.isDigit(after(2)) && after(3) == 0x2E) {
            open(numericDateTargets, at: run.lowerBound, fast: fast, bytes, windows)
        }
        // '90s, 21st century, 21 century, 2nd quarter ("21 century", "20th-century": the word after
        // the spaces and hyphens is "century", the period rule's only form of a short number
        // followed by a space or hyphen)
        let previous: UInt8 = run.lowerBound > 0 ? bytes[run.lowerBound - 1] : 0x20
        // (Both tests below read on only when the first two bytes allow: "c", or a space or
        // hyphen and then "c", a space or a hyphen; "a" or "p", or a space and "a", "p" or a space.)
        let second = after(1)
        let centuryMay = next | 0x20 == 0x63
            || (AnchorScan.isSpace(next) || next == 0x2D) && (second | 0x20 == 0x63 || AnchorScan.isSpace(second) || second == 0x2D)
        if previous == 0x27 || AnchorScan.isLetter(next) && AnchorScan.ordinalSuffix(next, second)
            || centuryMay && AnchorScan.centuryFollows(run.upperBound, bytes) {
            open(yearTargets, at: run.lowerBound, wordEnd: run.upperBound, fast: fast, bytes, windows)
        }
        // 7:40, 7.40 pm, 10 p.m., 10pm: a colon, a dot and two digits (then "a" or "p" after any
        // whitespace), or after any whitespace "a" or "p" then "." or "m"
        let meridiemMay = next | 0x20 == 0x61 || next | 0x20 == 0x70
            || AnchorScan.isSpace(next) && (second | 0x20 == 0x61 || second | 0x20 == 0x70 || AnchorScan.isSpace(second))
        if next == 0x3A || next == 0x2E && AnchorScan.isDigit(second) && AnchorScan.isDigit(after(2))
            && AnchorScan.meridiemAt(run.upperBound + 3, bytes)
            || meridiemMay && AnchorScan.meridiemAt(run.upperBound, bytes) {
            open(clockTargets, at: run.lowerBound, bytes, windows)
        }
    }

    /// Whether `a`, `b` are "st", "nd", "rd" or "th" in any case (the only letters the period
    /// rule lets follow a number of one or two digits: "21st century", "2nd quarter").
    static func ordinalSuffix(_ a: UInt8, _ b: UInt8) -> Bool {
        let pair = UInt16(a | 0x20) << 8 | UInt16(b | 0x20)
        return pair == 0x7374 || pair == 0x6E64 || pair == 0x7264 || pair == 0x7468
    }

    /// After spaces and hyphens from `k`: "century" in any case.
    static func centuryFollows(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = k
        while k < bytes.count, isSpace(bytes[k]) || bytes[k] == 0x2D { k += 1 }
        guard k + 7 <= bytes.count, bytes[k] | 0x20 == 0x63 else { return false }
        return bytes[k + 1] | 0x20 == 0x65 && bytes[k + 2] | 0x20 == 0x6E && bytes[k + 3] | 0x20 == 0x74
            && bytes[k + 4] | 0x20 == 0x75 && bytes[k + 5] | 0x20 == 0x72 && bytes[k + 6] | 0x20 == 0x79  // c-e-n-t-u-r-y
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// After whitespace from `k`, the clock's `(?<ap>[ap]\.\s?m\.?|[ap]m\b)` (in any case): "a" or
    /// "p", then a dot and "m" (one whitespace byte between them at most), or "m" and no word byte.
    static func meridiemAt(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var k = k
        while k < count, isSpace(bytes[k]) { k += 1 }
        guard k + 1 < count else { return false }
        let letter = bytes[k] | 0x20
        guard letter == 0x61 || letter == 0x70 else { return false }
        let next = bytes[k + 1]
        if next == 0x2E {
            guard k + 2 < count else { return false }
            if bytes[k + 2] | 0x20 == 0x6D { return true }
            return isSpace(bytes[k + 2]) && k + 3 < count && bytes[k + 3] | 0x20 == 0x6D
        }
        guard next | 0x20 == 0x6D else { return false }
        return k + 2 >= count || !LeadChain.isWordByte(bytes[k + 2])
    }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// After whitespace from `k`: the first letter of a time zone (uppercase G U E C P B).
    static func zoneFollows(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = k
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return false }
        let b = bytes[k]
        return b == 0x47 || b == 0x55 || b == 0x45 || b == 0x43 || b == 0x50 || b == 0x42
    }

    /// After a month word ending at `wordEnd`, an optional dot and comma and any whitespace:
    /// a digit, or "this", "last" or "next" in any case.
    static func numberOrRelativeFollows(_ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var k = wordEnd
        if k < count, bytes[k] == 0x2E { k += 1 }
        if k < count, bytes[k] == 0x2C { k += 1 }
        while k < count, isSpace(bytes[k]) { k += 1 }
        guard k < count else { return false }
        if isDigit(bytes[k]) { return true }
        guard k + 4 <= count else { return false }
        let word = (UInt32(bytes[k] | 0x20) << 24) | (UInt32(bytes[k + 1] | 0x20) << 16)
            | (UInt32(bytes[k + 2] | 0x20) << 8) | UInt32(bytes[k + 3] | 0x20)
        return word == 0x7468_6973 || word == 0x6C61_7374 || word == 0x6E65_7874  // this, last, next
    }

    /// Whether the named rule can match with the month at `position` whose name ends at `nameEnd`:
    /// before it a hyphen ("mid-June"), or one whitespace byte after a word that is a month
    /// preposition ("in March"), or whitespace after "last", "next", "this", "past" or "coming"
    /// (any case; the rule's `mrel` and `bm` forms); and for the `bm` form (the month alone
    /// after a preposition or hyphen) not whitespace and then a digit or an uppercase letter and
    /// a lowercase one.
    static func namedMonthMayMatch(_ position: Int, _ nameEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position > 0 else { return false }
        let before = bytes[position - 1]
        if before == 0x2D { return bmLookaheadsHold(nameEnd, bytes) }
        guard isSpace(before) else { return false }
        var end = position - 1
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        let word = start..<end
        if WordKey.of(bytes, word).isIn(monthRelativesKeys) { return true }
        return end == position - 1 && WordKey.of(bytes, word).isIn(monthPrepositionsKeys) && bmLookaheadsHold(nameEnd, bytes)
    }

    /// `(?!\s+\d)(?!\s+(?-i:[A-Z][a-z]))` at `k`.
    static func bmLookaheadsHold(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = k
        guard k < bytes.count, isSpace(bytes[k]) else { return true }
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return true }
        if isDigit(bytes[k]) { return false }
        if bytes[k] >= 0x41 && bytes[k] <= 0x5A, k + 1 < bytes.count, bytes[k + 1] >= 0x61 && bytes[k + 1] <= 0x7A { return false }
        return true
    }

    /// Whether whitespace and then the letters of `word` (lowercase, compared in any case) come at `k`.
    static func wordFollows(_ k: Int, _ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = k
        guard k < bytes.count, isSpace(bytes[k]) else { return false }
        while k < bytes.count, isSpace(bytes[k]) { k += 1 }
        let count = word.utf8CodeUnitCount
        guard k + count <= bytes.count else { return false }
        let letters = word.utf8Start
        for i in 0..<count where bytes[k + i] | 0x20 != letters[i] { return false }
        return true
    }

    /// After the word "year" at `position` (the whole word, ending at `wordEnd`): a hyphen, an
    /// apostrophe, or whitespace and "end" or "two".
    ///
    /// After a hyphen only "a", "e" or "b" (in any case) can follow ("year-ago", "year-end",
    /// "year-earlier", "year-before"; not "year-on-year", "year-to-date"); after an apostrophe
    /// only "s", whitespace and "end" ("year's end"); "end" must be the whole word (`\b` follows
    /// it: not "the year ended"). Undecided (true) next to non-ASCII bytes.
    static func yearFormFollows(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard wordEnd - position == 4, wordEnd < count else { return false }
        let next = bytes[wordEnd]
        if next == 0x2D {
            guard wordEnd + 1 < count else { return false }
            let letter = bytes[wordEnd + 1]
            return letter >= 0x80 || letter | 0x20 == 0x61 || letter | 0x20 == 0x65 || letter | 0x20 == 0x62
        }
        if next == 0x27 {
            guard wordEnd + 1 < count else { return false }
            if bytes[wordEnd + 1] >= 0x80 { return true }
            return bytes[wordEnd + 1] | 0x20 == 0x73 && wholeEndFollows(wordEnd + 2, bytes)
        }
        return wholeEndFollows(wordEnd, bytes) || wordFollows(wordEnd, "two", bytes)
    }

    /// Whitespace from `k`, then "end" (any case) and no ASCII word byte after it.
    static func wholeEndFollows(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard wordFollows(k, "end", bytes) else { return false }
        var j = k
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        j += 3
        return j >= bytes.count || bytes[j] >= 0x80 || !LeadChain.isWordByte(bytes[j])
    }

    /// Whether a duration can start at the unit word at `position` (ending at `wordEnd`): a
    /// hyphen after it ("years-long"), whitespace and "ago" ("years ago"), or one of "for", "in",
    /// "within", "than", "over" and one whitespace byte before it ("for years").
    /// (The hyphen only before "long": `dl`, `dl1`; "ago" only after a plural: `vago`.)
    static func durationFormAt(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // (A non-ASCII byte after the word may fold to a letter: undecided.)
        if wordEnd < bytes.count, bytes[wordEnd] >= 0x80 { return true }
        if wordEnd + 1 < bytes.count, bytes[wordEnd] == 0x2D {
            if bytes[wordEnd + 1] >= 0x80 { return true }
            if wordEnd + 5 <= bytes.count, Cues.lowercaseEquals(bytes, (wordEnd + 1)..<(wordEnd + 5), "long") { return true }
        }
        if bytes[wordEnd - 1] | 0x20 == 0x73, wordFollows(wordEnd, "ago", bytes) { return true }
        guard position > 1, isSpace(bytes[position - 1]) else { return false }
        let end = position - 1
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        return WordKey.of(bytes, start..<end).isIn(barePrepositionsKeys)
    }

    /// Whether the bytes before `end` end with `suffix` (lowercase ASCII), ignoring case.
    static func endsWithCaseless(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard end >= count else { return false }
        return Cues.lowercaseEquals(bytes, (end - count)..<end, suffix)
    }

    static let newKey = WordKey.of("new")
    static let yearStopWords: [StaticString] = ["no.", "box", "room", "route", "flight", "suite", "apt."]
    static let yearUnitWords: [StaticString] = ["per", "feet", "foot", "meter", "meters", "metre", "metres", "mile", "miles", "km",
                                                "kilometer", "kilometers", "pounds", "tons", "people", "shares", "point", "points"]
    static let yearUnitWordsKeys = KeySet(keys(yearUnitWords))
    /// The words that may follow a year in the period rule's quarter form ("1987 first quarter",
    /// "1989 corresponding fiscal fourth quarter", "1987 year-ago quarter").
    static let yearQuarterWords: [StaticString] = ["latest", "current", "same", "fiscal", "comparable", "flat",
                                                   "first", "second", "third", "fourth", "final", "last", "year"]  // and "corresponding"
    static let yearQuarterWordsKeys = KeySet(keys(yearQuarterWords))

    /// Whether the duration rule can have a match with a singular unit word at `position` (the
    /// whole word, ending at `wordEnd`): only the forms with an amount ("a year", "five-year",
    /// "24 hour", "a day and a half") and "year-long" hold one, so a hyphen after it, or before
    /// it (after one hyphen or whitespace) a digit or an amount word.
    static func singularDurationMayMatch(_ position: Int, _ wordEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if wordEnd < bytes.count, bytes[wordEnd] == 0x2D { return true }
        guard position > 0 else { return false }
        var end = position - 1
        let separator = bytes[end]
        if separator != 0x2D {
            guard isSpace(separator) else { return false }
            while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        }
        guard end > 0 else { return false }
        if isDigit(bytes[end - 1]) { return true }
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        return WordKey.of(bytes, start..<end).isIn(amountWordsKeys)
    }

    /// The words that may come right before the unit in the duration rule's amount form
    /// (`number`'s words, and "more", "additional"... after it).
    static let amountWords: [StaticString] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "of", "couple", "few", "several",
        "many", "some", "a", "an", "more", "additional", "long", "straight", "consecutive", "full", "other"]
    static let amountWordsKeys = KeySet(keys(amountWords))

    /// The key (``WordKey``) of the letters right before the whitespace right before `position`;
    /// 0 when no whitespace comes right before it.
    static func previousWord(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard position > 0, isSpace(bytes[position - 1]) else { return 0 }
        var end = position - 1
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
        return WordKey.of(bytes, start..<end)
    }

    static let relativeDayKeys = keys(["next", "following", "previous", "preceding"])
    static let deicticDayKeys = keys(["these", "last"])
    static let deicticPartKeys = keys(["this", "the"])
    static let deicticTheKeys = keys(["the", "near", "distant", "short", "long"])
    static let deicticTermKeys = keys(["near", "short", "long"])

    static let barePrepositions: [StaticString] = ["for", "in", "within", "than", "over"]
    static let barePrepositionsKeys = keys(barePrepositions)

    static let monthRelatives: [StaticString] = ["last", "next", "this", "past", "coming"]
    static let monthRelativesKeys = keys(monthRelatives)
    /// ``DateGrammar/monthPrepositions`` as words.
    static let monthPrepositions: [StaticString] = ["in", "since", "by", "until", "till", "through", "from", "to", "of",
        "during", "before", "after", "between", "and", "or", "for", "early", "late", "mid", "the", "a"]
    static let monthPrepositionsKeys = KeySet(keys(monthPrepositions))

    static let letter: UInt8 = 1, digit: UInt8 = 2
    /// ASCII letters and digits, by byte value (everything else 0).
    static let byteClasses: [UInt8] = (0..<256).map { byte in
        let lower = UInt8(byte) | 0x20
        return lower >= 0x61 && lower <= 0x7A ? letter : isDigit(UInt8(byte)) ? digit : 0
    }

    /// PCRE2's `\s` in ASCII mode: space, tab, newline, vertical tab, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    #if arch(x86_64)
    /// The ASCII letters and the digits among the 64 bytes at `p`, one bit per byte (bit k: byte k).
    @inline(__always)
    static func classBits(_ p: UnsafePointer<UInt8>) -> (letters: UInt64, digits: UInt64) {
        // A byte is a letter when its value with bit 5 set, plus 0x1F, is 0x80 ..< 0x9A (signed:
        // below -102); a digit when its value plus 0x50 is 0x80 ..< 0x8A (signed: below -118).
        let fold = _mm_set1_epi8(0x20), letterShift = _mm_set1_epi8(0x1F), letterLimit = _mm_set1_epi8(-102)
        let digitShift = _mm_set1_epi8(0x50), digitLimit = _mm_set1_epi8(-118)
        var letters: UInt64 = 0, digits: UInt64 = 0
        for k in 0..<4 {
            let v = _mm_loadu_si128(UnsafeRawPointer(p + 16 &* k).assumingMemoryBound(to: __m128i.self))
            let l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, fold), letterShift), letterLimit)
            let d = _mm_cmplt_epi8(_mm_add_epi8(v, digitShift), digitLimit)
            letters |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(l))) &<< UInt64(16 &* k)
            digits |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(d))) &<< UInt64(16 &* k)
        }
        return (letters, digits)
    }
    #endif

    @inline(__always)
    private static func matches(_ anchor: Anchor, _ words: UnsafeMutablePointer<UInt8>, _ text: UnsafePointer<UInt8>,
                                _ start: Int, _ end: Int) -> Bool {
        let length = Int(anchor.wordLength)
        if anchor.exact ? end - start != length : end - start < length { return false }
        if anchor.capitalized && text[start] >= 0x61 { return false }
        let word = words + Int(anchor.wordStart)
        var k = 3
        while k < length {
            if text[start + k] | 0x20 != word[k] { return false }
            k += 1
        }
        return true
    }
}

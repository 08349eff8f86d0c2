import GleanPCRE

/// The kinds of expression the grammar recognizes; each has its own pattern and resolution.
enum RuleKind: String, Sendable, CaseIterable {
    /// Calendar dates with a month name or in numeric form: "September 11, 2001", "11 September", "2024-12-21", "9/11".
    case calendar
    /// Years, decades, centuries, fiscal years and quarters/halves: "1962", "the 1990s", "fiscal 1989", "the third quarter".
    case period
    /// Weekdays, holidays and named months standing alone: "Friday morning", "last Thursday", "in March", "Christmas".
    case named
    /// Deictic words: "today", "yesterday morning", "tonight", "now", "recently", "the future", "overnight".
    case deictic
    /// Relative units: "last week", "this year", "next month", "the weekend", "last fall".
    case relative
    /// Amounts of time: "three years", "the past 24 hours", "two-year", "recent weeks", and "two years ago".
    case duration
    /// Clock times: "7:40 am", "10 p.m. Wednesday", "noon", "midnight".
    case clock
    /// Recurrences: "every Sunday", "daily", "annually", "each year".
    case recurrence
}

/// The compiled grammar: one PCRE2 pattern per rule kind, built once.
struct DateGrammar: Sendable {
    let rules: [(kind: RuleKind, pattern: Pattern)]
    /// Where each rule can match (its patterns run only there).
    let anchors: AnchorScan
    /// The named groups of each rule's pattern, by rule (grammar order).
    let groupIndexes: [GroupIndex]
    /// The same tables as trivial values with their group counts, by rule (reading one retains nothing).
    let groupTables: [(table: GroupIndex.Table, groupCount: Int)]
    /// Matches an edge or hedge modifier right before an expression (run on the text just before it).
    let modifier: Pattern
    /// Words before a weekday or month that point to the future ("will", "next", "until").
    let futureCue: Pattern
    /// The group numbers of the matches decided on the bytes (nil: decide nothing, see ``AnchorScan/Window``).
    let fastGroups: FastGroups?

    struct FastGroups: Sendable {
        /// `m1` and `d1` of the calendar rule.
        let monthName: Int
        let monthDay: Int
        /// `y1`, `ry1`, `m3`, `y3`, `ry3`, `nm` and `nd` of the calendar rule.
        let calendar: [Int]
        /// `year` of the period rule.
        let year: Int
        /// `dx`, `tonight` and `ref` of the deictic rule.
        let deictic: [Int]
        /// `rel` and `ru` of the relative rule.
        let relative: Int
        let relativeUnit: Int
        /// `bm` and `wd` of the named rule.
        let month: Int
        let weekday: Int
        /// `num`, `sep`, `unit` and `ago` of the duration rule.
        let duration: [Int]
        /// `nrel`, `mrel` and `mm` of the named rule.
        let named: [Int]
        /// `pthe`, `ord` and `pu` of the period rule.
        let quarter: [Int]
    }

    /// The matches of every rule in `bytes` (in rule order, each rule's in text order), as the
    /// rules' patterns find them in their windows; a rule that hits a PCRE2 limit adds an error
    /// and keeps the matches before it.
    func collect(in bytes: UnsafeBufferPointer<UInt8>, into candidates: inout [DateExtractor.Candidate],
                 bounds: inout BoundsBuffer, errors: inout [String]) throws {
        try collect(in: bytes, into: &candidates, bounds: &bounds, errors: &errors, scratch: DateExtractor.Scratch())
    }

    /// ``collect(in:into:bounds:errors:)`` with the windows and batches in `scratch`'s buffers
    /// (reused from document to document).
    func collect(in bytes: UnsafeBufferPointer<UInt8>, into candidates: inout [DateExtractor.Candidate],
                 bounds: inout BoundsBuffer, errors: inout [String], scratch: DateExtractor.Scratch) throws {
        let fastGroups = self.fastGroups
        anchors.items(in: bytes, fast: fastGroups != nil, into: &scratch.windows)
        let items = scratch.windows
        var batch = scratch.batch
        scratch.batch = []
        batch.removeAll(keepingCapacity: true)
        defer { scratch.batch = batch }
        guard !items.isEmpty else { return }
        // The rules with a window (the others have nothing to do).
        var present = 0
        for window in items where window.rule >= 0 { present |= 1 << window.rule }
        for index in rules.indices where present & (1 << index) != 0 {
            let (kind, pattern) = rules[index]
            let groupCount = pattern.captureCount + 1
            // Where the rule's previous match ended: a window's search starts no earlier.
            var next = 0
            // (`batch` passed in rather than captured: a captured variable is checked for
            // exclusive access at run time at every use.)
            func flush(_ batch: inout [ClosedRange<Int>]) throws {
                guard !batch.isEmpty else { return }
                defer { batch.removeAll(keepingCapacity: true) }
                try pattern.forEachMatch(inUTF8: bytes, startingIn: batch) { match in
                    next = match.range.upperBound
                    guard !match.range.isEmpty else { return true }
                    candidates.append(DateExtractor.Candidate(range: match.range, kind: kind, rule: index, groups: bounds.count))
                    let out = bounds.extend(by: 2 * groupCount)
                    for group in 0..<groupCount {
                        if let range = match.range(group) {
                            out[2 * group] = range.lowerBound
                            out[2 * group + 1] = range.upperBound
                        } else {
                            out[2 * group] = -1
                            out[2 * group + 1] = -1
                        }
                    }
                    return true
                }
            }
            do {
                for window in items where window.rule == index {
                    // No match starts in the window: the pattern would find nothing there.
                    if window.fast.kind == AnchorScan.Fast.nothing { continue }
                    if window.fast.kind != 0, let fastGroups, next <= window.fast.start {
                        // The pattern would search from `next`, no later than the decided match: it finds that.
                        try flush(&batch)
                        if next <= window.fast.start {
                            let fast = window.fast
                            candidates.append(DateExtractor.Candidate(range: fast.start..<fast.end, kind: kind, rule: index,
                                                                      groups: bounds.count))
                            let out = bounds.extend(by: 2 * groupCount)
                            out.initialize(repeating: -1, count: 2 * groupCount)
                            out[0] = fast.start
                            out[1] = fast.end
                            func set(_ group: Int, _ from: Int, _ to: Int) {
                                out[2 * group] = from
                                out[2 * group + 1] = to
                            }
                            switch fast.kind {
                            case AnchorScan.Fast.monthDay:
                                set(fastGroups.monthName, fast.start, fast.a)
                                set(fastGroups.monthDay, fast.b, fast.end)
                            case AnchorScan.Fast.year: set(fastGroups.year, fast.start, fast.end)
                            case AnchorScan.Fast.deictic: set(fastGroups.deictic[fast.a], fast.start, fast.end)
                            case AnchorScan.Fast.relative:
                                set(fastGroups.relative, fast.start, fast.a)
                                set(fastGroups.relativeUnit, fast.b, fast.end)
                            case AnchorScan.Fast.weekday: set(fastGroups.weekday, fast.start, fast.end)
                            case AnchorScan.Fast.monthDayYear:
                                set(fastGroups.monthName, fast.start, fast.a)
                                set(fastGroups.monthDay, fast.b, fast.c)
                                set(fastGroups.calendar[0], fast.d, fast.end)
                            case AnchorScan.Fast.monthDayRelative:
                                set(fastGroups.monthName, fast.start, fast.a)
                                set(fastGroups.monthDay, fast.b, fast.c)
                                set(fastGroups.calendar[1], fast.d, fast.end)
                            case AnchorScan.Fast.monthYear:
                                set(fastGroups.calendar[2], fast.start, fast.a)
                                set(fastGroups.calendar[3], fast.b, fast.end)
                            case AnchorScan.Fast.monthRelative:
                                set(fastGroups.calendar[2], fast.start, fast.a)
                                set(fastGroups.calendar[4], fast.b, fast.end)
                            case AnchorScan.Fast.numericDate:
                                set(fastGroups.calendar[5], fast.start, fast.a)
                                set(fastGroups.calendar[6], fast.b, fast.end)
                            case AnchorScan.Fast.durationAmount:
                                set(fastGroups.duration[0], fast.start, fast.a)
                                set(fastGroups.duration[1], fast.a, fast.b)
                                set(fastGroups.duration[2], fast.b, fast.c)
                                if fast.d >= 0 { set(fastGroups.duration[3], fast.d, fast.end) }
                            case AnchorScan.Fast.durationContext:
                                var amountStart = fast.a
                                while AnchorScan.isSpace(bytes[amountStart]) { amountStart += 1 }
                                var unitStart = fast.b
                                if bytes[unitStart] == 0x2D {
                                    unitStart += 1
                                } else {
                                    while AnchorScan.isSpace(bytes[unitStart]) { unitStart += 1 }
                                }
                                set(fastGroups.duration[4], fast.start, fast.a)
                                set(fastGroups.duration[0], amountStart, fast.b)
                                set(fastGroups.duration[1], fast.b, unitStart)
                                set(fastGroups.duration[2], unitStart, fast.c)
                                if fast.d >= 0 { set(fastGroups.duration[3], fast.d, fast.end) }
                            case AnchorScan.Fast.quarterPhrase:
                                if fast.a >= 0 { set(fastGroups.quarter[0], fast.start, fast.a) }
                                set(fastGroups.quarter[1], fast.b, fast.c)
                                set(fastGroups.quarter[2], fast.d, fast.d + (bytes[fast.d] | 0x20 == 0x71 ? 7 : 4))
                            case AnchorScan.Fast.weekdayRelative:
                                set(fastGroups.named[0], fast.start, fast.a)
                                set(fastGroups.weekday, fast.b, fast.end)
                            case AnchorScan.Fast.monthAfterRelative:
                                set(fastGroups.named[1], fast.start, fast.a)
                                set(fastGroups.named[2], fast.b, fast.end)
                            default: set(fastGroups.month, fast.start, fast.end)
                            }
                            next = fast.end
                            continue
                        }
                    }
                    if batch.isEmpty && window.lower < next {
                        // The first window after a decided one: its search starts where that match ended.
                        guard next <= window.upper else { continue }
                        batch.append(next...window.upper)
                    } else {
                        batch.append(window.lower...window.upper)
                    }
                }
                try flush(&batch)
            } catch let error as PCRE2Error {
                // A pathological text hit a PCRE2 limit in one rule: keep what the other rules found.
                batch.removeAll(keepingCapacity: true)
                errors.append("dates rule '\(kind.rawValue)': \(error)")
            }
        }
    }

    /// What may stand right before a month named alone ("in March", "by May", "mid-June").
    static let monthPrepositions = ["in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before",
                                    "after", "between", "and", "or", "for", "early", "late", "mid", "the", "a"]
        .map { #"\b"# + $0 + #"\s"# }.joined(separator: "|") + "|mid-|late-|early-"

    init() throws {
        let L = Lexicon.self
        var sources: [(RuleKind, String)] = []

        sources.append((.calendar, #"""
        \b(?:
          (?:(?<wd1>\#(L.weekday)),?\s+(?:the\s+)?)?
          (?:
            (?<m1>\#(L.month))\s+(?<d1>\#(L.dayOfMonth))(?:,?\s+(?<y1>\#(L.year))|(?<ry1>\s+(?:this|last|next)\s+year))?
          | (?:the\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+of\s))?(?<d2>\#(L.dayOfMonth))\s+(?:of\s+)?(?<m2>\#(L.month))(?:,?\s+(?<y2>\#(L.year)))?
          )
        | (?<m3>\#(L.month))(?:,?\s+(?<y3>\#(L.year))|\s+(?<ry3>(?:this|last|next)\s+year))
        | (?<iy>(?:1\d|20)\d\d)-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\d|3[01])(?![\d-])
        | (?<wy>(?:1\d|20)\d\d)-?W(?<wn>[0-5]\d)(?!\d)
        | (?<![\d/.])(?<nm>0?[1-9]|1[0-2])/(?<nd>0?[1-9]|[12]\d|3[01])(?:/(?<ny>(?:19|20)?\d\d))?(?![\d/])
        | (?<![\d/.])(?<ed>0?[1-9]|[12]\d|3[01])\.(?<em>0?[1-9]|1[0-2])\.(?<ey>(?:19|20)\d\d)(?!\d)
        )
        """#))

        sources.append((.period, #"""
        (?:
          (?:\bthe\s+)?(?:\b(?<ce>early|mid|late)[\s-]?)?(?<dec>\b1\d\d0|\b20\d0|'\d0)(?:'s|s)(?!\w)
        | \bthe\s+(?:(?<cew>early|mid|late)[\s-]?)?(?<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b
        | \b(?:the\s+)?(?<cen>\d{1,2}|twenty-?first|twentieth|nineteenth|eighteenth)(?:st|nd|rd|th)?[\s-]+century\b
        | \b(?:(?<pthe>the|its)\s+(?!(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-))?(?:(?<pyr1>\#(L.year))(?:'s)?\s+|(?<prel>this|last|next)\s+year's\s+)?(?:(?:latest|current|same|fiscal|corresponding|comparable|flat|(?<yago>year-(?:ago|earlier)))[\s-]+)*(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?<pu>quarter|half|half-year)(?!-)s?\b(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:(?<pyr2>\#(L.year))|(?<prel2>this|last|next)\s+year|(?<pyr3>(?:the\s+)?year))|\s+(?<pyr4>\#(L.year)))?
        | \b(?:the\s+)?fiscal[\s-]+(?<fy>\#(L.year))(?:'s\s+(?<ford>first|second|third|fourth)\s+quarter)?
        | \b(?:the\s+)?(?<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?<sy>\#(L.year))
        | \bthe\s+(?<py>\#(L.year))\s+(?<pn>period|quarter|fiscal\s+year|season)\b
        | \b(?:the\s+(?=(?:year-(?:earlier|ago|before)|corresponding|comparable)\s+(?:period|quarter)))?(?<ya>year-(?:earlier|ago|before)|corresponding|comparable)(?:\s+(?<yan>period|quarter))?\b(?:\s+last\s+year)?
        | \b(?<yend>year[\s-]end|year's\s+end)\b
        | \bthe\s+(?<spelled>year\s+two\s+thousand(?:\s+and\s+\w+)?)
        | (?<sp1>nineteen|twenty)[\s-](?<sp2>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b
        | (?=[12])(?:(?<=mid-|pre-|post-)|(?<![\d$£€.,:/#-]|No\.\s|\d\s|Box\s|Room\s|Route\s|Flight\s|Suite\s|Apt\.\s))(?<year>(?:1[6-9]|20)\d\d)(?![\d%]|,\d|\.\d|-[a-z]|\s*(?:percent|per\s+cent|-\d|\s*(?:feet|foot|meters?|metres?|miles?|km|kilometers?|pounds|tons|people|shares|points?)\b))
        )
        """#))

        sources.append((.named, #"""
        (?:
          \b(?:(?<nrel>last|next|this|this\s+past|this\s+coming|coming|past|the\s+(?:previous|preceding|following|next))\s+)?(?<wd>\#(L.weekday))(?:\s+(?<wpart>morning|afternoon|evening|night)\b(?!s))?(?!\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Tribune|Independent|People|Sport|Star|Business|Review|Magazine|Edition)\b)(?!-)
        | \b(?:(?<mrel>last|next|this|this\s+past|this\s+coming)\s+)(?<mm>\#(L.fullMonth))
        | (?-i:(?=[JFMASOND]))(?<=\#(DateGrammar.monthPrepositions))(?<bm>\#(L.fullMonth))(?!\s+\d)(?!\s+(?-i:[A-Z][a-z]))
        | \b(?:(?<hrel>last|next|this)\s+)?(?<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|Boxing\s+Day|Good\s+Friday|Fourth\s+of\s+July|Election\s+Day)(?:,?\s+(?<hy>\#(L.year)))?\b
        )
        """#))

        sources.append((.deictic, #"""
        \b(?:
          (?<dx>today(?!'s|’s)|yesterday|tomorrow)(?:\s+(?<dpart>morning|afternoon|evening|night))?
        | (?<tonight>tonight|last\s+night|this\s+(?:morning|afternoon|evening)|overnight)
        | (?<thepart>the\s+(?:morning|afternoon|evening))
        | (?<ref>(?:right\s+)?now|currently|presently|recently|lately|nowadays|these\s+days|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term|the\s+past|current|at\s+present|present(?<=\bat\spresent)|earlier\s+today)
        )\b(?!-)
        """#))

        sources.append((.relative, #"""
        \b(?:
          (?<rel>this|last|next|the\s+past|past|this\s+past|the\s+coming|coming|this\s+coming|the\s+previous|previous|the\s+current|current|the\s+latest|latest|the\s+following|the\s+same|the\s+full|the\s+whole|the\s+entire|the\s+first|the\s+last|the\s+next|the\s+fiscal|the\s+current\s+fiscal|the\s+latest\s+fiscal|this\s+fiscal|last\s+fiscal|next\s+fiscal|the)\s+(?<ru>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter|period)
        | (?<nday>the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night))
        | (?<early>early|late|mid)[\s-](?<er>this|last|next)\s+(?<eu>week|month|year|quarter|weekend|decade|spring|summer|fall|autumn|winter)
        )\b(?!-)
        """#))

        sources.append((.duration, #"""
        \b(?:
          (?<half>a\s+(?:minute|hour|day|week|month|year)\s+and\s+a\s+half)
        | (?:(?<dctx>the\s+(?:past|last|next|first|coming|previous|final|following|latest|remaining|initial|same|early|later)|(?:the\s+)?(?:past|last|next|first|coming|previous)|recent|the(?=\s+[^\s-]+\s))\s+)?
          (?<num>\#(L.number))(?:\s+(?:to|or)\s+(?<num2>\#(L.number)))?(?:\s+(?:more|additional|long|straight|consecutive|full|other))?(?<sep>\s+|-)(?<unit>\#(L.unit))(?!-old|\s+old\b|-(?!long\b)[a-z])(?<!-quarters)(?<per>-long|\s+period)?(?:\s+(?<ago>ago|earlier|from\s+now|before(?=\s*[.,;:)"]|\s*$)))?
        | (?<vctx>recent|the\s+past|the\s+last|the\s+next|the\s+coming|past|next|last|coming)\s+(?<vunit>years|months|weeks|days|decades|hours|centuries|minutes)
        | the\s+(?<ahead>years|months|weeks|days)\s+ahead
        | (?<vago>years|months|weeks|days|decades)\s+ago
        | (?=[ymwdhc])(?<=\bfor\s|\bin\s|\bwithin\s|\bthan\s|\bover\s)(?<bare>years|months|weeks|days|decades|hours|centuries|minutes)
        | (?=[ymwd])(?<=\bthe\s)(?<bare2>years|months|weeks|days)(?=\s+(?:before|after|following|leading|since|that\s+followed))(?:\s+or\s+(?:years|months|weeks|days|decades|hours|centuries|minutes))?
        | (?<dl>decades|years|months|weeks)-long
        | (?<dl1>decade|year|month|week|day|hour)-long
        )\b
        """#))

        sources.append((.clock, #"""
        (?:
          \b(?<h>[01]?\d|2[0-3])(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap]\.\s?m\.?|[ap]m\b)
        | (?<![\d.:$])(?<h2>[01]?\d|2[0-3]):(?<mi2>[0-5]\d)(?![\d:]|\.\d)
        | \b(?<noon>(?-i:noon|midnight|midday|NOON|MIDNIGHT))\b
        | \b(?<mh>[01]\d|2[0-3])(?<mm>[0-5]\d)(?=\s+(?-i:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET)\b)
        )
        (?:\s+(?<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST)))?
        (?:,?\s+(?:on\s+)?(?:(?<cwd>\#(L.weekday))|(?<cdx>today|yesterday|tomorrow)|(?<cm>\#(L.month))\s+(?<cd>\#(L.dayOfMonth))))?
        """#))

        sources.append((.recurrence, #"""
        \b(?:
          (?<adv>(?-i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually))
        | (?<q>every|each)\s+(?:other\s+|single\s+)?(?:(?<qwd>\#(L.weekday))s?|(?<qm>\#(L.fullMonth))|(?<qn>\#(L.number))\s+(?<qnu>\#(L.unit))|(?<qu>day|week|month|year|quarter|morning|night|evening|afternoon|weekend|summer|winter|spring|fall|hour|minute|decade))
        | (?<pwd>\#(L.weekday))(?:s(?:\s+(?<ppart>morning|afternoon|evening|night)s?)?|\s+(?<ppart2>morning|afternoon|evening|night)s)
        )\b
        """#))

        let options: PatternOptions = [.caseless, .extended]
        rules = try sources.map { kind, source in
            do { return (kind, try Pattern(source, options: options.union(.offsetLimit))) } catch {
                throw DateGrammarError(rule: kind.rawValue, message: "\(error)")
            }
        }

        anchors = AnchorScan(order: rules.map(\.kind))
        groupIndexes = rules.map { GroupIndex($0.pattern.groupNumbers, groupCount: $0.pattern.captureCount + 1) }
        // (The indexes above own the tables' memory and live as long as the grammar.)
        groupTables = groupIndexes.map { ($0.table, $0.groupCount) }
        // Windows decided on the bytes need the groups they set, and every group named (a match's
        // groups are then known from the named ones).
        let compiled = rules
        func groups(_ kind: RuleKind, _ names: [String]) -> [Int]? {
            guard let rule = compiled.firstIndex(where: { $0.kind == kind }) else { return nil }
            let pattern = compiled[rule].pattern
            guard pattern.groupNumbers.count == pattern.captureCount else { return nil }
            let numbers = names.compactMap { pattern.groupNumbers[$0] }
            return numbers.count == names.count ? numbers : nil
        }
        let monthDay = groups(.calendar, ["m1", "d1", "y1", "ry1", "m3", "y3", "ry3", "nm", "nd"]), year = groups(.period, ["year"])
        let deictic = groups(.deictic, ["dx", "tonight", "ref"]), relative = groups(.relative, ["rel", "ru"])
        let month = groups(.named, ["bm", "wd"]), duration = groups(.duration, ["num", "sep", "unit", "ago", "dctx"])
        let named = groups(.named, ["nrel", "mrel", "mm"]), quarter = groups(.period, ["pthe", "ord", "pu"])
        if let monthDay, let year, let deictic, let relative, let month, let duration, let named, let quarter {
            fastGroups = FastGroups(monthName: monthDay[0], monthDay: monthDay[1], calendar: Array(monthDay[2...]), year: year[0], deictic: deictic,
                                    relative: relative[0], relativeUnit: relative[1], month: month[0], weekday: month[1],
                                    duration: duration, named: named, quarter: quarter)
        } else {
            fastGroups = nil
        }

        modifier = try Pattern(#"""
        \b(?:
          (?<edge>early|late|mid|earlier|later|sometime|the\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of)
        | (?<hedge>around|approximately|about|almost|nearly|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|roughly|some|just\s+over|just\s+under|no\s+more\s+than|well\s+over)
        )[\s-]*$
        """#, options: options)

        futureCue = try Pattern(#"""
        \b(?:will|'ll|shall|would|next|coming|until|till|scheduled|(?:expected|expects?|planned|plans?|set|due|intends?)\s+to|due|set\s+for|starting|deadline|payable|as\s+(?:soon|early)\s+as|ahead\s+of|in\s+time\s+for|planning|planned\s+(?:an?|to)|meets?|begins?|resumes?|(?:re)?opens?|reconvenes?|arrives?|visits?|travels?|effective|expires?|expiring|to\s+be\s+held|to\s+(?:meet|visit|vote|decide|announce|hold|begin|start|resume|open|close|report|release|take|travel|return|leave|arrive|sign|testify|appear|face|be))\b[^.;!?]{0,40}$
        """#, options: options)
    }
}

/// A grammar pattern that failed to compile (a bug in the extractor).
struct DateGrammarError: Error, CustomStringConvertible {
    let rule: String
    let message: String
    var description: String { "date grammar rule '\(rule)': \(message)" }
}

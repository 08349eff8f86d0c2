import Foundation
import GleanCore
import GleanPCRE
import Synchronization

/// The `locations` extractor: finds place names in news and resolves them to GeoNames places.
///
/// Capitalized token runs are found with a byte loop (exactly what one PCRE2 pattern matches; see
/// ``CandidateScanner``) and their sub-spans looked up in a hash table over some 69,000 names
/// (countries, admin regions worldwide, US counties, cities, regions and waters; see
/// ``Gazetteer``). Context cues decide which names are places, and ``Disambiguator`` picks the
/// place each one means. The work runs on bytes and trivial values (``PlaceRef``, ``Mention``):
/// strings are made only for the output.
public struct LocationExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "locations",
        summary: "Place names (countries, regions, cities, waters) resolved to GeoNames places with coordinates, country and admin1; demonyms (\"Russian\") reported separately as type demonym.",
        types: ["location", "demonym"],
        options: [
            OptionDescription("min_population", .integer, default: 0,
                              "Cities smaller than this are not reported (regions and countries always are)."),
            OptionDescription("favor_countries", .strings, default: [],
                              "ISO 3166-1 alpha-2 codes of countries to prefer when a name is ambiguous (e.g. [US] for US local news)."),
            OptionDescription("include_demonyms", .boolean, default: true,
                              "Report demonyms (\"Russian\", \"Ukrainians\") as extractions of type demonym (kind: demonym, with the country they point to); false leaves them out. They are never reported as type location."),
        ],
        examples: LocationExamples.all
    )

    let gazetteer: Gazetteer
    let scanner: CandidateScanner
    let sportNews: SportNewsDetector
    let disambiguator: Disambiguator
    let minPopulation: Int
    let includeDemonyms: Bool
    /// Which resolved names are reported (see ``AcceptanceRules``).
    let rules: AcceptanceRules
    /// Gazetteer names that are rarely places in news (see ``StopLists``).
    let stopEntries: EntrySet
    /// The output fields of places reported so far.
    let attributeCache: AttributeCache
    /// The cue word lists (made here, with the rest of the start-up, not at the first document).
    let cueTable: CueTable

    public init(options: ExtractorOptions) throws {
        switch Gazetteer.shared {
        case .success(let loaded): gazetteer = loaded
        case .failure(let error): throw GleanError(.config, "extractor 'locations': \(error)", at: options.location)
        }
        stopEntries = StopLists.entries(in: gazetteer)
        attributeCache = AttributeCache.shared(placeCount: gazetteer.placeCount)
        cueTable = CueTable.shared
        scanner = try CandidateScanner()
        sportNews = try SportNewsDetector()
        let favoured = (options.strings("favor_countries") ?? []).map { $0.uppercased() }
        for code in favoured where code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw options.error("favor_countries", "'\(code)' is not an ISO 3166-1 alpha-2 country code")
        }
        disambiguator = Disambiguator(favouredCountries: Set(favoured), placeCount: gazetteer.placeCount)
        minPopulation = options.int("min_population") ?? 0
        includeDemonyms = options.bool("include_demonyms") ?? true
        rules = AcceptanceRules(includeDemonyms: includeDemonyms, minPopulation: minPopulation)
    }

    public func extract(from document: Document) throws -> [Extraction] {
        // The document's arrays come from buffers kept across documents (no allocations per document).
        let scratch = LocationScratch.take()
        defer { LocationScratch.give(scratch) }
        var tokens = TokenStore(), matches = ScratchStore<NameMatch>(), table = MentionTable()
        swap(&tokens, &scratch.tokens)
        swap(&matches, &scratch.matches)
        swap(&table, &scratch.table)
        defer {
            swap(&tokens, &scratch.tokens)
            swap(&matches, &scratch.matches)
            swap(&table, &scratch.table)
        }
        return try document.withUTF8 { text in
            try scanner.tokens(in: text, into: &tokens)
            scanner.names(in: text, tokens: tokens.tokens, gazetteer: gazetteer, into: &matches)
            recognize(matches.elements, tokens: tokens.tokens, in: text, into: &table, keepingIdleNames: false)
            disambiguator.resolve(&table, gazetteer: gazetteer, rules: rules, buffer: scratch.arena)
            return try report(table, in: text, document: document)
        }
    }

    // MARK: Recognition

    /// Keeps the names that may be places and gathers their cues.
    func recognize(_ matches: [NameMatch], tokens: [Token], in text: UnsafeBufferPointer<UInt8>) -> MentionTable {
        var table = MentionTable()
        recognize(matches, tokens: tokens, in: text, into: &table)
        return table
    }

    /// ``recognize(_:tokens:in:)`` into `table` (emptied first, the room of its arrays kept).
    /// Without `keepingIdleNames`, names that cannot matter are left out
    /// (``MentionTable/dropIdleGroups(rules:)``): the output is the same, for less work;
    /// ``explain(_:)`` keeps them.
    func recognize(_ matches: [NameMatch], tokens: [Token], in text: UnsafeBufferPointer<UInt8>, into table: inout MentionTable,
                   keepingIdleNames: Bool = true) {
        tokens.withUnsafeBufferPointer { tokens in
            matches.withUnsafeBufferPointer { recognize($0, tokens: tokens, in: text, into: &table, keepingIdleNames: keepingIdleNames) }
        }
    }

    /// ``recognize(_:tokens:in:into:keepingIdleNames:)`` over tokens in place.
    func recognize(_ matches: UnsafeBufferPointer<NameMatch>, tokens: UnsafeBufferPointer<Token>, in text: UnsafeBufferPointer<UInt8>,
                   into table: inout MentionTable, keepingIdleNames: Bool) {
        table.mentions.removeAll(keepingCapacity: true)
        table.pool.removeAll(keepingCapacity: true)
        table.groups.removeAll(keepingCapacity: true)
        guard !matches.isEmpty else { return }
        var previousEnd = -1
        // Tokens of names that are surely places (countries, states, cities of millions): a smaller town's
        // name next to a capitalized word may be a person's ("Paul Allen"), next to these not.
        // Bit 1: covered by such a name; bit 2: by one that is not a city.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: tokens.count) { covered in
        covered.initialize(repeating: 0)
        for match in matches {
            // (Not an undotted abbreviation, a place only after "City, ": "Miss Marple".)
            guard match.entry.count > 0 else { continue }
            if match.entry.flags.contains(.needsComma) && text[match.range.upperBound - 1] != 0x2E { continue }
            let top = gazetteer.posting(match.entry, 0)
            let topFeature = gazetteer.feature(top)
            let sure: Bool
            switch topFeature {
            case .city: sure = gazetteer.population(top) >= 1_000_000
            case .admin1, .admin2: sure = gazetteer.isUS(top)
            case .country, .continent, .region, .water: sure = true
            }
            if sure {
                let bits: UInt8 = topFeature != .city ? 3 : 1
                for t in match.tokens { covered[t] |= bits }
            }
        }
        table.pool.reserveCapacity(16 * matches.count)
        table.mentions.reserveCapacity(matches.count)
        table.groups.reserveCapacity(matches.count)
        var headlines = HeadlineCache()
        let cueTable = self.cueTable
        // The matches that make mentions, by index, in order.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: matches.count) { taken in
        var takenCount = 0
        var stops = false
        do {
            for k in matches.indices {
                let match = matches[k]
                let flags = match.entry.flags
                if flags.contains(.demonym) && !includeDemonyms { continue }
                let length = match.range.count
                let dotted = text[match.range.upperBound - 1] == 0x2E
                if match.allCaps && length <= 3 && !flags.contains(.abbreviation) { continue }
                // A stock ticker ("TOYO.T", "BRKN.S"), not a place.
                if match.allCaps, match.range.upperBound + 1 < text.count, text[match.range.upperBound] == 0x2E,
                   text[match.range.upperBound + 1] >= 0x41 && text[match.range.upperBound + 1] <= 0x5A { continue }
                if flags.contains(.abbreviation) && !dotted && !match.allCaps && length <= 3 { continue }
                if flags.contains(.needsComma) && !Self.follows(previousEnd, match.range.lowerBound, in: text) { continue }
                guard match.entry.count > 0 else { continue }
                taken[takenCount] = k
                takenCount += 1
                previousEnd = match.range.upperBound
                if !flags.contains(.demonym) && stopEntries.contains(Int(match.entry.index)) { stops = true }
            }
        }
        // Names of the stop list (not demonyms) are idle (``MentionTable/dropIdleGroups(rules:)``)
        // unless some mention of theirs qualifies the one before it or is qualified by the one
        // after (as worked out below, once the mentions are made): left out before their cues
        // and candidates are made.
        var busyStops: [Int32] = []
        if stops && !keepingIdleNames {
            for t in 0..<takenCount {
                let match = matches[taken[t]]
                guard !match.entry.flags.contains(.demonym), stopEntries.contains(Int(match.entry.index)) else { continue }
                if t > 0 && Self.follows(matches[taken[t - 1]].range.upperBound, match.range.lowerBound, in: text)
                    && qualifies(match.entry)
                    || t + 1 < takenCount && Self.follows(match.range.upperBound, matches[taken[t + 1]].range.lowerBound, in: text)
                    && qualifies(matches[taken[t + 1]].entry) {
                    // (Each name once: the list stays as short as the stop list, however often
                    // a long text repeats "Union, Texas".)
                    if !busyStops.contains(match.entry.index) { busyStops.append(match.entry.index) }
                }
            }
        }
        let skipStops = stops && !keepingIdleNames
        do {
            let covered = UnsafeBufferPointer(covered)
            for t in 0..<takenCount {
                let match = matches[taken[t]]
                let flags = match.entry.flags
                if skipStops && !flags.contains(.demonym) && stopEntries.contains(Int(match.entry.index))
                    && !busyStops.contains(match.entry.index) { continue }
                let group = table.group(for: match.entry, gazetteer: gazetteer, stopEntries: stopEntries)
                var mention = Mention(match: match, group: group, candidates: table.groups[group].candidates,
                                      cues: cues(match, tokens: tokens, covered: covered, in: text, headlines: &headlines, table: cueTable))
                mention.stop = table.groups[group].stop
                if flags.contains(.demonym) { mention.weight = 0.5 }
                table.mentions.append(mention)
            }
        }
        }
        }
        // "Kazan, Tatarstan", "Springfield, Ill.": the second names where the first lies.
        // (``qualifies(_:)`` says the same of an entry.)
        var mentions = table.mentions
        table.mentions = []
        for i in mentions.indices.dropLast() where Self.follows(mentions[i].match.range.upperBound,
                                                                mentions[i + 1].match.range.lowerBound, in: text) {
            let next = mentions[i + 1].candidates
            if table.pool[next].contains(where: { $0.feature == .admin1 || $0.feature == .country || $0.feature == .admin2 }) {
                mentions[i].qualifier = i + 1
                mentions[i + 1].isQualifier = true
            }
        }
        mentions.withUnsafeMutableBufferPointer { mentions in
        table.pool.withUnsafeBufferPointer { pool in
            for i in mentions.indices {
                // (Fields read in place: a Mention is large, and a copy of it costs.)
                let candidates = mentions[i].candidates, cues = mentions[i].cues
                let top = pool[candidates.lowerBound].feature
                // Unambiguous names and qualified ones say most about where the article is.
                let unambiguous = candidates.count == 1 || top == .country && pool[candidates.lowerBound + 1].feature != .admin1
                let firm = unambiguous || mentions[i].qualifier != nil || mentions[i].isQualifier
                mentions[i].weight = firm ? 1.0 : (cues.isStrong || top != .city ? 0.5 : 0.3)
                if cues.capitalizedBefore && top == .city { mentions[i].weight = 0.1 }
            }
        }
        }
        table.mentions = mentions
        if !keepingIdleNames { table.dropIdleGroups(rules: rules) }
    }

    /// Whether a mention of `entry` right after another across ", " qualifies it: one of its
    /// candidates (its first 40 places, as ``MentionTable/group(for:gazetteer:stopEntries:)``
    /// takes them) is an admin1, a country or an admin2.
    func qualifies(_ entry: EntryRef) -> Bool {
        for i in 0..<min(Int(entry.count), 40) {
            switch gazetteer.feature(gazetteer.posting(entry, i)) {
            case .admin1, .country, .admin2: return true
            default: continue
            }
        }
        return false
    }

    // MARK: Output


    /// The reported mentions as `location` (or `demonym`) extractions with their place's fields.
    func report(_ table: MentionTable, in text: UnsafeBufferPointer<UInt8>, document: Document) throws -> [Extraction] {
        var found: [Extraction] = []
        guard !table.mentions.isEmpty else { return found }
        // Whether the article is sport news, asked only where it matters.
        var sport: Bool?
        var sportError: Error?
        let sportNews = self.sportNews, rules = self.rules
        try withUnsafeTemporaryAllocation(of: Bool.self, capacity: table.mentions.count) { kept in
            table.mentions.withUnsafeBufferPointer { mentions in
                rules.reported(mentions, groupCount: table.groupCount, forProfile: false, into: kept) {
                    if let sport { return sport }
                    do { sport = try sportNews.isSport(text) } catch { sportError = error; sport = false }
                    return sport!
                }
            }
            if let sportError { throw sportError }
            found.reserveCapacity(table.mentions.count)
            let gazetteer = self.gazetteer, attributeCache = self.attributeCache
            table.mentions.withUnsafeBufferPointer { mentions in
                for i in 0..<mentions.count where kept[i] {
                    guard let chosen = mentions[i].chosen else { continue }
                    let range = mentions[i].match.range
                    let demonym = mentions[i].match.entry.flags.contains(.demonym)
                    let strong = mentions[i].cues.isStrong || mentions[i].qualifier != nil
                    let margin = mentions[i].margin
                    // Appended to an empty object with room for them all (no growing, no key search).
                    let confidence = min(0.99, 0.5 + 0.08 * margin + (strong ? 0.1 : 0))
                    // (Rounded to hundredths: the cache keys its objects by them.)
                    let attributes = attributeCache.attributes(of: Int(chosen.index), percent: Int((confidence * 100).rounded()),
                                                               demonym: demonym, in: gazetteer)
                    // (As document.extraction(_:utf8:attributes:), the text taken from the bytes at hand.)
                    let offsets = document.offsets
                    found.append(Extraction(type: demonym ? "demonym" : "location",
                                            start: offsets.codePointOffset(ofUTF8: range.lowerBound),
                                            end: offsets.codePointOffset(ofUTF8: range.upperBound),
                                            text: String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self),
                                            attributes: attributes))
                }
            }
        }
        return found
    }
}

import Foundation
import GleanCore
import GleanPCRE

/// The `locations` extractor: finds place names in news and resolves them to GeoNames places.
///
/// Capitalized token runs are found with one PCRE2 pattern and their sub-spans looked up in a
/// hash table over some 68,000 names (countries, admin regions worldwide, US counties, cities,
/// regions and waters; see ``Gazetteer``). Context cues decide which names are places, and
/// ``Disambiguator`` picks the place each one means.
public struct LocationExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "locations",
        summary: "Place names (countries, regions, cities, waters) resolved to GeoNames places with coordinates, country and admin1; demonyms on request.",
        types: ["location"],
        options: [
            OptionDescription("min_population", .integer, default: 0,
                              "Cities smaller than this are not reported (regions and countries always are)."),
            OptionDescription("favor_countries", .strings, default: [],
                              "ISO 3166-1 alpha-2 codes of countries to prefer when a name is ambiguous (e.g. [US] for US local news)."),
            OptionDescription("include_demonyms", .boolean, default: false,
                              "Also report demonyms (\"Russian\", \"Ukrainians\") as locations with kind: demonym and the country they point to."),
        ],
        examples: LocationExamples.all
    )

    let gazetteer: Gazetteer
    let scanner: CandidateScanner
    let disambiguator: Disambiguator
    let minPopulation: Int
    let includeDemonyms: Bool
    /// Gazetteer names that are rarely places in news (see ``StopLists``).
    let stopEntries: Set<Int>

    public init(options: ExtractorOptions) throws {
        gazetteer = Gazetteer.shared
        stopEntries = StopLists.entries(in: gazetteer)
        scanner = try CandidateScanner()
        let favoured = (options.strings("favor_countries") ?? []).map { $0.uppercased() }
        for code in favoured where code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw options.error("favor_countries", "'\(code)' is not an ISO 3166-1 alpha-2 country code")
        }
        disambiguator = Disambiguator(favouredCountries: Set(favoured))
        minPopulation = options.int("min_population") ?? 0
        includeDemonyms = options.bool("include_demonyms") ?? false
    }

    public func extract(from document: Document) throws -> [Extraction] {
        try document.withUTF8 { text in
            let tokens = try scanner.tokens(in: text)
            let matches = scanner.names(in: text, tokens: tokens, gazetteer: gazetteer)
            var mentions = recognize(matches, tokens: tokens, in: text)
            disambiguator.resolve(&mentions, counted: reported)
            return report(mentions, in: text, document: document)
        }
    }

    // MARK: Recognition

    /// Keeps the names that may be places and gathers their cues.
    func recognize(_ matches: [NameMatch], tokens: [Token], in text: UnsafeBufferPointer<UInt8>) -> [Mention] {
        var mentions: [Mention] = []
        var previousEnd = -1
        // Tokens of names that are surely places (countries, states, cities of millions): a smaller town's
        // name next to a capitalized word may be a person's ("Paul Allen"), next to these not.
        var covered = Set<Int>(), coveredByRegions = Set<Int>()
        for match in matches {
            guard let top = match.entry.places.first.map(gazetteer.place) else { continue }
            let sure: Bool
            switch top.feature {
            case .city: sure = top.population >= 1_000_000
            case .admin1, .admin2: sure = top.country == "US"
            case .country, .continent, .region, .water: sure = true
            }
            if sure { covered.formUnion(match.tokens) }
            if sure && top.feature != .city { coveredByRegions.formUnion(match.tokens) }
        }
        for match in matches {
            let flags = match.entry.flags
            if flags.contains(.demonym) && !includeDemonyms { continue }
            let length = match.range.count
            let dotted = text[match.range.upperBound - 1] == 0x2E
            if match.allCaps && length <= 3 && !flags.contains(.abbreviation) { continue }
            if flags.contains(.abbreviation) && !dotted && !match.allCaps && length <= 3 { continue }
            if flags.contains(.needsComma) && !Self.follows(previousEnd, match.range.lowerBound, in: text) { continue }
            let candidates = match.entry.places.prefix(40).map(gazetteer.place)
            guard !candidates.isEmpty else { continue }
            var mention = Mention(match: match, candidates: candidates, cues: cues(match, tokens: tokens, covered: covered, coveredByRegions: coveredByRegions, in: text))
            if flags.contains(.demonym) { mention.weight = 0.5 }
            mentions.append(mention)
            previousEnd = match.range.upperBound
        }
        // "Kazan, Tatarstan", "Springfield, Ill.": the second names where the first lies.
        for i in mentions.indices.dropLast() where Self.follows(mentions[i].match.range.upperBound,
                                                                mentions[i + 1].match.range.lowerBound, in: text) {
            let next = mentions[i + 1].candidates
            if next.contains(where: { $0.feature == .admin1 || $0.feature == .country || $0.feature == .admin2 }) {
                mentions[i].qualifier = i + 1
                mentions[i + 1].isQualifier = true
            }
        }
        for i in mentions.indices {
            let m = mentions[i]
            let top = m.candidates[0].feature
            // Unambiguous names and qualified ones say most about where the article is.
            let unambiguous = m.candidates.count == 1 || top == .country && m.candidates[1].feature != .admin1
            let firm = unambiguous || m.qualifier != nil || m.isQualifier
            mentions[i].weight = firm ? 1.0 : (m.cues.isStrong || top != .city ? 0.5 : 0.3)
            if m.cues.capitalizedBefore && top == .city { mentions[i].weight = 0.1 }
        }
        return mentions
    }

    /// Whether `start` comes right after `end` across a comma ("Kazan, Tatarstan").
    static func follows(_ end: Int, _ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end >= 0, start > end, start - end <= 3, text[end] == 0x2C else { return false }
        for i in (end + 1)..<start where text[i] != 0x20 { return false }
        return true
    }

    /// Whether only spaces (one or two) separate two byte offsets.
    static func spaceBetween(_ end: Int, _ start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > end, start - end <= 2 else { return false }
        for i in end..<start where text[i] != 0x20 { return false }
        return true
    }

    /// Whether the line around `range` is a headline: short, with most words capitalized.
    static func isHeadline(around range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, text[start - 1] != 0x0A, range.lowerBound - start < 160 { start -= 1 }
        while end < text.count, text[end] != 0x0A, end - range.upperBound < 160 { end += 1 }
        guard end - start < 150 else { return false }
        var words = 0, capitalized = 0, atWordStart = true
        for i in start..<end {
            let b = text[i]
            if isLetter(b) {
                if atWordStart { words += 1; if b <= 0x5A { capitalized += 1 } }
                atWordStart = false
            } else if b == 0x20 {
                atWordStart = true
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7
    }

    private func cues(_ match: NameMatch, tokens: [Token], covered: Set<Int>, coveredByRegions: Set<Int>, in text: UnsafeBufferPointer<UInt8>) -> ContextCues {
        var cues = ContextCues()
        // Before: skip spaces and opening quotes, then read a word or see a sentence end.
        var i = match.range.lowerBound - 1
        while i >= 0, text[i] == 0x20 || text[i] == 0x22 || text[i] == 0x28 || text[i] == 0x27 { i -= 1 }
        if i >= 2, text[i - 2] == 0xE2, text[i - 1] == 0x80, text[i] == 0x9C || text[i] == 0x98 { i -= 3 }
        while i >= 0, text[i] == 0x20 { i -= 1 }
        if i < 0 || [0x2E, 0x21, 0x3F, 0x3A, 0x0A, 0x3B].contains(text[i]) || (i >= 2 && text[i - 2] == 0xE2 && text[i - 1] == 0x80 && text[i] == 0x94) {
            cues.sentenceInitial = true
            // "Mr. Jackson" is not a sentence start.
            if i >= 0, text[i] == 0x2E, match.tokens.lowerBound > 0 {
                let previous = tokens[match.tokens.lowerBound - 1]
                if previous.rangeWithPeriod?.upperBound == i + 1, previous.range.count <= 4 { cues.sentenceInitial = false }
            }
        }
        if !cues.sentenceInitial, i >= 0 {
            var start = i
            while start > 0, Self.isLetter(text[start - 1]) { start -= 1 }
            if Self.isLetter(text[i]) {
                let word = Self.lowercased(text, start..<(i + 1))
                if CueWords.locative.contains(word) { cues.locativeBefore = true }
                if CueWords.weak.contains(word) { cues.weakBefore = true }
                if CueWords.speech.contains(word) || CueWords.personTitle.contains(word) { cues.speechNearby = true }
            }
        }
        // A capitalized word right before or after it (not another place, not in a headline).
        let first = match.tokens.lowerBound
        let headline = Self.isHeadline(around: match.range, in: text)
        if !headline, first > 0, !covered.contains(first - 1), !tokens[first - 1].possessive,
           tokens[first - 1].rangeWithPeriod == nil || tokens[first - 1].range.count <= 4,  // not "Glastonbury. Torrington"
           Self.spaceBetween(tokens[first - 1].upperEnd, tokens[first].range.lowerBound, in: text) {
            let word = Self.lowercased(text, tokens[first - 1].range)
            let initial = tokens[first - 1].range.count == 1 && tokens[first - 1].rangeWithPeriod != nil  // "Terry A. Corbin"
            if initial || !CueWords.harmlessCapitalized.contains(word) { cues.capitalizedBefore = true }
            if CueWords.locative.contains(word) { cues.locativeBefore = true }
        }
        let last = match.tokens.upperBound - 1
        if last + 1 < tokens.count, !tokens[last].possessive,
           Self.spaceBetween(tokens[last].upperEnd, tokens[last + 1].range.lowerBound, in: text) {
            cues.capitalizedAfter = true
            let next = Self.lowercased(text, tokens[last + 1].range)
            if CueWords.region.contains(next) { cues.regionWordAfter = true }
            if !headline, !coveredByRegions.contains(last + 1), !CueWords.institution.contains(next), tokens[last].rangeWithPeriod == nil {
                cues.nameAfter = true
            }
        }
        // "Scott said", "said Scott."
        var k = match.range.upperBound
        if k < text.count, text[k] == 0x2C { k += 1 }
        while k < text.count, text[k] == 0x20 { k += 1 }
        var wordEnd = k
        while wordEnd < text.count, Self.isLetter(text[wordEnd]) { wordEnd += 1 }
        if wordEnd > k, wordEnd - k <= 12, CueWords.speech.contains(Self.lowercased(text, k..<wordEnd)) { cues.speechNearby = true }
        // "Stevens & Wilkinson": a firm.
        if match.range.upperBound + 3 <= text.count, text[match.range.upperBound] == 0x20, text[match.range.upperBound + 1] == 0x26 {
            cues.speechNearby = true
        }
        // A dateline: the first name of the text, in capitals, within its first words.
        if match.allCaps && match.range.lowerBound < 40 && match.range.count > 3 && match.tokens.lowerBound == 0 {
            cues.dateline = true
        }
        // After: "region", "oblast" (lower case), "-based".
        var j = match.range.upperBound
        if j + 6 <= text.count, text[j] == 0x2D, Self.lowercased(text, (j + 1)..<(j + 6)) == "based" { cues.basedAfter = true }
        while j < text.count, text[j] == 0x20 { j += 1 }
        var end = j
        while end < text.count, Self.isLetter(text[end]) { end += 1 }
        if end > j, end - j <= 12, CueWords.region.contains(Self.lowercased(text, j..<end)) { cues.regionWordAfter = true }
        return cues
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }

    static func lowercased(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self).lowercased()
    }

    // MARK: Acceptance and output

    /// Whether a resolved mention is reported.
    func accepts(_ m: Mention, acceptedKeys: Set<Int>, personKeys: Set<Int>) -> Bool {
        guard let place = m.chosen else { return false }
        let flags = m.match.entry.flags
        if flags.contains(.demonym) { return includeDemonyms }
        if stopEntries.contains(m.match.entry.index) && m.qualifier == nil { return false }
        let cued = m.cues.isStrong || m.qualifier != nil || m.isQualifier
        // A common word ("West", "Bank", "Mobile") needs a cue that cannot be a firm's or a phrase's
        // ("at Bank of Japan", "the West German").
        let firmlyCued = m.qualifier != nil || m.isQualifier || m.cues.regionWordAfter || m.cues.basedAfter
            || (m.cues.locativeBefore && !m.cues.capitalizedAfter)
        if flags.contains(.commonWord) && !firmlyCued && (m.cues.sentenceInitial || place.feature == .city || flags.contains(.alternate)) {
            return false
        }
        if m.cues.capitalizedBefore && !m.cues.locativeBefore && m.qualifier == nil && place.feature != .admin1 { return false }
        switch place.feature {
        case .country, .admin1, .continent:
            return true
        case .region, .water, .admin2:
            return !m.cues.capitalizedBefore || cued
        case .city:
            if place.population < minPopulation { return false }
            if personKeys.contains(m.match.entry.index) && !m.cues.locativeBefore && m.qualifier == nil { return false }
            if cued || acceptedKeys.contains(m.match.entry.index) { return true }
            if place.population >= 100_000 && !flags.contains(.commonWord) { return true }
            if m.cues.dateline { return true }
            // Otherwise the article must be about its region (other places in the same admin1),
            // or about its country for a town of some size.
            return m.regionSupport >= 0.05 || (place.population >= 10_000 && m.countrySupport >= 0.5)
        }
    }

    /// Which mentions are reported, as resolved so far.
    func reported(_ mentions: [Mention]) -> [Bool] {
        // Names accepted on a cue somewhere stand everywhere in the article.
        var cuedKeys = Set<Int>()
        for m in mentions where (m.cues.isStrong || m.qualifier != nil || m.isQualifier) && !m.cues.capitalizedBefore {
            cuedKeys.insert(m.match.entry.index)
        }
        // Names used for a person ("Tom Scott", "Scott said", "Linda Smith") more than for a place
        // are taken for places only where a cue of their own says so. A capitalized word before or
        // a speech verb is a firm vote for a person, a capitalized word after (a first name?) half
        // a vote; a place cue is a vote for a place, a bare mention a third of one.
        var votes: [Int: (person: Double, place: Double)] = [:]
        for m in mentions where m.chosen?.feature == .city && (m.chosen?.population ?? 0) < 500_000 {
            let population = m.chosen?.population ?? 0
            var vote = votes[m.match.entry.index] ?? (0, 0)
            if population < 100_000 && ((m.cues.capitalizedBefore && !m.cues.locativeBefore) || m.cues.speechNearby) {
                vote.person += 1
            } else if m.cues.nameAfter && m.match.tokens.count == 1 {
                vote.person += 0.5
            } else if m.cues.isStrong || m.qualifier != nil || m.isQualifier {
                vote.place += 1
            } else {
                vote.place += 0.3
            }
            votes[m.match.entry.index] = vote
        }
        let personKeys = Set(votes.filter { $0.value.person > $0.value.place }.keys)
        cuedKeys.subtract(personKeys)
        return mentions.map { accepts($0, acceptedKeys: cuedKeys, personKeys: personKeys) }
    }

    func report(_ mentions: [Mention], in text: UnsafeBufferPointer<UInt8>, document: Document) -> [Extraction] {
        var found: [Extraction] = []
        for (m, kept) in zip(mentions, reported(mentions)) where kept {
            guard let place = m.chosen else { continue }
            var attributes = JSONObject()
            attributes.append("name", .string(place.name))
            attributes.append("geonames_id", place.geonamesID.map { .int($0) } ?? .null)
            attributes.append("lat", .double((place.latitude * 10_000).rounded() / 10_000))
            attributes.append("lon", .double((place.longitude * 10_000).rounded() / 10_000))
            attributes.append("country", place.country.isEmpty ? .null : .string(place.country))
            attributes.append("admin1", place.admin1.map { .string($0) } ?? .null)
            attributes.append("feature", .string(place.feature.name))
            if m.match.entry.flags.contains(.demonym) { attributes.append("kind", "demonym") }
            let confidence = min(0.99, 0.5 + 0.08 * m.margin + (m.cues.isStrong || m.qualifier != nil ? 0.1 : 0))
            attributes.append("confidence", .double((confidence * 100).rounded() / 100))
            found.append(document.extraction("location", utf8: m.match.range, attributes: attributes))
        }
        return found
    }
}

extension LocationExtractor {
    /// Every candidate name with its cues and resolution, for tuning (not part of the output).
    func explain(_ document: Document) throws -> [String] {
        try document.withUTF8 { text in
            let tokens = try scanner.tokens(in: text)
            let matches = scanner.names(in: text, tokens: tokens, gazetteer: gazetteer)
            var mentions = recognize(matches, tokens: tokens, in: text)
            disambiguator.resolve(&mentions, counted: reported)
            let reported = Set(report(mentions, in: text, document: document).map(\.start))
            return mentions.map { m in
                let e = document.extraction("location", utf8: m.match.range)
                let p = m.chosen
                return "\(reported.contains(e.start) ? "+" : "-") \(e.start) \(e.text) -> \(p?.name ?? "?") \(p?.admin1 ?? "") \(p?.country ?? "") \(p?.feature.name ?? "") pop \(p?.population ?? 0) score \(m.score) margin \(m.margin) \(m.cues) q \(m.qualifier != nil) isq \(m.isQualifier)"
            }
        }
    }
}

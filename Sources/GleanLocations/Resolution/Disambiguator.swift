import Foundation

/// A name found in a document with what is needed to resolve it (a trivial value: its
/// candidates are a range of its ``MentionTable``'s pool).
struct Mention {
    var match: NameMatch
    /// Its name's group in the table (one per gazetteer name).
    var group: Int
    /// Candidate places, most important first: a range of the table's pool.
    var candidates: Range<Int>
    var cues: ContextCues
    /// The mention right after it across ", " ("Kazan, Tatarstan" -> Tatarstan), by index.
    var qualifier: Int?
    /// Whether it qualifies the mention before it.
    var isQualifier = false
    /// The resolved place and its score margin over the runner-up.
    var chosen: PlaceRef?
    var score = 0.0
    var margin = 0.0
    /// How much its place counts in the document profile (less for weak, uncued names).
    var weight = 1.0
    /// The share of the article's other places in the chosen place's admin1 and country.
    var regionSupport = 0.0, countrySupport = 0.0

    init(match: NameMatch, group: Int, candidates: Range<Int>, cues: ContextCues) {
        self.match = match
        self.group = group
        self.candidates = candidates
        self.cues = cues
    }
}

/// The mentions of one document, their names (groups) and the candidate places of each name.
struct MentionTable {
    var mentions: [Mention] = []
    /// The candidate places of every name, name after name.
    var pool: [PlaceRef] = []
    /// Per name (group): its gazetteer entry, its candidates in the pool, whether it is on the stop list.
    var groupEntry: [Int] = []
    var groupCandidates: [Range<Int>] = []
    var groupStop: [Bool] = []

    var groupCount: Int { groupEntry.count }

    /// The group of an entry, made (with its candidates, at most 40) on first sight.
    mutating func group(for entry: EntryRef, gazetteer: Gazetteer, stopEntries: Set<Int>) -> Int {
        let index = Int(entry.index)
        for g in groupEntry.indices where groupEntry[g] == index { return g }
        let start = pool.count
        for i in 0..<min(Int(entry.count), 40) { pool.append(gazetteer.placeRef(gazetteer.posting(entry, i))) }
        groupEntry.append(index)
        groupCandidates.append(start..<pool.count)
        groupStop.append(stopEntries.contains(index))
        return groupEntry.count - 1
    }

    /// Whether one of a mention's candidates is a country, a US state or a home nation ("Wales").
    func namesARegion(_ m: Mention) -> Bool {
        pool[m.candidates].contains { place in
            place.feature == .country || place.feature == .admin1 && (place.isUS || place.isHomeNation)
        }
    }
}

/// The places a document talks about, by country and admin1, weighting each mention's
/// current resolution: what makes "Paris" the one in Texas when the article is about Texas.
/// (Small arrays, not dictionaries: an article names few countries; sums run in the same order.)
struct DocumentProfile {
    var countryKeys: [Int] = [], countryWeights: [Double] = []
    var admin1Keys: [Int] = [], admin1Weights: [Double] = []
    var total = 0.0

    init() {}

    mutating func reset() {
        countryKeys.removeAll(keepingCapacity: true)
        countryWeights.removeAll(keepingCapacity: true)
        admin1Keys.removeAll(keepingCapacity: true)
        admin1Weights.removeAll(keepingCapacity: true)
        total = 0
    }

    /// Becomes a copy of `other`, reusing its storage.
    mutating func copy(_ other: DocumentProfile) {
        reset()
        countryKeys.append(contentsOf: other.countryKeys)
        countryWeights.append(contentsOf: other.countryWeights)
        admin1Keys.append(contentsOf: other.admin1Keys)
        admin1Weights.append(contentsOf: other.admin1Weights)
        total = other.total
    }

    mutating func add(_ place: PlaceRef, weight: Double) {
        guard place.hasCountry else { return }
        if let i = countryKeys.firstIndex(of: place.countryKey) {
            countryWeights[i] += weight
        } else {
            countryKeys.append(place.countryKey)
            countryWeights.append(0 + weight)
        }
        if place.regionKey >= 0 {
            if let i = admin1Keys.firstIndex(of: place.regionKey) {
                admin1Weights[i] += weight
            } else {
                admin1Keys.append(place.regionKey)
                admin1Weights.append(0 + weight)
            }
        }
        total += weight
    }

    func countryShare(_ place: PlaceRef) -> Double {
        guard total > 0.01 else { return 0 }
        return (countryKeys.firstIndex(of: place.countryKey).map { countryWeights[$0] } ?? 0) / total
    }

    func admin1Share(_ place: PlaceRef) -> Double {
        guard total > 0.01, place.regionKey >= 0 else { return 0 }
        return (admin1Keys.firstIndex(of: place.regionKey).map { admin1Weights[$0] } ?? 0) / total
    }
}

/// Picks each mention's place: a prior from the kind of place and its population, local cues
/// ("Kazan, Tatarstan", "the Kursk region"), and consistency with the other places of the
/// article (same country, same admin1), in two rounds; one name keeps one sense per article.
struct Disambiguator {
    var favouredCountries: Set<String>
    /// The favoured countries as country keys (the two code bytes).
    let favouredKeys: [Int]

    init(favouredCountries: Set<String>) {
        self.favouredCountries = favouredCountries
        favouredKeys = favouredCountries.map { code in
            let bytes = Array(code.utf8)
            return bytes.count == 2 ? Int(bytes[0]) << 8 | Int(bytes[1]) : -1
        }
    }

    /// The number of space-separated words in `name`.
    static func words(_ name: String) -> Int {
        var count = 1
        for byte in name.utf8 where byte == 0x20 { count += 1 }
        return count
    }

    /// How likely a place is named at all, before context.
    static func prior(_ place: PlaceRef) -> Double {
        switch place.feature {
        case .country: return 6.5
        case .continent: return 5
        case .admin1: return 2.5 + 0.38 * log10(Double(place.population) + 1)
        case .region: return 4
        case .water: return 3
        case .admin2: return 3.0 + 0.2 * log10(Double(place.population) + 1)
        case .city: return 0.3 + 0.85 * log10(Double(place.population) + 1) + (place.isCapital ? 1 : 0)
        }
    }

    /// Whether a city's name is a "... City" of more words than `tokens` ("New York" for New York City).
    static func isLongerCityName(_ place: PlaceRef, tokens: Int, gazetteer: Gazetteer) -> Bool {
        let name = gazetteer.stringBytes(place.nameOffset)
        let n = name.count
        guard n >= 5, name[n - 5] == 0x20, name[n - 4] == 0x43, name[n - 3] == 0x69, name[n - 2] == 0x74, name[n - 1] == 0x79 else {
            return false
        }
        var words = 1
        for byte in name where byte == 0x20 { words += 1 }
        return words > tokens
    }

    /// The part of a candidate's score that is the same for every mention of a name: its prior,
    /// its consistency with the article's other places, the favoured countries.
    func baseScore(_ place: PlaceRef, _ mention: Mention, profile: DocumentProfile, gazetteer: Gazetteer) -> Double {
        var s = Disambiguator.prior(place)
        s += 1.5 * profile.countryShare(place)
        if place.feature == .city || place.feature == .admin2 || place.feature == .admin1 {
            s += 5.5 * profile.admin1Share(place)
        }
        if !favouredKeys.isEmpty, place.hasCountry, favouredKeys.contains(place.countryKey) { s += 1.0 }
        // A short form of a "... City" ("New York" for New York City) yields to exact names.
        if place.feature == .city, Disambiguator.isLongerCityName(place, tokens: mention.match.tokens.count, gazetteer: gazetteer) { s -= 1.5 }
        return s
    }

    /// Whether a mention has cues of its own that change the scores (see ``localScore``).
    static func hasLocalCues(_ mention: Mention) -> Bool {
        mention.qualifier != nil || mention.isQualifier || mention.cues.regionWordAfter || mention.cues.dateline
    }

    /// The part of a candidate's score that comes from one mention's own cues: its qualifier
    /// ("Kazan, Tatarstan"), a region word after it, a dateline.
    func localScore(_ place: PlaceRef, _ mention: Mention, qualifier: PlaceRef?, gazetteer: Gazetteer) -> Double {
        var s = 0.0
        if let q = qualifier {
            if q.feature == .country, q.countryKey == place.countryKey, place.feature != .country { s += 6 }
            if q.feature == .admin1 || q.feature == .admin2, q.countryKey == place.countryKey,
               gazetteer.sameString(q.admin1Offset, place.admin1Offset) || gazetteer.nameEquals(q.nameOffset, place.admin1Offset) { s += 6 }
        }
        if mention.cues.regionWordAfter && (place.feature == .admin1 || place.feature == .admin2) { s += 4 }  // "Suffolk county"
        // After "City, ": the region or country it lies in ("Murdochville, Quebec").
        if mention.isQualifier && (place.feature == .admin1 || place.feature == .country || place.feature == .admin2) { s += 2 }
        // Datelines name cities, mostly big ones.
        if mention.cues.dateline && place.feature == .city { s += log10(Double(place.population) + 1) }
        return s
    }

    /// Resolves every mention in place. `counted` tells which mentions (as resolved so far) are
    /// reported, so that names taken for people or common words do not sway the profile.
    ///
    /// Each name votes for the countries and admin1 regions of all its candidates, in proportion
    /// to how likely each one is (a softmax over the scores), so that two ambiguous names that
    /// share a region ("Butler County" and "Hamilton") pull each other towards it.
    func resolve(_ table: inout MentionTable, gazetteer: Gazetteer, counted: (MentionTable) -> [Bool]) {
        guard !table.mentions.isEmpty else { return }
        let groupCount = table.groupCount
        // A fixed order, by gazetteer entry: sums and the qualifiers' choices seen by later names
        // must not depend on the order names appear in.
        let keys = (0..<groupCount).sorted { table.groupEntry[$0] < table.groupEntry[$1] }
        // The mentions of each name, in order: memberStart[g]..<memberStart[g + 1] of members.
        var memberStart = [Int](repeating: 0, count: groupCount + 1)
        for m in table.mentions { memberStart[m.group + 1] += 1 }
        for g in 0..<groupCount { memberStart[g + 1] += memberStart[g] }
        var members = [Int](repeating: 0, count: table.mentions.count)
        var fill = memberStart
        for (i, m) in table.mentions.enumerated() { members[fill[m.group]] = i; fill[m.group] += 1 }
        // Each candidate's likelihood (by pool position), once its name has been scored.
        var likelihoods = [Double](repeating: 0, count: table.pool.count)
        var scored = [Bool](repeating: false, count: groupCount)
        var votes = [Double](repeating: 0, count: groupCount)
        var voted = [Bool](repeating: false, count: groupCount)
        var profile = DocumentProfile(), others = DocumentProfile()
        var scores: [Double] = [], exps: [Double] = []
        for round in 0..<3 {
            // The votes of each name (once per name, at its strongest reported mention's weight).
            for g in 0..<groupCount { voted[g] = false }
            profile.reset()
            if round > 0 {
                let kept = counted(table)
                for g in keys {
                    var weight: Double?
                    for k in memberStart[g]..<memberStart[g + 1] where kept[members[k]] {
                        let w = table.mentions[members[k]].weight
                        if weight == nil || w > weight! { weight = w }
                    }
                    guard let weight, scored[g] else { continue }
                    votes[g] = weight
                    voted[g] = true
                    for c in table.groupCandidates[g] where likelihoods[c] > 0.01 {
                        profile.add(table.pool[c], weight: weight * likelihoods[c])
                    }
                }
            }
            // Score each name over all its mentions, so one name has one sense.
            for g in keys {
                let indices = members[memberStart[g]..<memberStart[g + 1]]
                let candidates = table.groupCandidates[g]
                others.copy(profile)
                if voted[g] {
                    let weight = votes[g]
                    for c in candidates where likelihoods[c] > 0.01 { others.add(table.pool[c], weight: -weight * likelihoods[c]) }
                }
                let n = Double(indices.count)
                let first = table.mentions[indices.first!]
                scores.removeAll(keepingCapacity: true)
                for c in candidates { scores.append(n * baseScore(table.pool[c], first, profile: others, gazetteer: gazetteer)) }
                // A town named after a country or a US state ("Mexico, Missouri", "Kansas,
                // Illinois") needs a qualifier somewhere in the article.
                if table.namesARegion(first) && !indices.contains(where: { table.mentions[$0].qualifier != nil }) {
                    // A home nation ("Wales" beside "England") beats a village of its name in the
                    // region the article names, which the admin1 share alone would favour.
                    let nation = table.pool[candidates].contains { $0.feature == .admin1 && $0.isHomeNation }
                    for c in candidates where table.pool[c].feature == .city && table.pool[c].population < 100_000 {
                        scores[c - candidates.lowerBound] -= (nation ? 6 : 2) * n
                    }
                }
                for i in indices where Disambiguator.hasLocalCues(table.mentions[i]) {
                    let q = table.mentions[i].qualifier.flatMap { table.mentions[$0].chosen ?? table.pool[table.mentions[$0].candidates.lowerBound] }
                    for c in candidates {
                        scores[c - candidates.lowerBound] += localScore(table.pool[c], table.mentions[i], qualifier: q, gazetteer: gazetteer)
                    }
                }
                var best = 0, second = -Double.infinity
                for c in scores.indices where c != 0 { if scores[c] > scores[best] { best = c } }
                for c in scores.indices where c != best { second = max(second, scores[c]) }
                let top = scores[best] / n
                exps.removeAll(keepingCapacity: true)
                var total = 0.0
                for score in scores { let e = exp(score / n - top); exps.append(e); total += e }
                for (k, c) in candidates.enumerated() { likelihoods[c] = exps[k] / total }
                scored[g] = true
                let chosen = table.pool[candidates.lowerBound + best]
                let regionSupport = others.admin1Share(chosen), countrySupport = others.countryShare(chosen)
                let margin = second.isFinite ? (scores[best] - second) / n : 10
                for i in indices {
                    table.mentions[i].regionSupport = regionSupport
                    table.mentions[i].countrySupport = countrySupport
                    table.mentions[i].chosen = chosen
                    table.mentions[i].score = top
                    table.mentions[i].margin = margin
                }
            }
        }
    }
}

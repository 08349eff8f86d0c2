import Foundation

/// A name found in a document with what is needed to resolve it.
struct Mention {
    var match: NameMatch
    /// Candidate places (gazetteer indices), most important first.
    var candidates: [Place]
    var cues: ContextCues
    /// The mention right after it across ", " ("Kazan, Tatarstan" -> Tatarstan), by index.
    var qualifier: Int?
    /// Whether it qualifies the mention before it.
    var isQualifier = false
    /// The resolved place and its score margin over the runner-up.
    var chosen: Place?
    var score = 0.0
    var margin = 0.0
    /// How much its place counts in the document profile (less for weak, uncued names).
    var weight = 1.0
    /// The share of the article's other places in the chosen place's admin1 and country.
    var regionSupport = 0.0, countrySupport = 0.0
    /// Whether one of its candidates is a country, a US state or a home nation ("Wales").
    var namesARegion: Bool {
        candidates.contains { place in
            place.feature == .country
                || place.feature == .admin1 && (place.country == "US" || CueWords.homeNations.contains(place.name))
        }
    }
}

/// The places a document talks about, by country and admin1, weighting each mention's
/// current resolution: what makes "Paris" the one in Texas when the article is about Texas.
struct DocumentProfile {
    var countries: [Int: Double] = [:]
    var admin1s: [Int: Double] = [:]
    var total = 0.0

    mutating func add(_ place: Place, weight: Double) {
        guard !place.country.isEmpty else { return }
        countries[place.countryKey, default: 0] += weight
        if let key = place.regionKey { admin1s[key, default: 0] += weight }
        total += weight
    }

    func countryShare(_ place: Place) -> Double {
        total > 0.01 ? (countries[place.countryKey] ?? 0) / total : 0
    }

    func admin1Share(_ place: Place) -> Double {
        guard total > 0.01, let key = place.regionKey else { return 0 }
        return (admin1s[key] ?? 0) / total
    }
}

/// Picks each mention's place: a prior from the kind of place and its population, local cues
/// ("Kazan, Tatarstan", "the Kursk region"), and consistency with the other places of the
/// article (same country, same admin1), in two rounds; one name keeps one sense per article.
struct Disambiguator {
    var favouredCountries: Set<String>

    /// The number of space-separated words in `name`.
    static func words(_ name: String) -> Int {
        var count = 1
        for byte in name.utf8 where byte == 0x20 { count += 1 }
        return count
    }

    /// How likely a place is named at all, before context.
    static func prior(_ place: Place) -> Double {
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

    /// The part of a candidate's score that is the same for every mention of a name: its prior,
    /// its consistency with the article's other places, the favoured countries.
    func baseScore(_ place: Place, _ mention: Mention, profile: DocumentProfile) -> Double {
        var s = Disambiguator.prior(place)
        s += 1.5 * profile.countryShare(place)
        if place.feature == .city || place.feature == .admin2 || place.feature == .admin1 {
            s += 5.5 * profile.admin1Share(place)
        }
        if favouredCountries.contains(place.country) { s += 1.0 }
        // A short form of a "... City" ("New York" for New York City) yields to exact names.
        if place.feature == .city, place.name.hasSuffix(" City"), Disambiguator.words(place.name) > mention.match.tokens.count { s -= 1.5 }
        return s
    }

    /// Whether a mention has cues of its own that change the scores (see ``localScore``).
    static func hasLocalCues(_ mention: Mention) -> Bool {
        mention.qualifier != nil || mention.isQualifier || mention.cues.regionWordAfter || mention.cues.dateline
    }

    /// The part of a candidate's score that comes from one mention's own cues: its qualifier
    /// ("Kazan, Tatarstan"), a region word after it, a dateline.
    func localScore(_ place: Place, _ mention: Mention, qualifier: Place?) -> Double {
        var s = 0.0
        if let q = qualifier {
            if q.feature == .country, q.country == place.country, place.feature != .country { s += 6 }
            if q.feature == .admin1 || q.feature == .admin2, q.country == place.country, q.admin1 == place.admin1 || q.name == place.admin1 { s += 6 }
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
    func resolve(_ mentions: inout [Mention], counted: ([Mention]) -> [Bool]) {
        guard !mentions.isEmpty else { return }
        var byKey: [Int: [Int]] = [:]
        for (i, m) in mentions.enumerated() { byKey[m.match.entry.index, default: []].append(i) }
        // A fixed order (not the Dictionary's, which changes from process to process): sums and
        // the qualifiers' choices seen by later names must not depend on the hash seed.
        let keys = byKey.keys.sorted()
        var likelihoods: [Int: [Double]] = [:]
        for round in 0..<3 {
            // The votes of each name (once per name, at its strongest reported mention's weight).
            var votes: [Int: Double] = [:]
            var profile = DocumentProfile()
            if round > 0 {
                let kept = counted(mentions)
                for key in keys {
                    let indices = byKey[key]!
                    guard let weight = indices.filter({ kept[$0] }).map({ mentions[$0].weight }).max(),
                          let p = likelihoods[key] else { continue }
                    votes[key] = weight
                    for (c, place) in mentions[indices[0]].candidates.enumerated() where p[c] > 0.01 {
                        profile.add(place, weight: weight * p[c])
                    }
                }
            }
            // Score each name over all its mentions, so one name has one sense.
            for key in keys {
                let indices = byKey[key]!
                let candidates = mentions[indices[0]].candidates
                var others = profile
                if let weight = votes[key], let p = likelihoods[key] {
                    for (c, place) in candidates.enumerated() where p[c] > 0.01 { others.add(place, weight: -weight * p[c]) }
                }
                let n = Double(indices.count)
                let first = mentions[indices[0]]
                var scores = candidates.map { n * baseScore($0, first, profile: others) }
                // A town named after a country or a US state ("Mexico, Missouri", "Kansas,
                // Illinois") needs a qualifier somewhere in the article.
                if first.namesARegion && !indices.contains(where: { mentions[$0].qualifier != nil }) {
                    // A home nation ("Wales" beside "England") beats a village of its name in the
                    // region the article names, which the admin1 share alone would favour.
                    let nation = candidates.contains { $0.feature == .admin1 && CueWords.homeNations.contains($0.name) }
                    for (c, place) in candidates.enumerated() where place.feature == .city && place.population < 100_000 {
                        scores[c] -= (nation ? 6 : 2) * n
                    }
                }
                for i in indices where Disambiguator.hasLocalCues(mentions[i]) {
                    let q = mentions[i].qualifier.flatMap { mentions[$0].chosen ?? mentions[$0].candidates.first }
                    for (c, place) in candidates.enumerated() {
                        scores[c] += localScore(place, mentions[i], qualifier: q)
                    }
                }
                var best = 0, second = -Double.infinity
                for c in scores.indices where c != 0 { if scores[c] > scores[best] { best = c } }
                for c in scores.indices where c != best { second = max(second, scores[c]) }
                let top = scores[best] / n
                let exps = scores.map { exp($0 / n - top) }
                let total = exps.reduce(0, +)
                likelihoods[key] = exps.map { $0 / total }
                let regionSupport = others.admin1Share(candidates[best]), countrySupport = others.countryShare(candidates[best])
                for i in indices {
                    mentions[i].regionSupport = regionSupport
                    mentions[i].countrySupport = countrySupport
                    mentions[i].chosen = candidates[best]
                    mentions[i].score = top
                    mentions[i].margin = second.isFinite ? (scores[best] - second) / n : 10
                }
            }
        }
    }
}

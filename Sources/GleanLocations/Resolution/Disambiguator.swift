import Foundation

/// A name found in a document with what is needed to resolve it (a trivial value: its
/// candidates are a range of its ``MentionTable``'s pool).
struct Mention {
    var match: NameMatch
    /// Its name's group in the table (one per gazetteer name).
    var group: Int
    /// Whether its name is on the stop list (see ``StopLists``).
    var stop = false
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

    /// Whether its own surroundings score its places (a local score): a qualifier, being one, a
    /// region word after ("the Kursk region"), a dateline.
    var hasLocalCues: Bool { qualifier != nil || isQualifier || cues.regionWordAfter || cues.dateline }

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
    var groups: [NameGroup] = []

    var groupCount: Int { groups.count }

    /// The group of an entry, made (with its candidates, at most 40) on first sight.
    mutating func group(for entry: EntryRef, gazetteer: Gazetteer, stopEntries: EntrySet) -> Int {
        let index = Int(entry.index)
        for g in groups.indices where groups[g].entry == index { return g }
        let start = pool.count
        for i in 0..<min(Int(entry.count), 40) { pool.append(gazetteer.placeRef(gazetteer.posting(entry, i))) }
        groups.append(NameGroup(entry: index, candidates: start..<pool.count, stop: stopEntries.contains(index)))
        return groups.count - 1
    }

    /// Drops the names (groups) none of whose mentions can be reported or count in the article's
    /// profile, whatever the article's other names turn out to be: each mention is no demonym, has
    /// no qualifier and qualifies none, and `rules` turn it down for every candidate place
    /// (``AcceptanceRules/surelyRejects(_:flags:stop:tokenCount:place:)``). Such a name changes
    /// nothing: it never votes, and no other name reads its place; but its candidates would be
    /// scored in every round. The other names keep their order, their mentions and candidates.
    mutating func dropIdleGroups(rules: AcceptanceRules) {
        let groupCount = groups.count
        guard groupCount > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: groupCount) { newGroup in
            // First 0 (idle) or 1 (busy); then the busy groups' new numbers.
            for g in 0..<groupCount { newGroup[g] = 0 }
            var busy = 0
            mentions.withUnsafeBufferPointer { mentions in
            pool.withUnsafeBufferPointer { pool in
                for i in mentions.indices {
                    let group = mentions[i].group
                    if newGroup[group] != 0 { continue }
                    let flags = mentions[i].match.entry.flags
                    let cues = mentions[i].cues, stop = mentions[i].stop
                    // (Every rule that turns a mention down whatever its place needs one of these.)
                    var idle = !flags.contains(.demonym) && mentions[i].qualifier == nil && !mentions[i].isQualifier
                        && (stop || flags.contains(.commonWord) || cues.capitalizedBefore || rules.minPopulation > 0)
                    if idle {
                        let tokenCount = mentions[i].match.tokens.count
                        for c in mentions[i].candidates
                        where !rules.surelyRejects(cues, flags: flags, stop: stop, tokenCount: tokenCount, place: pool[c]) {
                            idle = false
                            break
                        }
                    }
                    if !idle { newGroup[group] = 1; busy += 1 }
                }
            }
            }
            guard busy < groupCount else { return }
            // The busy groups renumbered and their candidates moved up, in order (idle ones: -1).
            var next = 0, end = 0
            groups.withUnsafeMutableBufferPointer { groups in
            pool.withUnsafeMutableBufferPointer { pool in
                for g in 0..<groupCount {
                    guard newGroup[g] != 0 else { newGroup[g] = -1; continue }
                    let candidates = groups[g].candidates
                    let start = end
                    for c in candidates { pool[end] = pool[c]; end += 1 }
                    groups[next] = groups[g]
                    groups[next].candidates = start..<end
                    newGroup[g] = next
                    next += 1
                }
            }
            }
            pool.removeSubrange(end...)
            groups.removeSubrange(next...)
            // The mentions of busy groups, in order; a qualifier is the next mention, which stays
            // with the one it qualifies (both are busy).
            var kept = 0
            groups.withUnsafeBufferPointer { groups in
            mentions.withUnsafeMutableBufferPointer { mentions in
                // (Moved in place, field by field: a Mention is large.)
                for i in mentions.indices {
                    let group = newGroup[mentions[i].group]
                    guard group >= 0 else { continue }
                    if kept != i { mentions[kept] = mentions[i] }
                    mentions[kept].group = group
                    mentions[kept].candidates = groups[group].candidates
                    if mentions[kept].qualifier != nil { mentions[kept].qualifier = kept + 1 }
                    kept += 1
                }
            }
            }
            mentions.removeSubrange(kept...)
        }
    }

    /// Whether one of a mention's candidates is a country, a US state, a home nation ("Wales"), or
    /// a sea or region of the hand-written table ("North Sea", not a hamlet in New York).
    func namesARegion(_ candidates: Range<Int>) -> Bool {
        pool[candidates].contains { place in
            place.feature == .country || place.feature == .admin1 && (place.isUS || place.isHomeNation)
                || place.feature == .water || place.feature == .region
        }
    }
}

/// One name of a document: its gazetteer entry, its candidates (a range of the pool), whether
/// it is on the stop list.
struct NameGroup {
    var entry: Int
    var candidates: Range<Int>
    var stop: Bool
}

/// The places a document talks about, by country and admin1, weighting each mention's
/// current resolution: what makes "Paris" the one in Texas when the article is about Texas.
/// Each country and region of the document's candidates has a dense number, so a weight is one
/// array slot (an absent key reads 0 as before; sums run in the same order as ever). A name's view
/// without its own votes (``leaveOut()``) is made in place and undone exactly (old values restored,
/// not added back).
struct DocumentProfile {
    /// Per candidate (pool position): its country's and its region's number, -1 for none.
    private let countryOf: UnsafeMutablePointer<Int>, regionOf: UnsafeMutablePointer<Int>
    private let countryWeights: UnsafeMutablePointer<Double>, regionWeights: UnsafeMutablePointer<Double>
    private var countryCount = 0, regionCount = 0
    var total = 0.0
    /// Changes to undo: the slot (country i as i, region i as -1 - i) and its old weight.
    private let undoSlots: UnsafeMutablePointer<Int>, undoWeights: UnsafeMutablePointer<Double>
    private var undoCount = 0
    private var savedTotal = 0.0
    private var logging = false

    /// The arena bytes for a pool of `capacity` candidates.
    static func bytes(capacity: Int) -> Int {
        let n = max(capacity, 1)
        return 4 * Arena.bytes(Int.self, n) + 2 * Arena.bytes(Double.self, n) + Arena.bytes(Int.self, 2 * n) + Arena.bytes(Double.self, 2 * n)
            + 2 * Arena.bytes(Int32.self, slotCount(n))
    }

    /// The slots of the tables that number countries and regions: a power of two, at least twice the candidates.
    static func slotCount(_ n: Int) -> Int {
        var slots = 16
        while slots < 2 * n { slots <<= 1 }
        return slots
    }

    /// The number of `key` in `keys[0..<count]` by way of `slots` (id + 1; 0: empty), made the next one when new.
    @inline(__always)
    private static func number(_ key: Int, slots: UnsafeMutablePointer<Int32>, mask: Int,
                               keys: UnsafeMutablePointer<Int>, count: inout Int) -> Int {
        var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let v = Int(slots[slot])
            if v == 0 {
                let id = count
                keys[id] = key
                count += 1
                slots[slot] = Int32(id + 1)
                return id
            }
            if keys[v - 1] == key { return v - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// An empty profile over the countries and regions of `pool`, in `arena`.
    init(pool: UnsafeBufferPointer<PlaceRef>, arena: inout Arena) {
        let n = max(pool.count, 1)
        countryOf = arena.take(Int.self, n); regionOf = arena.take(Int.self, n)
        let countryKeys = arena.take(Int.self, n), regionKeys = arena.take(Int.self, n)
        // (Numbered in order of first sight, by way of small hash tables.)
        let slots = DocumentProfile.slotCount(n), mask = slots - 1
        let countrySlots = arena.take(Int32.self, slots, 0), regionSlots = arena.take(Int32.self, slots, 0)
        for c in 0..<pool.count {
            let countryKey = pool[c].countryKey, regionKey = pool[c].regionKey
            countryOf[c] = countryKey != PlaceRef.noCountry
                ? DocumentProfile.number(countryKey, slots: countrySlots, mask: mask, keys: countryKeys, count: &countryCount) : -1
            regionOf[c] = regionKey >= 0
                ? DocumentProfile.number(regionKey, slots: regionSlots, mask: mask, keys: regionKeys, count: &regionCount) : -1
        }
        // (Set to zero by ``reset()``, before any round reads them.)
        countryWeights = arena.take(Double.self, n); regionWeights = arena.take(Double.self, n)
        undoSlots = arena.take(Int.self, 2 * n); undoWeights = arena.take(Double.self, 2 * n)
    }

    mutating func reset() {
        countryWeights.update(repeating: 0, count: countryCount)
        regionWeights.update(repeating: 0, count: regionCount)
        total = 0
    }

    /// Starts a view in which the adds that follow can be undone by ``restore()``.
    mutating func leaveOut() {
        savedTotal = total
        undoCount = 0
        logging = true
    }

    /// Undoes every add since ``leaveOut()``, restoring the exact weights.
    mutating func restore() {
        var k = undoCount - 1
        while k >= 0 {
            let slot = undoSlots[k]
            if slot >= 0 { countryWeights[slot] = undoWeights[k] } else { regionWeights[-1 - slot] = undoWeights[k] }
            k -= 1
        }
        total = savedTotal
        undoCount = 0
        logging = false
    }

    /// Adds the candidate at pool position `c` with `weight`.
    @inline(__always) mutating func add(_ c: Int, weight: Double) {
        let country = countryOf[c]
        guard country >= 0 else { return }
        if logging { undoSlots[undoCount] = country; undoWeights[undoCount] = countryWeights[country]; undoCount += 1 }
        countryWeights[country] += weight
        let region = regionOf[c]
        if region >= 0 {
            if logging { undoSlots[undoCount] = -1 - region; undoWeights[undoCount] = regionWeights[region]; undoCount += 1 }
            regionWeights[region] += weight
        }
        total += weight
    }

    /// The candidate at `c`'s country and admin1 shares in the profile with `weight` added to its
    /// votes (nil: none), without changing the profile: what ``add(_:weight:)`` then
    /// ``countryShare(_:)`` and ``admin1Share(_:)`` would give, by the same sums in the same order.
    /// Also the total then.
    @inline(__always) func shares(_ c: Int, adding weight: Double?) -> (total: Double, country: Double, region: Double) {
        var t = total
        let country = countryOf[c], region = regionOf[c]
        var cw = country >= 0 ? countryWeights[country] : 0
        var rw = region >= 0 ? regionWeights[region] : 0
        if let weight, country >= 0 {
            cw += weight
            if region >= 0 { rw += weight }
            t += weight
        }
        guard t > 0.01 else { return (t, 0, 0) }
        return (t, country >= 0 ? cw / t : 0, region >= 0 ? rw / t : 0)
    }

    @inline(__always) func countryShare(_ c: Int) -> Double {
        guard total > 0.01 else { return 0 }
        let country = countryOf[c]
        return (country >= 0 ? countryWeights[country] : 0) / total
    }

    @inline(__always) func admin1Share(_ c: Int) -> Double {
        let region = regionOf[c]
        guard total > 0.01, region >= 0 else { return 0 }
        return regionWeights[region] / total
    }
}

/// Picks each mention's place: a prior from the kind of place and its population, local cues
/// ("Kazan, Tatarstan", "the Kursk region"), and consistency with the other places of the
/// article (same country, same admin1), in two rounds; one name keeps one sense per article.
struct Disambiguator {
    var favouredCountries: Set<String>
    /// The favoured countries as country keys (the two code bytes).
    let favouredKeys: [Int]
    /// Priors and name facts of places seen before.
    let placeFacts: PlaceFactsCache

    init(favouredCountries: Set<String>, placeCount: Int) {
        self.favouredCountries = favouredCountries
        placeFacts = PlaceFactsCache.shared(placeCount: placeCount)
        favouredKeys = favouredCountries.map { code in
            let bytes = Array(code.utf8)
            return bytes.count == 2 ? Int(bytes[0]) << 8 | Int(bytes[1]) : -1
        }
    }

    /// How likely a place is named at all, before context.
    static func prior(_ place: PlaceRef) -> Double {
        switch place.feature {
        case .country: return 6.5
        case .continent: return 5
        case .admin1: return 2.5 + 0.38 * log10(Double(place.population) + 1)
        // (Above a town of 30,000 named like it: "Cornwall", "Andes", "the Atlantic" (Iowa).)
        case .region: return 4.5
        case .water: return 4.5
        case .admin2: return 3.0 + 0.2 * log10(Double(place.population) + 1)
        case .city: return 0.3 + 0.85 * log10(Double(place.population) + 1) + (place.isCapital ? 1 : 0)
        }
    }

    /// The words of a place's name if it is a "... City", else 0: ``isLongerCityName(_:tokens:gazetteer:)``
    /// is `cityNameWords > tokens`.
    static func cityNameWords(_ place: PlaceRef, gazetteer: Gazetteer) -> Int {
        let name = gazetteer.stringBytes(place.nameOffset)
        let n = name.count
        guard n >= 5, name[n - 5] == 0x20, name[n - 4] == 0x43, name[n - 3] == 0x69, name[n - 2] == 0x74, name[n - 1] == 0x79 else {
            return 0
        }
        var words = 1
        for byte in name where byte == 0x20 { words += 1 }
        return min(words, 254)
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

    /// The part of a candidate's score that comes from one mention's own cues: its qualifier
    /// ("Kazan, Tatarstan"; `qualifier` is the place the qualifier is taken for), a region word
    /// after it, being a qualifier itself, a dateline. `logPopulation`, log10(population + 1) of
    /// a city, is read only for a city in a dateline.
    @inline(__always)
    func localScore(_ place: PlaceRef, qualifier q: PlaceRef?, isQualifier: Bool, regionWordAfter: Bool, dateline: Bool,
                    logPopulation: @autoclosure () -> Double, gazetteer: Gazetteer) -> Double {
        let feature = place.feature
        var s = 0.0
        if let q, q.feature == .country, q.countryKey == place.countryKey, feature != .country { s += 6 }
        if let q, q.feature == .admin1 || q.feature == .admin2, q.countryKey == place.countryKey,
           gazetteer.sameString(q.admin1Offset, place.admin1Offset) || gazetteer.nameEquals(q.nameOffset, place.admin1Offset) { s += 6 }
        if regionWordAfter && (feature == .admin1 || feature == .admin2) { s += 4 }  // "Suffolk county"
        // After "City, ": the region or country it lies in ("Murdochville, Quebec").
        if isQualifier && (feature == .admin1 || feature == .country || feature == .admin2) { s += 2 }
        // Datelines name cities, mostly big ones.
        if dateline && feature == .city { s += logPopulation() }
        return s
    }

    /// Resolves every mention in place. `rules` tell which mentions (as resolved so far) are
    /// reported, so that names taken for people or common words do not sway the profile.
    ///
    /// Each name votes for the countries and admin1 regions of all its candidates, in proportion
    /// to how likely each one is (a softmax over the scores), so that two ambiguous names that
    /// share a region ("Butler County" and "Hamilton") pull each other towards it.
    func resolve(_ table: inout MentionTable, gazetteer: Gazetteer, rules: AcceptanceRules, buffer: ArenaBuffer? = nil) {
        guard !table.mentions.isEmpty else { return }
        let groupCount = table.groupCount
        let mentionCount = table.mentions.count
        let pool = table.pool, groups = table.groups
        // A fixed order, by gazetteer entry: sums and the qualifiers' choices seen by later names
        // must not depend on the order names appear in.
        let poolCount = pool.count
        // The local scores of a mention with local cues (a qualifier, a region word after, a
        // dateline, being a qualifier), per candidate, are kept from round to round (at
        // localOffsets[i] for mention i, -1 for none) and worked out again only when the place its
        // qualifier is taken for changes (localQualifiers[i]: that place's index, -1 for no
        // qualifier, -2 before the first round).
        var localCount = 0
        table.mentions.withUnsafeBufferPointer { mentions in
            for i in mentions.indices where mentions[i].hasLocalCues {
                localCount += mentions[i].candidates.count
            }
        }
        var arena = Arena(buffer: buffer, bytes: Arena.bytes(Int.self, 3 * (groupCount + 1) + mentionCount)
                          + 2 * Arena.bytes(Int.self, mentionCount) + Arena.bytes(Double.self, localCount)
                          + 5 * Arena.bytes(Double.self, poolCount) + 3 * Arena.bytes(Bool.self, poolCount)
                          + Arena.bytes(UInt8.self, groupCount) + 3 * Arena.bytes(Bool.self, groupCount)
                          + Arena.bytes(Double.self, groupCount) + Arena.bytes(Bool.self, mentionCount)
                          + 2 * Arena.bytes(Double.self, 40) + DocumentProfile.bytes(capacity: poolCount)
                          + Arena.bytes(Double.self, poolCount) + Arena.bytes(Int32.self, mentionCount) + Arena.bytes(Bool.self, mentionCount))
        defer { arena.deallocate() }
        // A fixed order, by gazetteer entry: sums and the qualifiers' choices seen by later names
        // must not depend on the order names appear in.
        let keys = arena.take(Int.self, groupCount)
        for g in 0..<groupCount {
            // (Insertion sort: few names, mostly in order already.)
            let entry = groups[g].entry
            var k = g
            while k > 0, groups[keys[k - 1]].entry > entry { keys[k] = keys[k - 1]; k -= 1 }
            keys[k] = g
        }
        let order = UnsafeBufferPointer(start: keys, count: groupCount)
        // The mentions of each name, in order: memberStart[g]..<memberStart[g + 1] of members.
        let memberStart = arena.take(Int.self, groupCount + 1, 0)
        for i in 0..<mentionCount { memberStart[table.mentions[i].group + 1] += 1 }
        for g in 0..<groupCount { memberStart[g + 1] += memberStart[g] }
        let members = arena.take(Int.self, mentionCount)
        do {
            let fill = arena.take(Int.self, groupCount + 1, 0)
            fill.update(from: memberStart, count: groupCount + 1)
            for i in 0..<mentionCount { let g = table.mentions[i].group; members[fill[g]] = i; fill[g] += 1 }
        }
        // (Set below for every candidate; logPopulation for every city, the only places that read it.)
        // What does not change from round to round: each candidate's prior, whether its country
        // is favoured, whether it is a longer "... City" than its name; each name's need of a
        // qualifier (and whether it names a home nation).
        let priors = arena.take(Double.self, poolCount)
        let favoured = arena.take(Bool.self, poolCount)
        let longerCity = arena.take(Bool.self, poolCount, false)
        let regional = arena.take(Bool.self, poolCount)  // a city, admin2 or admin1: the admin1 share counts
        let logPopulation = arena.take(Double.self, poolCount)  // log10(population + 1), set for cities only
        let needsQualifier = arena.take(UInt8.self, groupCount, 0)  // 1: needs one, 2: and names a home nation, 3: a sea or region
        // (Priors and "... City" word counts from the process's cache, worked out on first sight.)
        placeFacts.withFacts { facts in
            for g in 0..<groupCount {
                let firstTokens = table.mentions[members[memberStart[g]]].match.tokens.count
                for c in groups[g].candidates {
                    let place = pool[c]
                    let index = Int(place.index)
                    var bits = facts.priors[index]
                    if bits == 0 {
                        bits = Disambiguator.prior(place).bitPattern
                        facts.priors[index] = bits
                    }
                    priors[c] = Double(bitPattern: bits)
                    regional[c] = place.feature == .city || place.feature == .admin2 || place.feature == .admin1
                    favoured[c] = !favouredKeys.isEmpty && place.hasCountry && favouredKeys.contains(place.countryKey)
                    if place.feature == .city {
                        var words = facts.cityWords[index]
                        if words == 0 {
                            words = UInt8(truncatingIfNeeded: Disambiguator.cityNameWords(place, gazetteer: gazetteer) + 1)
                            facts.cityWords[index] = words
                        }
                        longerCity[c] = Int(words) - 1 > firstTokens
                        var logBits = facts.logPopulations[index]
                        if logBits == 0 {
                            logBits = ~log10(Double(place.population) + 1).bitPattern
                            facts.logPopulations[index] = logBits
                        }
                        logPopulation[c] = Double(bitPattern: ~logBits)
                    }
                }
            }
        }
        for g in 0..<groupCount {
            var qualified = false
            for k in memberStart[g]..<memberStart[g + 1] where table.mentions[members[k]].qualifier != nil { qualified = true }
            if !qualified && table.namesARegion(groups[g].candidates) {
                let candidates = pool[groups[g].candidates]
                needsQualifier[g] = candidates.contains { $0.feature == .admin1 && $0.isHomeNation } ? 2
                    : candidates.contains { $0.feature == .water || $0.feature == .region } ? 3 : 1
            }
        }
        // Each candidate's likelihood (by pool position), once its name has been scored.
        let likelihoods = arena.take(Double.self, poolCount, 0)
        let scored = arena.take(Bool.self, groupCount, false)
        let votes = arena.take(Double.self, groupCount, 0)
        let voted = arena.take(Bool.self, groupCount, false)
        let kept = UnsafeMutableBufferPointer(start: arena.take(Bool.self, mentionCount, false), count: mentionCount)
        // (Every candidate adds at most one country and one region; a name's own votes at most one of each per candidate.)
        let scores = arena.take(Double.self, 40), exps = arena.take(Double.self, 40)
        let localOffsets = arena.take(Int.self, mentionCount), localQualifiers = arena.take(Int.self, mentionCount, -2)
        let localValues = arena.take(Double.self, localCount)
        table.mentions.withUnsafeBufferPointer { mentions in
            var offset = 0
            for i in mentions.indices {
                if mentions[i].hasLocalCues {
                    localOffsets[i] = offset
                    offset += mentions[i].candidates.count
                } else {
                    localOffsets[i] = -1
                }
            }
        }
        // What the first round left (likelihoods, choices) and the second kept: when the second
        // round leaves the same and the third would keep the same, the third would do exactly as
        // the second did (its every input is the second's), and is skipped.
        let firstLikelihoods = arena.take(Double.self, poolCount)
        let firstChoices = arena.take(Int32.self, mentionCount)
        let secondKept = arena.take(Bool.self, mentionCount, false)
        var mentions = table.mentions
        table.mentions = []
        mentions.withUnsafeMutableBufferPointer { mentions in
        pool.withUnsafeBufferPointer { pool in
        var profile = DocumentProfile(pool: pool, arena: &arena)
        /// The place mention `i`'s qualifier is taken for now (its choice, else its first
        /// candidate) and that place's index (-1: no qualifier).
        func qualifierPlace(of i: Int) -> (place: PlaceRef?, index: Int) {
            let q = mentions[i].qualifier.map { mentions[$0].chosen ?? pool[mentions[$0].candidates.lowerBound] }
            return (q, q.map { Int($0.index) } ?? -1)
        }
        /// ``localScore(_:qualifier:isQualifier:regionWordAfter:dateline:logPopulation:gazetteer:)``
        /// of candidate `c` for mention `i`, its qualifier taken for `q`.
        func localScore(of i: Int, candidate c: Int, qualifier q: PlaceRef?) -> Double {
            self.localScore(pool[c], qualifier: q, isQualifier: mentions[i].isQualifier,
                            regionWordAfter: mentions[i].cues.regionWordAfter, dateline: mentions[i].cues.dateline,
                            logPopulation: logPopulation[c], gazetteer: gazetteer)
        }
        // With one name and no qualifier, the later rounds score as the first: the profile without
        // the name's own votes is empty (its total, votes added and taken off again, stays far below
        // the 0.01 that shares need), and no qualifier's choice changes.
        var rounds = 3
        if groupCount == 1 {
            var qualified = false
            for i in 0..<mentionCount where mentions[i].qualifier != nil { qualified = true }
            if !qualified { rounds = 1 }
        }
        for round in 0..<rounds {
            // The votes of each name (once per name, at its strongest reported mention's weight).
            for g in 0..<groupCount { voted[g] = false }
            profile.reset()
            if round > 0 {
                rules.reported(UnsafeBufferPointer(mentions), groupCount: groupCount, forProfile: true,
                               into: kept) { false }
                if round == 1 {
                    secondKept.update(from: kept.baseAddress!, count: mentionCount)
                } else if round == 2 {
                    var same = true
                    for i in 0..<mentionCount where kept[i] != secondKept[i] || (mentions[i].chosen.map { $0.index } ?? -1) != firstChoices[i] {
                        same = false
                        break
                    }
                    if same {
                        for c in 0..<poolCount where likelihoods[c].bitPattern != firstLikelihoods[c].bitPattern { same = false; break }
                    }
                    if same { break }
                }
                for g in order {
                    var weight: Double?
                    for k in memberStart[g]..<memberStart[g + 1] where kept[members[k]] {
                        let w = mentions[members[k]].weight
                        if weight == nil || w > weight! { weight = w }
                    }
                    guard let weight, scored[g] else { continue }
                    votes[g] = weight
                    voted[g] = true
                    for c in groups[g].candidates where likelihoods[c] > 0.01 {
                        profile.add(c, weight: weight * likelihoods[c])
                    }
                }
            }
            // Score each name over all its mentions, so one name has one sense.
            for g in order {
                let indices = memberStart[g]..<memberStart[g + 1]
                let candidates = groups[g].candidates
                let base = candidates.lowerBound, count = candidates.count
                let n = Double(indices.count)
                // A name of one place: its shares in the profile without its own votes worked out
                // aside (the profile untouched), and no softmax (its likelihood is 1, its margin 10).
                if count == 1 {
                    let c = base
                    var own: Double?
                    if voted[g] && likelihoods[c] > 0.01 { own = -votes[g] * likelihoods[c] }
                    let (total, countryShare, regionShare) = profile.shares(c, adding: own)
                    var s = priors[c]
                    if total > 0.01 {
                        s += 1.5 * countryShare
                        if regional[c] { s += 5.5 * regionShare }
                    }
                    if favoured[c] { s += 1.0 }
                    if longerCity[c] { s -= 1.5 }
                    var score = n * s
                    if needsQualifier[g] != 0 && pool[c].feature == .city && pool[c].population < 100_000 {
                        let penalty: Double = needsQualifier[g] == 2 ? 6 : needsQualifier[g] == 3 ? 4 : 2
                        score -= penalty * n
                    }
                    for k in indices {
                        let i = members[k]
                        guard mentions[i].hasLocalCues else { continue }
                        let (q, qIndex) = qualifierPlace(of: i)
                        let offset = localOffsets[i]
                        if localQualifiers[i] != qIndex {
                            localValues[offset] = localScore(of: i, candidate: c, qualifier: q)
                            localQualifiers[i] = qIndex
                        }
                        score += localValues[offset]
                    }
                    likelihoods[c] = 1
                    scored[g] = true
                    let chosen = pool[c]
                    let top = score / n
                    for k in indices {
                        let i = members[k]
                        mentions[i].regionSupport = regionShare
                        mentions[i].countrySupport = countryShare
                        mentions[i].chosen = chosen
                        mentions[i].score = top
                        mentions[i].margin = 10
                    }
                    continue
                }
                // The profile without this name's own votes.
                profile.leaveOut()
                if voted[g] {
                    let weight = votes[g]
                    for c in candidates where likelihoods[c] > 0.01 { profile.add(c, weight: -weight * likelihoods[c]) }
                }
                if profile.total > 0.01 {
                    for c in candidates {
                        // baseScore: prior, the article's countries and regions, favoured countries, "... City".
                        var s = priors[c]
                        s += 1.5 * profile.countryShare(c)
                        if regional[c] { s += 5.5 * profile.admin1Share(c) }
                        if favoured[c] { s += 1.0 }
                        if longerCity[c] { s -= 1.5 }
                        scores[c - base] = n * s
                    }
                } else {
                    // (Without 0.01 of total weight both shares are 0, and s + 0.0 is s: priors are positive.)
                    for c in candidates {
                        var s = priors[c]
                        if favoured[c] { s += 1.0 }
                        if longerCity[c] { s -= 1.5 }
                        scores[c - base] = n * s
                    }
                }
                // A town named after a country or a US state ("Mexico, Missouri", "Kansas,
                // Illinois") needs a qualifier somewhere in the article.
                if needsQualifier[g] != 0 {
                    // A home nation ("Wales" beside "England") beats a village of its name in the
                    // region the article names, which the admin1 share alone would favour.
                    // A sea or a region of the hand-written table beats a hamlet named after it ("North
                    // Sea", New York) in news of the hamlet's state too.
                    let penalty: Double = needsQualifier[g] == 2 ? 6 : needsQualifier[g] == 3 ? 4 : 2
                    for c in candidates where pool[c].feature == .city && pool[c].population < 100_000 {
                        scores[c - base] -= penalty * n
                    }
                }
                for k in indices {
                    let i = members[k]
                    guard mentions[i].hasLocalCues else { continue }
                    let (q, qIndex) = qualifierPlace(of: i)
                    let values = localValues + localOffsets[i]
                    if localQualifiers[i] != qIndex {
                        for c in candidates { values[c - base] = localScore(of: i, candidate: c, qualifier: q) }
                        localQualifiers[i] = qIndex
                    }
                    for c in 0..<count { scores[c] += values[c] }
                }
                // The first best, and the best of the rest in one pass (the margin is the same
                // whichever zero, +0 or -0, the runner-up is).
                var best = 0, second = -Double.infinity
                var bestScore = scores[0]
                for c in 1..<max(count, 1) {
                    let score = scores[c]
                    if score > bestScore {
                        second = max(second, bestScore)
                        best = c
                        bestScore = score
                    } else {
                        second = max(second, score)
                    }
                }
                let top = scores[best] / n
                // (The last round's likelihoods are never read: no softmax for them.)
                if round < rounds - 1 {
                    var total = 0.0
                    // (The best's term is exp(top - top) = exp(+0) = 1 exactly: no call for it.)
                    for c in 0..<count { let e = c == best ? 1.0 : exp(scores[c] / n - top); exps[c] = e; total += e }
                    for c in 0..<count { likelihoods[base + c] = exps[c] / total }
                }
                scored[g] = true
                let chosen = pool[base + best]
                let regionSupport = profile.admin1Share(base + best), countrySupport = profile.countryShare(base + best)
                let margin = second.isFinite ? (scores[best] - second) / n : 10
                profile.restore()
                for k in indices {
                    let i = members[k]
                    mentions[i].regionSupport = regionSupport
                    mentions[i].countrySupport = countrySupport
                    mentions[i].chosen = chosen
                    mentions[i].score = top
                    mentions[i].margin = margin
                }
            }
            if round == 0 {
                firstLikelihoods.update(from: likelihoods, count: poolCount)
                for i in 0..<mentionCount { firstChoices[i] = mentions[i].chosen.map { $0.index } ?? -1 }
            }
        }
        // "Kazan, Tatarstan" names where Kazan lies; "Chelsea, Manchester United and Arsenal" is
        // a list: a second name that does not hold the first's place qualifies nothing.
        for i in mentions.indices {
            guard let q = mentions[i].qualifier, let place = mentions[i].chosen, let region = mentions[q].chosen else { continue }
            // A second name that runs on into a club's or a firm's ("Manchester United") is none; one that
            // runs on into a person's name must hold the first's place. ("Long Island, N.Y." stays a
            // qualifier even if Long Island was resolved elsewhere.)
            // (Nor an abbreviation, which may end the sentence: "Jefferson County, Ky. United Catalysts".)
            if mentions[q].match.entry.flags.contains(.abbreviation) { continue }
            if mentions[q].cues.organisationAfter
                || mentions[q].cues.nameAfter && !Disambiguator.contains(region, place, gazetteer: gazetteer) {
                mentions[i].qualifier = nil
                mentions[q].isQualifier = false
            }
        }
        }
        }
        table.mentions = mentions
    }

    /// Whether `region` (a country, admin1 or admin2) holds `place`.
    static func contains(_ region: PlaceRef, _ place: PlaceRef, gazetteer: Gazetteer) -> Bool {
        guard region.countryKey == place.countryKey, place.feature != .country else { return false }
        switch region.feature {
        case .country: return true
        case .admin1, .admin2:
            return gazetteer.sameString(region.admin1Offset, place.admin1Offset) || gazetteer.nameEquals(region.nameOffset, place.admin1Offset)
        default: return false
        }
    }
}

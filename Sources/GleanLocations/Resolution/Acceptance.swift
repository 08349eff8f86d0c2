import GleanCore

/// Which resolved names are reported: cues, person names, common words, support from the
/// article's other places.
struct AcceptanceRules {
    /// Options of the extractor that acceptance reads.
    let includeDemonyms: Bool
    let minPopulation: Int

    /// Whether a resolved mention is reported.
    /// With `forProfile`, names of clubs and firms ("Chelsea", "Wichita Industries") are kept:
    /// they are not reported, but still tell which country the article is about.
    /// `keys`: what the article says of the mention's name (``KeyFacts``); `isSport` whether the
    /// article is sport news (asked only where it matters).
    func accepts(_ mention: Mention, keys: KeyFacts, stop: Bool, forProfile: Bool, isSport: () -> Bool) -> Bool {
        withUnsafePointer(to: mention) { accepts($0, keys: keys, stop: stop, forProfile: forProfile, isSport: isSport) }
    }

    /// ``accepts(_:keys:stop:forProfile:isSport:)`` reading the mention in place (no copy of it).
    @inline(__always)
    func accepts(_ mention: UnsafePointer<Mention>, keys: KeyFacts, stop: Bool, forProfile: Bool, isSport: () -> Bool) -> Bool {
        guard let place = mention.pointee.chosen else { return false }
        let flags = mention.pointee.match.entry.flags
        if flags.contains(.demonym) { return includeDemonyms }
        var m = Facts(cues: mention.pointee.cues, qualifier: mention.pointee.qualifier != nil, isQualifier: mention.pointee.isQualifier,
                      tokenCount: mention.pointee.match.tokens.count,
                      regionSupport: mention.pointee.regionSupport, countrySupport: mention.pointee.countrySupport)
        m.cues = AcceptanceRules.asRead(m.cues, for: place.feature)
        if m.cues.firmAfter { m.cues.organisationAfter = true }
        if stop && !m.qualifier { return false }
        let cued = m.cues.isStrong || m.qualifier || m.isQualifier
        let firmlyCued = AcceptanceRules.firmlyCued(m.cues, linked: m.qualifier || m.isQualifier)
        if AcceptanceRules.ownCuesReject(m.cues, flags: flags, tokenCount: m.tokenCount, place: place,
                                         qualifier: m.qualifier, firmlyCued: firmlyCued) { return false }
        // A first name before a surname ("Diana Ross", "Craig Gordon"): a small town's or a foreign
        // province's name followed by a capitalized word that is not an institution's, far from
        // the article's other places (not "the Dublin Singers" in news about Dublin, Ohio).
        if m.cues.nameAfter && m.tokenCount == 1 && !m.qualifier && !m.cues.strictLocativeBefore
            && !m.cues.regionWordAfter && !m.cues.dateline && m.regionSupport < 0.05 && m.countrySupport < 0.3
            && !keys.contains(.region)  // "the Kursk Nuclear Power Plant ... the Kursk region"
            && (place.feature == .city && place.population < 100_000 || place.feature == .admin1 && !place.isUS) {
            return false
        }
        // A central bank ("Bank of Japan") is not its country, though it tells which the article is about.
        if !forProfile && m.cues.organisationAfter && !m.qualifier && !m.cues.dateline
            && (place.feature == .country || place.feature == .continent) && m.cues.weakBefore { return false }
        // Whether sport news would turn it down (asked last, only of a mention otherwise accepted:
        // the scan reads the whole article).
        var unlessSport = false
        if !forProfile && place.feature != .country && place.feature != .continent && !m.qualifier && !m.isQualifier && !m.cues.dateline
            && !m.cues.regionWordAfter && !m.cues.basedAfter {
            // Part of a club's or a firm's name ("Leeds United", "Wichita Industries"), and the
            // firm's name alone elsewhere in the article ("Wichita said").
            // (US counties are not: "Laurel County Chemical Stockpile" is the county's; a British
            // district named like its town is: "Manchester United", "Leeds United".)
            if place.feature != .admin2 || !place.isUS {
                if m.cues.organisationAfter { return false }
                if keys.contains(.organisation) && !m.cues.strictLocativeBefore { return false }
            }
            // In sport news a bare town or province is a club ("Chelsea host Birmingham") unless
            // a strict preposition of place says otherwise ("in Birmingham"). Not in the US, where
            // clubs go by nicknames ("Dallas Cowboys") and a bare town is the town's school team,
            // which local news annotates as the town; nor the home nations ("England", "Wales"),
            // which are as much countries as teams.
            if !m.cues.strictLocativeBefore && !m.isQualifier && !place.isUS
                && (place.feature == .city || place.feature == .admin1 && !place.isHomeNation) {
                unlessSport = true
            }
        }
        guard accepts(place, m, flags: flags, keys: keys, cued: cued, firmlyCued: firmlyCued) else { return false }
        return !(unlessSport && isSport())
    }

    /// Whether ``accepts(_:keys:stop:forProfile:isSport:)`` turns a mention down if `place` is its
    /// place, whatever the rest of the article says (the name's ``KeyFacts``, the supports of the
    /// article's other places) and with or without `forProfile`: by the rules that read only the
    /// mention's own cues and the place. For a mention that is no demonym, has no qualifier and
    /// qualifies none (the rules read those too).
    @inline(__always)
    func surelyRejects(_ cues: ContextCues, flags: NameEntry.Flags, stop: Bool, tokenCount: Int, place: PlaceRef) -> Bool {
        if stop { return true }
        let feature = place.feature
        let cues = AcceptanceRules.asRead(cues, for: feature)
        if AcceptanceRules.ownCuesReject(cues, flags: flags, tokenCount: tokenCount, place: place, qualifier: false,
                                         firmlyCued: AcceptanceRules.firmlyCued(cues, linked: false)) { return true }
        // The rest as the rules by kind of place read them for a mention without links.
        switch feature {
        case .region, .water, .admin2:
            return cues.capitalizedBefore && !cues.isStrong
        case .city:
            return place.population < minPopulation
        case .country, .continent, .admin1:
            return false
        }
    }

    /// A mention's cues as the rules read them for a place of `feature`: "in the Gulf" is a cue
    /// of place for a sea or a region.
    @inline(__always)
    static func asRead(_ cues: ContextCues, for feature: Place.Feature) -> ContextCues {
        var cues = cues
        if cues.locativeBeforeArticle && (feature == .water || feature == .region) { cues.locativeBefore = true }
        return cues
    }

    /// Whether a mention has a cue that cannot be a firm's or a phrase's ("at Bank of Japan",
    /// "the West German"), as a common word needs; `linked`: it has a qualifier or qualifies one.
    @inline(__always)
    static func firmlyCued(_ cues: ContextCues, linked: Bool) -> Bool {
        linked || cues.regionWordAfter || cues.basedAfter || cues.dateline || (cues.locativeBefore && !cues.capitalizedAfter)
    }

    /// The rules that read only a mention's own cues (``asRead(_:for:)``) and the place, shared by
    /// ``accepts(_:keys:stop:forProfile:isSport:)`` and ``surelyRejects(_:flags:stop:tokenCount:place:)``:
    /// a common word ("West", "Bank", "Mobile") needs a firm cue unless a country or a big region
    /// opens a sentence ("Turkey said", "Wales is"); a capitalized word before makes a name of it
    /// ("Martha Hesse", not "Tudor England"). `qualifier`: the mention has a qualifier.
    @inline(__always)
    static func ownCuesReject(_ cues: ContextCues, flags: NameEntry.Flags, tokenCount: Int, place: PlaceRef,
                              qualifier: Bool, firmlyCued: Bool) -> Bool {
        let prominent = (place.feature == .country || place.feature == .admin1
                         && (place.population >= 1_000_000 || place.isHomeNation))
            && !flags.contains(.alternate) && !cues.capitalizedAfter
        if flags.contains(.commonWord) && !firmlyCued && !prominent
            && (cues.sentenceInitial || place.feature == .city || flags.contains(.alternate)) {
            return true
        }
        return cues.capitalizedBefore && !cues.locativeBefore && !qualifier
            && (place.feature != .admin1 || !place.isUS && tokenCount == 1 && !place.isHomeNation)
    }

    /// The last of ``accepts(_:keys:stop:forProfile:isSport:)``'s rules: by the kind of place.
    @inline(__always)
    private func accepts(_ place: PlaceRef, _ m: Facts, flags: NameEntry.Flags, keys: KeyFacts, cued: Bool, firmlyCued: Bool) -> Bool {
        switch place.feature {
        case .country, .continent:
            return true
        case .admin1:
            // A foreign region needs a cue, a link to the article's countries, or some size
            // ("Bavaria"; not "Paul", a parish of Cape Verde); one named like a common word
            // ("Centre") a firm cue or a link.
            if flags.contains(.commonWord) && !firmlyCued && !place.isHomeNation && m.countrySupport == 0 {
                return false  // not "Centre", "Delta"; but "Wales"
            }
            return place.isUS || cued || keys.contains(.accepted)
                || m.countrySupport > 0 || place.population >= 1_000_000
        case .region, .water, .admin2:
            return !m.cues.capitalizedBefore || cued
        case .city:
            if place.population < minPopulation { return false }
            if keys.contains(.person) && !m.cues.locativeBefore && !m.qualifier { return false }
            if cued || keys.contains(.accepted) { return true }
            if place.population >= 100_000 && !flags.contains(.commonWord) { return true }
            if m.cues.dateline { return true }
            // Otherwise the article must be about its region (other places in the same admin1),
            // or about its country for a town of some size.
            return m.regionSupport >= 0.05 || (place.population >= 10_000 && m.countrySupport >= 0.5)
        }
    }

    /// Which mentions count in the article's profile of places, as resolved so far.
    /// Which mentions are reported (or, `forProfile`, count in the article's profile of places),
    /// as resolved so far, into `kept`.
    func reported(_ mentions: UnsafeBufferPointer<Mention>, groupCount: Int, forProfile: Bool, into kept: UnsafeMutableBufferPointer<Bool>, isSport: () -> Bool) {
        withUnsafeTemporaryAllocation(of: (keys: KeyFacts, person: Double, place: Double).self, capacity: groupCount) { facts in
            for g in 0..<groupCount { facts[g] = ([], 0, 0) }
            // (Read in place through a pointer: a Mention is large, and copies of it cost.)
            guard let base = mentions.baseAddress else { return }
            let count = mentions.count
            // What each name's mentions say, in one pass (the keys gathered first as seen, then
            // settled per name below: the same sets as inserting and removing in turn).
            for i in 0..<count {
                let m = base + i
                let cues = m.pointee.cues, group = m.pointee.group
                let qualified = m.pointee.qualifier != nil
                // Names accepted on a cue somewhere stand everywhere in the article.
                if (cues.isStrong || qualified || m.pointee.isQualifier) && !cues.capitalizedBefore {
                    facts[group].keys.insert(.accepted)
                }
                // Given as a region ("the Kursk region") or with a qualifier somewhere.
                if cues.regionWordAfter || qualified { facts[group].keys.insert(.region) }
                guard let chosen = m.pointee.chosen, chosen.feature == .city else { continue }
                let population = chosen.population
                // Names used in a firm's or club's name ("Wichita Industries Inc") are that firm elsewhere.
                // (Only towns: "Consolidated Edison Co of New York" leaves New York a place elsewhere.)
                if cues.organisationAfter && population < 1_000_000 { facts[group].keys.insert(.organisation) }
                // Names used for a person ("Tom Scott", "Scott said", "Linda Smith") more than for a place
                // are taken for places only where a cue of their own says so. A capitalized word before
                // ("Robbie Fowler") is two votes for a person, a speech verb or title one, a capitalized
                // word after (a first name?) half of one; a place cue is a vote for a place, a bare
                // mention a quarter of one.
                guard population < 500_000 else { continue }
                // ("Abraham Lincoln" whatever the town's size; "Moscow said" is the Kremlin, not a person.)
                if cues.capitalizedBefore && !cues.locativeBefore {
                    facts[group].person += 2
                } else if cues.speechNearby && population < 100_000 {
                    facts[group].person += 1
                } else if cues.nameAfter && m.pointee.match.tokens.count == 1 {
                    facts[group].person += 0.5
                } else if cues.isStrong || qualified || m.pointee.isQualifier {
                    facts[group].place += 1
                } else {
                    facts[group].place += 0.25
                }
            }
            for g in 0..<groupCount {
                if facts[g].person > facts[g].place { facts[g].keys.insert(.person) }
                if facts[g].keys.contains(.person) || facts[g].keys.contains(.organisation) { facts[g].keys.remove(.accepted) }
            }
            for i in 0..<count {
                let m = base + i
                kept[i] = accepts(UnsafePointer(m), keys: facts[m.pointee.group].keys, stop: m.pointee.stop, forProfile: forProfile, isSport: isSport)
            }
        }
    }
}

/// What ``AcceptanceRules/accepts(_:keys:stop:forProfile:isSport:)`` reads of a mention (small: copied cheaply).
struct Facts {
    var cues: ContextCues
    var qualifier: Bool
    var isQualifier: Bool
    var tokenCount: Int
    var regionSupport: Double, countrySupport: Double
}

/// What an article says of a name as a whole (all its mentions).
struct KeyFacts: OptionSet {
    let rawValue: UInt8
    /// Accepted on a cue somewhere (and not taken for a person or a firm).
    static let accepted = KeyFacts(rawValue: 1)
    /// Used for a person more than for a place.
    static let person = KeyFacts(rawValue: 2)
    /// Part of a firm's or club's name somewhere.
    static let organisation = KeyFacts(rawValue: 4)
    /// Given as a region ("the Kursk region") or with a qualifier somewhere.
    static let region = KeyFacts(rawValue: 8)
}

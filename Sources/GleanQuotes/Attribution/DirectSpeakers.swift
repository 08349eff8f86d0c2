import GleanPCRE

/// The groups an attribution reads from a match: from a PCRE2 match, or from a direct reader.
struct SpeakerMatch: Equatable {
    var cue: Range<Int>?
    var pn: Range<Int>?
    var cn: Range<Int>?
    var name: Range<Int>?
    var pre: Range<Int>?
    var appos: Range<Int>?
    var tail: Range<Int>?
}

/// What a direct reader tells of an anchored pattern at one place: the match the pattern gives,
/// that the pattern cannot match there, or nothing (the pattern must run).
enum DirectReading: Equatable {
    case match(SpeakerMatch)
    case none
    case decline
}

/// Byte readers for the commonest shapes after a closing mark (`,” said Smith.`, `,” he said`,
/// `,” John Smith said.`), which give exactly what ``AttributionPatterns/afterInverted`` and
/// ``AttributionPatterns/afterNormal`` give at that anchor, or decline so that the pattern runs.
/// They claim only ASCII words: a pronoun, or one to three capitalized words, and a cue from a
/// short list of single-word finite cues that are neither auxiliaries nor the start of a longer cue
/// other than those listed in ``continuations``. Everything else declines. A test checks each reader
/// against its pattern at every place of many texts.
enum DirectSpeakers {
    /// Single-word finite cues the readers claim (all in ``CueVerbs/finite``; none an auxiliary,
    /// none ending in "ly").
    static let cues: [[UInt8]] = [
        "said", "says", "added", "told", "wrote", "tweeted", "explained", "noted", "asked", "stated", "insisted",
        "warned", "continued", "argued", "replied", "adds", "tells", "writes", "recalled", "declared", "concluded",
        "responded", "agreed", "confirmed", "admitted", "acknowledged", "suggested", "claimed", "say",
        "reported", "predicted", "cautioned", "urged", "remarked", "observed", "complained", "joked",
    ].map { Array($0.utf8) }

    /// The cues that are function words (``SpeakerGrammar/functionWord``): a premodifier cannot
    /// run through them.
    static let functionCues: [[UInt8]] = ["said", "says"].map { Array($0.utf8) }

    /// The longer finite cues that start with a claimed cue and a space, as what follows the cue:
    /// " of" after "said". Where one follows, the readers decline.
    static let continuations: [[UInt8]] = {
        var found: [[UInt8]] = []
        for phrase in CueVerbs.finite {
            let bytes = Array(phrase.utf8)
            guard let space = bytes.firstIndex(of: 0x20) else { continue }
            let first = Array(bytes[..<space])
            if cues.contains(first) { found.append(Array(bytes[space...])) }
        }
        return found
    }()

    static let pronouns: [[UInt8]] = ["he", "she", "they", "we", "I", "it", "who", "which", "He", "She", "They", "We", "It"]
        .map { Array($0.utf8) }
    static let lowercasePronouns: [[UInt8]] = ["he", "she", "they", "we", "it", "who", "which"].map { Array($0.utf8) }

    /// The determiners of ``SpeakerGrammar/commonPhrase`` (both cases).
    static let determiners: [[UInt8]] = [
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "many", "several", "other",
        "both", "two", "three", "this", "these", "those", "most", "each",
    ].flatMap { word -> [[UInt8]] in
        let lower = Array(word.utf8)
        var upper = lower
        upper[0] -= 0x20
        return [lower, upper]
    }

    static let titles: [[UInt8]] = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt", "Prof", "Rev", "Hon", "Supt",
        "Insp", "Det", "Cpl", "Const", "Adm", "Maj", "Cmdr", "Pres", "Sec", "Atty", "Msgr", "Fr", "Sr", "St",
    ].map { Array($0.utf8) }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// The end of the ASCII letters from `i`.
    @inline(__always) static func wordEnd(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var j = i
        while j < end, isLetter(bytes[j]) { j += 1 }
        return j
    }

    /// Whether `bytes` from `i` start with `prefix`.
    static func startsWith(_ prefix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + prefix.count <= end else { return false }
        for k in prefix.indices where bytes[i + k] != prefix[k] { return false }
        return true
    }

    /// Whether what stands at `i` (before `end`) is surely no letter: the end, ASCII other than a
    /// letter, or a character of U+2000-U+203F (dashes, quotation marks). Nil when unsure.
    static func noLetterAt(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool? {
        guard i < end else { return true }
        let b = bytes[i]
        if b < 0x80 { return !isLetter(b) }
        if b == 0xE2, i + 1 < end, bytes[i + 1] == 0x80 { return true }
        return nil
    }

    /// The end of a claimed cue word at `c`, standing as a word, with no longer cue reading on, or nil.
    static func cueEnd(_ c: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        guard c < end, isLower(bytes[c]) else { return nil }
        let e = wordEnd(c, bytes, end)
        guard noLetterAt(e, bytes, end) == true, isIn(2, bytes, c..<e) else { return nil }
        for more in continuations where startsWith(more, bytes, e, end) { return nil }
        return e
    }

    /// Capitalized ASCII words of two or more letters from `s`, one space apart, at most three,
    /// the first no determiner and no pronoun: the end of the last, or nil.
    static func nameEnd(_ s: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> (end: Int, lastStart: Int)? {
        var start = s
        var words = 0
        while true {
            guard start < end, isUpper(bytes[start]) else { return nil }
            let e = wordEnd(start, bytes, end)
            guard e - start >= 2 else { return nil }
            if words == 0, isIn(8, bytes, start..<e) || isIn(256, bytes, start..<e) { return nil }
            words += 1
            if e + 1 < end, bytes[e] == 0x20, isUpper(bytes[e + 1]) {
                guard words < 3 else { return nil }
                start = e + 1
                continue
            }
            return (e, start)
        }
    }

    /// ``AttributionPatterns/afterInverted`` anchored at `at`, in `bytes` up to `end`.
    static func afterInverted(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, end: Int) -> DirectReading {
        let s = Attributor.afterLead(at, bytes, end: end)
        // After the lead: auxiliaries (lowercase, or a weekday) or a cue (lowercase).
        guard s < end else { return .none }
        let b = bytes[s]
        if b >= 0x80 { return .decline }
        if !isLetter(b) { return .none }
        let we = wordEnd(s, bytes, end)
        if isUpper(b) {
            // No auxiliary but a weekday ("Monday") starts with a capital.
            if we - s >= 6, bytes[we - 3] == 0x64, bytes[we - 2] == 0x61, bytes[we - 1] == 0x79 { return .decline }
            return noLetterAt(we, bytes, end) == nil ? .decline : .none
        }
        if isIn(64, bytes, s..<we) {
            return noLetterAt(we, bytes, end) == true ? .none : .decline
        }
        guard let ce = cueEnd(s, bytes, end), ce + 1 < end, bytes[ce] == 0x20, isLetter(bytes[ce + 1]) else {
            return .decline
        }
        let cue = s..<ce
        let sp = ce + 1
        let xe = wordEnd(sp, bytes, end)
        if isIn(256, bytes, sp..<xe) {
            return noLetterAt(xe, bytes, end) == true ? .match(SpeakerMatch(cue: cue, pn: sp..<xe)) : .decline
        }
        guard let (e, lastStart) = nameEnd(sp, bytes, end) else { return .decline }
        if e < end {
            let after = bytes[e]
            // Punctuation, no space (a premodifier or a particle could run on), no hyphen or apostrophe.
            guard after == 0x2E || after == 0x2C || after == 0x3B || after == 0x3A || after == 0x29
                    || after == 0x21 || after == 0x3F || after == 0x0A else { return .decline }
            if after == 0x2E, isIn(1024, bytes, lastStart..<e) { return .decline }
            if after == 0x2C {
                var k = e + 1
                while k < end, bytes[k] == 0x20 { k += 1 }
                if k + 1 < end, bytes[k] == 0x4A || bytes[k] == 0x53, bytes[k + 1] == 0x72 { return .decline }
                if k < end, bytes[k] >= 0x80 { return .decline }
            }
        }
        return .match(SpeakerMatch(cue: cue, name: sp..<e, pre: sp..<sp))
    }

    /// The plural nouns of ``SpeakerGrammar/bareSpeakers`` (matched there as a prefix of a word).
    static let bareSpeakers: [[UInt8]] = [
        "officials", "police", "critics", "analysts", "experts", "investigators", "authorities", "prosecutors", "residents",
        "witnesses", "sources", "organizers", "organisers", "researchers", "doctors", "protesters", "supporters", "opponents",
        "lawyers", "aides", "advocates", "scientists", "economists", "observers", "activists", "parents", "students",
        "teachers", "voters", "members", "leaders", "officers", "spokesmen", "spokespeople", "staff", "people", "one", "another",
    ].map { Array($0.utf8) }

    /// ``AttributionPatterns/afterNormal`` anchored at `at`, in `bytes` up to `end`.
    static func afterNormal(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, end: Int) -> DirectReading {
        let s = Attributor.afterLead(at, bytes, end: end)
        guard s < end, isLetter(bytes[s]) else { return .decline }
        let we = wordEnd(s, bytes, end)
        // A lowercase word that is no pronoun, determiner, bare plural or "d'", from which no
        // premodifier reaches a name: no speaker starts there.
        if isLower(bytes[s]), we < end, bytes[we] < 0x80, !isIn(8 | 64, bytes, s..<we),
           !(bytes[s] == 0x64 && we == s + 1), premodifierMayReachName(s, bytes, end) == false {
            var prefix = false
            for plural in bareSpeakers where startsWith(plural, bytes, s, end) { prefix = true }
            if !prefix { return .none }
        }
        if isIn(8, bytes, s..<we) {
            guard let (phrase, reading) = commonPhrase(s, bytes, end: end, { rest(at: $0, bytes, end: end, cue: true, tail: false) }),
                  case .match(let cue, _, _) = reading else { return .decline }
            return .match(SpeakerMatch(cue: cue, cn: phrase, appos: phrase.upperBound..<phrase.upperBound))
        }
        if isIn(256, bytes, s..<we) {
            guard we + 1 < end, bytes[we] == 0x20, let ce = cueEnd(we + 1, bytes, end) else { return .decline }
            return .match(SpeakerMatch(cue: (we + 1)..<ce, pn: s..<we, appos: we..<we))
        }
        guard let (e, _) = nameEnd(s, bytes, end), e + 1 < end, bytes[e] == 0x20, let ce = cueEnd(e + 1, bytes, end) else {
            return .decline
        }
        // A premodifier ("Smith told reporters Jones said") runs through lowercase words followed by a
        // space from the cue (the name's words being its capitalized ones): none may reach a name.
        if premodifierMayReachName(e + 1, bytes, end) != false {
            return .decline
        }
        return .match(SpeakerMatch(cue: (e + 1)..<ce, name: s..<e, pre: s..<s, appos: e..<e))
    }
}

extension SpeakerMatch {
    /// The groups of a PCRE2 match of one of the attribution patterns.
    init(_ match: MatchResult, _ g: AttributionGroups) {
        self.init(cue: match.range(g.cue), pn: match.range(g.pn), cn: match.range(g.cn), name: match.range(g.name),
                  pre: match.range(g.pre), appos: match.range(g.appos), tail: match.range(g.tail))
    }
}

/// What the direct reader of ``AttributionPatterns/sentenceSubject`` tells at one place: the
/// match (its groups and end), or nothing (the pattern must run).
enum SubjectReading: Equatable {
    case match(SpeakerMatch, end: Int)
    case decline
}

extension DirectSpeakers {
    /// ``SpeakerGrammar/functionWord``.
    static let functionWords: [[UInt8]] = [
        "with", "the", "a", "an", "and", "or", "but", "at", "in", "on", "from", "to", "by", "who", "which", "that", "is",
        "was", "are", "were", "has", "had", "have", "for", "as", "be", "been", "when", "if", "so", "than", "then", "not",
        "do", "does", "did", "can", "will", "would", "should", "it", "he", "she", "they", "we", "this", "these", "those",
        "his", "her", "their", "its", "after", "before", "while", "because", "since", "about", "into", "over", "also",
        "says", "said",
    ].map { Array($0.utf8) }

    /// The words an auxiliary of ``SpeakerGrammar/auxiliaries`` can open with (lowercase ones;
    /// the weekdays aside), besides any word ending in "ly".
    static let auxiliaryStarts: [[UInt8]] = [
        "has", "have", "had", "would", "will", "could", "might", "also", "later", "then", "once", "previously", "earlier",
        "again", "further", "recently", "repeatedly", "just", "simply", "quickly", "often", "still", "already", "was", "is",
        "this", "last", "on", "that", "in", "yesterday", "today",
    ].map { Array($0.utf8) }

    /// Whether the lowercase ASCII word at `w` surely opens no auxiliary (nil when unsure): an
    /// auxiliary is a word of ``auxiliaryStarts`` or ending in "ly", followed by a comma or spaces.
    static func opensNoAuxiliary(_ w: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool? {
        let e = wordEnd(w, bytes, end)
        guard e < end else { return true }
        let after = bytes[e]
        if after >= 0x80 { return nil }
        if after != 0x20 && after != 0x2C { return true }
        if e - w >= 3, bytes[e - 2] == 0x6C, bytes[e - 1] == 0x79 { return false }
        return !isIn(1, bytes, w..<e)
    }

    /// Whether a premodifier (lowercase words, not function words, each followed by spaces) can run
    /// from the lowercase word at `w` into a name: false when surely not, nil when unsure.
    static func premodifierMayReachName(_ w: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool? {
        var k = w
        for _ in 0..<4 {
            guard k < end, isLower(bytes[k]) else { return false }
            let letters = wordEnd(k, bytes, end)
            if letters < end, bytes[letters] >= 0x80 { return nil }
            if isIn(32, bytes, k..<letters) { return false }
            var e = letters
            while e < end, isLetter(bytes[e]) || bytes[e] == 0x2D { e += 1 }
            guard e < end else { return false }
            if bytes[e] >= 0x80 { return nil }
            guard bytes[e] == 0x20 else { return false }
            while e < end, bytes[e] == 0x20 { e += 1 }
            guard e < end else { return false }
            let next = bytes[e]
            if next >= 0x80 || isUpper(next) || next == 0x64 { return nil }
            k = e
        }
        return false
    }

    /// ``AttributionPatterns/sentenceSubject`` anchored at `s` in `bytes` up to `end`: claimed only
    /// when it matches without its opening phrase (which it tries first), with a pronoun or one to
    /// three capitalized words, one space, and a lowercase word that opens no auxiliary.
    static func sentenceSubject(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int, end: Int) -> SubjectReading {
        guard s < end else { return .decline }
        if s > 0 {
            let b = bytes[s - 1]
            if b >= 0x80 {
                // After — “ ‘ (U+2000-U+203F) or a no-break space: no letter.
                let general = s >= 3 && bytes[s - 3] == 0xE2 && bytes[s - 2] == 0x80
                let noBreak = s >= 2 && bytes[s - 2] == 0xC2 && b == 0xA0
                guard general || noBreak else { return .decline }
            } else if isLetter(b) {
                return .decline
            }
        }
        let we = wordEnd(s, bytes, end)
        guard we > s else { return .decline }
        if isIn(8, bytes, s..<we) {
            guard let (phrase, reading) = commonPhrase(s, bytes, end: end, { rest(at: $0, bytes, end: end, cue: false, tail: false) }),
                  case .match(_, _, let matchEnd) = reading else { return .decline }
            return .match(SpeakerMatch(cn: phrase, appos: phrase.upperBound..<phrase.upperBound), end: matchEnd)
        }
        let speakerEnd: Int
        var found: SpeakerMatch
        if isIn(256, bytes, s..<we) {
            speakerEnd = we
            found = SpeakerMatch(pn: s..<we, appos: we..<we)
        } else {
            guard let (e, _) = nameEnd(s, bytes, end) else { return .decline }
            speakerEnd = e
            found = SpeakerMatch(name: s..<e, pre: s..<s, appos: e..<e)
        }
        let w = speakerEnd + 1
        guard w < end, bytes[speakerEnd] == 0x20, isLower(bytes[w]), opensNoAuxiliary(w, bytes, end) == true else { return .decline }
        if found.name != nil {
            // "d'Estaing" after a name carries the name on.
            if bytes[w] == 0x64, w + 1 < end, bytes[w + 1] == 0x27 || bytes[w + 1] >= 0x80 { return .decline }
            guard premodifierMayReachName(w, bytes, end) == false else { return .decline }
        }
        return .match(found, end: w)
    }
}

extension SpeakerMatch {
    /// The groups of a PCRE2 match (valid inside its closure) of one of the attribution patterns.
    init(_ match: Match, _ g: AttributionGroups) {
        self.init(cue: match.range(g.cue), pn: match.range(g.pn), cn: match.range(g.cn), name: match.range(g.name),
                  pre: match.range(g.pre), appos: match.range(g.appos), tail: match.range(g.tail))
    }
}

extension DirectSpeakers {
    /// The longer cues of ``CueVerbs/finite`` and ``CueVerbs/introducing`` that start with a
    /// claimed cue and a space, as what follows the cue (" of" after "warned").
    static let allContinuations: [[UInt8]] = {
        var found: [[UInt8]] = []
        for phrase in CueVerbs.finite + CueVerbs.introducing {
            let bytes = Array(phrase.utf8)
            guard let space = bytes.firstIndex(of: 0x20) else { continue }
            if cues.contains(Array(bytes[..<space])) { found.append(Array(bytes[space...])) }
        }
        return found
    }()

    /// The words of ``SpeakerGrammar/notAfterPreposition`` (both cases).
    static let prepositions: [[UInt8]] = ["to", "by", "of", "for", "with", "from", "at", "in", "on", "about", "against", "during"]
        .flatMap { word -> [[UInt8]] in
            let lower = Array(word.utf8)
            var upper = lower
            upper[0] -= 0x20
            return [lower, upper]
        }

    /// ``AttributionPatterns/before`` tried at `p` first (the first place its search tries), in a
    /// subject ending at `end`: the match starting at `p` in the commonest shapes ("He said: ",
    /// "John Smith told reporters, "), or nil when unsure (the pattern must run).
    static func before(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int, end: Int) -> SpeakerMatch? {
        guard p < end, isLetter(bytes[p]) else { return nil }
        if p > 0 {
            // The word-start lookbehind.
            let b = bytes[p - 1]
            let plain = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x28 || b == 0x5B || b == 0x22 || b == 0x27
                || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2D
            let noBreak = b == 0xA0 && p >= 2 && bytes[p - 2] == 0xC2
            let general = p >= 3 && bytes[p - 3] == 0xE2 && bytes[p - 2] == 0x80 && (b == 0x9C || b == 0x98 || b == 0x94 || b == 0x93)
            guard plain || noBreak || general else { return nil }
            // Not after "to ", "by "… (a preposition ending right before a space).
            if b == 0x20 {
                var ws = p - 1
                while ws > 0, isLetter(bytes[ws - 1]) { ws -= 1 }
                if ws < p - 1, isIn(128, bytes, ws..<(p - 1)) { return nil }
                if ws > 0, bytes[ws - 1] >= 0x80 || bytes[ws - 1] &- 0x30 < 10 || bytes[ws - 1] == 0x5F { return nil }
            }
        }
        let we = wordEnd(p, bytes, end)
        if isIn(8, bytes, p..<we) {
            guard let (phrase, reading) = commonPhrase(p, bytes, end: end, { rest(at: $0, bytes, end: end, cue: true, tail: true) }),
                  case .match(let cue, let tail, _) = reading else { return nil }
            return SpeakerMatch(cue: cue, cn: phrase, appos: phrase.upperBound..<phrase.upperBound, tail: tail)
        }
        var found: SpeakerMatch
        let speakerEnd: Int
        if isIn(256, bytes, p..<we) {
            speakerEnd = we
            found = SpeakerMatch(pn: p..<we, appos: we..<we)
        } else {
            guard let (e, _) = nameEnd(p, bytes, end) else { return nil }
            speakerEnd = e
            found = SpeakerMatch(name: p..<e, pre: p..<p, appos: e..<e)
        }
        let c = speakerEnd + 1
        guard c < end, bytes[speakerEnd] == 0x20, isLower(bytes[c]) else { return nil }
        let ce = wordEnd(c, bytes, end)
        guard noLetterAt(ce, bytes, end) == true, isIn(2, bytes, c..<ce) else { return nil }
        for more in allContinuations where startsWith(more, bytes, ce, end) { return nil }
        if found.name != nil, premodifierMayReachName(c, bytes, end) != false { return nil }
        // The tail: up to the spaces ending the subject, no quotation mark, line break or "''",
        // at most 240 characters.
        guard let t = tailEnd(ce, bytes, end) else { return nil }
        found.cue = c..<ce
        found.tail = ce..<t
        return found
    }
}

/// What follows a speaker's end, read directly: the rest of a match, surely none, or unsure.
enum RestReading {
    case match(cue: Range<Int>?, tail: Range<Int>?, end: Int)
    case none
    case unsure
}

extension DirectSpeakers {
    /// ``SpeakerGrammar/descriptionStop``.
    static let descriptionStops: [[UInt8]] = [
        "was", "is", "are", "were", "be", "been", "being", "that", "and", "or", "but", "to", "when", "if", "as", "so", "than",
        "then", "not", "do", "does", "did", "can", "could", "will", "would", "should", "has", "had", "have", "it", "he", "she",
        "they", "we", "also", "says", "said", "who", "which", "while", "because", "after", "before",
    ].map { Array($0.utf8) }

    /// ``SpeakerGrammar/timeNoun``.
    static let timeNouns: [[UInt8]] = [
        "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "day", "spring", "summer",
        "fall", "autumn", "winter",
    ].map { Array($0.utf8) }

    /// What the patterns want after a speaker ending at `q` (before `end`): an appositive (unsure),
    /// or one space, no auxiliary, and then (`cue`) a claimed cue with the tail (`tail`) or without, or
    /// (no `cue`) any lowercase word (``AttributionPatterns/sentenceSubject``).
    static func rest(at q: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int, cue: Bool, tail: Bool) -> RestReading {
        guard q < end else { return .none }
        let b = bytes[q]
        if b == 0x2C || b == 0x28 || b >= 0x80 { return .unsure }
        guard b == 0x20 else { return .none }
        let w = q + 1
        guard w < end else { return .none }
        let first = bytes[w]
        if first == 0x20 || first == 0x28 || first >= 0x80 || isUpper(first) { return .unsure }
        guard isLower(first) else { return .none }
        guard opensNoAuxiliary(w, bytes, end) == true else { return .unsure }
        guard cue else { return .match(cue: nil, tail: nil, end: w) }
        let we = wordEnd(w, bytes, end)
        if isIn(2, bytes, w..<we) {
            guard noLetterAt(we, bytes, end) == true else { return .unsure }
            for more in allContinuations where startsWith(more, bytes, we, end) { return .unsure }
            guard tail else { return .match(cue: w..<we, tail: nil, end: we) }
            guard let t = tailEnd(we, bytes, end) else { return .unsure }
            return .match(cue: w..<we, tail: we..<t, end: end)
        }
        // Some other cue may open here.
        if we < end, bytes[we] >= 0x80 { return .unsure }
        if CueWords.all.table.value(UnsafeBufferPointer(rebasing: bytes[w..<we])) != nil { return .unsure }
        return .none
    }

    /// The end of the tail of ``AttributionPatterns/before`` from `ce` in a subject ending at `end`
    /// (before the spaces ending it), or nil when unsure.
    static func tailEnd(_ ce: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        var t = end
        while t > ce {
            if bytes[t - 1] == 0x20 { t -= 1; continue }
            if bytes[t - 1] == 0xA0, t - 2 >= ce, bytes[t - 2] == 0xC2 { t -= 2; continue }
            break
        }
        var characters = 0
        var k = ce
        while k < t {
            let b = bytes[k]
            if b == 0x22 || b == 0x0A || b == 0x0D { return nil }
            if b == 0x27, k + 1 < end, bytes[k + 1] == 0x27 { return nil }
            if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9C || bytes[k + 2] == 0x9D { return nil }
            if b == 0xC2, k + 1 < end, bytes[k + 1] == 0xAB || bytes[k + 1] == 0xBB { return nil }
            if b & 0xC0 != 0x80 { characters += 1 }
            k += 1
        }
        return characters <= 240 ? t : nil
    }

    /// ``SpeakerGrammar/commonPhrase`` at `s` opening with a determiner, then `rest`: the phrase's
    /// range and the rest's reading, trying the phrase's lengths as the pattern does (longest
    /// first); nil when unsure. ASCII words of letters only, one space apart.
    static func commonPhrase(_ s: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int,
                             _ rest: (Int) -> RestReading) -> (Range<Int>, RestReading)? {
        let de = wordEnd(s, bytes, end)
        guard isIn(8, bytes, s..<de), de + 1 < end, bytes[de] == 0x20, isLetter(bytes[de + 1]) else { return nil }
        // The words after the determiner (their ends), each of ASCII letters, one space apart.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 7) { ends -> (Range<Int>, RestReading)? in
            var count = 0
            var allowed = 0
            var k = de + 1
            while count < 7 {
                guard k < end, isLetter(bytes[k]) else { return nil }
                let e = wordEnd(k, bytes, end)
                // A stop word followed by no letter ends the phrase (no token starts with it), whatever follows.
                if count > 0, isIn(4, bytes, k..<e), e == end || bytes[e] < 0x80 { break }
                if e < end, bytes[e] >= 0x80 || bytes[e] &- 0x30 < 10 || bytes[e] == 0x2D || bytes[e] == 0x27 || bytes[e] == 0x2E {
                    // Token characters beyond plain letters: unsure.
                    return nil
                }
                if count == 0, isIn(512, bytes, k..<e) { return nil }
                // A function word stops the phrase (it can be no token).
                if isIn(4, bytes, k..<e) { break }
                ends[count] = e
                count += 1
                allowed = count
                guard e < end, bytes[e] == 0x20 else { break }
                // After a space, only a letter is read (anything else might be a token).
                guard e + 1 < end, isLetter(bytes[e + 1]) else { return nil }
                k = e + 1
            }
            // The phrase ends with word j (j tokens before it, at most six), the longest first.
            var j = min(allowed - 1, 6)
            while j >= 0 {
                let phraseEnd = ends[j]
                switch rest(phraseEnd) {
                case .match(let cue, let tail, let matchEnd):
                    return (s..<phraseEnd, .match(cue: cue, tail: tail, end: matchEnd))
                case .unsure:
                    return nil
                case .none:
                    j -= 1
                }
            }
            return nil
        }
    }
}


extension DirectSpeakers {
    /// Every word list of the readers in one table: a bit per list (the order of ``lexiconLists``).
    static let lexiconLists: [[[UInt8]]] = [
        auxiliaryStarts, cues, descriptionStops, determiners, functionCues, functionWords, lowercasePronouns, prepositions,
        pronouns, timeNouns, titles,
    ]

    static let lexicon: ASCIIWordTable<UInt16> = {
        var table = ASCIIWordTable<UInt16>(capacity: 512)
        for (bit, list) in lexiconLists.enumerated() {
            for word in list {
                word.withUnsafeBufferPointer { word in
                    table.update(word, default: 0) { $0 |= UInt16(1) << UInt16(bit) }
                }
            }
        }
        return table
    }()

    /// Whether `bytes[range]` is a word of the lists whose bits are in `lists`.
    @inline(__always) static func isIn(_ lists: UInt16, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 0, range.count <= 16 else { return false }
        return (lexicon.value(UnsafeBufferPointer(rebasing: bytes[range])) ?? 0) & lists != 0
    }
}

extension DirectSpeakers {
    /// Builds the readers' tables (lazily initialized statics) now.
    static func prepare() {
        _ = lexicon.value(UnsafeBufferPointer(start: nil, count: 0))
        _ = continuations.count + allContinuations.count + cues.count + pronouns.count + determiners.count
    }
}

import GleanPCRE
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds who said each quoted stretch: a cue right after it, an introduction right before it,
/// a speech verb earlier in its sentence, or the speaker of the quote it continues.
struct Attributor {
    let patterns: AttributionPatterns

    /// The attribution found next to `stretch` itself (not inherited), or nil.
    func attribution(of stretch: QuotedStretch, in bytes: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        let paragraphEnd = stretch.paragraphRange.upperBound
        if let label = try transcriptLabel(stretch, bytes) { return label }
        if let close = stretch.close, allowsFollowingAttribution(stretch, bytes) {
            let slice = UnsafeBufferPointer(rebasing: bytes[0..<paragraphEnd])
            // The first two need a cue verb standing as a word after the quote, the third "according".
            let rest = close.upperBound..<paragraphEnd
            // All three open with the lead (spaces, one , ; : or dashes, spaces), then a word: a
            // speaker, "according", or (after the inverted lead) an auxiliary or a cue verb.
            let word = Attributor.afterLead(close.upperBound, bytes, end: paragraphEnd)
            let opensWord = word < paragraphEnd && (bytes[word] >= 0x80 || TextScan.isWordByte(bytes[word]))
            let hasCue = opensWord && CueWords.mayHold(bytes, rest, CueWords.finite)
            // ("according" can only stand right after the lead.)
            let hasAccording = opensWord && Attributor.contains(Attributor.according, bytes, word..<min(paragraphEnd, word + Attributor.according.count))
            let mayInvert = hasCue && NameCast.mayHaveCueAfter(word, bytes)
            // In turn `afterInverted`, `afterNormal`, `afterAccording` (the last compiled only when asked).
            for step in 0..<3 where step == 2 ? hasAccording : step == 0 ? mayInvert : hasCue {
                // The commonest shapes are read directly (exactly what the pattern gives, or a decline).
                let direct: DirectReading = step == 0
                    ? DirectSpeakers.afterInverted(bytes, at: close.upperBound, end: paragraphEnd)
                    : step == 1 ? DirectSpeakers.afterNormal(bytes, at: close.upperBound, end: paragraphEnd) : .decline
                let speaker: SpeakerMatch?
                switch direct {
                case .match(let read): speaker = read
                case .none: speaker = nil
                case .decline:
                    // (`afterNormal`'s speaker starts at `word`: none reaches a cue from there, no match.)
                    if step == 1, !SpeakerReach.mayStart(at: word, bytes, end: paragraphEnd, cues: CueWords.finite) {
                        speaker = nil
                    } else {
                        let (pattern, groups) = step == 2 ? try patterns.afterAccording.withGroups()
                            : step == 0 ? (patterns.afterInverted, patterns.groups(of: patterns.afterInverted))
                            : (patterns.afterNormal, patterns.groups(of: patterns.afterNormal))
                        speaker = try pattern.match(inUTF8: slice, anchoredAt: close.upperBound).map { SpeakerMatch($0, groups) }
                    }
                }
                if let speaker, let found = makeAttribution(speaker, position: .after, bytes: bytes) {
                    return found
                }
            }
        }
        // Signed with a dash: “…” ― Ariana Huichapa.
        if let close = stretch.close, Attributor.opensWithDash(close.upperBound, bytes, end: paragraphEnd),
           let match = try patterns.afterDash.match(inUTF8: UnsafeBufferPointer(rebasing: bytes[0..<paragraphEnd]),
                                                    anchoredAt: close.upperBound),
           let name = match.range("name"),
           NameParts.summary(bytes, name).count > 0 {
            return Attribution(mention: name, kind: .name, cue: match.range("cue"), cueText: nil, position: .after)
        }
        if let signature = try signatureLine(after: stretch, bytes) { return signature }
        if let found = try precedingAttribution(stretch, bytes) { return found }
        return try introductionInPreviousParagraph(stretch, bytes)
    }

    /// A quote that opens its paragraph after a paragraph ending in a colon ("Trump issued the
    /// following statement:"): the speech verb of that sentence, or its subject.
    private func introductionInPreviousParagraph(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        var i = stretch.paragraphRange.lowerBound
        while i < stretch.open.lowerBound, bytes[i] == 0x20 { i += 1 }
        guard i == stretch.open.lowerBound else { return nil }
        var end = stretch.paragraphRange.lowerBound
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0, bytes[end - 1] == 0x3A else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let sentence = TextScan.sentenceStart(before: end - 1, in: bytes, floor: start)
        let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
        var found: MatchResult?
        try patterns.before.forEachMatch(inUTF8: slice, from: sentence) { match in
            found = match.result()
            return false
        }
        if let match = found, var attribution = makeAttribution(match, patterns.groups(of: patterns.before), position: .introducing, bytes: bytes) {
            attribution.position = .introducing
            return attribution
        }
        if let (subject, _) = try subjectMatch(slice, at: sentence),
           var attribution = makeAttribution(subject, position: .introducing, bytes: bytes) {
            attribution.cueText = ":"
            return attribution
        }
        return nil
    }

    /// The last speech event ("Chapman says", "the report found") between `from` and the speech
    /// verb's end at or before `to`, outside quoted content.
    func lastSpeechEvent(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                         outside stretches: [QuotedStretch]) throws -> Attribution? {
        guard from < to else { return nil }
        // A speech event holds no line break and a cue verb standing as a word: only the lines
        // (from `from`, to `to`) that may hold one are searched, the last first. The last event is
        // the last one of the last line that has any.
        var end = to
        while end > from {
            var start = end
            while start > from, bytes[start - 1] != 0x0A { start -= 1 }
            // (The speech event pattern wants a finite cue; an event starts at or before it.)
            if let lastCue = CueWords.lastStart(bytes, start..<end, CueWords.finite), Attributor.isProseLine(start, end, bytes) {
                var last: Attribution?
                try speechEvents(in: bytes, start..<end, startingBy: lastCue, outside: stretches, last: &last)
                if let last { return last }
            }
            end = start - 1
        }
        return nil
    }

    /// Whether the line holding `start..<end` (no line break inside) ends like prose: a speech
    /// event in a heading line counts for nothing.
    private static func isProseLine(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var paragraphStart = start
        while paragraphStart > 0, bytes[paragraphStart - 1] != 0x0A { paragraphStart -= 1 }
        // The line's end: the next line break (memchr), or the end of the text.
        var paragraphEnd = bytes.count
        if end < bytes.count, let base = bytes.baseAddress, let found = memchr(base + end, 0x0A, bytes.count - end) {
            paragraphEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        return NameCast.endsLikeProse(paragraphStart..<paragraphEnd, bytes)
    }

    /// The speech events of `line`, whose matches start by `lastStart` (the last cue's start).
    private func speechEvents(in bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, startingBy lastStart: Int,
                              outside stretches: [QuotedStretch], last: inout Attribution?) throws {
        // (Only where a speaker can start and reach a cue.)
        let windows = SpeakerReach.windows(bytes, line.lowerBound..<min(lastStart + 1, line.upperBound), end: line.upperBound,
                                           cues: CueWords.finite)
        let groups = patterns.groups(of: patterns.speechEvent)
        try patterns.speechEvent.forEachMatch(inUTF8: UnsafeBufferPointer(rebasing: bytes[0..<line.upperBound]), startingIn: windows) { match in
            let start = match.range.lowerBound
            if stretches.contains(where: { $0.content.contains(start) }) { return true }
            // Not in a heading line ("Story continues below advertisement").
            var paragraphStart = start, paragraphEnd = match.range.upperBound
            while paragraphStart > 0, bytes[paragraphStart - 1] != 0x0A { paragraphStart -= 1 }
            while paragraphEnd < bytes.count, bytes[paragraphEnd] != 0x0A { paragraphEnd += 1 }
            if !NameCast.endsLikeProse(paragraphStart..<paragraphEnd, bytes) { return true }
            if let event = makeAttribution(match.result(), groups, position: .inherited, bytes: bytes) { last = event }
            return true
        }
    }

    /// A quote that fills the rest of its paragraph, signed on the next line: "\n\n- Clinton."
    private func signatureLine(after stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        var i = stretch.end
        while i < stretch.paragraphRange.upperBound, bytes[i] == 0x20 { i += 1 }
        guard i == stretch.paragraphRange.upperBound else { return nil }
        while i < bytes.count, bytes[i] == 0x0A || bytes[i] == 0x20 || bytes[i] == 0x0D { i += 1 }
        var end = i
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        guard end - i < 80 else { return nil }
        let line = UnsafeBufferPointer(rebasing: bytes[0..<end])
        guard Attributor.opensWithDash(i, bytes, end: end),
              let match = try patterns.afterDash.match(inUTF8: line, anchoredAt: i), let name = match.range("name"),
              NameParts.summary(bytes, name).count > 0 else {
            return nil
        }
        return Attribution(mention: name, kind: .name, cue: match.range("cue"), cueText: nil, position: .after)
    }

    /// "…." He said: a quote that ends its sentence is not attributed by what starts the next one,
    /// unless that is a lowercase pronoun ("Stop.” he said) or the quote asks or exclaims.
    private func allowsFollowingAttribution(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let close = stretch.close else { return false }
        let last = TextScan.scalar(before: close.lowerBound, in: bytes, floor: stretch.open.upperBound)
        guard last == "." || last == "…" else { return true }
        var i = close.upperBound
        while i < stretch.paragraphRange.upperBound, bytes[i] == 0x20 { i += 1 }
        guard i < stretch.paragraphRange.upperBound else { return false }
        return bytes[i] >= 0x61 && bytes[i] <= 0x7A
    }

    /// An attribution in the sentence before the opening mark.
    private func precedingAttribution(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        let openAt = stretch.open.lowerBound
        let sentence = TextScan.sentenceStart(before: openAt, in: bytes, floor: stretch.paragraphRange.lowerBound)
        let slice = UnsafeBufferPointer(rebasing: bytes[0..<openAt])
        var best: Attribution?
        var earliest: SpeakerMatch?
        var passiveSubject: Attribution?
        // In turn `before`, `beforeAccording`, `beforeInverted` and `bareCue` (compiled only when asked).
        let preceding = sentence < openAt ? 0..<4 : 0..<0
        // Every pattern but "according to" needs a cue verb: without one the scans find nothing.
        // The patterns allow no “ ” " « » or line break from the cue to the end: the cue stands
        // after the last of them, and so does the match of those that start with the cue. Those
        // that start with a speaker allow these marks only in a parenthesis after the speaker
        // ("Smith (“the boss”) said"): without a ")" after the last mark, their match starts after it too.
        let cueFloor = sentence < openAt ? Attributor.afterLastBarrier(bytes, sentence..<openAt) : sentence
        let speakerFloor = Attributor.contains(Attributor.closingParenthesis, bytes, cueFloor..<openAt) ? sentence : cueFloor
        // Where the last cue may start (a match of the patterns that need one starts by it, and
        // holds a cue after `from` only if it starts at or after `from`: `from` is `cueFloor` or
        // the end of a cue, never inside a word).
        let lastCue = sentence < openAt ? CueWords.lastStart(bytes, cueFloor..<openAt) : nil
        let hasCue = lastCue != nil
        // Byte tests that tell when a pattern cannot match before the quote: "according to"
        // needs "ccording"; the inverted pattern needs a closing "," or ":" and spaces.
        let hasAccording = sentence < openAt && Attributor.contains(Attributor.ccording, bytes, cueFloor..<openAt)
        let endsWithCommaOrColon = sentence < openAt && Attributor.mayEnd(with: 0x2C, or: 0x3A, bytes, sentence..<openAt)
        let beforeGroups = patterns.groups(of: patterns.before)
        for step in preceding where step == 1 ? hasAccording : hasCue && (endsWithCommaOrColon || step != 2) {
            let isBefore = step == 0, isBareCue = step == 3
            // (`bareCue`, compiled on first need, is asked for only when it must search.)
            let pattern: Pattern? = step == 0 ? patterns.before : step == 1 ? patterns.beforeAccording
                : step == 2 ? patterns.beforeInverted : nil
            // The speech verb nearest the quote wins: look again after each one found.
            let g = pattern.map { patterns.groups(of: $0) }
            var found: SpeakerMatch?
            var from = isBefore ? speakerFloor : cueFloor
            // Each match holds a cue standing as a word between its start and the quote (all
            // patterns but "according to").
            let needsCueWord = step != 1
            // `before` runs only where a speaker can start (the same first match).
            // (A match starts by the start of its cue, the last of which `hasCue` saw.)
            // (And only where its speaker can reach a cue: ``SpeakerReach``.)
            let speakerWindows = isBefore
                ? SpeakerReach.windows(bytes, from..<min(openAt, (lastCue ?? openAt) + 1), end: openAt, cues: CueWords.all)
                : []
            // (`hasCue` told it for the first search: its cue stands after `cueFloor`.)
            var first = true
            while from < openAt, first || !needsCueWord || (lastCue.map { $0 >= from } ?? false) {
                first = false
                var next: SpeakerMatch?
                if isBefore {
                    let windows = SpeakerStarts.windows(speakerWindows, from: from)
                    // The first place the search tries, read directly in the commonest shapes.
                    if let first = windows.first?.lowerBound, let read = DirectSpeakers.before(bytes, at: first, end: openAt) {
                        next = read
                    } else {
                        try patterns.before.forEachMatch(inUTF8: slice, startingIn: windows) { match in
                            next = SpeakerMatch(match, g!)
                            return false
                        }
                    }
                } else if isBareCue,
                          case let reading = DirectSpeakers.bareCue(bytes, from: from, end: openAt), reading != .decline {
                    // Read directly: a cue standing as a word, and the tail.
                    if case .match(let cue, let tail) = reading { next = SpeakerMatch(cue: cue, tail: tail) }
                } else {
                    let (searched, groups) = isBareCue ? try patterns.bareCue.withGroups() : (pattern!, g!)
                    try searched.forEachMatch(inUTF8: slice, from: from) { match in
                        next = SpeakerMatch(match, groups)
                        return false
                    }
                }
                guard let match = next, let cue = match.cue else { break }
                if found == nil, isBefore { earliest = match }
                found = match
                from = cue.upperBound
            }
            guard let match = found else { continue }
            let tail = match.tail ?? openAt..<openAt
            let introducing = isIntroduction(tail, bytes)
            var made = makeAttribution(match, position: introducing ? .introducing : .sentence, bytes: bytes)
            // A speech verb without its own subject ("…, calling it a", "but said that") speaks
            // for the subject of its sentence.
            // "…, Nefzi said, adding, “…”": the speaker just named before it comes first.
            if made == nil, let cue = match.cue, let spoken = best, let spokenCue = spoken.cue,
               spokenCue.upperBound <= cue.lowerBound, spoken.kind != .description {
                made = Attribution(mention: spoken.mention, kind: spoken.kind, cue: cue, cueText: nil, position: .sentence)
            }
            if let cue = match.cue,
               made == nil || (made?.kind == .description && bytes[cue.upperBound - 1] == 0x67 && bytes[cue.upperBound - 2] == 0x6E),
               let found = try sentenceSubject(from: sentence, before: cue.lowerBound, in: slice) {
                let subject = Attribution(mention: found.mention, kind: found.kind, cue: cue, cueText: nil, position: .sentence)
                // A passive ("were called") names no speaker; its subject is a last resort.
                if isPassive(cue, bytes) {
                    if passiveSubject == nil { passiveSubject = subject }
                } else {
                    made = subject
                }
            }
            guard var attribution = made else { continue }
            attribution.position = introducing ? .introducing : .sentence
            if let current = best, let cue = current.cue, let newCue = attribution.cue, cue.lowerBound >= newCue.lowerBound {
                continue
            }
            best = attribution
        }
        // "X said Tuesday that, according to its analysis, … “…”": a quote inside reported speech
        // belongs to the sentence's first speaker unless a later verb introduces it directly.
        if let current = best, current.position == .sentence, let first = earliest, let cue = first.cue,
           cue.lowerBound < (current.cue?.lowerBound ?? 0),
           CueVerbs.reporting.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[cue]), as: UTF8.self)),
           var attribution = makeAttribution(first, position: .sentence, bytes: bytes) {
            attribution.position = .sentence
            best = attribution
        }
        if best == nil, sentence < openAt, Attributor.mayEnd(with: 0x3A, or: 0x3A, bytes, sentence..<openAt) {
            // "Bush: “…”", "Rep. Trey Gowdy (R-S.C.): “…”"
            var found: MatchResult?
            try patterns.beforeColon.forEachMatch(inUTF8: slice, from: speakerFloor) { match in
                found = match.result()
                return false
            }
            // A pronoun before a colon is an object ("made it:"), not a speaker.
            let colonGroups = patterns.groups(of: patterns.beforeColon)
            if let match = found, match.range(colonGroups.pn) == nil,
               var attribution = makeAttribution(match, colonGroups, position: .introducing, bytes: bytes) {
                attribution.cueText = ":"
                best = attribution
            }
        }
        if best == nil, let close = stretch.close {
            // "A cashier who “steals” is held accountable, Warren said."
            let end = TextScan.sentenceEnd(after: close.upperBound, in: bytes, limit: stretch.paragraphRange.upperBound)
            let rest = UnsafeBufferPointer(rebasing: bytes[0..<end])
            // Both patterns start with a comma.
            let hasCue = Attributor.contains(Attributor.comma, bytes, close.upperBound..<end) && CueWords.mayHold(bytes, close.upperBound..<end, CueWords.finite)
            for pattern in [patterns.laterInSentence, patterns.laterInSentenceInverted] where best == nil && hasCue {
                var found: MatchResult?
                try pattern.forEachMatch(inUTF8: rest, from: close.upperBound) { match in
                    found = match.result()
                    return false
                }
                if let match = found, !containsQuoteMark(close.upperBound..<match.range.lowerBound, bytes) {
                    best = makeAttribution(match, patterns.groups(of: pattern), position: .sentence, bytes: bytes)
                }
            }
        }
        if best == nil { best = passiveSubject }
        return best
    }

    /// Where the word after the attribution patterns' lead
    /// `[ \x{A0}]*(?:[,;:]|[—–―]+|--?)?[ \x{A0}]*` starting at `i` stands: the only place a match
    /// can go on from (the lead's parts are optional, but a word cannot start on a space or on
    /// the punctuation).
    static func afterLead(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        func spaces(_ k: Int) -> Int {
            var k = k
            while k < end {
                if bytes[k] == 0x20 { k += 1; continue }
                if bytes[k] == 0xC2, k + 1 < end, bytes[k + 1] == 0xA0 { k += 2; continue }
                break
            }
            return k
        }
        var j = spaces(i)
        guard j < end else { return j }
        let b = bytes[j]
        if b == 0x2C || b == 0x3B || b == 0x3A {
            j += 1
        } else if b == 0x2D {
            j += 1
            if j < end, bytes[j] == 0x2D { j += 1 }
        } else {
            // — – ― (E2 80 94, 93, 95), as many as stand there.
            while j + 2 < end, bytes[j] == 0xE2, bytes[j + 1] == 0x80,
                  bytes[j + 2] == 0x94 || bytes[j + 2] == 0x93 || bytes[j + 2] == 0x95 {
                j += 3
            }
        }
        return spaces(j)
    }

    /// Whether ``AttributionPatterns/afterDash`` can match at `i` (before `end`): after spaces and
    /// no-break spaces, its cue `[—―–]|--?` must stand there.
    static func opensWithDash(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var j = i
        while j < end {
            if bytes[j] == 0x20 { j += 1; continue }
            if bytes[j] == 0xC2, j + 1 < end, bytes[j + 1] == 0xA0 { j += 2; continue }
            break
        }
        guard j < end else { return false }
        if bytes[j] == 0x2D { return true }
        return j + 2 < end && bytes[j] == 0xE2 && bytes[j + 1] == 0x80
            && (bytes[j + 2] == 0x94 || bytes[j + 2] == 0x95 || bytes[j + 2] == 0x93)
    }

    /// Just after the last “ ” " « » or line break inside `range` (line breaks ending the range
    /// aside: `$` may stand before them), or the range's start.
    static func afterLastBarrier(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var i = range.upperBound
        while i > range.lowerBound, bytes[i - 1] == 0x0A || bytes[i - 1] == 0x0D { i -= 1 }
        while i > range.lowerBound {
            let b = bytes[i - 1]
            if b == 0x22 || b == 0x0A { return i }
            if b == 0x9C || b == 0x9D, i - 3 >= range.lowerBound, bytes[i - 2] == 0x80, bytes[i - 3] == 0xE2 { return i }
            if b == 0xAB || b == 0xBB, i - 2 >= range.lowerBound, bytes[i - 2] == 0xC2 { return i }
            i -= 1
        }
        return range.lowerBound
    }

    private static let ccording = Array("ccording".utf8)
    private static let according = Array("according".utf8)
    private static let comma: [UInt8] = [0x2C]
    private static let closingParenthesis: [UInt8] = [0x29]

    /// Whether `needle` occurs inside `range` of `bytes`.
    static func contains(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = needle.first, range.count >= needle.count, let base = bytes.baseAddress else { return false }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        // Each place of the first byte (memchr), then the rest.
        while i <= last, let found = memchr(base + i, Int32(first), last - i + 1) {
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }

    /// Whether a match inside `range` can end with `[ab][ \x{A0}]*$` at the end of the range
    /// (false only when surely not: the last character other than spaces is ASCII and neither
    /// `a` nor `b`, nor a line break that `$` may stand before).
    static func mayEnd(with a: UInt8, or b: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var e = range.upperBound
        while e > range.lowerBound {
            if bytes[e - 1] == 0x20 { e -= 1; continue }
            if bytes[e - 1] == 0xA0, e - 2 >= range.lowerBound, bytes[e - 2] == 0xC2 { e -= 2; continue }
            break
        }
        guard e > range.lowerBound else { return false }
        let c = bytes[e - 1]
        return c == a || c == b || c == 0x0A || c == 0x0D || c >= 0x80
    }

    private func containsQuoteMark(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in range where bytes[i] == 0x22 || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x9C) {
            return true
        }
        return false
    }

    /// A name of two or more words followed by " of " at the start of `phrase` ("Scott Hawkins of"),
    /// unless it is a title ("Secretary of State").
    private func personBeforeOf(_ phrase: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let slice = UnsafeBufferPointer(rebasing: bytes[0..<phrase.upperBound])
        guard let name = try? patterns.properNameAnchored.match(inUTF8: slice, anchoredAt: phrase.lowerBound)?.range else {
            return nil
        }
        let of = Array(" of ".utf8)
        guard name.upperBound + of.count <= phrase.upperBound,
              (0..<of.count).allSatisfy({ bytes[name.upperBound + $0] == of[$0] }) else { return nil }
        let text = NameParts.summary(bytes, name)
        guard text.count >= 2, !text.parts.hasPersonTitle || text.count >= 2, !text.parts.isOrganization,
              !text.anyIsPersonTitle else { return nil }
        return name
    }

    /// "were more appropriately called", "was deemed": a passive verb names no speaker.
    private func isPassive(_ cue: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = cue.lowerBound
        for _ in 0..<3 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, TextScan.isWordByte(bytes[start - 1]) { start -= 1 }
            guard start < end else { return false }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
            if Attributor.beForms.contains(word) { return true }
            guard word.hasSuffix("ly") || word == "not" || word == "also" else { return false }
            end = start
        }
        return false
    }

    private static let beForms: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets"]

    /// "In Leeds, …": a clause opening with a preposition has no subject there.
    private func startsWithPreposition(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = start
        while end < bytes.count, end - start < 12, TextScan.isWordByte(bytes[end]) { end += 1 }
        guard end > start, end < bytes.count, bytes[end] == 0x20 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return Attributor.openingPrepositions.contains(word)
    }

    private static let openingPrepositions: Set<String> = [
        "In", "On", "At", "From", "With", "For", "By", "After", "Before", "During", "Since", "Under", "Over", "Across",
        "Through", "Near", "Outside", "Inside", "Among", "Despite", "Like", "Unlike", "To", "Of", "As", "Without",
        "Within", "Following", "Amid", "Throughout", "Until", "Speaking", "Asked", "Earlier", "Later",
    ]

    /// The subject of the sentence starting at `sentence`, ending before `limit`: at the start,
    /// or after an opening phrase and a comma ("Here in Columbia, Sanders stepped up…").
    private func sentenceSubject(from sentence: Int, before limit: Int, in slice: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        var start = sentence
        var tries = 0
        while start < limit, tries < 3 {
            if !startsWithPreposition(start, slice),
               let (subject, subjectEnd) = try subjectMatch(slice, at: start),
               subjectEnd <= limit,
               let found = makeAttribution(subject, position: .sentence, bytes: slice) {
                return found
            }
            // Next clause start: after the next comma.
            var i = start
            while i < limit, slice[i] != 0x2C { i += 1 }
            guard i < limit else { break }
            i += 1
            while i < limit, slice[i] == 0x20 { i += 1 }
            start = i
            tries += 1
        }
        return nil
    }

    /// ``AttributionPatterns/sentenceSubject`` anchored at `start` in `slice`: its groups and end,
    /// read directly in the commonest shapes.
    private func subjectMatch(_ slice: UnsafeBufferPointer<UInt8>, at start: Int) throws -> (SpeakerMatch, Int)? {
        if case .match(let found, let end) = DirectSpeakers.sentenceSubject(slice, at: start, end: slice.count) {
            return (found, end)
        }
        guard let match = try patterns.sentenceSubject.match(inUTF8: slice, anchoredAt: start) else { return nil }
        return (SpeakerMatch(match, patterns.groups(of: patterns.sentenceSubject)), match.range.upperBound)
    }

    /// A tail that only leads into the quote: "", ":", ", ", " reporters,", " in a statement:".
    private func isIntroduction(_ tail: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = tail.upperBound
        while end > tail.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        if end == tail.lowerBound { return true }
        let last = bytes[end - 1]
        return last == 0x3A || last == 0x2C || (last == 0xA0 && end - 1 > tail.lowerBound) || last == 0x94 || last == 0x2D
    }

    /// "PENCE: Well, look…" at the start of a quoted paragraph.
    private func transcriptLabel(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Attribution? {
        let start = stretch.content.lowerBound
        guard start < stretch.content.upperBound else { return nil }
        // The pattern opens with a capital and one of [\p{Lu}.'’\- ]: an ASCII byte other than
        // those rules it out without running it.
        let first = bytes[start]
        if first < 0x80 {
            guard first >= 0x41, first <= 0x5A, start + 1 < stretch.content.upperBound else { return nil }
            let second = bytes[start + 1]
            if second < 0x80, !(second >= 0x41 && second <= 0x5A), second != 0x2E, second != 0x27, second != 0x2D, second != 0x20 {
                return nil
            }
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[0..<stretch.content.upperBound])
        guard let match = try patterns.label.match(inUTF8: slice, anchoredAt: start), let name = match.range("name") else {
            return nil
        }
        // All capitals (a transcript speaker), at least two letters.
        var letters = 0
        for i in name where bytes[i] >= 0x61 && bytes[i] <= 0x7A { return nil }
        for i in name where bytes[i] >= 0x41 && bytes[i] <= 0x5A { letters += 1 }
        guard letters >= 2 else { return nil }
        return Attribution(mention: name, kind: .label, cue: nil, cueText: ":", position: .after)
    }

    /// A capitalized name ending `phrase` right after a lowercase word that is not a preposition
    /// ("the party's leader Jan Novak"; not "the governor of Texas").
    private func trailingPersonName(in phrase: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let slice = UnsafeBufferPointer(rebasing: bytes[0..<phrase.upperBound])
        guard let name = try? NameScanner.firstName(in: slice, in: phrase, pattern: patterns.properNameAtWordStart),
              name.upperBound == phrase.upperBound, name.lowerBound > phrase.lowerBound else { return nil }
        var wordEnd = name.lowerBound
        while wordEnd > phrase.lowerBound, bytes[wordEnd - 1] == 0x20 { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > phrase.lowerBound, TextScan.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < wordEnd, bytes[wordStart] >= 0x61, bytes[wordStart] <= 0x7A else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self)
        return Attributor.prepositions.contains(word) ? nil : name
    }

    private static let prepositions: Set<String> = [
        "of", "for", "at", "in", "on", "from", "with", "by", "to", "about", "and", "or", "the", "a", "an", "near",
        "over", "under", "after", "before", "against", "between", "into", "outside", "inside",
    ]

    private func makeAttribution(_ match: MatchResult, _ g: AttributionGroups, position: Attribution.Position,
                                 bytes: UnsafeBufferPointer<UInt8>) -> Attribution? {
        makeAttribution(SpeakerMatch(match, g), position: position, bytes: bytes)
    }

    private func makeAttribution(_ match: SpeakerMatch, position: Attribution.Position,
                                 bytes: UnsafeBufferPointer<UInt8>) -> Attribution? {
        let cue = match.cue
        if let pronoun = match.pn {
            return Attribution(mention: pronoun, kind: .pronoun, cue: cue, cueText: nil, position: position)
        }
        if let description = match.cn {
            // "an experience Grizzle described": a name closing the phrase after a common noun.
            if let named = trailingPersonName(in: description, bytes) {
                return Attribution(mention: named, kind: .name, cue: cue, cueText: nil, position: position)
            }
            // "The coach, Maria Ortiz, said": the name in a short appositive is the speaker.
            if let appositive = match.appos, appositive.count < 60,
               let named = try? NameScanner.firstName(in: bytes, in: appositive, pattern: patterns.properNameAtWordStart),
               NameParts.summary(bytes, named).count >= 2 {
                return Attribution(mention: named, kind: .name, cue: cue, cueText: nil, position: position)
            }
            return Attribution(mention: description, kind: .description, cue: cue, cueText: nil, position: position)
        }
        if let before = match.pre, !before.isEmpty, let person = personBeforeOf(before, bytes) {
            // "Scott Hawkins of Cheyenne": the person, not the place.
            return Attribution(mention: person, kind: .name, cue: cue, cueText: nil, position: position)
        }
        if let name = match.name {
            // Leave out a sentence-initial word ("But Smith said"); a lone one is no name.
            let text = NameParts.summary(bytes, name)
            // "Argentina's President, Nestor Kirchner, said": a bare title names no one; the
            // appositive does.
            if text.count == 1, text.firstIsPersonTitle,
               let appositive = match.appos, appositive.count < 60,
               let named = try? NameScanner.firstName(in: bytes, in: appositive, pattern: patterns.properNameAtWordStart) {
                return Attribution(mention: named, kind: .name, cue: cue, cueText: nil, position: position)
            }
            guard text.count > 0 else { return nil }
            // "In Leeds, …": the object of a preposition is no speaker.
            let dropped = text.parts.leadingBytesDropped
            if dropped > 0, startsWithPreposition(name.lowerBound, bytes) { return nil }
            let mention = (name.lowerBound + dropped)..<name.upperBound
            return Attribution(mention: mention, kind: .name, cue: cue, cueText: nil, position: position)
        }
        return nil
    }
}

import GleanPCRE
import Synchronization

/// The attribution patterns, compiled once: after the quote, before it, and inside it.
/// A class: the extractor, its attributor and each document's casts share one reference instead
/// of copying (retaining and releasing) every pattern.
final class AttributionPatterns: Sendable {
    /// `,” said Smith` / `” said the ministry`.
    let afterInverted: Pattern
    /// `,” Smith said` / `,” Scott Pruitt, the attorney general, said` / `” she added`.
    let afterNormal: Pattern
    /// `,” according to Smith`. Compiled on first need (most texts never ask: "according" right
    /// after a quote is rare).
    let afterAccording: LazyPattern
    /// `” ― Ariana Huichapa`.
    let afterDash: Pattern
    /// `Smith said: ` / `She told reporters, ` / `Putin, calling it a ` up to the opening mark.
    /// Compiled with `.offsetLimit`: searched only where ``SpeakerStarts`` says a speaker can start.
    let before: Pattern
    /// `According to Smith, `.
    let beforeAccording: Pattern
    /// `Said Smith: ` / `, said Smith, `.
    let beforeInverted: Pattern
    /// `, telling Reuters, ` / ` but said that `: a speech verb without a subject of its own, whose
    /// speaker is the subject of the sentence. Compiled on first need (``DirectSpeakers/bareCue(_:from:end:)``
    /// reads nearly every place itself).
    let bareCue: LazyPattern
    /// The subject at the start of a sentence (after an opening phrase and comma).
    let sentenceSubject: Pattern
    /// `Rep. Trey Gowdy (R-S.C.): ` / `this finding: ` right before the opening mark.
    let beforeColon: Pattern
    /// `, Warren said.` later in the quote's sentence.
    let laterInSentence: Pattern
    /// `, says Evan Tracey` later in the quote's sentence.
    let laterInSentenceInverted: Pattern
    /// `PENCE: ` at the start of a quoted paragraph (transcripts).
    let label: Pattern
    /// A speaker and a speech verb anywhere ("Chapman says"): who spoke last before a quote.
    /// Compiled with `.offsetLimit`: searched only where ``SpeakerStarts`` says a speaker can start.
    let speechEvent: Pattern
    /// A proper name, matched anchored at a given start.
    let properNameAnchored: Pattern
    /// A proper name that starts a word, matched anchored at a given start: the pattern
    /// ``NameScanner`` runs where a name can start. Compiled on first need (the scanner reads
    /// names in Swift and asks the pattern only at a capital beyond ASCII).
    let properNameAtWordStart: LazyPattern
    /// A cue verb right after a name ("Lonechild said"): evidence that a name is a person.
    let cueAfterName: Pattern
    /// Every pattern whose matches make attributions, with its group numbers.
    let groupTable: [(Pattern, AttributionGroups)]

    init() throws {
        typealias G = SpeakerGrammar
        let finite = CueVerbs.finiteAlternation
        let all = CueVerbs.allAlternation
        let lead = #"[ \x{A0}]*(?:[,;:]|[—–―]+|--?)?[ \x{A0}]*"#
        let notLetter = #"(?![\p{L}])"#
        // A word start after a space or punctuation (cheaper than a Unicode letter test).
        let wordStart = #"(?:^|(?<=[ \n\t\x{A0}(\[“"'‘—–,;:\-]))"#
        afterInverted = try AttributionPatterns.anchored(G.definitions + "\(lead)\(G.auxiliaries)(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)")
        afterNormal = try AttributionPatterns.anchored(G.definitions + "\(lead)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        afterAccording = LazyPattern { try AttributionPatterns.anchored(G.definitions + "\(lead)(?<cue>according\(G.space)to)\(G.space)\(G.speaker)\(notLetter)") }
        afterDash = try AttributionPatterns.anchored(#"[ \x{A0}]*(?<cue>[—―–]|--?)[ \x{A0}]*"# + "(?<name>\(G.properName))" + #"[ \x{A0}]*(?:[,.(]|$)"#)
        let tail = #"(?<tail>(?:[^“”"«»\n']|'(?!'))"# + "{0,240}?)" + #"[ \x{A0}]*$"#
        before = try Pattern(AttributionPatterns.compileOptions + G.definitions + "\(wordStart)\(G.notAfterPreposition)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(all))\(notLetter)\(tail)", options: .offsetLimit)
        beforeAccording = try Pattern(AttributionPatterns.compileOptions + G.definitions + "(?<cue>[Aa]ccording\(G.space)to)\(G.space)\(G.speaker)\(notLetter)\(tail)")
        beforeInverted = try Pattern(AttributionPatterns.compileOptions + G.definitions + "(?<![\\p{L}])(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)" + #"[^“”"«»\n]{0,60}?[:,][ \x{A0}]*$"#)
        speechEvent = try Pattern(AttributionPatterns.compileOptions + G.definitions + "\(wordStart)\(G.notAfterPreposition)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)", options: .offsetLimit)
        bareCue = LazyPattern { try Pattern(AttributionPatterns.compileOptions + "(?<![\\p{L}])(?<cue>\(all))\(notLetter)\(tail)") }
        beforeColon = try Pattern(AttributionPatterns.compileOptions + G.definitions + "\(wordStart)\(G.speaker)" + #"(?:[ \x{A0}]*\([^()\n]{1,40}\))?[ \x{A0}]*:[ \x{A0}]*$"#)
        laterInSentenceInverted = try Pattern(AttributionPatterns.compileOptions + G.definitions + #",[ \x{A0}]*"# + "(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)")
        laterInSentence = try Pattern(AttributionPatterns.compileOptions + G.definitions + #",[ \x{A0}]*"# + "\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        sentenceSubject = try AttributionPatterns.anchored(G.definitions + #"(?:[^,“”"«»\n]{1,60},[ \x{A0}]+)??"# + "(?<![\\p{L}])\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?=\\p{Ll})")
        label = try AttributionPatterns.anchored(#"(?<name>\p{Lu}[\p{Lu}.'’\- ]{1,30}?)[ \x{A0}]*:[ \x{A0}]"#)
        properNameAnchored = try AttributionPatterns.anchored(G.properName)
        properNameAtWordStart = LazyPattern { try NameScanner.wordStartPattern() }
        cueAfterName = try AttributionPatterns.anchored("(?:[ \\x{A0}]*\\([^()\\n]{1,50}\\))?\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        let grouped: [Pattern] = [afterInverted, afterNormal, afterDash, before, beforeAccording, beforeInverted,
                                  speechEvent, beforeColon, laterInSentence, laterInSentenceInverted, sentenceSubject, label]
        groupTable = grouped.map { ($0, AttributionGroups($0)) }
        // The direct readers' tables are built with the patterns, once, not in the first document.
        DirectSpeakers.prepare()
    }
}

/// The numbers of the named groups an attribution reads from a match of one pattern, looked up
/// once: `MatchResult.range(_:)` by number instead of by name (no string hashing per match).
/// A group the pattern lacks has a number past every match's groups (its range is nil).
struct AttributionGroups: Sendable {
    let cue, pn, cn, name, pre, appos, tail: Int

    init(_ pattern: Pattern) {
        func number(_ name: String) -> Int { pattern.groupNumbers[name] ?? Int.max }
        cue = number("cue")
        pn = number("pn")
        cn = number("cn")
        name = number("name")
        pre = number("pre")
        appos = number("appos")
        tail = number("tail")
    }
}

/// A pattern compiled on first need, with its group numbers: a pattern few texts need costs
/// nothing at start-up then. Built once, under a lock, by whichever thread asks first; the
/// pattern is the same whichever does (its source is fixed), so are the matches.
final class LazyPattern: Sendable {
    private let make: @Sendable () throws -> Pattern
    private let built = Mutex<(Pattern, AttributionGroups)?>(nil)

    init(_ make: @escaping @Sendable () throws -> Pattern) {
        self.make = make
    }

    /// The pattern, compiled now if no one asked before.
    func get() throws -> Pattern {
        try withGroups().pattern
    }

    /// The pattern and its group numbers.
    func withGroups() throws -> (pattern: Pattern, groups: AttributionGroups) {
        try built.withLock { value throws -> (pattern: Pattern, groups: AttributionGroups) in
            if let value { return value }
            let pattern = try make()
            let made = (pattern, AttributionGroups(pattern))
            value = made
            return made
        }
    }
}

extension AttributionPatterns {
    /// The group numbers of `pattern`, one of these patterns.
    func groups(of pattern: Pattern) -> AttributionGroups {
        for (candidate, groups) in groupTable where candidate === pattern { return groups }
        return AttributionGroups(pattern)
    }

    /// Put before every attribution pattern: no auto-possessification. That compile-time pass
    /// only spares backtracking (it never changes a match), which these patterns hardly need,
    /// while it costs a tenth of their compilation, most of the extractor's start-up.
    static let compileOptions = "(*NO_AUTO_POSSESS)"

    /// A pattern only ever matched at a given start (`match(inUTF8:anchoredAt:)`), compiled
    /// anchored once instead of searched-for plus an anchored twin.
    static func anchored(_ source: String) throws -> Pattern {
        try Pattern(compileOptions + source, options: .anchored)
    }
}

extension Pattern {
    /// The byte range of the first match inside `range` of `bytes`.
    func firstMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) throws -> Range<Int>? {
        var found: Range<Int>?
        try forEachMatch(inUTF8: UnsafeBufferPointer(rebasing: bytes[0..<range.upperBound]), from: range.lowerBound) { match in
            found = match.range
            return false
        }
        return found
    }
}

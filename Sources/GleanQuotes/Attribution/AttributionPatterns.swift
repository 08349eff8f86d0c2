import GleanPCRE

/// The attribution patterns, compiled once: after the quote, before it, and inside it.
struct AttributionPatterns: Sendable {
    /// `,” said Smith` / `” said the ministry`.
    let afterInverted: AnchoredPattern
    /// `,” Smith said` / `,” Scott Pruitt, the attorney general, said` / `” she added`.
    let afterNormal: AnchoredPattern
    /// `,” according to Smith`.
    let afterAccording: AnchoredPattern
    /// `” ― Ariana Huichapa`.
    let afterDash: AnchoredPattern
    /// `Smith said: ` / `She told reporters, ` / `Putin, calling it a ` up to the opening mark.
    let before: Pattern
    /// `According to Smith, `.
    let beforeAccording: Pattern
    /// `Said Smith: ` / `, said Smith, `.
    let beforeInverted: Pattern
    /// `, telling Reuters, ` / ` but said that `: a speech verb without a subject of its own, whose
    /// speaker is the subject of the sentence.
    let bareCue: Pattern
    /// The subject at the start of a sentence (after an opening phrase and comma).
    let sentenceSubject: AnchoredPattern
    /// `Rep. Trey Gowdy (R-S.C.): ` / `this finding: ` right before the opening mark.
    let beforeColon: Pattern
    /// `, Warren said.` later in the quote's sentence.
    let laterInSentence: Pattern
    /// `, says Evan Tracey` later in the quote's sentence.
    let laterInSentenceInverted: Pattern
    /// `PENCE: ` at the start of a quoted paragraph (transcripts).
    let label: AnchoredPattern
    /// A speaker and a speech verb anywhere ("Chapman says"): who spoke last before a quote.
    let speechEvent: Pattern
    /// A proper name anywhere (the document's cast of names).
    let properName: Pattern
    /// A proper name, matched anchored at a given start.
    let properNameAnchored: AnchoredPattern
    /// A cue verb right after a name ("Lonechild said"): evidence that a name is a person.
    let cueAfterName: AnchoredPattern
    /// Any finite or introducing cue verb, anywhere (even inside a word): a cheap test that a
    /// stretch of text can hold a match of the patterns that need one (all but "according to").
    let anyCue: Pattern

    init() throws {
        typealias G = SpeakerGrammar
        let finite = CueVerbs.finiteAlternation
        let all = CueVerbs.allAlternation
        let lead = #"[ \x{A0}]*(?:[,;:]|[—–―]+|--?)?[ \x{A0}]*"#
        let notLetter = #"(?![\p{L}])"#
        // A word start after a space or punctuation (cheaper than a Unicode letter test).
        let wordStart = #"(?:^|(?<=[ \n\t\x{A0}(\[“"'‘—–,;:\-]))"#
        afterInverted = try AnchoredPattern("\(lead)\(G.auxiliaries)(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)")
        afterNormal = try AnchoredPattern("\(lead)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        afterAccording = try AnchoredPattern("\(lead)(?<cue>according\(G.space)to)\(G.space)\(G.speaker)\(notLetter)")
        afterDash = try AnchoredPattern(#"[ \x{A0}]*(?<cue>[—―–]|--?)[ \x{A0}]*"# + "(?<name>\(G.properName))" + #"[ \x{A0}]*(?:[,.(]|$)"#)
        let tail = #"(?<tail>(?:[^“”"«»\n']|'(?!'))"# + "{0,240}?)" + #"[ \x{A0}]*$"#
        before = try Pattern(AnchoredPattern.compileOptions + "\(wordStart)\(G.notAfterPreposition)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(all))\(notLetter)\(tail)")
        beforeAccording = try Pattern(AnchoredPattern.compileOptions + "(?<cue>[Aa]ccording\(G.space)to)\(G.space)\(G.speaker)\(notLetter)\(tail)")
        beforeInverted = try Pattern(AnchoredPattern.compileOptions + "(?<![\\p{L}])(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)" + #"[^“”"«»\n]{0,60}?[:,][ \x{A0}]*$"#)
        speechEvent = try Pattern(AnchoredPattern.compileOptions + "\(wordStart)\(G.notAfterPreposition)\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        bareCue = try Pattern(AnchoredPattern.compileOptions + "(?<![\\p{L}])(?<cue>\(all))\(notLetter)\(tail)")
        beforeColon = try Pattern(AnchoredPattern.compileOptions + "\(wordStart)\(G.speaker)" + #"(?:[ \x{A0}]*\([^()\n]{1,40}\))?[ \x{A0}]*:[ \x{A0}]*$"#)
        laterInSentenceInverted = try Pattern(AnchoredPattern.compileOptions + #",[ \x{A0}]*"# + "(?<cue>\(finite))\(G.space)\(G.speaker)\(notLetter)")
        laterInSentence = try Pattern(AnchoredPattern.compileOptions + #",[ \x{A0}]*"# + "\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
        sentenceSubject = try AnchoredPattern(#"(?:[^,“”"«»\n]{1,60},[ \x{A0}]+)??"# + "(?<![\\p{L}])\(G.speaker)\(G.appositive)\(G.space)\(G.auxiliaries)(?=\\p{Ll})")
        label = try AnchoredPattern(#"(?<name>\p{Lu}[\p{Lu}.'’\- ]{1,30}?)[ \x{A0}]*:[ \x{A0}]"#)
        // The lookahead names the bytes a name can start with (A-Z, d of d’Estaing, a non-ASCII
        // capital), so the JIT skips ahead between candidates instead of trying every byte.
        properName = try Pattern(AnchoredPattern.compileOptions + "(?=[A-Zd\\x{C0}-\\x{10FFFF}])(?<![\\p{L}\\p{M}.’'])\(G.properName)")
        properNameAnchored = try AnchoredPattern(G.properName)
        anyCue = try Pattern(AnchoredPattern.compileOptions + all)
        cueAfterName = try AnchoredPattern("(?:[ \\x{A0}]*\\([^()\\n]{1,50}\\))?\(G.space)\(G.auxiliaries)(?<cue>\(finite))\(notLetter)")
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

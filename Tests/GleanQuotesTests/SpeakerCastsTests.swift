import Testing
import GleanCore
@testable import GleanQuotes

/// Texts where names, pronouns and headings interleave: surnames in many paragraphs, fuller
/// forms after the quote, titles and first names that tell a gender, organizations, particles,
/// lower-case words between names, names beyond ASCII.
private let castTexts: [String] = [
    "Harald Olsen spoke after meeting Minister Erik Dahl on Monday. Olsen said the talks went well.\n\n"
        + "“We agreed on almost everything,” he said. Dahl was less sure.\n\nLater Dahl said she would wait.",
    "Marta Kowalczyk, the club's coach, watched from the bench.\n\n“We were lucky,” Kowalczyk said.\n\n"
        + "Coach Marta Anna Kowalczyk added that the league van der Berg runs was strong.",
    "Northwind Power said crews were working through the night.\n\n“Most customers will have power by noon,” it said.\n\n"
        + "BC Hydro, which owns the lines, said Smith and Mr. Jones spoke. Jones said he agreed.",
    "Story continues below advertisement\n\nLudwig van Beethoven wrote it. Beethoven said nothing, and Ms. Beethoven "
        + "laughed.\n\nJosé Álvarez said: “Sí.” Álvarez told reporters he was tired, who knew.\n\nRead More Beethoven",
    "Mr. Smith went to Washington. U.S. officials said Smith, who was tired, met d'Alema and Jean-Luc O’Neil.\n"
        + "O’Neil said he would return; Smith said she would not. The Smith Foundation said it agreed.",
    "Dr. Ann Lee of Leeds met Lee Smith. Lee said the Leeds plan failed.\n\nLee Lee, the mayor, said “No.”\n\n"
        + "Sen. Lee told reporters she was done. It said so.",
]

/// Every question `SpeakerCasts` answers, asked of it and of the whole `NameCast`.
private func expectSameAnswers(_ text: String) throws {
    var text = text
    let patterns = try AttributionPatterns()
    try text.withUTF8 { bytes in
        let paragraphs = TextScan.paragraphs(bytes)
        var whole = try NameCast(bytes, paragraphs: paragraphs, patterns: patterns)
        var casts = SpeakerCasts(bytes, paragraphs: paragraphs, patterns: patterns)
        // The mentions the whole cast holds, and every word start, as the questions' places.
        var places: [Int] = []
        for i in 0...bytes.count where i == bytes.count || i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A {
            places.append(i)
        }
        for (n, mention) in whole.mentions.enumerated() {
            // Note every other speaker as a person, in both (one way or the other).
            switch n % 4 {
            case 0:
                casts.notePerson(mention.range)
                whole.notePerson(mention.range, bytes)
                #expect(casts.fullestName(mention.range) == whole.fullestName(mention.range, bytes), "\(mention.range)")
            case 2:
                whole.notePerson(mention.range, bytes)
                #expect(casts.notePersonAndFullestName(mention.range) == whole.fullestName(mention.range, bytes), "\(mention.range)")
            default:
                #expect(casts.fullestName(mention.range) == whole.fullestName(mention.range, bytes), "\(mention.range)")
            }
        }
        for place in places {
            #expect(casts.person(before: place, gender: .male) == whole.person(before: place, gender: .male, bytes)?.name)
            #expect(casts.person(before: place, gender: .female) == whole.person(before: place, gender: .female, bytes)?.name)
            #expect(casts.person(before: place, gender: nil) == whole.person(before: place, gender: nil, bytes)?.name)
            #expect(casts.organization(before: place) == whole.organization(before: place, bytes))
            #expect(casts.name(endingBefore: place, within: 4) == whole.name(endingBefore: place, within: 4, bytes)?.name)
        }
    }
}

@Test func speakerCastsAnswerAsTheWholeCast() throws {
    for text in castTexts { try expectSameAnswers(text) }
}

@Test func speakerCastsAnswerAsTheWholeCastOnTheExamples() throws {
    for example in QuoteExamples.all { try expectSameAnswers(example.text) }
}

@Test func speakerCastsAnswerAsTheWholeCastAskedInTextOrder() throws {
    // Names first asked by their fullest form (before any paragraph is recorded), then pronouns.
    for text in castTexts {
        var text = text
        let patterns = try AttributionPatterns()
        try text.withUTF8 { bytes in
            let paragraphs = TextScan.paragraphs(bytes)
            let whole = try NameCast(bytes, paragraphs: paragraphs, patterns: patterns)
            var casts = SpeakerCasts(bytes, paragraphs: paragraphs, patterns: patterns)
            for mention in whole.mentions.reversed() {
                #expect(casts.person(before: mention.range.upperBound, gender: .male)
                        == whole.person(before: mention.range.upperBound, gender: .male, bytes)?.name)
                #expect(casts.fullestName(mention.range) == whole.fullestName(mention.range, bytes))
            }
        }
    }
}

@Test func speakerStartsKnowsEveryFunctionWord() {
    // Every word of the function-word alternation, and nothing else, is in the table the
    // speaker-start test skips lower-case words with.
    let source = SpeakerGrammar.functionWord
    let words = source.dropFirst(3).prefix { $0 != ")" }.split(separator: "|").map(String.init)
    #expect(words.count > 60)
    #expect(source == "(?:" + words.joined(separator: "|") + #")(?![\p{L}])"#)
    for word in words {
        var word = word
        word.withUTF8 { #expect(SpeakerStarts.functionWords.value($0) != nil) }
    }
    var other = "of"
    other.withUTF8 { #expect(SpeakerStarts.functionWords.value($0) == nil) }
}

/// ``SpeakerStarts/windows(_:_:end:)`` without its shortcuts: every byte, every chain walked out.
private func referenceWindows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, end: Int) -> [ClosedRange<Int>] {
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    func isDApostrophe(_ i: Int) -> Bool {
        guard i + 1 < end, bytes[i] == 0x64 else { return false }
        return bytes[i + 1] == 0x27 || (i + 3 < end && bytes[i + 1] == 0xE2 && bytes[i + 2] == 0x80 && bytes[i + 3] == 0x99)
    }
    func isFunctionWord(_ q: Int) -> Bool {
        var r = q
        while r < end, isLetter(bytes[r]) { r += 1 }
        guard r == end || bytes[r] < 0x80 else { return false }
        return SpeakerStarts.functionWords.value(UnsafeBufferPointer(rebasing: bytes[q..<r])) != nil
    }
    func isCandidate(_ i: Int) -> Bool {
        guard isLower(bytes[i]) else { return true }
        var j = i + 1
        while j < end, isLetter(bytes[j]) { j += 1 }
        if SpeakerStarts.words.value(UnsafeBufferPointer(rebasing: bytes[i..<j])) != nil || isDApostrophe(i) { return true }
        var q = i
        for _ in 0..<4 {
            guard q < end else { return false }
            if bytes[q] >= 0x80 { return true }
            guard isLower(bytes[q]), !isFunctionWord(q) else { return false }
            var k = q + 1
            while k < end {
                if isLetter(bytes[k]) || bytes[k] == 0x2D { k += 1; continue }
                if bytes[k] >= 0x80, !(bytes[k] == 0xC2 && k + 1 < end && bytes[k + 1] == 0xA0) { return true }
                break
            }
            var m = k
            while m < end {
                if bytes[m] == 0x20 { m += 1; continue }
                if bytes[m] == 0xC2, m + 1 < end, bytes[m + 1] == 0xA0 { m += 2; continue }
                break
            }
            guard m > k, m < end else { return false }
            if (bytes[m] >= 0x41 && bytes[m] <= 0x5A) || bytes[m] >= 0x80 || isDApostrophe(m) { return true }
            q = m
        }
        return false
    }
    var windows: [ClosedRange<Int>] = []
    var open = -1, last = -1
    for i in range {
        let b = bytes[i]
        guard isLetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0xC0, SpeakerStarts.isWordStart(i, bytes) else { continue }
        if isCandidate(i) {
            if open < 0 { open = i }
            last = i
        } else if open >= 0 {
            windows.append(open...last)
            open = -1
        }
    }
    if open >= 0 { windows.append(open...last) }
    return windows
}

@Test func speakerStartsWindowsAreTheReferenceOnes() {
    let texts = castTexts + QuoteExamples.all.map(\.text) + [
        "officials in the city said well-known local leader Ann Day spoke, and a spokesman for the city council Mr. Bo said",
        "he met with the new head of the regional water board d'Alema today, said the so-called expert Joe Smith",
    ]
    for text in texts {
        var text = text
        text.withUTF8 { bytes in
            for start in stride(from: 0, to: bytes.count, by: 7) {
                for end in [bytes.count, min(bytes.count, start + 40)] where end >= start {
                    #expect(SpeakerStarts.windows(bytes, start..<end, end: end) == referenceWindows(bytes, start..<end, end: end))
                }
            }
        }
    }
}

@Test func speakerCastsAnswerAsTheWholeCastPastTheSurnameLimit() throws {
    // More surnames than the casts look up one by one: the whole cast takes over mid-way.
    var text = ""
    for k in 0..<(SpeakerCasts.surnameLimit + 20) {
        text += "Anna Name\(String(UnicodeScalar(UInt8(65 + k % 26))))x\(k / 26 == 0 ? "" : "q") said she was there. "
        text += "Mr. Name\(String(UnicodeScalar(UInt8(65 + k % 26))))x\(k / 26 == 0 ? "" : "q") said it was fine.\n\n"
    }
    try expectSameAnswers(text)
}

/// The pronoun-gender scan byte by byte, as it was written first.
private func referencePronounGender(after start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameCast.Gender? {
    let limit = min(bytes.count, start + 200)
    var i = start
    while i < limit, bytes[i] != 0x0A {
        if i == 0 || !TextScan.isWordByte(bytes[i - 1]) {
            var j = i
            while j < limit, TextScan.isWordByte(bytes[j]) { j += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self).lowercased()
            if word == "he" || word == "his" || word == "him" { return .male }
            if word == "she" || word == "her" { return .female }
            i = max(j, i + 1)
        } else {
            i += 1
        }
    }
    return nil
}

@Test func pronounGenderScanIsTheReferenceOne() {
    for text in castTexts + ["Lee\nhe", "sHe said", "Hisham met Heralds; her", "the+he", "xhe her", "Smith’s son, HIM"] {
        var text = text
        text.withUTF8 { bytes in
            for start in 0...bytes.count {
                #expect(NameCast.firstPronounGender(after: start, bytes) == referencePronounGender(after: start, bytes))
            }
        }
    }
}

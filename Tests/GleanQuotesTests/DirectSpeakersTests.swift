import Foundation
import Testing
import GleanPCRE
@testable import GleanQuotes

/// Leads, speakers, cues and what follows them: the shapes the direct readers claim and their
/// near misses (titles, suffixes, particles, possessives, determiners, weekdays, longer cues).
private func generatedTexts() -> [String] {
    let leads = [",” ", "” ", ",\" ", "\" ", "” — ", "”, ", "” -- ", "” ", ".” ", "?” "]
    let speakers = ["he", "she", "It", "I", "who", "which", "they", "Smith", "John Smith", "John Paul Smith", "A B", "The Ministry",
                    "Mr. Smith", "Sen. John", "John Sr.", "Smith, Jr.", "Monday", "Smith's lawyer", "John van Berg", "José",
                    "Smith-Jones", "O'Neil", "Gen", "Sr", "An Lee", "One Man", "He Li", "Its Chief", "Ann Lee Smith Jones",
                    "officials", "the minister", "US", "J. Smith", "McDonald", "it’s", "analysts at the bank", "of his attention", "himself", "with its", "d'Alema", "d’Alema", "dans", "answers himself", "policemen", "spokespeople", "critics", "onetime ally Smith", "former minister Jones", "top aide to Smith", "top aide Sir Smith", "chief executive Thierry Breton", "senior economist Marie-Pierre Ripert", "economy minister d'Alema", "his attention", "the company", "The company", "the ministry spokesman", "The Commerce Department", "the report", "a spokeswoman for the city", "This week", "The company told reporters", "The report's author", "the U.S. embassy", "the company  spokesman", "the 3 men", "The city - mayor", "An aide", "the company it", "Another official who"]
    let cues = ["said", "says", "told", "added", "wrote", "say", "asked", "joked", "pointed out", "said of", "reads", "also said"]
    let tails = [".", ",", " on Tuesday.", " that", " of the", " reporters.", " Reuters.", " in a statement", "”", ", adding",
                 "", " Jr.", "-based", " Jones said.", ", Jr.", ", Sr", "\u{A0}he", " (AP)", "’s", "é", ". He said",
                 " Smith told reporters Jones said.", " said Smith."]
    var texts: [String] = []
    for lead in leads {
        for speaker in speakers {
            for cue in cues {
                for tail in tails {
                    texts.append("“Yes\(lead)\(cue) \(speaker)\(tail)")
                    texts.append("“Yes\(lead)\(speaker) \(cue)\(tail)")
                }
            }
        }
    }
    return texts
}

/// The example corpus's texts (real news sentences; a test does not depend on files outside the
/// repository).
private func realTexts() -> [String] {
    QuoteExamples.all.map(\.text)
}

/// Each reader gives exactly what its pattern gives wherever it does not decline: at every place
/// after a byte that is no ASCII letter, up to the end of the line.
private func expectReadersAgree(_ texts: [String], patterns: AttributionPatterns) throws -> (claimed: Int, places: Int) {
    var claimed = 0, places = 0
    for original in texts {
        var text = original
        try text.withUTF8 { bytes in
            var lineEnd = 0
            for i in 0..<bytes.count {
                if i >= lineEnd {
                    lineEnd = i
                    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                }
                guard i > 0, !DirectSpeakers.isLetter(bytes[i - 1]), bytes[i] & 0xC0 != 0x80 else { continue }
                let end = lineEnd
                let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                for (pattern, reading) in [(patterns.afterInverted, DirectSpeakers.afterInverted(bytes, at: i, end: end)),
                                           (patterns.afterNormal, DirectSpeakers.afterNormal(bytes, at: i, end: end))] {
                    places += 1
                    if reading == .decline { continue }
                    claimed += 1
                    let expected = try pattern.match(inUTF8: slice, anchoredAt: i).map { SpeakerMatch($0, patterns.groups(of: pattern)) }
                    switch reading {
                    case .match(let read):
                        #expect(expected == read, "\(pattern === patterns.afterInverted ? "inverted" : "normal") at \(i) of \(original.debugDescription)")
                    default:
                        #expect(expected == nil, "\(pattern === patterns.afterInverted ? "inverted" : "normal") none at \(i) of \(original.debugDescription)")
                    }
                }
            }
        }
    }
    return (claimed, places)
}

@Test func directSpeakersAgreeWithPatternsOnGeneratedTexts() throws {
    let patterns = try AttributionPatterns()
    let (claimed, _) = try expectReadersAgree(generatedTexts(), patterns: patterns)
    #expect(claimed > 10_000)
}

@Test func directSpeakersAgreeWithPatternsOnRealTexts() throws {
    let patterns = try AttributionPatterns()
    let (claimed, _) = try expectReadersAgree(realTexts(), patterns: patterns)
    #expect(claimed > 100)
}

@Test func directSpeakerCuesAreFiniteCuesAndNoAuxiliaries() {
    let finite = Set(CueVerbs.finite)
    for cue in DirectSpeakers.cues {
        let word = String(decoding: cue, as: UTF8.self)
        #expect(finite.contains(word), "\(word)")
        #expect(!word.hasSuffix("ly"), "\(word)")
    }
    #expect(DirectSpeakers.continuations.contains(Array(" of".utf8)))
}

/// Sentences opening with a speaker, and their near misses.
private func subjectTexts() -> [String] {
    let openings = ["", "So ", "(", "“", "— ", "But, ", "x", "é"]
    let speakers = ["He", "he", "She", "It", "I", "they", "who", "Smith", "John Smith", "John Paul Smith", "Ann Lee Smith Jones",
                    "The Ministry", "A B", "Mr. Smith", "Smith's lawyer", "John van Berg", "José", "Smith-Jones", "US", "Monday",
                    "officials", "Its Chief", "J. Smith", "Smith, Jr.", "the company", "The company", "the ministry spokesman", "The Commerce Department", "the report", "a spokeswoman for the city", "This week", "The company told reporters", "The report's author", "the U.S. embassy", "the company  spokesman", "the 3 men", "The city - mayor", "An aide", "the company it", "Another official who"]
    let rests = ["said it", "also said", "told reporters", "visited Paris", "visited the city", "on Tuesday said", "quickly left",
                 "was quoted", "with d'Alema", "called it", "told reporters Jones said", "said, adding", "hopes to", "is",
                 "supply", "rally, said", "ran on", "sent-off Smith", "went to see Ann", "met d’Artagnan", "saw\u{A0}it",
                 "in 2010 said", "élan", "x", "a", "has, she said", "earlier this week said", "d'Estaing said", "d’Estaing said", "de Souza said", "de la Cruz said", "y Gasset said", "van d'Alema said"]
    var texts: [String] = []
    for opening in openings {
        for speaker in speakers {
            for rest in rests {
                texts.append("\(opening)\(speaker) \(rest) “Yes.”")
                texts.append("\(opening)\(speaker)  \(rest):")
            }
        }
    }
    return texts
}

private func expectSubjectReaderAgrees(_ texts: [String], patterns: AttributionPatterns) throws -> Int {
    var claimed = 0
    for original in texts {
        var text = original
        try text.withUTF8 { bytes in
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 && (i == 0 || !DirectSpeakers.isLetter(bytes[i - 1])) {
                // The subject ends before whatever end the caller gives: try the text's end and the next quote mark.
                var ends = [bytes.count]
                if let mark = (i..<bytes.count).first(where: { bytes[$0] == 0xE2 || bytes[$0] == 0x3A }) { ends.append(mark) }
                for end in ends {
                    guard case .match(let read, let readEnd) = DirectSpeakers.sentenceSubject(bytes, at: i, end: end) else { continue }
                    claimed += 1
                    let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                    let match = try patterns.sentenceSubject.match(inUTF8: slice, anchoredAt: i)
                    #expect(match.map { SpeakerMatch($0, patterns.groups(of: patterns.sentenceSubject)) } == read,
                            "subject at \(i) of \(original.debugDescription)")
                    #expect(match?.range.upperBound == readEnd, "subject end at \(i) of \(original.debugDescription)")
                }
            }
        }
    }
    return claimed
}

@Test func sentenceSubjectReaderAgreesWithPattern() throws {
    let patterns = try AttributionPatterns()
    #expect(try expectSubjectReaderAgrees(subjectTexts(), patterns: patterns) > 1_000)
    #expect(try expectSubjectReaderAgrees(realTexts(), patterns: patterns) > 100)
}

/// Introductions before an opening mark, and their near misses.
private func introductionTexts() -> [String] {
    let openings = ["", "So ", "(", "“", "— ", "But, ", "x", "é", "according to ", "into ", "talking to ", "By ", "3to "]
    let speakers = ["He", "he", "She", "It", "I", "they", "who", "Smith", "John Smith", "John Paul Smith", "Ann Lee Smith Jones",
                    "The Ministry", "A B", "Mr. Smith", "Smith's lawyer", "John van Berg", "José", "Smith-Jones", "US", "Monday",
                    "officials", "J. Smith", "the company", "The company", "the ministry spokesman", "The Commerce Department", "the report", "a spokeswoman for the city", "This week", "The company told reporters", "The report's author", "the U.S. embassy", "the company  spokesman", "the 3 men", "The city - mayor", "An aide", "the company it", "Another official who"]
    let rests = ["said: ", "said, ", "told reporters: ", "told Reuters: ", "told reporters Jones said: ", "added ", "warned of ",
                 "said of ", "also said: ", "said\u{A0}", "said it was a ", "said '' ", "said \"x\" then ", "said:\n", "says  ",
                 "told the BBC: ", "wrote in a letter: ", "tweeted\u{A0}", "asked: ", "said \u{A0} ", "said’ "]
    var texts: [String] = []
    for opening in openings {
        for speaker in speakers {
            for rest in rests {
                texts.append("\(opening)\(speaker) \(rest)“Yes.”")
            }
        }
    }
    texts.append("He said " + String(repeating: "x", count: 250) + " “Yes.”")
    texts.append("He said " + String(repeating: "x", count: 235) + " “Yes.”")
    return texts
}

@Test func beforeReaderAgreesWithPattern() throws {
    let patterns = try AttributionPatterns()
    let g = patterns.groups(of: patterns.before)
    var claimed = 0, descriptions = 0
    for original in introductionTexts() + realTexts() {
        var text = original
        try text.withUTF8 { bytes in
            // Subjects ending at each opening mark.
            for end in 0..<bytes.count where bytes[end] == 0x22 || (bytes[end] == 0xE2 && end + 2 < bytes.count && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x9C) {
                let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                for p in 0..<end where DirectSpeakers.isLetter(bytes[p]) {
                    guard let read = DirectSpeakers.before(bytes, at: p, end: end) else { continue }
                    claimed += 1
                    if read.cn != nil { descriptions += 1 }
                    var expected: SpeakerMatch?
                    try patterns.before.forEachMatch(inUTF8: slice, startingIn: [p...p]) { match in
                        expected = SpeakerMatch(match, g)
                        return false
                    }
                    #expect(expected == read, "before at \(p)..<\(end) of \(original.debugDescription)")
                }
            }
        }
    }
    #expect(claimed > 500)
    #expect(descriptions > 100)
}

/// Speech verbs without a subject of their own, and their near misses.
private func bareCueTexts() -> [String] {
    let openings = ["", "He said ", "In 1988, ", "x", "é", "—", "\u{A0}", "The company's ", "Asked about it, "]
    let cues = ["said", "said of", "says of", "calling", "called", "call", "calls", "pointed out", "points out", "is quoted as saying",
                "e-mailed", "warned of", "warned", "referred to", "saidx", "Said", "xsaid", "saidé", "ésaid", "said-", "said.",
                "went on", "put it", "described as", "vowed to", "pledged to", "adding"]
    let tails = [": ", ", ", " it was a ", " that ", "", " '' ", " it ' s ", " \u{A0}", " reporters the report was ",
                 " " + String(repeating: "x", count: 238), " " + String(repeating: "x", count: 245), " d’ ", " (x) "]
    var texts: [String] = []
    for opening in openings {
        for (n, cue) in cues.enumerated() {
            for (m, tail) in tails.enumerated() {
                texts.append("\(opening)\(cue)\(tail)“Yes.”")
                if (n + m) % 4 == 0 { texts.append("\(opening)\(cue) and \(cues[(n + m) % cues.count])\(tail)“Yes.”") }
            }
        }
    }
    return texts
}

@Test func bareCueReaderAgreesWithPattern() throws {
    let patterns = try AttributionPatterns()
    let (bareCue, g) = try patterns.bareCue.withGroups()
    var claimed = 0, matches = 0
    for original in bareCueTexts() + realTexts() {
        var text = original
        try text.withUTF8 { bytes in
            // Subjects ending at each opening mark, searched from every place before it.
            for end in 0..<bytes.count where bytes[end] == 0x22 || (bytes[end] == 0xE2 && end + 2 < bytes.count && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x9C) {
                let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                for from in 0..<end where bytes[from] & 0xC0 != 0x80 {
                    let reading = DirectSpeakers.bareCue(bytes, from: from, end: end)
                    guard reading != .decline else { continue }
                    claimed += 1
                    var expected: SpeakerMatch?
                    try bareCue.forEachMatch(inUTF8: slice, from: from) { match in
                        expected = SpeakerMatch(match, g)
                        return false
                    }
                    if case .match(let cue, let tail) = reading {
                        matches += 1
                        #expect(expected == SpeakerMatch(cue: cue, tail: tail), "bare cue from \(from)..<\(end) of \(original.debugDescription)")
                    } else {
                        #expect(expected == nil, "no bare cue from \(from)..<\(end) of \(original.debugDescription)")
                    }
                }
            }
        }
    }
    #expect(claimed > 5_000)
    #expect(matches > 1_000)
}

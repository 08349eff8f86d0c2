import Foundation
import Testing
import GleanPCRE
@testable import GleanQuotes

/// Sentences whose speakers take every shape of the grammar (premodifiers, particles, titles,
/// suffixes, possessives, determiners, appositives, parentheses, time adverbials), before a cue
/// or not, and their near misses.
private func reachTexts() -> [String] {
    let openings = ["", "In 1988, ", "DETROIT, March 2 - ", "But ", "(", "“", "x", "é ", "According to ", "On Tuesday, ",
                    "Asked about it, ", "In a letter to Secretary General Javier Perez de Cuellar, published here today, "]
    let speakers = ["he", "He", "It", "I", "who", "officials", "Officials", "one", "Smith", "John Smith", "Ann Lee Smith Jones Brown Black Green White",
                    "Mr. Smith", "Sen. John Smith", "John Smith Jr.", "John Smith, Jr.", "John Smith III", "Smith's lawyer",
                    "General Motors Corp's GMAC Financial Services", "John van Berg", "Javier Perez de Cuellar", "José Smith",
                    "Smith-Jones", "O'Neil", "d'Alema", "d’Alema", "McDonald", "U.S. Trade Representative Clayton Yeutter",
                    "Foreign Ministry spokeswoman Maria Zakharova", "former minister Jones", "top aide to Smith",
                    "chief executive Thierry Breton", "1988 presidential contender Jones", "the company", "The company",
                    "A Kleinwort Benson spokesman", "a spokeswoman for the city", "the company’s chief", "This week",
                    "The report's author", "the U.S. embassy", "the 3 men", "The city - mayor", "An aide", "one of the most direct critics",
                    "Smith (R-S.C.)", "Smith, the governor of Texas,", "Smith, a longtime Reagan supporter and former Republican senator from Texas,",
                    "Smith, 45,", "Smith , the boss,", "Smith,the boss,", "the boss, Maria Ortiz,", "Deputy Prime Minister Frigyes Berecz",
                    "Syrian U.N. charge d'affaires Abdul Mou'men Al-Atassi", "Smith\u{A0}Jones", "the\u{A0}ministry", "Smith’s aide",
                    "Its chief", "Our reporter", "Reuters", "NEW YORK", "Revolutionary Guards Corps", "US", "Él"]
    let middles = ["", " also", " on Tuesday,", " earlier this week", " later in a statement", " repeatedly", " has", " was quoted as",
                   " quickly", " on Monday", " in an interview", " Monday", " yesterday,", " still", " e-mail", " not", " then also later"]
    let cues = [" said", " says", " told", " added", " pointed out", " said of", " is quoted as saying", " calling", " called",
                " e-mailed", " declined", " visited", " Said", " saidx", " referred to", " went on", " warned of", " wrote"]
    let tails = [": ", ", ", " it was a ", " that ", "", ".", " reporters the report was", " Reuters: ", "; then ", "? "]
    var texts: [String] = []
    for opening in openings {
        for speaker in speakers {
            for (n, middle) in middles.enumerated() {
                for (m, cue) in cues.enumerated() where (n + m) % 3 == 0 || n == 0 {
                    let tail = tails[(n + m + speaker.count) % tails.count]
                    texts.append("\(opening)\(speaker)\(middle)\(cue)\(tail)")
                }
            }
        }
    }
    return texts
}

/// The example corpus's texts (real news sentences; a test does not depend on files outside the
/// repository).
private func realReachTexts() -> [String] {
    QuoteExamples.all.map(\.text)
}

/// Wherever ``SpeakerReach`` says no match starts, neither pattern finds one starting there:
/// at every word start of every line, the subject ending at the line's end and at each opening
/// mark. Returns how many places were ruled out and how many were tried.
private func expectReachAgrees(_ texts: [String], patterns: AttributionPatterns) throws -> (ruledOut: Int, places: Int) {
    var ruledOut = 0, places = 0
    for original in texts {
        var text = original
        try text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var ends = [lineEnd]
                for i in lineStart..<lineEnd where bytes[i] == 0x22 || (bytes[i] == 0xE2 && i + 2 < lineEnd && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9C) {
                    ends.append(i)
                }
                for end in ends {
                    let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                    for p in lineStart..<end {
                        let b = bytes[p]
                        guard DirectSpeakers.isLetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0xC0, SpeakerStarts.isWordStart(p, bytes) else { continue }
                        for (pattern, cues) in [(patterns.before, CueWords.all), (patterns.speechEvent, CueWords.finite)] {
                            places += 1
                            guard !SpeakerReach.mayStart(at: p, bytes, end: end, cues: cues) else { continue }
                            ruledOut += 1
                            var found: Range<Int>?
                            try pattern.forEachMatch(inUTF8: slice, startingIn: [p...p]) { match in
                                found = match.range
                                return false
                            }
                            #expect(found == nil, "\(pattern === patterns.before ? "before" : "event") at \(p)..<\(end) of \(original.debugDescription)")
                        }
                    }
                }
                lineStart = lineEnd + 1
            }
        }
    }
    return (ruledOut, places)
}

@Test func speakerReachRulesOutOnlyPlacesWithoutMatchOnGeneratedTexts() throws {
    let patterns = try AttributionPatterns()
    let (ruledOut, places) = try expectReachAgrees(reachTexts(), patterns: patterns)
    #expect(ruledOut > 10_000)
    #expect(ruledOut < places)
}

@Test func speakerReachRulesOutOnlyPlacesWithoutMatchOnRealTexts() throws {
    let patterns = try AttributionPatterns()
    let (ruledOut, _) = try expectReachAgrees(realReachTexts(), patterns: patterns)
    #expect(ruledOut > 100)
}

/// The windows hold every place where either pattern matches in the windows of
/// ``SpeakerStarts``, and are what ``SpeakerReach/mayStart(at:_:end:cues:)`` tells place by place
/// (the words read once for all places give the same answers).
@Test func speakerReachWindowsKeepEveryMatch() throws {
    let patterns = try AttributionPatterns()
    var matches = 0
    // Lines longer than the tape (512 words) with words that are no places ("--", the "or" of
    // "and/or", the "5" of "$5"), shifted by 0 to 15 words so that the tape starts again at
    // many different places.
    let longLine = (0..<120).map { n in "x $5 and/or -- x John Smith\(n % 7) of Acme said x" }.joined(separator: " ")
    let longLines = (0..<16).map { shift in String(repeating: "x ", count: shift) + longLine }
    let texts = Array(reachTexts().prefix(3000)) + realReachTexts() + longLines
    for original in texts {
        var text = original
        try text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let slice = UnsafeBufferPointer(rebasing: bytes[0..<end])
                let range = lineStart..<end
                let windows = SpeakerStarts.windows(bytes, range, end: end)
                for (pattern, cues) in [(patterns.before, CueWords.all), (patterns.speechEvent, CueWords.finite)] {
                    let reach = SpeakerReach.windows(bytes, range, end: end, cues: cues)
                    var all: [Range<Int>] = [], kept: [Range<Int>] = []
                    try pattern.forEachMatch(inUTF8: slice, startingIn: windows) { all.append($0.range); return true }
                    try pattern.forEachMatch(inUTF8: slice, startingIn: reach) { kept.append($0.range); return true }
                    #expect(all == kept, "\(original.debugDescription)")
                    matches += all.count
                    // Place by place.
                    var expected: [ClosedRange<Int>] = []
                    var open = -1, last = -1
                    var p = range.lowerBound
                    while p < range.upperBound {
                        let b = bytes[p]
                        if DirectSpeakers.isLetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0xC0, SpeakerStarts.isWordStart(p, bytes) {
                            if SpeakerReach.mayStart(at: p, bytes, end: end, cues: cues) {
                                if open < 0 { open = p }
                                last = p
                            } else if open >= 0 {
                                expected.append(open...last)
                                open = -1
                            }
                            p += 1
                            while p < range.upperBound, DirectSpeakers.isLetter(bytes[p]) || (bytes[p] >= 0x30 && bytes[p] <= 0x39) { p += 1 }
                            continue
                        }
                        p += 1
                    }
                    if open >= 0 { expected.append(open...last) }
                    #expect(reach == expected, "windows of \(original.debugDescription)")
                }
                lineStart = end + 1
            }
        }
    }
    #expect(matches > 1_000)
}

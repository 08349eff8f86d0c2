import Testing
import GleanPCRE
import GleanCore
@testable import GleanQuotes

private func quotes(_ text: String, options: JSONObject = JSONObject()) throws -> [Extraction] {
    let extractor = try QuoteExtractor(options: ExtractorOptions(for: QuoteExtractor.description, values: options))
    return try extractor.extract(from: Document(id: "t", text: text))
}

@Test func speakerOffsetsAreCodePoints() throws {
    let text = "Café owner Zoë Brandt said: “We’re staying open.”"
    let found = try quotes(text)
    #expect(found.count == 1)
    let quote = try #require(found.first)
    let scalars = Array(text.unicodeScalars)
    let start = quote.attributes["speaker_start"]?.intValue ?? -1
    let end = quote.attributes["speaker_end"]?.intValue ?? -1
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Zoë Brandt")
    #expect(quote.attributes["quote"]?.stringValue == "We’re staying open.")
}

@Test func pronounResolvesToTheNearestFittingPerson() throws {
    let text = "Ms. Hana Ito chairs the panel and Mr. Leo Park advises it. “The report is late,” he said."
    let found = try quotes(text)
    #expect(found.first?.attributes["speaker"]?.stringValue == "Leo Park")
    #expect(found.first?.attributes["speaker_mention"]?.stringValue == "he")
}

@Test func continuationTakesTheSpeakerOfThePreviousQuote() throws {
    let text = "“We knew the risks,” said Ines Varga, a climber.\n\n“The mountain decides, not us, and we accept that.”"
    let found = try quotes(text)
    #expect(found.count == 2)
    #expect(found.map { $0.attributes["speaker"]?.stringValue } == ["Ines Varga", "Ines Varga"])
}

@Test func unattributedQuotesCanBeDropped() throws {
    let text = "A sign on the door, “Closed until further notice for repairs,” greeted visitors."
    #expect(try quotes(text).count == 1)
    #expect(try quotes(text, options: ["keep_unattributed": false]).isEmpty)
}

@Test func pathologicalTextDoesNotFailTheDocument() throws {
    let noise = String(repeating: "Alpha Beta, Gamma Delta, the very long and winding list of officials, ", count: 300)
    let text = "“" + noise + "”, said Ruth Adams. “" + String(repeating: "word ", count: 2000) + "” "
        + String(repeating: "\"", count: 501) + " ''' '' ‘’ ’‘ «»"
    let found = try quotes(text)
    #expect(found.contains { $0.attributes["speaker"]?.stringValue == "Ruth Adams" })
}

@Test func emptyAndMarkOnlyTexts() throws {
    #expect(try quotes("").isEmpty)
    #expect(try quotes("\"").isEmpty)
    #expect(try quotes("“”").isEmpty)
}

@Suite struct CueAlternationTests {
    /// The written-out alternations must be what the word lists give.
    @Test func writtenOutAlternationsMatchTheWordLists() {
        #expect(CueVerbs.finiteAlternation == CueVerbs.firstLetterAlternation(CueVerbs.finite))
        #expect(CueVerbs.allAlternation == CueVerbs.firstLetterAlternation(CueVerbs.finite + CueVerbs.introducing))
    }

    /// The first-letter alternation matches what the trie matches, at every place of texts made
    /// of the words, their prefixes and the phrases they start, followed by every kind of end.
    @Test func firstLetterAlternationMatchesAsTheTrie() throws {
        for words in [CueVerbs.finite, CueVerbs.finite + CueVerbs.introducing] {
            let trie = try Pattern("(?<cue>" + CueVerbs.alternation(words) + ")(?![\\p{L}])")
            let flat = try Pattern("(?<cue>" + CueVerbs.firstLetterAlternation(words) + ")(?![\\p{L}])")
            var texts: [String] = []
            for word in Set(words) {
                for end in ["", " ", "s", " of", " to", " it", " on", ",", "ing"] {
                    texts.append(word + end)
                    texts.append(String(word.dropLast()) + end)
                }
            }
            texts.append(words.joined(separator: " "))
            for text in texts {
                let utf8 = Array(text.utf8)
                try utf8.withUnsafeBufferPointer { bytes in
                    for start in 0..<bytes.count {
                        let a = try trie.match(inUTF8: bytes, anchoredAt: start)?.range
                        let b = try flat.match(inUTF8: bytes, anchoredAt: start)?.range
                        #expect(a == b, "at \(start) of \(text.debugDescription)")
                    }
                }
            }
        }
    }
}

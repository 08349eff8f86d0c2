import Foundation
import Testing
import GleanCore
@testable import GleanLocations

@Test func exampleCorpusPasses() {
    let failures = ExampleVerifier.verify(LocationExtractor.self)
    for failure in failures { Issue.record("\(failure)") }
    #expect(failures.isEmpty)
}

@Test func gazetteerLoadsQuicklyAndHoldsTheBasics() throws {
    let url = try #require(Bundle.module.url(forResource: "gazetteer", withExtension: "bin", subdirectory: nil)
        ?? GazetteerResource.url)
    let start = Date()
    let gazetteer = try Gazetteer(data: Data(contentsOf: url))
    let elapsed = Date().timeIntervalSince(start)
    print("gazetteer: \(gazetteer.placeCount) places, \(gazetteer.nameCount) names, loaded in \(Int(elapsed * 1000)) ms")
    #expect(elapsed < 0.5, "loading took \(elapsed) s")
    #expect(gazetteer.placeCount > 50_000)
    let kazan = try #require(gazetteer.entry(for: "KAZAN"))
    let place = gazetteer.place(kazan.places[0])
    #expect(place.name == "Kazan")
    #expect(place.country == "RU")
    #expect(place.geonamesID == 551487)
    #expect(abs(place.latitude - 55.79) < 0.05)
    #expect(gazetteer.entry(for: "Tatarstan").map { gazetteer.place($0.places[0]).feature } == .admin1)
    #expect(gazetteer.entry(for: "no such place anywhere") == nil)
}

@Test func namesFoldCaseDiacriticsAndApostrophes() {
    func folded(_ s: String) -> String {
        var key = NameKey()
        var s = s
        return s.withUTF8 { bytes in
            key.fold(bytes, 0..<bytes.count)
            return key.withBytes { String(decoding: $0, as: UTF8.self) }
        }
    }
    #expect(folded("New  York") == "new york")
    #expect(folded("Zürich") == "zurich")
    #expect(folded("Coeur d’Alene") == "coeur d'alene")
    #expect(folded("W.Va.") == "w.va.")
}

@Test func rejectsBadCountryCodes() {
    #expect(throws: GleanError.self) {
        _ = try LocationExtractor(options: ExtractorOptions(for: LocationExtractor.description, values: ["favor_countries": ["USA"]]))
    }
}

@Test func minimumPopulationDropsSmallTowns() throws {
    let options = try ExtractorOptions(for: LocationExtractor.description, values: ["min_population": 1_000_000])
    let extractor = try LocationExtractor(options: options)
    let found = try extractor.extract(from: Document(id: "t", text: "She moved from Lyon, France, to Tokyo."))
    #expect(found.map(\.text) == ["France", "Tokyo"])
}

@Test func offsetsAreCodePoints() throws {
    let extractor = try LocationExtractor(options: ExtractorOptions(for: LocationExtractor.description))
    let text = "Über 100 Menschen — in Kraków."
    let found = try extractor.extract(from: Document(id: "t", text: text))
    let krakow = try #require(found.first)
    #expect(krakow.text == "Kraków")
    #expect(Array(text.unicodeScalars)[krakow.start..<krakow.end].map(String.init).joined() == "Kraków")
}

/// The test bundle has no copy of the resource: find the library's.
enum GazetteerResource {
    static var url: URL? { Bundle.allBundles.lazy.compactMap { $0.url(forResource: "gazetteer", withExtension: "bin") }.first }
}

/// Sport-news text that is hard to read byte by byte: two-word terms, near misses, score-like
/// numbers, characters beyond ASCII that match letters without case, typographic quotes.
private let trickySportTexts = [
    "Semi-Finals and play-offs: the striker scored twice, 2-1 and 3-0.",
    "semi-finalsx play-offz cup2 goals_ CLUB clubs Club test  match six nations Six Nations kick-off",
    "Prices rose 12-3/4 and 1-2a, then 123-4 and 4-567; coach, boss, league, cup.",
    "The ſcored \u{212A}eeper tries innings; wickets, fixtures, penalties and referee.",
    "Fly-half Try-line half-time full-time quarter-final semi-final, 1-0 2-2 3-3 4-4.",
    "It was a ‘cup’ — “league” — stadium’s goals.",
]

/// The byte loops stand in for PCRE2 patterns: on tricky text they must decide as the patterns do.
@Test func sportScanAgreesWithItsPattern() throws {
    let detector = try SportNewsDetector()
    for text in trickySportTexts {
        var text = text
        let (scanned, matched) = try text.withUTF8 { bytes in (SportNewsDetector.scan(bytes), try detector.patternIsSport(bytes)) }
        #expect(scanned == nil || scanned == matched, "\(text)")
    }
}

/// The sixteen-bytes-at-a-time sport scan decides as the byte loop does, wherever the words fall.
@Test func sportVectorScanAgreesWithByteScan() throws {
    var texts = trickySportTexts + [
        "The league cup final went to penalties after the striker scored; ſ at the end.",
    ]
    let words = ["cup", "league", "goal", "2-1", "12-3", "1-2/3", "test", "match", "six", "nations", "kick-off", "play-offs",
                 "club", "clubs", "Club", "striker", "x", "_", "a1", "cup2", "semi-finals", "—", "ſ", "’", "\u{212A}", "market",
                 "boss", "coach", "", "tries", "é", "HALF-TIME"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            text += words.randomElement(using: &generator)!
            text += [" ", " ", " ", "  ", ", ", "-", ".", "/", ""].randomElement(using: &generator)!
        }
        texts.append(text)
    }
    for text in texts {
        var text = text
        let (vector, bytes) = text.withUTF8 { bytes in (SportNewsDetector.vectorScan(bytes), SportNewsDetector.scan(bytes)) }
        #expect(vector == bytes, "\(text)")
    }
}

@Test func tokenScanAgreesWithItsPattern() throws {
    let scanner = try CandidateScanner()
    let texts = [
        "U.S. and W.Va. and N. Dak. met O'Fallon's McDonald in eBay’s St. Louis; JONES'S Smith's1 A.Ü. Zürich.",
        "“Kraków” — ‘Paris’ and Coeur d’Alene, D’Arcy’s ÉCOLE in Ölüdeniz, X. Y.Z. Ab.C Q.Rst.",
    ]
    for text in texts {
        var text = text
        let (fast, slow) = try text.withUTF8 { bytes in (try scanner.tokens(in: bytes), try scanner.patternTokens(in: bytes)) }
        #expect(fast.map(\.range) == slow.map(\.range), "\(text)")
        #expect(fast.map(\.rangeWithPeriod) == slow.map(\.rangeWithPeriod), "\(text)")
        #expect(fast.map(\.possessive) == slow.map(\.possessive), "\(text)")
        #expect(fast.map(\.allCaps) == slow.map(\.allCaps), "\(text)")
    }
}

/// Leaving out idle names (stop-list names and names every rule turns down, see
/// MentionTable.dropIdleGroups) changes no output: extract(from:) against the full pipeline.
@Test func idleNamesChangeNothing() throws {
    let texts = LocationExamples.all.map(\.text) + [
        "On Monday, March 3, the Kremlin said Christmas, Florida, and Easter were calm.",
        "WASHINGTON, March 3 - The Senate met in Independence, Missouri, on Friday.",
        "Paul Allen and Diana Ross visited Mobile, Alabama, and Reading. Hope Smith said Faith, Texas.",
        "Wichita Industries Inc said Chelsea beat Birmingham 2-1 at the stadium; the striker scored twice.",
        "The Bank of England and the White House, Washington, met in the Gulf and Providence, R.I.",
        "Tuesday, Kansas City, and Sunday. English and Russian officials met in Union, New Jersey.",
    ]
    // The rules the idle-name check copies depend on these options: each set is compared.
    let optionSets: [JSONObject] = [[:], ["min_population": 100_000], ["include_demonyms": false]]
    var droppedSome = false
    for values in optionSets {
        let extractor = try LocationExtractor(options: ExtractorOptions(for: LocationExtractor.description, values: values))
        for text in texts {
            let document = Document(id: "t", text: text)
            let fast = try extractor.extract(from: document)
            let full = try document.withUTF8 { bytes in
                let tokens = try extractor.scanner.tokens(in: bytes)
                let matches = extractor.scanner.names(in: bytes, tokens: tokens, gazetteer: extractor.gazetteer)
                var table = extractor.recognize(matches, tokens: tokens, in: bytes)
                var lean = MentionTable()
                extractor.recognize(matches, tokens: tokens, in: bytes, into: &lean, keepingIdleNames: false)
                if lean.mentions.count < table.mentions.count { droppedSome = true }
                extractor.disambiguator.resolve(&table, gazetteer: extractor.gazetteer, rules: extractor.rules)
                return try extractor.report(table, in: bytes, document: document)
            }
            #expect(fast == full, "\(values): \(text)")
        }
    }
    // (Otherwise the comparison above would hold trivially.)
    #expect(droppedSome)
}

import Testing
import GleanPCRE
@testable import GleanQuotes

/// The byte-loop name scanner must find exactly what a search with the name pattern finds.
private let searchPattern = try! Pattern(AttributionPatterns.compileOptions
    + "(?=[A-Zd\\x{C0}-\\x{10FFFF}])\(NameScanner.wordStartLookbehind)\(SpeakerGrammar.properName)")
private let scannerPattern = LazyPattern { try NameScanner.wordStartPattern() }

private func searched(_ text: String, from start: Int = 0) throws -> [String] {
    var text = text
    return try text.withUTF8 { bytes in
        var names: [String] = []
        try searchPattern.forEachMatch(inUTF8: bytes, from: start) { names.append($0.text($0.range)); return true }
        return names
    }
}

private func scanned(_ text: String, from start: Int = 0) throws -> [String] {
    var text = text
    return try text.withUTF8 { bytes in
        var names: [String] = []
        try NameScanner.forEachName(in: bytes, from: start, pattern: scannerPattern) {
            names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self))
            return true
        }
        return names
    }
}

private let trickyTexts: [String] = [
    "Former President Valéry Giscard d'Estaing and Valéry Giscard d’Estaing met Massimo d'Alema.",
    "Shaquille O'Neal, Tip O’Neill and Ronald McDonald ate at MacDonald's with DeShawn.",
    "Élodie Durand, Ørsted, Łukasz Żak and İlham Əliyev spoke; Ἀθῆναι and Ωmega too.",
    "SHANGHAI, March 3 - REUTER REPORTS said U.S. officials and Mr. J.R. Ewing Jr. met Sen. Bob Dole III.",
    "(Smith) [Jones] “Brown” \"Green\" ‘White’ —Black, -Grey; Red:Blue/Pink.Teal,Navy 3Gold",
    "don't see isn't Cat's Dog’s x'Men d'artagnan d’Art d' d’ d'É d’Ø",
    "the de Gaulle, van der Berg and Mohammed bin Salman, Luiz Inácio Lula da Silva said",
    "eBay iPhone McX O'X D'X MacY St. Anne Hospital Dr. Mara Quist, Msgr. X, Ms.Y",
    "naïve café Zoë Ärger Ünal Çelik Ñuñez ÆON ŒUVRE × ÷ ÀÉ Ł",
    "Anne\u{A0}Marie and Jean-Luc Picard, Jean-\u{301}Luc, A\u{301}nna, x\u{301}Bob",
    "a.B b'C c’D dD d\u{2019}Estaing 1A 2Bb _C -D",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh Ab abcdefgA abcdefghABCD",
    "At the end: Bob",
    "d'",
    "Ω",
    "",
]

@Test func nameScannerFindsWhatThePatternFinds() throws {
    for text in trickyTexts {
        #expect(try scanned(text) == searched(text), "\(text)")
        // Every start offset (on character boundaries), so that every eight-byte alignment is met.
        let utf8 = Array(text.utf8)
        for start in 0..<utf8.count where utf8[start] & 0xC0 != 0x80 {
            #expect(try scanned(text, from: start) == searched(text, from: start), "\(text) from \(start)")
        }
    }
}

@Test func nameScannerFindsTrickyNames() throws {
    #expect(try scanned("Former President Valéry Giscard d'Estaing spoke.") == ["Former President Valéry Giscard d'Estaing"])
    #expect(try scanned("by Tip O’Neill and Ronald McDonald") == ["Tip O’Neill", "Ronald McDonald"])
    #expect(try scanned("said Élodie Durand.") == ["Élodie Durand"])
    #expect(try scanned("REUTER: U.S. officials") == ["REUTER", "U.S."])
    #expect(try scanned("eBay and (Smith)") == ["Smith"])
}

@Test func firstNameStaysInsideItsRange() throws {
    var text = "the coach, Maria Ortiz, said"
    try text.withUTF8 { bytes in
        let name = try NameScanner.firstName(in: bytes, in: 4..<16, pattern: scannerPattern)
        #expect(name.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } == "Maria")
    }
}

@Test func cueFilterLetsEveryCueAndAuxiliaryThrough() throws {
    let words = CueVerbs.finite + ["has", "have", "had", "would", "will", "could", "might", "also", "later", "then",
        "once", "previously", "earlier", "again", "further", "recently", "repeatedly", "just", "simply", "quickly",
        "often", "still", "already", "was quoted as", "is quoted as", "this week", "last month", "on Monday",
        "that day", "in a statement", "in an interview", "yesterday", "today", "angrily"]
    for phrase in words {
        var text = "Smith \(phrase) x"
        text.withUTF8 { bytes in
            #expect(NameCast.mayHaveCueAfter(5, bytes), "\(phrase)")
        }
    }
    var text = "Smith bought bonds"
    text.withUTF8 { bytes in #expect(!NameCast.mayHaveCueAfter(5, bytes)) }
}

/// The title and particle constants written out in the scanner's switches are the lists.
@Test func scannerKnowsEveryTitleAndParticle() {
    func unpack(_ value: UInt64) -> String {
        var bytes: [UInt8] = []
        var v = value
        while v != 0 { bytes.append(UInt8(v & 0xFF)); v >>= 8 }
        return String(decoding: bytes, as: UTF8.self)
    }
    for title in NameScanner.titles.map(unpack) {
        var text = "\(title). Jones said"
        let end = text.withUTF8 { NameScanner.asciiName(at: 0, $0) }
        #expect(end == title.utf8.count + 7, "\(title)")
    }
    for particle in NameScanner.particles.map(unpack) {
        var text = "Ann \(particle) Berg said"
        let end = text.withUTF8 { NameScanner.asciiName(at: 0, $0) }
        #expect(end == particle.utf8.count + 9, "\(particle)")
    }
}

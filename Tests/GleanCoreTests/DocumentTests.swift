import Testing
import GleanCore

@Suite struct DocumentTests {
    @Test func codePointOffsetsMatchUnicodeScalars() {
        // Mixed 1-, 2-, 3- and 4-byte characters, longer than several 64-byte blocks.
        let text = String(repeating: "Kazan’s «drones» — Казань 😀 é ", count: 20)
        let index = CodePointIndex(text)
        #expect(!index.isASCII)
        var byte = 0
        for (codePoint, scalar) in text.unicodeScalars.enumerated() {
            #expect(index.codePointOffset(ofUTF8: byte) == codePoint)
            #expect(index.utf8Offset(ofCodePoint: codePoint) == byte)
            byte += String(scalar).utf8.count
        }
        #expect(index.codePointOffset(ofUTF8: byte) == text.unicodeScalars.count)
    }

    @Test func asciiIsTheIdentity() {
        let index = CodePointIndex("plain ascii")
        #expect(index.isASCII && index.codePointOffset(ofUTF8: 6) == 6)
    }

    @Test func extractionHasCodePointSpanAndText() {
        let doc = Document(id: "d", text: "Казань: 8 drones")
        let e = doc.extraction("count", utf8: 14..<22)
        #expect(e.start == 8 && e.end == 16 && e.text == "8 drones")
    }

    @Test func civilDates() throws {
        let d = try #require(CivilDate(iso: "2024-12-21"))
        #expect(d.weekday == 6)  // Saturday
        #expect(d.adding(days: 11).description == "2025-01-01")
        #expect(CivilDate(iso: "2024-02-30") == nil)
        #expect(CivilDate(iso: "2024-02-29T10:00:00Z")?.day == 29)
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
    }
}

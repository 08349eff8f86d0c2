import Testing
@testable import GleanQuantities

/// The byte readers give what their string versions give.
@Suite struct ByteReadersTests {
    static func same(_ a: NumberWords.Reading?, _ b: NumberWords.Reading?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.value == b.value && a.min == b.min && a.max == b.max && a.isBareOne == b.isBareOne
    }

    @Test func numberPhrasesReadAsBytes() {
        let words = ["one", "Two", "TWENTY", "five", "hundred", "Thousand", "million", "a", "an", "and", "of", "half",
                     "thirds", "quarter", "tens", "dozens", "Millions", "&", "-", " ", "  ", ",", "x", "ſix", "é", "and a half"]
        var seed: UInt64 = 0x5DEECE66D
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<5_000 {
            var text = ""
            for k in 0..<(1 + random(5)) { text += (k > 0 ? [" ", "-", " "][random(3)] : "") + words[random(words.count)] }
            var copy = text
            copy.withUTF8 { bytes in
                #expect(ByteReadersTests.same(NumberWords.read(bytes, 0..<bytes.count), NumberWords.read(text)), "\(text)")
            }
        }
    }

    @Test func hedgeTablesAnswerAsTheirDictionaries() {
        let table = Lexicon.hedgeChanges
        let bytesTable = ByteWordTable(table)
        var probes = Array(table.keys) + ["more", "than", "More Than", "ABOUT", "abou", "aboutx", "", "in the", "x", "up to"]
        probes += table.keys.map { $0.uppercased() } + table.keys.map { String($0.dropLast()) }
        for probe in probes {
            var copy = probe
            copy.withUTF8 { bytes in
                #expect(bytesTable.value(bytes, 0..<bytes.count) == table[probe.lowercased()], "\(probe)")
            }
        }
    }
}

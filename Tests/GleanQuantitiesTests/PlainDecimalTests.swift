import Testing
@testable import GleanQuantities

/// The value the parser reads on the way through a plain decimal is the one the reader would
/// parse from its bytes, scaled or not.
@Suite struct PlainDecimalTests {
    @Test func parserValueIsTheReadValue() {
        var seed: UInt64 = 0x9E37_79B9
        func random(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let pieces = ["0", "1", "5", "9", "12", "007", "123", "4567", ",", ",000", ",123", ".", ".5", ".05", ".123456",
                      "999999999", "1234567890123", " ", "e5", "x", " 1/2", "/4", "k", " mln", " billion", "-"]
        var plain = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + random(5)) { text += pieces[random(pieces.count)] }
            text += " "
            var copy = text
            copy.withUTF8 { bytes in
                var m = CandidateMatch(start: 0)
                guard CandidateParser.isDigit(bytes[0]), CandidateParser.parse(bytes, at: 0, into: &m) == .match,
                      let digits = m.digits else { return }
                if m.plainDigits >= 0 {
                    plain += 1
                    let fast = DigitNumber.plainValue(m.mantissa, fraction: m.fractionDigits)
                    #expect(DigitNumber.read(bytes, digits) == fast, "\(text)")
                    for factor in [1.0, 12, 1_000, 100_000, 1e6, 1e9, 1e12, 1e15, 1e20, 1e25] {
                        #expect(DigitNumber.scaled(bytes, digits, fast, by: factor)
                                == DigitNumber.scaled(bytes, digits, fast, by: factor, mantissa: m.mantissa, fraction: m.fractionDigits),
                                "\(text) × \(factor)")
                    }
                    var isPlain = true
                    for i in digits where !WordScanner.isDigit(bytes[i]) { isPlain = false }
                    #expect((isPlain && digits.count == 4) == (m.plainDigits == 4 && digits.count == 4), "\(text)")
                }
            }
        }
        #expect(plain > 1_000)
    }
}

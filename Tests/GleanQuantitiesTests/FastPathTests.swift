import Testing
import GleanPCRE
@testable import GleanQuantities

/// The hand-written matchers give the patterns' matches wherever they decide.
@Suite struct FastPathTests {
    static let texts = [
        "1,234,5678 12,34 1234,567 4e14x 4e1x 4E-3 4e+12 4e−5 3 1/2 3 12/25 3 123/4 3 1/234 1/2/3 1/16 1⁄32 2½",
        "5x10^-3 5 x 10−5 5×10 5 x 10 2.48×10−5 sub-3 Sub-3 xsub-3 COVID-19 A–5 5 hundred thousands 5 hundred-million",
        "5bn 5BN 5 bn. 5m 5M2 5k 5kg 5T 5t 5 lakhs 5 crores 5 mlnx 5 mln 5thousand 5-million 5 ſ 5 millionſ 5 thouſand",
        "$5 £5 €5 US$5 $ 5 $US5 $C 5 $5bn $ 5 million $.5 $-5 $ five $$5 5$ word$5 #$5 sub-$5 (4) #5 @5 &5 :5 /5 _5 a5",
        "one two Three FOUR twenty-one two-thirds one-off ſix twoſ six-pack three quarters two and a half hundred and two",
        "one of them, two a day, six an hour, ten-of-a-kind million & three a hundred an eighth of minus 5 negative 3 ones tenth ten tens of thousands Eleven, eleven. (two)",
        "5 km 5km 5 - km 5 -km 5- km 5\u{a0}km 5 K 5 \u{212a} 5 Km. 5 miles per hour 5 KILOMETRES 5 kiloſ 5 sq. ft. 5 °C",
        "5°C 5 µm 5 μm 5 square kilometresx 5 mi 5 mil 5 in. 5 in my car 5 U.S. Dollars 5 per cent 5% 5 pct 5 t 5 m.",
        "one billion dlrs, five Billion-dollar two-billion nine million. two hundred thousand people Twenty-One hundred",
        "one two three four five six seven eight nine ten eleven one billionſ one billion and two one billion & two",
        "one billion tens of, seven million two-thirds seven  billion six-million-strong three billion a half ten million-",
        "one two three four five six seven eight nine, one two three four five six seven eight nine ten, six hundred and two",
    ]

    @Test func candidatesMatchThePattern() throws {
        let pattern = CandidatePattern.shared.pattern
        let groups = CandidatePattern.shared.groups
        var decided = 0
        for text in FastPathTests.texts {
            var copy = text
            try copy.withUTF8 { bytes in
                for s in 0..<bytes.count {
                    var m = CandidateMatch(start: 0)
                    let result = CandidateParser.parse(bytes, at: s, into: &m)
                    if result == .unknown { continue }
                    var slow: CandidateMatch?
                    try pattern.forEachMatch(inUTF8: bytes, startingIn: [s...s]) { pm in
                        slow = CandidateMatch(pm, groups)
                        return false
                    }
                    if result != .unknown { decided += 1 }
                    switch result {
                    case .match:
                        #expect(slow != nil, "\(text) at \(s)")
                        if let slow {
                            #expect(m.range == slow.range && m.cur == slow.cur && m.sign == slow.sign && m.digits == slow.digits
                                    && m.mult == slow.mult && m.multLetter == slow.multLetter && m.words == slow.words,
                                    "\(text) at \(s)")
                            if let mult = m.mult {
                                // The factor the reader would look up word by word.
                                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[mult]), as: UTF8.self).lowercased()
                                var product: Double? = 1
                                for part in word.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                                    if let f = Multipliers.words[String(part)], let p = product { product = p * f } else { product = nil }
                                }
                                #expect(product == m.multFactor, "\(text) at \(s)")
                            }
                        }
                    case .noMatch:
                        #expect(slow == nil, "\(text) at \(s)")
                    case .unknown:
                        break
                    }
                }
            }
        }
        #expect(decided > 100)
    }

    @Test func unitsMatchThePattern() throws {
        let grammar = try UnitGrammar()
        let unitPattern = UnitGrammar.unitPattern
        var found = 0
        for text in FastPathTests.texts {
            var copy = text
            try copy.withUTF8 { bytes in
                for p in 0..<bytes.count {
                    var slow: UnitMatch?
                    try unitPattern.pattern.forEachMatch(inUTF8: bytes, from: p) { m in
                        guard m.range.lowerBound == p else { return false }
                        slow = UnitMatch(separator: m.range(unitPattern.sepGroup) ?? p..<p, symbol: m.range(unitPattern.symGroup),
                                         name: m.range(unitPattern.nameGroup), end: m.range.upperBound)
                        return false
                    }
                    switch grammar.matchUnit(bytes, at: p) {
                    case .match(let u):
                        found += 1
                        #expect(slow != nil, "\(text) at \(p)")
                        if let slow {
                            #expect(u.separator == slow.separator && u.symbol == slow.symbol && u.name == slow.name && u.end == slow.end,
                                    "\(text) at \(p)")
                        }
                    case .none:
                        #expect(slow == nil, "\(text) at \(p)")
                    case .unknown:
                        break
                    }
                }
            }
        }
        #expect(found > 30)
    }

    /// Wherever the not-a-quantity pattern matches at a run of digits, the prescan lets it try.
    /// The prescan that reads 64 bytes at a time finds the same positions as the byte-by-byte one:
    /// on the texts above, the examples, every suffix of each (each alignment, each end inside a
    /// block) and random mixes of the bytes and words it judges, short and long.
    @Test func blockScanEqualsBytewiseScan() {
        let scan = CandidateScan()
        func check(_ text: String) {
            var copy = text
            copy.withUTF8 { all in
                for cut in 0..<min(all.count, 70) {
                    let bytes = UnsafeBufferPointer(rebasing: all[cut...])
                    var c1: [ClosedRange<Int>] = [], v1: [ClosedRange<Int>] = []
                    var c2: [ClosedRange<Int>] = [], v2: [ClosedRange<Int>] = []
                    scan.scan(bytes, candidates: &c1, vetoes: &v1)
                    scan.scanBytewise(bytes, candidates: &c2, vetoes: &v2)
                    #expect(c1 == c2 && v1 == v2, "\(text) from \(cut)")
                }
            }
        }
        for text in FastPathTests.texts { check(text) }
        for example in QuantityExamples.all { check(example.text) }
        let pieces = ["a", "an", "A", "one", "Two", "thirty", "hundred", "million", "minus", "negative", "half", "quarter",
                      "US$", "US", "C$", "Rs", "EUR", "eur", "the", "March", "Sept", "of", "May", "ſ", "é", "£", "€", "½", "−",
                      "’", "“", "5", "12", "123", "1985", "0401", "GMT", "pm", "am", "st", "th", "$", "-", "+", ".", ",", "'",
                      "(", ")", "/", ":", "#", "@", "&", "_", "%", "*", " ", " ", " ", "  ", "\n", "x", "10", "^", "e",
                      "internationalization", "extraordinarily", "\u{7F}", "\u{0}", "~", "[", "`", "{", "Z", "z", "9", "0"]
        var generator = Xorshift(seed: 0x5EED)
        for round in 0..<1500 {
            var text = ""
            let count = Int(generator.next() % (round % 10 == 0 ? 120 : 24))
            for _ in 0..<count { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            check(text)
        }
    }

    /// ``WordScanner/wordEnd(from:)`` (letter runs found eight bytes at a time) ends every word
    /// where the byte-by-byte walk over letters and inner joiners ends it.
    @Test func wordEndEqualsTheByteWalk() {
        func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
            func letter(_ i: Int) -> Bool { i >= 0 && i < bytes.count && WordScanner.isLetter(bytes[i]) }
            var i = start
            while i < bytes.count {
                let b = bytes[i]
                if WordScanner.isLetter(b) { i += 1; continue }
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && letter(i + 1) && i > start { i += 1; continue }
                if i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 && letter(i + 3) && i > start {
                    i += 3
                    continue
                }
                break
            }
            return i
        }
        let pieces = ["a", "Bb", "word", "internationalization", "-", "'", "’", " ", "é", "5", "--", "''", "’’", "x-y", "o'clock", "Z"]
        FastPathTests.forEachRandomText(of: pieces, seed: 0xE4D) { text, bytes in
            let scanner = WordScanner(bytes: bytes)
            for s in 0...bytes.count { #expect(scanner.wordEnd(from: s) == walk(bytes, s), "\(text) from \(s)") }
        }
    }

    /// ``WordScanner/wordStart(endingAt:)`` (letter runs found eight bytes at a time) starts every
    /// word where the byte-by-byte walk back over letters and inner joiners starts it.
    @Test func wordStartEqualsTheByteWalk() {
        func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
            var i = end
            while i > 0 {
                let b = bytes[i - 1]
                if WordScanner.isLetter(b) { i -= 1; continue }
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "'")) && i - 2 >= 0 && WordScanner.isLetter(bytes[i - 2]) && i < end { i -= 1; continue }
                break
            }
            return i
        }
        let pieces = ["a", "Bb", "word", "internationalization", "-", "'", "’", " ", "é", "5", "--", "''", "x-y", "o'clock", "Z", "[", "`", "{", "@"]
        FastPathTests.forEachRandomText(of: pieces, seed: 0x5747) { text, bytes in
            let scanner = WordScanner(bytes: bytes)
            for e in 0...bytes.count { #expect(scanner.wordStart(endingAt: e) == walk(bytes, e), "\(text) to \(e)") }
        }
    }

    /// Calls `body` with 2,000 texts of up to 15 random `pieces` (the same texts for a seed) and
    /// their UTF-8 bytes.
    static func forEachRandomText(of pieces: [String], seed: UInt64,
                                  _ body: (String, UnsafeBufferPointer<UInt8>) -> Void) {
        var generator = Xorshift(seed: seed)
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 16) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var copy = text
            copy.withUTF8 { body(text, $0) }
        }
    }

    struct Xorshift {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test func digitVetoStartsCoverThePattern() throws {
        let pattern = try Pattern("\\G(?:" + NotQuantityGrammar.pattern + NotQuantityGrammar.score + "\n)", options: [.extended, .offsetLimit])
        let texts = ["5-1/2 9-11 9-11/ 9/11/2001 9/11 24/7 7/7 12/21/2024 1/2/03 1985/86 2024-12-21 555-123-4567 555-1234",
                     "6-4 win, 6-4. 21-22 May 3-5 km 10-15/ 123/4 1/2 12/1/99 5-12/ 12-3/4 1-2-3 12/345/6 1/22/2001 7:40 pm",
                     "2014-15 1999/2000 300-400 555-12/ 1-1/2/3 21st-22nd May 5–6 May 9-11. 24/7. 44-7/7 12/12/12/12 0401 GMT"]
        var matched = 0
        for text in texts {
            var copy = text
            try copy.withUTF8 { bytes in
                for s in 0..<bytes.count where WordScanner.isDigit(bytes[s]) && (s == 0 || !WordScanner.isDigit(bytes[s - 1])) {
                    var slow = false
                    try pattern.forEachMatch(inUTF8: bytes, startingIn: [s...s]) { _ in
                        slow = true
                        return false
                    }
                    var e = s
                    while e < bytes.count && WordScanner.isDigit(bytes[e]) { e += 1 }
                    if slow {
                        matched += 1
                        #expect(CandidateScan.digitsCanStartVeto(bytes, s, e), "\(text) at \(s)")
                    }
                }
            }
        }
        #expect(matched > 20)
    }

    /// Wherever the rate pattern matches, the quick test lets it try.
    @Test func rateStartsCoverThePattern() throws {
        let grammar = try UnitGrammar()
        let texts = ["5 per day, 6 PER hour, 7per week 8 /yr 9/kg 10 a year 11 an hour 12 A-day 13 s-1 14 hr−1 15 min⁻¹ 16 d-1",
                     "17 yr-1 18 per square metre 19 per cubic foot 20 an-hour 21 a month 22 Per Cent 23 pa 24 sh 25 a 26 per",
                     "27 a quarter 28 An Hour 29 /µs 30 /μm 31 h−1 32 mins 33 m-1 34 s−1x 35 ſ 36 per-day 37  per day 38 a\u{a0}day"]
        var matched = 0
        for text in texts {
            var copy = text
            try copy.withUTF8 { bytes in
                for p in 0..<bytes.count {
                    var slow = false
                    try grammar.ratePattern.forEachMatch(inUTF8: bytes, from: p) { m in
                        slow = m.range.lowerBound == p
                        return false
                    }
                    if slow {
                        matched += 1
                        #expect(UnitGrammar.rateMayStart(bytes, at: p), "\(text) at \(p)")
                    }
                }
            }
        }
        #expect(matched > 15)
    }

    @Test func monthVetoesMatchThePattern() throws {
        let pattern = try Pattern("\\G(?:" + NotQuantityGrammar.pattern + NotQuantityGrammar.score + "\n)", options: [.extended, .offsetLimit])
        let texts = ["March 29, 1987 Jan. 5 Sept 1st, Sep 21st, 2001 May, of 2022 Dec., 1999 Oct 123 Nov 5x June 12-13",
                     "MARCH 5 Marc 5 Marches 5 August 2022s August 19871 July 29,1987 April 29, 19871 Feb 3rd. Mar. 4ths x",
                     "_May 5 (May 5) February of 22 February of 2022 December 9:30 Jan 5 pm January 4th,2001 Jun 30th 2001"]
        var matched = 0
        for text in texts {
            var copy = text
            try copy.withUTF8 { bytes in
                for s in 0..<bytes.count where CandidateParser.isLetter(bytes[s]) {
                    var slow: Int?
                    try pattern.forEachMatch(inUTF8: bytes, startingIn: [s...s]) { m in
                        slow = m.range.upperBound
                        return false
                    }
                    let fast = MonthVeto.match(bytes, at: s)
                    if fast != nil { matched += 1 }
                    #expect(fast == slow, "\(text) at \(s)")
                }
            }
        }
        #expect(matched > 15)
    }
}

import Testing
@testable import GleanPCRE

@Suite struct PatternTests {
    @Test func findsAllMatchesWithNamedGroups() throws {
        let p = try Pattern(#"(?<n>\d+) (?<what>drones|people)"#)
        let found = try p.allMatches(in: "113 drones, six people, 57 drones and 6 people")
        #expect(found.count == 3)
        #expect(found[0].text("n", in: "113 drones, six people, 57 drones and 6 people") == "113")
        #expect(p.groupNumbers == ["n": 1, "what": 2])
        #expect(p.captureCount == 2)
    }

    @Test func isJITCompiled() throws {
        #expect(try Pattern(#"\d+"#).isJITCompiled)
    }

    /// A pattern that turns the JIT off itself still matches (through the interpreter), also
    /// anchored and in windows.
    @Test func matchesWithoutJIT() throws {
        for options in [PatternOptions(), .anchored, .offsetLimit] {
            let p = try Pattern(#"(*NO_JIT)(?<n>\d+) drones"#, options: options)
            #expect(!p.isJITCompiled)
            let text = "113 drones"
            #expect(try p.match(in: text, anchoredAt: 0)?.text("n", in: text) == "113")
            if !options.contains(.anchored) {
                #expect(try p.allMatches(in: "7 drones, 113 drones").count == 2)
            }
        }
    }

    @Test func reportsByteOffsetsOnNonASCIIText() throws {
        let text = "Казань — Kazan"
        let p = try Pattern("Kazan")
        let m = try #require(try p.firstMatch(in: text))
        #expect(m.range == 17..<22)  // 6 Cyrillic letters x 2 bytes + space + 3-byte dash + space
    }

    @Test func caselessAndUnicodeClasses() throws {
        #expect(try Pattern("kazan", options: .caseless).matches("KAZAN"))
        #expect(try !Pattern(#"^\w+$"#).matches("Казань"))
        #expect(try Pattern(#"^\w+$"#, options: .unicodeClasses).matches("Казань"))
    }

    @Test func emptyMatchesAdvanceByCodePoint() throws {
        let text = "aé€"
        let found = try Pattern("x*").allMatches(in: text)
        #expect(found.map(\.range) == [0..<0, 1..<1, 3..<3, 6..<6])
    }

    @Test func compileErrorCarriesMessageAndOffset() {
        #expect {
            _ = try Pattern(#"(\d+ drones"#)
        } throws: { error in
            guard let e = error as? PCRE2Error, case .compile(let offset) = e.kind else { return false }
            return offset == 11 && e.message.contains("missing closing parenthesis")
        }
    }

    @Test func pathologicalPatternHitsTheMatchLimit() throws {
        let p = try Pattern(#"(a+)+$"#, limits: MatchLimits(matchLimit: 10_000))
        let subject = String(repeating: "a", count: 40) + "b"
        #expect {
            _ = try p.allMatches(in: subject)
        } throws: { error in
            (error as? PCRE2Error)?.kind == .limit
        }
    }

    @Test func nestedMatchingUsesSeparateMatchData() throws {
        let outer = try Pattern(#"\d+"#)
        let inner = try Pattern(#"(?<w>[a-z]+)"#)
        var pairs: [String] = []
        let text = "12 ab 34 cd"
        try outer.forEachMatch(in: text) { m in
            let number = m[0]!
            let word = try inner.firstMatch(in: text, from: m.range.upperBound)
            pairs.append(number + ":" + (word?.text("w", in: text) ?? ""))
            return true
        }
        #expect(pairs == ["12:ab", "34:cd"])
    }

    @Test func anchoredMatchOnlyAtTheGivenOffset() throws {
        let p = try Pattern(#"\d+"#)
        #expect(try p.match(in: "ab 12", anchoredAt: 3)?.range == 3..<5)
        #expect(try p.match(in: "ab 12", anchoredAt: 2) == nil)
    }

    @Test func escapeMatchesLiterally() throws {
        let literal = "U.S. (a+b) #1 [x]"
        let p = try Pattern(Pattern.escape(literal), options: .extended)
        #expect(try p.firstMatch(in: "in the " + literal)?.range == 7..<(7 + literal.utf8.count))
    }
}

extension PatternTests {
    /// Anchored matches run on the JIT through an anchored twin; results must equal the interpreter's.
    @Test func anchoredMatchesAgreeEverywhere() throws {
        let p = try Pattern(#"(?<w>\p{Lu}\w+)\s+(?:said|told)"#, options: .unicodeClasses)
        let text = "Putin said it; Минниханов told them; nobody said"
        var anchoredHits: [Range<Int>] = []
        for offset in 0...text.utf8.count {
            if let m = try p.match(in: text, anchoredAt: offset) { anchoredHits.append(m.range) }
        }
        let scanned = try p.allMatches(in: text).map(\.range)
        #expect(anchoredHits == scanned)
        #expect(try p.match(in: text, anchoredAt: 1) == nil)

        // Compiled anchored: the same answers from one compilation, and a scan from an offset
        // only finds a match starting there.
        let compiledAnchored = try Pattern(p.source, options: [.unicodeClasses, .anchored])
        var compiledHits: [Range<Int>] = []
        let bytes = Array(text.utf8)
        for offset in 0...text.utf8.count {
            if let m = try compiledAnchored.match(in: text, anchoredAt: offset) { compiledHits.append(m.range) }
            let matches = try bytes.withUnsafeBufferPointer { try compiledAnchored.matches(inUTF8: $0, anchoredAt: offset) }
            #expect(matches == (compiledHits.last?.lowerBound == offset))
        }
        #expect(compiledHits == scanned)
        #expect(try compiledAnchored.firstMatch(in: "x Putin said") == nil)
    }
}

import GleanPCRE
import Testing

@Suite struct WindowedMatchingTests {
    func starts(_ pattern: Pattern, _ text: String, _ windows: [ClosedRange<Int>]) throws -> [Range<Int>] {
        var text = text, found: [Range<Int>] = []
        try text.withUTF8 { bytes in
            try pattern.forEachMatch(inUTF8: bytes, startingIn: windows) { found.append($0.range); return true }
        }
        return found
    }

    @Test func matchesStartOnlyInsideWindowsButMayRunPastThem() throws {
        let p = try Pattern(#"\b\w+ years"#, options: [.offsetLimit])
        let text = "two years, three years, four years"
        #expect(try starts(p, text, [0...0]) == [0..<9])
        #expect(try starts(p, text, [1...12]) == [11..<22])
        #expect(try starts(p, text, [0...30]) == [0..<9, 11..<22, 24..<34])
        #expect(try starts(p, text, []) == [])
    }

    /// Windowed scans use a per-thread match context: it must carry each pattern's own limits,
    /// whichever pattern used it before.
    @Test func windowsKeepEachPatternsLimits() throws {
        let loose = try Pattern(#"(a+)+$"#, options: [.offsetLimit])
        let strict = try Pattern(#"(a+)+$"#, options: [.offsetLimit], limits: MatchLimits(matchLimit: 10_000))
        let subject = String(repeating: "a", count: 15) + "b"
        #expect(try starts(loose, subject, [0...0]) == [])
        #expect {
            _ = try starts(strict, subject, [0...0])
        } throws: { error in
            (error as? PCRE2Error)?.kind == .limit
        }
        #expect(try starts(loose, subject, [0...0]) == [])
    }

    @Test func overlappingWindowsDoNotRepeatMatches() throws {
        let p = try Pattern(#"\d+"#, options: [.offsetLimit])
        #expect(try starts(p, "12 345 6", [0...3, 2...5, 6...7]) == [0..<2, 3..<6, 7..<8])
    }
}

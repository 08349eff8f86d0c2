import Testing
@testable import GleanPCRE

@Suite struct TrieAlternationTests {
    @Test func factorsSharedPrefixes() {
        let trie = TrieAlternation(["Kazan", "Kaluga", "Kursk"])
        #expect(trie.pattern == "(?:K(?:a(?:luga|zan)|ursk))")
        #expect(trie.count == 3)
    }

    @Test func prefersTheLongestName() throws {
        let trie = TrieAlternation(["New York", "New York City", "York"])
        let p = try Pattern(#"\b"# + trie.pattern + #"\b"#)
        let text = "New York City and New York and York"
        #expect(try p.allMatches(in: text).map { $0.text(0, in: text)! } == ["New York City", "New York", "York"])
    }

    @Test func caselessMergesSpellings() throws {
        let trie = TrieAlternation(["Kazan", "KAZAN", "kazan"], caseless: true)
        #expect(trie.count == 1)
        #expect(try Pattern(trie.pattern, options: .caseless).matches("KaZaN"))
    }

    @Test func matchesLikeTheFlatAlternation() throws {
        // 3,000 synthetic names: the trie finds exactly what the flat A|B|C... finds.
        var names: [String] = []
        var seed: UInt64 = 42
        for _ in 0..<3_000 {
            var name = ""
            for i in 0..<(5 + Int(seed % 7)) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let letter = UInt8(97 + Int((seed >> 33) % 26))
                name.append(Character(UnicodeScalar(i == 0 ? letter - 32 : letter)))
            }
            names.append(name)
        }
        let flat = names.map(Pattern.escape).joined(separator: "|")
        let flatPattern = try Pattern(#"\b(?:"# + flat + #")\b"#)
        let trie = TrieAlternation(names)
        let p = try Pattern(#"\b"# + trie.pattern + #"\b"#)
        let text = "We flew from \(names[123]) to \(names[2_999]) via Nowhere."
        let found = try p.allMatches(in: text).map { $0.text(0, in: text)! }
        #expect(found.contains(names[123]) && found.contains(names[2_999]))
        #expect(found == (try flatPattern.allMatches(in: text).map { $0.text(0, in: text)! }))
    }

    @Test func emptyTrieMatchesNothing() throws {
        #expect(try !Pattern(TrieAlternation([String]()).pattern).matches("anything"))
    }
}

extension TrieAlternationTests {
    @Test func shardsCompileWhereOneTrieWouldNot() throws {
        var names: [String] = []
        var seed: UInt64 = 7
        for _ in 0..<30_000 {
            var name = ""
            for i in 0..<8 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let letter = UInt8(97 + Int((seed >> 33) % 26))
                name.append(Character(UnicodeScalar(i == 0 ? letter - 32 : letter)))
            }
            names.append(name)
        }
        let shards = TrieAlternation.shards(names)
        #expect(shards.count > 1)
        let patterns = try shards.map { try Pattern(#"\b"# + $0.pattern + #"\b"#) }
        let text = "From \(names[29_999]) to \(names[0])."
        let hits = try patterns.flatMap { try $0.allMatches(in: text) }.map { $0.text(0, in: text)! }
        #expect(Set(hits) == [names[29_999], names[0]])
    }
}

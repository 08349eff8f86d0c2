import GleanPCRE

/// One capitalized token of the text: a word ("Kazan", "COLUMBUS", "O'Fallon"), or a dotted
/// abbreviation ("U.S.", "W.Va.", "Calif.").
struct Token {
    /// Byte range, without a trailing period or possessive.
    var range: Range<Int>
    /// Byte range with the trailing period, when there is one ("Calif." "St.").
    var rangeWithPeriod: Range<Int>?
    /// Whether a possessive ("'s") follows (the token then ends its run).
    var possessive: Bool
    /// All capitals ("US", "COLUMBUS").
    var allCaps: Bool
}

/// A place-name match: a span of one or more tokens whose folded text is a gazetteer name.
struct NameMatch {
    var range: Range<Int>
    var entry: EntryRef
    /// Index of the first token and one past the last.
    var tokens: Range<Int>
    var allCaps: Bool
}

/// Finds capitalized tokens with a byte loop (the PCRE2 pattern below where a character beyond
/// ASCII is met) and looks their sub-spans up in the gazetteer's hash table, longest first (so no
/// giant alternation over the names).
struct CandidateScanner: Sendable {
    /// The longest name in tokens ("Democratic Republic of the Congo").
    static let maxTokens = 6

    /// The definition of a token; the byte loop of ``tokens(in:)`` matches exactly what it does
    /// on ASCII text, and asks it wherever a character beyond ASCII might be a letter.
    /// (Compiled on first use, once for the process: ASCII text never needs it.)
    private static let compiledTokenPattern = Result<Pattern, Error> {
        try Pattern(#"""
            (?<abbr>(?:\p{Lu}\.){2,}|\p{Lu}\.\ ?\p{Lu}\p{Ll}{1,3}\.)
            |(?<word>\p{Lu}[\p{L}]*(?:['’]\p{L}+(?<![’']s))*)(?<poss>['’]s\b)?(?<dot>\.)?
            """#, options: [.extended])
    }
    private var tokenPattern: Pattern { get throws { try CandidateScanner.compiledTokenPattern.get() } }

    init() throws {}

    /// Byte classes: 1 upper-case ASCII letter, 2 lower-case, 3 beyond ASCII, 0 anything else.
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        if b >= 0x41 && b <= 0x5A { return 1 }
        if b >= 0x61 && b <= 0x7A { return 2 }
        return b >= 0x80 ? 3 : 0
    }

    /// The outcome of the byte loop at one position.
    private enum Scan { case none, token(Token, end: Int, abbreviation: Bool), unsure }

    /// The tokens of `text`, in order.
    func tokens(in text: UnsafeBufferPointer<UInt8>) throws -> [Token] {
        var tokens: [Token] = []
        try self.tokens(in: text, into: &tokens)
        return tokens
    }

    /// ``tokens(in:)`` into `tokens` (emptied first).
    func tokens(in text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) throws {
        var store = TokenStore()
        defer { store.release() }
        try self.tokens(in: text, into: &store)
        tokens.removeAll(keepingCapacity: true)
        tokens.append(contentsOf: store.tokens)
    }

    /// ``tokens(in:)`` into `store` (emptied first, its room kept: a buffer reused across documents).
    func tokens(in text: UnsafeBufferPointer<UInt8>, into tokens: inout TokenStore) throws {
        tokens.removeAll()
        tokens.reserve(max(32, text.count / 16))
        let n = text.count
        try CandidateScanner.classes.withUnsafeBufferPointer { classes in
            var p = 0
            let base = UnsafeRawPointer(text.baseAddress)
            while p < n {
                // Past lower-case prose sixteen bytes at a time (the last few bytes one at a time, below).
                p = CandidateScanner.skipProse(base!, from: p, n)
                if p >= n { break }
                let c = classes[Int(text[p])]
                if c == 0 || c == 2 { p += 1; continue }
                if c == 3 {
                    // Typographic punctuation (U+2000...U+203E) is no letter; other characters are
                    // left to the pattern.
                    if text[p] == 0xE2, p + 2 < n, text[p + 1] == 0x80, text[p + 2] <= 0xBE { p += 3; continue }
                    if text[p] & 0xC0 == 0x80 { p += 1; continue }
                    p = try slowToken(text, at: p, into: &tokens)
                    continue
                }
                switch CandidateScanner.scan(text, at: p, classes) {
                case .none:
                    p += 1
                case .token(let token, let end, let abbreviation):
                    if abbreviation || CandidateScanner.startsWord(text, token) { tokens.append(token) }
                    p = end
                case .unsure:
                    p = try slowToken(text, at: p, into: &tokens)
                }
            }
        }
    }

    /// The first position from `start` whose byte is an upper-case ASCII letter or beyond ASCII,
    /// sixteen bytes at a time (SSE2); or where fewer than sixteen bytes are left. (Not inlined:
    /// inlined, the vector code keeps ``scan(_:at:_:)`` from being inlined in ``tokens(in:into:)``.)
    @inline(never)
    private static func skipProse(_ base: UnsafeRawPointer, from start: Int, _ n: Int) -> Int {
        var p = start
        while p &+ 16 <= n {
            let v = base.loadUnaligned(fromByteOffset: p, as: SIMD16<UInt8>.self)
            let marks = ((v &- SIMD16<UInt8>(repeating: 0x41)) .< SIMD16<UInt8>(repeating: 26))
                .| (v .>= SIMD16<UInt8>(repeating: 0x80))
            let words = unsafeBitCast(SIMD16<UInt8>().replacing(with: 0x80, where: marks), to: (UInt64, UInt64).self)
            if words.0 != 0 { return p &+ words.0.trailingZeroBitCount &>> 3 }
            if words.1 != 0 { return p &+ 8 &+ words.1.trailingZeroBitCount &>> 3 }
            p &+= 16
        }
        return p
    }

    /// The tokens of `text` by the pattern alone (what ``tokens(in:)`` must equal; for tests).
    func patternTokens(in text: UnsafeBufferPointer<UInt8>) throws -> [Token] {
        var tokens = TokenStore()
        defer { tokens.release() }
        var p = 0
        try tokenPattern.forEachMatch(inUTF8: text) { m in
            p = m.range.lowerBound
            _ = try slowToken(text, at: p, into: &tokens)
            return true
        }
        return Array(tokens.tokens)
    }

    /// The pattern's match at `p` (a character beyond ASCII), if any, added to `tokens`; returns
    /// where the scan goes on.
    private func slowToken(_ text: UnsafeBufferPointer<UInt8>, at p: Int, into tokens: inout TokenStore) throws -> Int {
        guard let m = try tokenPattern.match(inUTF8: text, anchoredAt: p) else {
            var next = p + 1
            while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
            return next
        }
        let end = m.range.upperBound
        if let abbr = m.range("abbr") {
            tokens.append(Token(range: abbr, rangeWithPeriod: nil, possessive: false, allCaps: true))
            return end
        }
        guard let word = m.range("word") else { return end }
        var allCaps = true
        for i in word where text[i] >= 0x61 && text[i] <= 0x7A { allCaps = false; break }
        let dot = m.range("dot")
        let token = Token(range: word, rangeWithPeriod: dot.map { word.lowerBound..<$0.upperBound },
                          possessive: m.range("poss") != nil, allCaps: allCaps)
        if CandidateScanner.startsWord(text, token) { tokens.append(token) }
        return end
    }

    /// Whether a word token starts at a word boundary (not "McDonald" split, not inside "eBay").
    /// Abbreviations always do.
    @inline(__always) private static func startsWord(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let start = token.range.lowerBound
        guard start > 0 else { return true }
        let before = text[start - 1]
        return !((before >= 0x61 && before <= 0x7A) || (before >= 0x41 && before <= 0x5A)
                 || before >= 0x80 && !CandidateScanner.isBoundaryBefore(text, start))
    }

    /// The pattern's match at `p` (an upper-case ASCII letter) on ASCII text: `.unsure` where a
    /// character beyond ASCII might change it.
    @inline(__always)
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, at p: Int, _ classes: UnsafeBufferPointer<UInt8>) -> Scan {
        let n = text.count
        // (Typographic punctuation, U+2000...U+203E, is class 0: no letter.)
        @inline(__always) func cls(_ i: Int) -> UInt8 {
            guard i < n else { return 0 }
            let c = classes[Int(text[i])]
            if c == 3, text[i] == 0xE2, i + 2 < n, text[i + 1] == 0x80, text[i + 2] <= 0xBE { return 0 }
            return c
        }
        @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? text[i] : 0 }
        // (?:\p{Lu}\.){2,}
        var i = p, pairs = 0
        while true {
            let c = cls(i)
            if c == 3 { return .unsure }
            guard c == 1, byte(i + 1) == 0x2E else { break }
            pairs += 1
            i += 2
        }
        if pairs >= 2 {
            return .token(Token(range: p..<i, rangeWithPeriod: nil, possessive: false, allCaps: true), end: i, abbreviation: true)
        }
        // \p{Lu}\.\ ?\p{Lu}\p{Ll}{1,3}\.
        if byte(p + 1) == 0x2E {
            var j = p + 2
            if byte(j) == 0x20 { j += 1 }
            let c = cls(j)
            if c == 3 { return .unsure }
            if c == 1 {
                var k = j + 1, lower = 0
                while lower < 3 {
                    let d = cls(k)
                    if d == 3 { return .unsure }
                    guard d == 2 else { break }
                    lower += 1
                    k += 1
                }
                if lower >= 1, byte(k) == 0x2E {
                    return .token(Token(range: p..<(k + 1), rangeWithPeriod: nil, possessive: false, allCaps: true),
                                  end: k + 1, abbreviation: true)
                }
            }
        }
        // \p{Lu}[\p{L}]*(?:['’]\p{L}+(?<![’']s))*
        i = p + 1
        var allCaps = true
        // ASCII letters eight at a time; the byte loop below meets what ends the run.
        while i + 8 <= n {
            let w = Swar.load(text, i)
            let letters = Swar.letters(w)
            let other = ~letters & Swar.highs
            let run = other == 0 ? 8 : other.trailingZeroBitCount >> 3
            if run > 0, Swar.prefix(letters & ~Swar.upper(w), run) != 0 { allCaps = false }
            i += run
            if run < 8 { break }
        }
        while true {
            let c = cls(i)
            if c == 1 { i += 1 } else if c == 2 { allCaps = false; i += 1 } else if c == 3 { return .unsure } else { break }
        }
        while true {
            let apostrophe = CandidateScanner.apostrophe(text, i)
            if apostrophe == 0 { break }
            var k = i + apostrophe, letters = 0, lower = false
            while true {
                let c = cls(k)
                if c == 1 { k += 1; letters += 1 } else if c == 2 { k += 1; letters += 1; lower = true } else if c == 3 { return .unsure } else { break }
            }
            if letters == 0 || letters == 1 && text[k - 1] == 0x73 { break }
            if lower { allCaps = false }
            i = k
        }
        let wordEnd = i
        // (?<poss>['’]s\b)?
        var possessive = false
        let apostrophe = CandidateScanner.apostrophe(text, i)
        if apostrophe > 0, byte(i + apostrophe) == 0x73, !isWordByte(byte(i + apostrophe + 1)) || i + apostrophe + 1 >= n {
            possessive = true
            i += apostrophe + 1
        }
        // (?<dot>\.)?
        var withPeriod: Range<Int>?
        if byte(i) == 0x2E {
            withPeriod = p..<(i + 1)
            i += 1
        }
        return .token(Token(range: p..<wordEnd, rangeWithPeriod: withPeriod, possessive: possessive, allCaps: allCaps),
                      end: i, abbreviation: false)
    }

    /// The length of an apostrophe (' or ’) at `i`, or 0.
    @inline(__always) private static func apostrophe(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < text.count else { return 0 }
        if text[i] == 0x27 { return 1 }
        if text[i] == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// PCRE2's `\w` without UCP: ASCII letters, digits, underscore.
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// Whether the (non-ASCII) byte before `index` ends punctuation rather than a letter.
    private static func isBoundaryBefore(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        // Typographic quotes and dashes (E2 80 xx) end a word; other multibyte characters are letters.
        index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0x80
    }

    /// Whether the bytes between two tokens let them form one name: a space, a hyphen, or a
    /// lower-case particle ("of", "de", "upon", "the", "and"). (A gap of more than 7 bytes never
    /// joins, so "of the" in ``particles`` does not either.)
    @inline(__always) static func joins(_ text: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        let n = gap.count
        if n == 1 { return text[gap.lowerBound] == 0x20 || text[gap.lowerBound] == 0x2D }
        // " de ", and hyphenated particles: "Port-au-Prince", "Aix-en-Provence", "Sharm el-Sheikh", "Mazar-i-Sharif".
        if n < 3 || n > 7 { return false }
        let first = text[gap.lowerBound], last = text[gap.upperBound - 1]
        if first != 0x20 && first != 0x2D || last != 0x20 && last != 0x2D { return false }
        return joinsParticle(text, gap)
    }

    @inline(__always) private static func joinsParticle(_ text: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        // The inner bytes (at most five: gaps are at most seven) packed with their count, against
        // the particles packed alike.
        var key = UInt64(gap.count - 2) << 56
        var shift: UInt64 = 0
        for i in (gap.lowerBound + 1)..<(gap.upperBound - 1) { key |= UInt64(text[i]) << shift; shift += 8 }
        return particleSlots.withUnsafeBufferPointer { slots in
            var slot = CandidateScanner.particleSlot(key)
            while slots[slot] != 0 {
                if slots[slot] == key { return true }
                slot = (slot + 1) & 127
            }
            return false
        }
    }

    /// ``particles`` as keys of ``joinsParticle(_:_:)`` (those of up to seven bytes), in 128
    /// open-addressing slots (0: empty).
    private static let particleSlots: [UInt64] = {
        var slots = [UInt64](repeating: 0, count: 128)
        for p in particles where p.count <= 7 {
            var key = UInt64(p.count) << 56
            for (k, byte) in p.enumerated() { key |= UInt64(byte) << UInt64(8 * k) }
            var slot = particleSlot(key)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & 127 }
            slots[slot] = key
        }
        return slots
    }()

    @inline(__always) private static func particleSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57)
    }

    private static let particles: [[UInt8]] = ["of", "de", "du", "la", "le", "del", "upon", "on", "the", "and", "of the", "da", "al",
                                               "au", "en", "es", "el", "sur", "am", "an", "im", "di", "do", "dos", "das", "les", "i", "e", "y",
                                               "ez", "ad", "ar", "as", "az", "ash", "at", "a"].map { Array($0.utf8) }

    /// Gazetteer names among `tokens`: at each token the longest run that is a name, then on
    /// after it (leftmost-longest).
    func names(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], gazetteer: Gazetteer) -> [NameMatch] {
        var found = ScratchStore<NameMatch>()
        defer { found.release() }
        tokens.withUnsafeBufferPointer { names(in: text, tokens: $0, gazetteer: gazetteer, into: &found) }
        return Array(found.elements)
    }

    /// ``names(in:tokens:gazetteer:)`` into `found` (emptied first, its room kept).
    func names(in text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, gazetteer: Gazetteer, into found: inout ScratchStore<NameMatch>) {
        found.removeAll()
        found.reserve(tokens.count / 2 + 4)
        var key: NameKey?  // (made where a name has characters beyond ASCII)
        // The folded run from token i and its hash, as far as each token's end: the key of a
        // shorter span is a prefix of the run's (on ASCII; other text is folded span by span).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8 * 64) { folded in
        withUnsafeTemporaryAllocation(of: (plain: Int, plainHash: UInt32, dotted: Int, dottedHash: UInt32).self,
                                      capacity: CandidateScanner.maxTokens) { cuts in
        cuts.initialize(repeating: (0, 0, 0, 0))
        // (The fold table fetched once, not at each token.)
        CandidateScanner.foldTable.withUnsafeBufferPointer { foldTable in
        do {
            var i = 0
            while i < tokens.count {
                // A name starting at token i begins with the token's folded bytes followed by
                // nothing, a space, a hyphen or a period: where no key does, none starts here.
                let firstFold = CandidateScanner.tokenFold(text, tokens[i].range, foldTable: foldTable)
                let firstHash = firstFold?.hash
                if let hash = firstHash, !gazetteer.mayStartName(hash: hash) {
                    i += 1
                    continue
                }
                // The run of tokens joinable from i.
                var last = i
                while last + 1 < tokens.count, last - i + 1 < CandidateScanner.maxTokens, !tokens[last].possessive,
                      CandidateScanner.joins(text, tokens[last].upperEnd..<tokens[last + 1].range.lowerBound) {
                    last += 1
                }
                let start = tokens[i].range.lowerBound
                let runEnd = tokens[last].upperEnd
                // A token alone (most runs): its cuts' hashes are its hash and that with the period,
                // the same that ``foldRun`` would work out (it folds the token as ``tokenHash`` did).
                // Where the filter rules both out, no name is here, and nothing need be folded.
                if last == i, let hash = firstHash, runEnd - start <= folded.count,
                   !gazetteer.mayContain(hash: hash),
                   tokens[i].rangeWithPeriod == nil || !gazetteer.mayContain(hash: Gazetteer.hash(hash, 0x2E)) {
                    i += 1
                    continue
                }
                var matched: NameMatch?
                if runEnd - start <= folded.count,
                   CandidateScanner.foldRun(text, tokens, i, &last, into: folded, cuts: cuts, foldTable: foldTable, gazetteer: gazetteer,
                                            plainFirstHash: firstFold.flatMap { $0.plain ? $0.hash : nil }) {
                    var j = last
                    while j >= i, matched == nil {
                        let cut = cuts[j - i]
                        // (The filter asked here first: most spans are no name, and need no call.)
                        if tokens[j].rangeWithPeriod != nil, gazetteer.mayContain(hash: cut.dottedHash),
                           let index = gazetteer.keyIndex(UnsafeBufferPointer(rebasing: folded[0..<cut.dotted]), hash: cut.dottedHash) {
                            matched = NameMatch(range: start..<tokens[j].rangeWithPeriod!.upperBound, entry: gazetteer.entryRef(at: index),
                                                tokens: i..<(j + 1), allCaps: CandidateScanner.allCaps(tokens, i, j))
                        } else if gazetteer.mayContain(hash: cut.plainHash),
                                  let index = gazetteer.keyIndex(UnsafeBufferPointer(rebasing: folded[0..<cut.plain]), hash: cut.plainHash) {
                            matched = NameMatch(range: start..<tokens[j].range.upperBound, entry: gazetteer.entryRef(at: index),
                                                tokens: i..<(j + 1), allCaps: CandidateScanner.allCaps(tokens, i, j))
                        }
                        j -= 1
                    }
                } else {
                    var j = last
                    while j >= i, matched == nil {
                        // With the trailing period first ("Calif."), then without ("Ohio.").
                        for end in [tokens[j].rangeWithPeriod?.upperBound, tokens[j].range.upperBound] {
                            guard let end else { continue }
                            if key == nil { key = NameKey() }
                            key!.fold(text, start..<end)
                            if let entry = key!.withBytes({ gazetteer.entry(forKey: $0) }) {
                                matched = NameMatch(range: start..<end, entry: gazetteer.entryRef(at: entry.index),
                                                    tokens: i..<(j + 1), allCaps: CandidateScanner.allCaps(tokens, i, j))
                                break
                            }
                        }
                        j -= 1
                    }
                }
                if let matched {
                    found.append(matched)
                    i = matched.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        }
        }
        }
    }

    @inline(__always) private static func allCaps(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ j: Int) -> Bool {
        for t in i...j where !tokens[t].allCaps { return false }
        return true
    }

    /// Folds the run of tokens `first...last` as ``NameKey`` does, noting at each token's end
    /// (with and without its period) the key's length and hash. False where the run has a
    /// character beyond ASCII other than the typographic apostrophe, or white space other than
    /// single spaces (left to ``NameKey``). `last` is moved back to the last token that some key's
    /// prefix reaches (by the gazetteer's prefix filter): no longer span can be a name.
    @inline(__always)
    private static func foldRun(_ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: inout Int,
                                into buffer: UnsafeMutableBufferPointer<UInt8>,
                                cuts: UnsafeMutableBufferPointer<(plain: Int, plainHash: UInt32, dotted: Int, dottedHash: UInt32)>,
                                foldTable: UnsafeBufferPointer<UInt8>, gazetteer: Gazetteer, plainFirstHash: UInt32?) -> Bool {
        do {
            let bytes = text.baseAddress!, out = buffer.baseAddress!, n = text.count
            var count = 0
            var hash = Gazetteer.hashSeed
            var k = tokens[first].range.lowerBound
            // A first token that folds byte for byte (its hash known: `plainFirstHash`) and is
            // short: its bytes lower-cased sixteen at a time, not folded and hashed one by one again.
            let firstRange = tokens[first].range
            if let plainFirstHash, firstRange.count <= 16, firstRange.lowerBound + 16 <= n, buffer.count >= 16 {
                let raw = UnsafeMutableRawPointer(out)
                raw.storeBytes(of: Swar.lowercased(Swar.load(text, firstRange.lowerBound)).littleEndian, as: UInt64.self)
                (raw + 8).storeBytes(of: Swar.lowercased(Swar.load(text, firstRange.lowerBound + 8)).littleEndian, as: UInt64.self)
                count = firstRange.count
                hash = plainFirstHash
                k = firstRange.upperBound
            }
            for t in first...last {
                let token = tokens[t]
                // The gap before the token (a space, a hyphen, " of "), the token, then its period.
                var to = token.range.upperBound
                var dotted = false
                while true {
                    while k < to {
                        let b = bytes[k]
                        let f = foldTable[Int(b)]
                        if f != 0 {
                            out[count] = f
                            hash = (hash ^ UInt32(f)) &* 0x0100_0193
                            count += 1
                            k += 1
                        } else if b == 0x20, count > 0, k + 1 < to, foldTable[Int(bytes[k + 1])] != 0 || bytes[k + 1] >= 0x80 {
                            // One space before more of the name: kept as it is.
                            out[count] = 0x20
                            hash = (hash ^ 0x20) &* 0x0100_0193
                            count += 1
                            k += 1
                        } else if b == 0xE2, k + 2 < to, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                            out[count] = 0x27  // ’ -> '
                            hash = (hash ^ 0x27) &* 0x0100_0193
                            count += 1
                            k += 3
                        } else {
                            return false
                        }
                    }
                    if dotted {
                        cuts[t - first].dotted = count
                        cuts[t - first].dottedHash = hash
                        break
                    }
                    cuts[t - first].plain = count
                    cuts[t - first].plainHash = hash
                    // Where no key begins with the run so far followed by nothing, a space, a hyphen or a
                    // period (the bytes that follow a token in a run: its period, or a gap's first byte),
                    // no span that ends at this token or further is a name: the run ends before it.
                    // (The first token's prefix has been asked already.)
                    if t > first && !gazetteer.mayStartName(hash: hash) {
                        last = t - 1
                        return true
                    }
                    guard let withPeriod = token.rangeWithPeriod?.upperBound else { break }
                    to = withPeriod
                    dotted = true
                }
            }
            return true
        }
    }

    /// The hash of `text[range]` folded as ``foldRun(_:_:_:_:into:cuts:)`` folds a run's first
    /// token (its `plainHash` cut), or nil where that fold fails (then the run is left to
    /// ``NameKey``).
    @inline(__always)
    static func tokenHash(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldTable: UnsafeBufferPointer<UInt8>) -> UInt32? {
        tokenFold(text, range, foldTable: foldTable)?.hash
    }

    /// ``tokenHash(_:_:foldTable:)``, and whether the token folds byte for byte (every byte ASCII
    /// and no white space: its folded bytes are its bytes lower-cased).
    @inline(__always)
    static func tokenFold(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldTable: UnsafeBufferPointer<UInt8>) -> (hash: UInt32, plain: Bool)? {
        do {
            let bytes = text.baseAddress!, to = range.upperBound
            // Most tokens fold byte for byte (no space, no ’, nothing beyond ASCII): a tight loop.
            var hash = Gazetteer.hashSeed
            var k = range.lowerBound
            while k < to {
                let f = foldTable[Int(bytes[k])]
                if f == 0 { break }
                hash = (hash ^ UInt32(f)) &* 0x0100_0193
                k += 1
            }
            if k == to { return (hash, true) }
            hash = Gazetteer.hashSeed
            var count = 0
            k = range.lowerBound
            while k < to {
                let b = bytes[k]
                let f = foldTable[Int(b)]
                if f != 0 {
                    hash = (hash ^ UInt32(f)) &* 0x0100_0193
                    count += 1
                    k += 1
                } else if b == 0x20, count > 0, k + 1 < to, foldTable[Int(bytes[k + 1])] != 0 || bytes[k + 1] >= 0x80 {
                    hash = (hash ^ 0x20) &* 0x0100_0193
                    count += 1
                    k += 1
                } else if b == 0xE2, k + 2 < to, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                    hash = (hash ^ 0x27) &* 0x0100_0193
                    count += 1
                    k += 3
                } else {
                    return nil
                }
            }
            return (hash, false)
        }
    }

    /// ASCII bytes as ``NameKey`` folds them (lower case), 0 for white space, NUL and bytes beyond ASCII.
    private static let foldTable: [UInt8] = (0..<256).map { b -> UInt8 in
        if b == 0 || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b >= 0x80 { return 0 }
        return b >= 0x41 && b <= 0x5A ? UInt8(b) | 0x20 : UInt8(b)
    }
}

extension Token {
    /// Where the token's text ends, its period included (for measuring the gap to the next).
    var upperEnd: Int { rangeWithPeriod?.upperBound ?? range.upperBound }
}

/// A document's tokens (or name matches) in memory of their own, kept from one document to the
/// next (an element is written in place: no array's checks per element). For trivial values only.
struct ScratchStore<Element> {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var capacity = 0
    private(set) var count = 0

    /// The elements stored.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    /// Makes room for at least `minimum` elements.
    mutating func reserve(_ minimum: Int) { if capacity < minimum { grow(to: minimum) } }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow(to: max(64, 2 * capacity)) }
        (base! + count).initialize(to: element)
        count += 1
    }

    @inline(never) private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let base {
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = grown
        capacity = newCapacity
    }

    /// Frees the memory (the store is empty after).
    mutating func release() {
        base?.deallocate()
        base = nil
        capacity = 0
        count = 0
    }
}

/// The tokens of a document (``ScratchStore``).
typealias TokenStore = ScratchStore<Token>

extension ScratchStore where Element == Token {
    var tokens: UnsafeBufferPointer<Token> { elements }
}

/// A byte test that tells where no cue verb can stand as a word: every attribution pattern that
/// needs a cue (``CueVerbs/finite`` or ``CueVerbs/introducing``) wants it between non-letters
/// (`(?<![\p{L}])` or a space before, `(?![\p{L}])` or a space after), and every cue phrase opens
/// with a run of lower-case ASCII letters. So a cue can only start a maximal run of ASCII letters
/// that is all lower-case and is the first word of some phrase; a bit filter over those first
/// words (a false hit only costs the pattern run) answers without PCRE.
enum CueWords {
    /// The phrases one test looks for: a bit filter over their first words (runs of a-z) and,
    /// by first word, the bytes that follow it in each phrase ("" for a one-word phrase).
    struct Phrases: Sendable {
        let bits: [UInt64]
        let table: ASCIIWordTable<Int>
        let rests: [[[UInt8]]]

        init(_ phrases: [String]) {
            var bits = [UInt64](repeating: 0, count: 64)
            var table = ASCIIWordTable<Int>(capacity: phrases.count)
            var rests: [[[UInt8]]] = []
            for phrase in phrases {
                var phrase = phrase
                phrase.withUTF8 { utf8 in
                    var count = 0
                    while count < utf8.count, utf8[count] >= 0x61, utf8[count] <= 0x7A { count += 1 }
                    precondition(count > 0, "a cue phrase opens with a lower-case ASCII letter")
                    let slot = CueWords.wordSlot(utf8, 0, count)
                    bits[slot >> 6] |= 1 << UInt64(slot & 63)
                    let word = UnsafeBufferPointer(rebasing: utf8[0..<count])
                    let rest = Array(utf8[count...])
                    if let group = table.value(word) {
                        rests[group].append(rest)
                    } else {
                        table.insert(word, rests.count)
                        rests.append([rest])
                    }
                }
            }
            self.bits = bits
            self.table = table
            self.rests = rests
        }
    }

    /// Every finite and introducing cue (what ``CueVerbs/allAlternation`` matches).
    static let all = Phrases(CueVerbs.finite + CueVerbs.introducing)
    /// The finite cues (what ``CueVerbs/finiteAlternation`` matches).
    static let finite = Phrases(CueVerbs.finite)

    /// Whether `bytes[range]` may hold a cue of `phrases` standing as a word (false: surely not).
    static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrases: Phrases = all) -> Bool {
        firstStart(bytes, range, phrases, last: false) != nil
    }

    /// Where the last cue of `phrases` standing as a word may start in `bytes[range]` (nil: none
    /// there). A cue the patterns match starts at or before it (and so does their match).
    static func lastStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrases: Phrases = all) -> Int? {
        firstStart(bytes, range, phrases, last: true)
    }

    /// The start of the first (or `last`) run of letters in `bytes[range]` that may open a cue.
    @inline(__always)
    private static func firstStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ phrases: Phrases, last: Bool) -> Int? {
        var found: Int?
        let end = range.upperBound
        var i = range.lowerBound
        return phrases.bits.withUnsafeBufferPointer { bits in
            while i < end {
                let byte = bytes[i]
                // Past anything that is not an ASCII letter.
                guard (byte | 0x20) &- 0x61 < 26 else { i += 1; continue }
                let start = i
                var upper: UInt8 = 0
                // The filter key (the first eight bytes) is gathered on the way.
                var key: UInt64 = 0
                var shift: UInt64 = 0
                while i < end {
                    let b = bytes[i]
                    guard (b | 0x20) &- 0x61 < 26 else { break }
                    upper |= ~b & 0x20
                    if shift < 64 { key |= UInt64(b) << shift; shift += 8 }
                    i += 1
                }
                guard upper == 0 else { continue }
                let slot = Int(truncatingIfNeeded: ((key ^ (UInt64(i - start) << 59)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
                if bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0,
                   let group = phrases.table.value(UnsafeBufferPointer(rebasing: bytes[start..<i])) {
                    // The rest of some phrase after its first word ("" for a one-word cue).
                    for rest in phrases.rests[group]
                    where rest.isEmpty || (i + rest.count <= end && rest.indices.allSatisfy({ bytes[i + $0] == rest[$0] })) {
                        guard last else { return start }
                        found = start
                        break
                    }
                }
            }
            return found
        }
    }

    /// A filter slot (0..<4096) from a word's first eight bytes and its length.
    @inline(__always) fileprivate static func wordSlot(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var key: UInt64 = 0
        for k in 0..<min(end - start, 8) { key |= UInt64(bytes[start + k]) << (8 * UInt64(k)) }
        return Int(truncatingIfNeeded: ((key ^ (UInt64(end - start) << 59)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}

/// What the direct reader of ``AttributionPatterns/bareCue`` tells of a search from one place:
/// the first match (its cue and tail), that there is none, or nothing (the pattern must run).
enum BareCueReading: Equatable {
    case match(cue: Range<Int>, tail: Range<Int>)
    case none
    case decline
}

extension DirectSpeakers {
    /// ``AttributionPatterns/bareCue`` searched from `from` in a subject ending at `end`: the
    /// first place where a cue phrase of ``CueWords/all`` stands as a word (no letter before or
    /// after), then the tail to the end. Declines wherever a byte beyond ASCII could be a letter
    /// next to the cue, where two phrases read at one place ("said" and "said of": which one the
    /// alternation takes is its order's business), and where the tail is unsure (``tailEnd``).
    static func bareCue(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> BareCueReading {
        let phrases = CueWords.all
        var i = from
        while i < end {
            let b = bytes[i]
            guard isLetter(b) else { i += 1; continue }
            // A run of ASCII letters: a cue starts only at its start, after no letter.
            let s = i
            var h = ASCIIWordTable<Int>.initialHash
            var upper = false
            while i < end, isLetter(bytes[i]) {
                h = ASCIIWordTable<Int>.hash(h, bytes[i])
                if !isLower(bytes[i]) { upper = true }
                i += 1
            }
            if s > 0 {
                let before = bytes[s - 1]
                if isLetter(before) { continue }
                if before >= 0x80 {
                    // Only U+2000-U+203F (E2 80 xx) and the no-break space are surely no letters.
                    let general = s >= 3 && bytes[s - 3] == 0xE2 && bytes[s - 2] == 0x80
                    let noBreak = s >= 2 && bytes[s - 2] == 0xC2 && before == 0xA0
                    guard general || noBreak else {
                        if !upper, i - s <= 24, phrases.table.value(UnsafeBufferPointer(rebasing: bytes[s..<i]), hash: h) != nil { return .decline }
                        continue
                    }
                }
            }
            guard !upper, let group = phrases.table.value(UnsafeBufferPointer(rebasing: bytes[s..<i]), hash: h) else {
                // (A letter beyond ASCII may carry the run on into a cue: it cannot, a cue is all ASCII.)
                continue
            }
            // The phrases of this first word that read here, followed by no letter.
            var found = -1
            for rest in phrases.rests[group] {
                guard i + rest.count <= end else { continue }
                var k = 0
                while k < rest.count, bytes[i + k] == rest[k] { k += 1 }
                guard k == rest.count else { continue }
                guard let noLetter = noLetterAt(i + rest.count, bytes, end) else { return .decline }
                guard noLetter else { continue }
                guard found < 0 else { return .decline }
                found = i + rest.count
            }
            // Bytes beyond ASCII right after the first word: a letter may carry it on (no cue).
            if i < end, bytes[i] >= 0x80, noLetterAt(i, bytes, end) == nil { return .decline }
            guard found >= 0 else { continue }
            guard let t = tailEnd(found, bytes, end) else { return .decline }
            return .match(cue: s..<found, tail: found..<t)
        }
        return .none
    }
}

/// Where a match of ``AttributionPatterns/before`` or ``AttributionPatterns/speechEvent`` surely
/// cannot start, told from bytes: of the places ``SpeakerStarts``' rules allow them, most (every
/// capitalized word of a long sentence) start no match, while trying the speaker grammar at one
/// costs the pattern thousands of steps (every way to read a name, a premodifier or a description,
/// each followed by the appositive's search for a closing comma). A place is dropped only when no reading of the grammar from it can reach
/// a cue: so the matches found in the windows left are those found in the windows given.
///
/// Both patterns read, from their start, `speaker appositive space auxiliaries cue`:
/// - the speaker's words are runs of letters, digits, `.`, `'`, `’` and `-`, one or more spaces
///   (or no-break spaces) apart: a pronoun, a bare plural ("officials"), a determiner and one to
///   seven words none of which is a stop word, one to four capitalized words the last of which
///   holds an apostrophe and then one to three lower-case words, or a proper name (capitalized
///   words, lower-case particles between them) after an optional premodifier (up to five
///   capitalized words or numbers, then one to four lower-case words none of which is a
///   function word);
/// - so the speaker ends at the end of one of those words, and what follows it is a parenthesis
///   (unsure: kept), a comma (an appositive closed by a later comma, or the ", Jr." of a name:
///   kept when a comma within reach opens the rest), or spaces, at most twelve words of the
///   auxiliaries (their words, "-ly" adverbs, weekdays) and a cue, whose first word is one of the
///   cue table's first words.
/// The tests only ever keep too much: each set of readings here holds the pattern's own (words
/// compared exactly where the pattern compares a prefix, lists where the pattern has a
/// narrower class); anything beyond ASCII but the no-break space and ’ keeps the place.
enum SpeakerReach {
    /// A word of the speaker grammar: its bytes, what separates it from the next, and the lists
    /// it is in.
    struct Word {
        var start: Int
        var end: Int
        /// What follows the word.
        var separator: Separator
        /// The next word starts right after the spaces that follow this one.
        var linked: Bool
        /// The word holds a character beyond ASCII (other than ’): the tests cannot tell it.
        var unsure: Bool
        /// What may follow the word if a speaker ends there (``Reader/mayGoOn(after:_:_:)``):
        /// -1 not known yet, 0 no, 1 yes.
        var goesOn: Int8
        /// ``lexicon`` bits: of the whole word (pronoun, determiner, bare plural, particle), of
        /// the run of letters opening it (stop word, function word).
        var lists: UInt16
        /// The word holds ' or ’ (a possessive's capitalized word may).
        var apostrophe: Bool
        /// The word is ASCII letters and hyphens only (a premodifier's lower-case word must be).
        var plain: Bool
    }

    enum Separator: UInt8 {
        /// Spaces (or no-break spaces), then the next word or anything else.
        case space
        case comma
        case parenthesis
        /// Anything else, or the end of the subject.
        case other
    }

    /// How many words a speaker can hold at most (a premodifier of five words and four, a
    /// proper name of eight capitalized words and seven particles between them) and one more.
    static let capacity = 25

    /// How many words of a text one search reads at most (then each place reads its own).
    static let tapeCapacity = 512

    /// Windows (sorted, disjoint) over `range` holding every place where a match of the speaker
    /// patterns can start, as ``SpeakerStarts/windows(_:_:end:)`` gives them less the places from
    /// which no speaker reaches a cue; `end` is the end of the subject the pattern is given, `cues`
    /// the pattern's cue phrases. The words are read once for all places, and what may follow
    /// each word once.
    static func windows(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, end: Int,
                        cues: CueWords.Phrases) -> [ClosedRange<Int>] {
        guard !range.isEmpty else { return [] }
        return withUnsafeTemporaryAllocation(of: Word.self, capacity: tapeCapacity + capacity) { buffer -> [ClosedRange<Int>] in
            let lexicon = SpeakerReach.lexicon
            var windows: [ClosedRange<Int>] = []
            // The text's words from the range's start (the tape), and a place's own words where
            // the place starts inside one of them (after "-" or "'").
            var tape = Reader(bytes: bytes, end: end, words: buffer.baseAddress!, capacity: tapeCapacity, at: range.lowerBound)
            var open = -1, last = -1
            var cursor = 0
            var i = range.lowerBound
            while i < range.upperBound {
                let b = bytes[i]
                // Only a letter or digit (or a character beyond ASCII) at a word start begins a match.
                if (DirectSpeakers.isLetter(b) || (b >= 0x30 && b <= 0x39) || b >= 0xC0), SpeakerStarts.isWordStart(i, bytes) {
                    // The tape's word starting at `i`, if any; a tape too near its end for the place's
                    // words (each place reads as many as ``capacity``) starts again at `i`.
                    func seek() {
                        while true {
                            if cursor < tape.count {
                                if tape.words[cursor].start >= i { break }
                                cursor += 1
                            } else if !tape.readMore(lexicon) {
                                break
                            }
                        }
                    }
                    seek()
                    if cursor + capacity > tapeCapacity {
                        tape = Reader(bytes: bytes, end: end, words: buffer.baseAddress!, capacity: tapeCapacity, at: i)
                        cursor = 0
                        seek()
                    }
                    let may: Bool
                    if cursor < tape.count, tape.words[cursor].start == i {
                        tape.base = cursor
                        may = tape.mayStart(cues, lexicon)
                    } else {
                        var own = Reader(bytes: bytes, end: end, words: buffer.baseAddress! + tapeCapacity, capacity: capacity, at: i)
                        may = own.mayStart(cues, lexicon)
                    }
                    if may {
                        if open < 0 { open = i }
                        last = i
                    } else if open >= 0 {
                        windows.append(open...last)
                        open = -1
                    }
                    // No word starts inside a run of ASCII letters and digits.
                    i += 1
                    while i < range.upperBound, DirectSpeakers.isLetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) { i += 1 }
                    continue
                }
                i += 1
            }
            if open >= 0 { windows.append(open...last) }
            return windows
        }
    }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The length of the space or no-break space at `i` (0: none).
    @inline(__always) static func space(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == 0x20 { return 1 }
        if bytes[i] == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Whether a match may start at the word start `p` (false: surely not).
    static func mayStart(at p: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int, cues: CueWords.Phrases) -> Bool {
        withUnsafeTemporaryAllocation(of: Word.self, capacity: capacity) { words in
            var reader = Reader(bytes: bytes, end: end, words: words.baseAddress!, capacity: capacity, at: p)
            return reader.mayStart(cues, lexicon)
        }
    }

    /// ``lexicon`` bits.
    static let pronoun: UInt16 = 1, determiner: UInt16 = 2, barePlural: UInt16 = 4, particle: UInt16 = 8
    static let stopWord: UInt16 = 16, functionWord: UInt16 = 32, auxiliary: UInt16 = 64

    /// The grammar's word lists, a bit each: ``SpeakerGrammar/pronoun``, the determiners of
    /// ``SpeakerGrammar/commonPhrase``, ``SpeakerGrammar/bareSpeakers``, ``SpeakerGrammar/particle``,
    /// ``SpeakerGrammar/descriptionStop``, ``SpeakerGrammar/functionWord``, and the words of
    /// ``SpeakerGrammar/auxiliaries`` and ``SpeakerGrammar/timeAdverbial``.
    static let lexicon: ASCIIWordTable<UInt16> = {
        var table = ASCIIWordTable<UInt16>(capacity: 512)
        let lists: [(UInt16, [[UInt8]])] = [
            (pronoun, DirectSpeakers.pronouns), (determiner, DirectSpeakers.determiners), (barePlural, DirectSpeakers.bareSpeakers),
            (particle, ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos",
                        "das", "y"].map { Array($0.utf8) }),
            (stopWord, DirectSpeakers.descriptionStops), (functionWord, DirectSpeakers.functionWords),
            (auxiliary, [
                "has", "have", "had", "would", "will", "could", "might", "also", "later", "then", "once", "previously", "earlier",
                "again", "further", "recently", "repeatedly", "just", "simply", "quickly", "often", "still", "already", "was", "is",
                "quoted", "as", "this", "last", "on", "that", "in", "a", "an", "yesterday", "today", "week", "month", "year",
                "morning", "afternoon", "evening", "night", "weekend", "time", "day", "spring", "summer", "fall", "autumn", "winter",
                "statement", "interview", "email", "post", "tweet", "letter", "release",
            ].map { Array($0.utf8) }),
        ]
        for (bit, list) in lists {
            for word in list {
                word.withUnsafeBufferPointer { word in
                    table.update(word, default: 0) { $0 |= bit }
                }
            }
        }
        return table
    }()

    /// Reads the words from a place as far as the readings need them: a place's own words, or
    /// a text's words (a tape) read for every place that starts one of them (`base`).
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let end: Int
        let words: UnsafeMutablePointer<Word>
        let wordCapacity: Int
        /// The words read; where the next one starts (-1: none follows).
        var count = 0
        var next: Int
        /// The place's first word.
        var base = 0
        /// Something the tests cannot tell was met (beyond ASCII, past the capacity).
        var unsure = false
        /// The speaker's possible last words (a bit per word from `base`).
        var ends: UInt32 = 0

        init(bytes: UnsafeBufferPointer<UInt8>, end: Int, words: UnsafeMutablePointer<Word>, capacity: Int, at p: Int) {
            self.bytes = bytes
            self.end = end
            self.words = words
            wordCapacity = capacity
            next = p
        }

        /// Word `k` (from `base`).
        @inline(__always) func word(_ k: Int) -> Word { words[base + k] }

        /// Whether word `k` (from `base`) is there (reading it when needed), and can be told.
        @inline(__always) mutating func has(_ k: Int, _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
            guard k < SpeakerReach.capacity else {
                unsure = true
                return false
            }
            while count <= base + k {
                guard readMore(lexicon) else {
                    // Out of room: unsure; out of words: none.
                    if count == wordCapacity { unsure = true }
                    return false
                }
            }
            if words[base + k].unsure {
                unsure = true
                return false
            }
            return true
        }

        /// Reads the next word; false when there is none (or no room).
        mutating func readMore(_ lexicon: ASCIIWordTable<UInt16>) -> Bool {
            guard next >= 0, next < end, count < wordCapacity else { return false }
            let start = next
            var i = start
            var h = ASCIIWordTable<UInt16>.initialHash
            var lettersEnd = -1
            var lettersHash = h
            var beyond = false
            var apostrophe = false, plain = true
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    if DirectSpeakers.isLetter(b) {
                        h = ASCIIWordTable<UInt16>.hash(h, b)
                        i += 1
                        continue
                    }
                    guard SpeakerReach.isDigit(b) || b == 0x2E || b == 0x27 || b == 0x2D else { break }
                    if lettersEnd < 0 { lettersEnd = i; lettersHash = h }
                    if b == 0x27 { apostrophe = true }
                    if b != 0x2D { plain = false }
                    i += 1
                } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                    break  // a no-break space
                } else {
                    // ’, or a character the tests cannot tell (it stays in the word).
                    if !(b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) { beyond = true }
                    if lettersEnd < 0 { lettersEnd = i; lettersHash = h }
                    if b == 0xE2 { apostrophe = true }
                    plain = false
                    i += 1
                    while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
                }
            }
            var lists: UInt16 = 0
            if i > start, !beyond {
                if lettersEnd < 0 {
                    // All letters: one look-up tells both.
                    if i - start <= 16 { lists = lexicon.value(UnsafeBufferPointer(rebasing: bytes[start..<i]), hash: h) ?? 0 }
                } else {
                    if i - start <= 16 {
                        lists = (lexicon.value(UnsafeBufferPointer(rebasing: bytes[start..<i]), hash: h) ?? 0)
                            & (SpeakerReach.pronoun | SpeakerReach.determiner | SpeakerReach.barePlural | SpeakerReach.particle)
                    }
                    if lettersEnd > start, lettersEnd - start <= 16 {
                        lists |= (lexicon.value(UnsafeBufferPointer(rebasing: bytes[start..<lettersEnd]), hash: lettersHash) ?? 0)
                            & (SpeakerReach.stopWord | SpeakerReach.functionWord)
                    }
                }
            }
            var separator = Separator.other
            var linked = false
            var j = i
            if SpeakerReach.space(i, bytes, end) > 0 {
                separator = .space
                while case let t = SpeakerReach.space(j, bytes, end), t > 0 { j += t }
                // The next word opens right there: any byte but ASCII punctuation.
                if j < end, SpeakerReach.opensWord(bytes[j], j, bytes, end) { linked = true }
            } else if i < end, bytes[i] == 0x2C {
                separator = .comma
            } else if i < end, bytes[i] == 0x28 {
                separator = .parenthesis
            }
            if i > start {
                words[count] = Word(start: start, end: i, separator: separator, linked: linked, unsure: beyond, goesOn: -1, lists: lists,
                                    apostrophe: apostrophe, plain: plain)
                count += 1
            }
            // The next word of the text: after whatever is no word.
            while j < end, !SpeakerReach.opensWord(bytes[j], j, bytes, end) { j += 1 }
            next = j < end ? j : -1
            return i > start || next >= 0 ? (i > start ? true : readMore(lexicon)) : false
        }

        @inline(__always) func first(_ k: Int) -> UInt8 { bytes[words[base + k].start] }

        /// Word `k + 1` follows word `k` after spaces (word `k` read).
        @inline(__always) mutating func follows(_ k: Int, _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
            words[base + k].linked && has(k + 1, lexicon)
        }

        /// A capital, or "d'" / "d’" (a name token or a title can start there).
        @inline(__always) func isCapitalish(_ k: Int) -> Bool {
            let b = first(k)
            if SpeakerReach.isUpper(b) { return true }
            let w = word(k)
            return b == 0x64 && w.start + 1 < w.end && (bytes[w.start + 1] == 0x27 || bytes[w.start + 1] == 0xE2)
        }

        /// `\p{Ll}[\p{L}\-]*` as the whole word, no function word: a premodifier's lower-case word.
        @inline(__always) func isPremodifierWord(_ k: Int) -> Bool {
            let w = word(k)
            guard SpeakerReach.isLower(bytes[w.start]), w.lists & SpeakerReach.functionWord == 0 else { return false }
            return w.plain
        }

        /// The proper name starting at word `k` (read): its words' ends.
        mutating func name(from k: Int, _ lexicon: ASCIIWordTable<UInt16>) {
            guard isCapitalish(k) else { return }
            var j = k
            var tokens = 0
            while true {
                ends |= 1 << UInt32(j)
                tokens += 1
                guard tokens < 8, follows(j, lexicon) else { break }
                if isCapitalish(j + 1) {
                    j += 1
                    continue
                }
                if word(j + 1).lists & SpeakerReach.particle != 0, follows(j + 1, lexicon), isCapitalish(j + 2) {
                    j += 2
                    continue
                }
                break
            }
        }

        /// Whether a speaker ending with word `k` (from `base`) may go on to a cue: the
        /// appositive, or spaces, auxiliaries and a cue (worked out once per word).
        mutating func mayGoOn(after k: Int, _ cues: CueWords.Phrases, _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
            let w = word(k)
            if w.goesOn >= 0 { return w.goesOn == 1 }
            var result = false
            let e = w.end
            switch w.separator {
            case .space:
                result = SpeakerReach.mayFollow(e, bytes, end: end, cues: cues, lexicon)
            case .comma:
                if SpeakerReach.appositiveMayClose(e, bytes, end: end, cues: cues, lexicon) {
                    result = true
                } else {
                    // ", Jr." / ", Sr." of a name.
                    var j = e + 1
                    while case let t = SpeakerReach.space(j, bytes, end), t > 0 { j += t }
                    result = j + 1 < end && (bytes[j] == 0x4A || bytes[j] == 0x53) && bytes[j + 1] == 0x72
                }
            case .parenthesis:
                result = true
            case .other:
                result = false
            }
            words[base + k].goesOn = result ? 1 : 0
            return result
        }

        /// Whether a match may start at word `base` (false: surely not).
        mutating func mayStart(_ cues: CueWords.Phrases, _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
            unsure = false
            ends = 0
            guard has(0, lexicon) else { return unsure }
            let lists0 = word(0).lists
            // A pronoun, a bare plural (the pattern reads its prefix: a speaker ends only where a
            // space, comma or parenthesis follows, at the end of the word).
            if lists0 & (SpeakerReach.pronoun | SpeakerReach.barePlural) != 0 { ends |= 1 }
            // A determiner and one to seven words, no stop word.
            if lists0 & SpeakerReach.determiner != 0 {
                var j = 0
                while j < 7, follows(j, lexicon) {
                    j += 1
                    if word(j).lists & SpeakerReach.stopWord != 0 { break }
                    ends |= 1 << UInt32(j)
                }
            }
            // Capitalized words, the last with an apostrophe, then one to three lower-case words.
            if SpeakerReach.isUpper(first(0)) {
                var j = 0
                while j < 4 {
                    guard SpeakerReach.isUpper(first(j)) else { break }
                    if word(j).apostrophe {
                        var k = j
                        while k < j + 3, follows(k, lexicon), SpeakerReach.isLower(first(k + 1)) {
                            k += 1
                            ends |= 1 << UInt32(k)
                        }
                        break
                    }
                    guard follows(j, lexicon) else { break }
                    j += 1
                }
            }
            // A proper name, after a premodifier or not.
            name(from: 0, lexicon)
            var a = 0
            while a < 6, isCapitalish(a) || SpeakerReach.isDigit(first(a)), follows(a, lexicon) { a += 1 }
            if a < 6, base + a < count, isPremodifierWord(a) {
                var b = a
                var lowers = 0
                while lowers < 4, isPremodifierWord(b), follows(b, lexicon) {
                    b += 1
                    lowers += 1
                }
                if lowers > 0, base + b < count { name(from: b, lexicon) }
            }
            if unsure { return true }
            // What follows each possible end.
            var k = 0
            var left = ends
            while left != 0 {
                if left & 1 != 0, mayGoOn(after: k, cues, lexicon) { return true }
                left >>= 1
                k += 1
            }
            return false
        }
    }

    /// Whether the byte at `j` can open a word of ``Reader``: an ASCII letter, digit, `.`, `'` or
    /// `-`, or a character beyond ASCII other than the no-break space.
    @inline(__always) static func opensWord(_ b: UInt8, _ j: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        if b < 0x80 { return DirectSpeakers.isLetter(b) || isDigit(b) || b == 0x2E || b == 0x27 || b == 0x2D }
        if b == 0xC2, j + 1 < end, bytes[j + 1] == 0xA0 { return false }
        return b & 0xC0 != 0x80
    }

    /// Whether spaces at `e`, then at most twelve words of the auxiliaries (with their commas),
    /// can lead to a cue (false: surely not).
    static func mayFollow(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int, cues: CueWords.Phrases,
                          _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
        var i = e
        guard space(i, bytes, end) > 0 else { return false }
        while case let t = space(i, bytes, end), t > 0 { i += t }
        for _ in 0..<13 {
            guard i < end else { return false }
            let b = bytes[i]
            if b == 0x28 || b >= 0x80 { return true }
            guard DirectSpeakers.isLetter(b) else { return false }
            var h = ASCIIWordTable<UInt16>.hash(ASCIIWordTable<UInt16>.initialHash, b)
            var r = i + 1
            while r < end, DirectSpeakers.isLetter(bytes[r]) {
                h = ASCIIWordTable<UInt16>.hash(h, bytes[r])
                r += 1
            }
            let run = UnsafeBufferPointer(rebasing: bytes[i..<r])
            if isLower(b), let group = cues.table.value(run, hash: h) {
                // Some phrase of this first word reads on here ("is" only in "is quoted as saying").
                for rest in cues.rests[group] where r + rest.count <= end {
                    var k = 0
                    while k < rest.count, bytes[r + k] == rest[k] { k += 1 }
                    if k == rest.count { return true }
                }
            }
            if r < end, bytes[r] >= 0x80 || bytes[r] == 0x2D { return true }
            guard isAuxiliaryWord(i, r, bytes) || (r - i <= 16 && (lexicon.value(run, hash: h) ?? 0) & auxiliary != 0) else { return false }
            i = r
            if i < end, bytes[i] == 0x2C { i += 1 }
            guard space(i, bytes, end) > 0 else { return false }
            while case let t = space(i, bytes, end), t > 0 { i += t }
        }
        return false
    }

    /// An "-ly" adverb or a capitalized word ending in "day" (``SpeakerGrammar/auxiliaries``; its
    /// other words are in ``lexicon``).
    private static func isAuxiliaryWord(_ i: Int, _ r: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = r - i
        if isLower(bytes[i]) {
            if n >= 3, bytes[r - 2] == 0x6C, bytes[r - 1] == 0x79 {
                var all = true
                for j in i..<r where !isLower(bytes[j]) { all = false }
                if all { return true }
            }
        } else if n >= 5, bytes[r - 3] == 0x64, bytes[r - 2] == 0x61, bytes[r - 1] == 0x79 {
            return true
        }
        return false
    }

    /// Whether the appositive opened by the comma at `c` can close at a later comma followed by
    /// what ``mayFollow(_:_:end:cues:)`` allows: `,[ \x{A0}]*(?:[^.;!?“”"«»\n]|\.(?! )){1,160}?,`.
    static func appositiveMayClose(_ c: Int, _ bytes: UnsafeBufferPointer<UInt8>, end: Int, cues: CueWords.Phrases,
                                   _ lexicon: ASCIIWordTable<UInt16>) -> Bool {
        var i = c + 1
        while case let t = space(i, bytes, end), t > 0 { i += t }
        var characters = 0
        while i < end, characters <= 160 {
            let b = bytes[i]
            switch b {
            case 0x2C:
                if i >= c + 2, mayFollow(i + 1, bytes, end: end, cues: cues, lexicon) { return true }
            case 0x2E:
                if i + 1 < end, bytes[i + 1] == 0x20 { return false }
            case 0x3B, 0x21, 0x3F, 0x22, 0x0A:
                return false
            case 0xE2:
                if i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { return false }
            case 0xC2:
                if i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return false }
            default:
                break
            }
            if b & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        return false
    }
}

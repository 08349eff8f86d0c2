import GleanPCRE
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The people a document names, found in one pass: every proper name with its position, the
/// fullest form of each surname ("Putin" → "Vladimir Putin"), which names are people (titled, or
/// the subject of a speech verb), and their gender when a title or first name tells it.
///
/// Built on the document's bytes without a string per name: names are split into token byte
/// ranges (``NameParts``), surnames are interned by their bytes in a flat open-addressing table
/// (surnames beyond ASCII by their string, so that they compare as strings did), and strings are
/// made only for the speakers that are emitted. The methods that answer with a name take the
/// same bytes the cast was built from.
struct NameCast {
    enum Gender { case male, female }

    struct Mention {
        let range: Range<Int>
        /// The surname (last token) the mention is filed under: an index into the cast's keys.
        let key: Int
        /// The surname's bytes in this mention (the key's text when no fuller name is known).
        let keyRange: Range<Int>
        /// The name is what the sentence is about: it opens the sentence (not as a possessive) or
        /// speaks ("Vickers said").
        let isSubject: Bool
        /// The name has an organization word ("Police Service", "Ministry").
        let hasOrganizationWord: Bool
        /// The name may be an organization ("BC Hydro"): no title, no known first name, no speech.
        let mayBeOrganization: Bool
    }

    /// What the cast knows about one surname.
    private struct Key {
        /// The bytes the surname was first seen with.
        var range: Range<Int>
        var hash: UInt64
        /// ASCII: filed in `slots` (else in `unicodeKeys`).
        var isASCII: Bool
        /// The fullest form's tokens: `fullestCount` ranges from `fullestStart` in `fullestTokens`
        /// (no fullest form when 0).
        var fullestStart = 0
        var fullestCount = 0
        var gender: Gender?
        /// A person (was `people`).
        var isPerson = false
        /// Spoke or carries a title (was `candidates`).
        var isCandidate = false
        var isTitled = false
    }

    private(set) var mentions: [Mention] = []
    private var keys: [Key] = []
    private var fullestTokens: [Range<Int>] = []
    /// Open addressing over `keys` for ASCII surnames: key index + 1, 0 empty.
    private var slots: [Int32] = []
    /// Surnames with bytes beyond ASCII, compared as strings.
    private var unicodeKeys: [String: Int] = [:]

    /// A cast without names (when the text defeats the name pattern's limits).
    static var empty: NameCast { NameCast() }

    private init() {}

    /// `paragraphs`: ``TextScan/paragraphs(_:)`` of `bytes`, when the caller has them.
    init(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>]? = nil, patterns: AttributionPatterns) throws {
        // Names in headings ("Story continues below advertisement") are no antecedents.
        let headings = (paragraphs ?? TextScan.paragraphs(bytes)).filter { !NameCast.endsLikeProse($0, bytes) }
        var heading = 0
        mentions.reserveCapacity(64)
        keys.reserveCapacity(48)
        fullestTokens.reserveCapacity(96)
        slots = [Int32](repeating: 0, count: 128)
        var scratch = NameParts.Scratch()
        defer { scratch.release() }
        let firstNames = FirstNames.asciiGenders
        let oneWordCues = NameCast.oneWordCues
        let cueFirstWords = NameCast.cueFirstWords
        let cueAfterName = patterns.cueAfterName
        func visit(_ range: Range<Int>) throws -> Bool {
            while heading < headings.count, headings[heading].upperBound <= range.lowerBound { heading += 1 }
            if heading < headings.count, headings[heading].contains(range.lowerBound) { return true }
            guard let record = NameCast.record(range, bytes, &scratch, cueAfterName, firstNames, oneWordCues, cueFirstWords) else {
                return true
            }
            let k = internKey(record.keyRange, bytes)
            mentions.append(Mention(range: record.range, key: k, keyRange: record.keyRange, isSubject: record.isSubject,
                                    hasOrganizationWord: record.isOrganization, mayBeOrganization: record.mayBeOrganization))
            if record.tokenCount > keys[k].fullestCount, !record.isOrganization {
                keys[k].fullestStart = fullestTokens.count
                keys[k].fullestCount = record.tokenCount
                fullestTokens.append(contentsOf: scratch.keptTokens)
            }
            if let gender = record.nameGender, keys[k].gender == nil { keys[k].gender = gender }
            if record.isCandidate { keys[k].isCandidate = true }
            if record.isTitled { keys[k].isTitled = true }
            return true
        }
        try NameScanner.forEachName(in: bytes, pattern: patterns.properNameAtWordStart, visit)
        for k in keys.indices where keys[k].isCandidate && (keys[k].fullestCount > 1 || keys[k].isTitled) { keys[k].isPerson = true }
        // A person's gender, when no title or first name tells it: the first he/she/his/her
        // after the person opens a sentence ("Abreder said she …").
        for mention in mentions where mention.isSubject && keys[mention.key].gender == nil && keys[mention.key].isPerson {
            if let gender = NameCast.firstPronounGender(after: mention.range.upperBound, bytes) { keys[mention.key].gender = gender }
        }
    }

    /// What one name found in the text tells the cast (its kept tokens are in the scratch).
    struct Record {
        /// The mention (leading words and titles dropped).
        let range: Range<Int>
        /// The surname: the last kept token.
        let keyRange: Range<Int>
        let tokenCount: Int
        /// It opens its sentence (not as a possessive) or speaks.
        let isSubject: Bool
        let isOrganization: Bool
        let mayBeOrganization: Bool
        /// The gender its title or (with a surname) first name tells.
        let nameGender: Gender?
        /// Titled, gendered or speaking, and no organization: a person if its surname has a
        /// fuller form or a title somewhere.
        let isCandidate: Bool
        let isTitled: Bool
    }

    /// The record of the name at `range` (nil: no token kept); its kept tokens are left in `scratch`.
    @inline(__always)
    static func record(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout NameParts.Scratch,
                       _ cueAfterName: Pattern, _ firstNames: ASCIIWordTable<Gender>,
                       _ oneWordCues: ASCIIWordTable<Bool>, _ cueFirstWords: [UInt64]) -> Record? {
        let name = NameParts(bytes, range, &scratch)
        let tokenCount = scratch.tokenCount
        guard tokenCount > 0 else { return nil }
        let last = scratch.tokens[tokenCount - 1]
        let offset = range.lowerBound + name.leadingBytesDropped
        // The cue pattern starts with a space, a no-break space (C2 A0) or "(": test that byte first.
        let end = range.upperBound
        let speaks = end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0xC2 || bytes[end] == 0x28)
            && NameCast.mayHaveCueAfter(end, bytes, cueFirstWords)
            && (NameCast.surelyHasCueAfter(end, bytes, oneWordCues)
                || ((try? cueAfterName.matches(inUTF8: bytes, anchoredAt: end)) ?? false))
        let opensSentence = NameCast.opensSentence(range.lowerBound, bytes)
            && !NameCast.isPossessive(range.upperBound, bytes)
        // The first name's gender, looked up once (only a name without a gendered title needs it).
        let firstNameGender = name.titleGender == nil ? FirstNames.gender(of: UnsafeBufferPointer(rebasing: bytes[scratch.tokens[0]]), firstNames) : nil
        let nameGender = name.titleGender ?? (tokenCount > 1 ? firstNameGender : nil)
        let isTitled = name.titleGender != nil || name.hasPersonTitle
        let isPerson = isTitled || nameGender != nil || (!name.isOrganization && speaks)
        return Record(range: offset..<range.upperBound, keyRange: last, tokenCount: tokenCount, isSubject: speaks || opensSentence,
                      isOrganization: name.isOrganization,
                      mayBeOrganization: name.isOrganization || (name.titleGender == nil && !name.hasPersonTitle && firstNameGender == nil),
                      nameGender: nameGender, isCandidate: isPerson && !name.isOrganization, isTitled: isTitled)
    }

    /// The surname a mention is filed under (the last kept token of ``NameParts``), if it has one.
    static func surname(of mention: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var scratch = NameParts.Scratch()
        defer { scratch.release() }
        _ = NameParts(bytes, mention, &scratch)
        return scratch.keptTokens.last
    }

    /// Whether the bytes of `range` are all ASCII.
    static func isASCII(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isASCII(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    // MARK: Surname keys

    @inline(__always) private static func fnv(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @inline(__always) private static func isASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in word where byte >= 0x80 { return false }
        return true
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }

    /// The key of the surname `word` (ASCII) in the slot table, or the slot where it would go.
    private func probe(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> (key: Int?, slot: Int) {
        let mask = slots.count - 1
        var s = NameCast.slot(hash, mask)
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return (nil, s) }
            let key = keys[entry - 1]
            if key.hash == hash, key.range.count == word.count,
               memcmp(word.baseAddress!, bytes.baseAddress! + key.range.lowerBound, word.count) == 0 {
                return (entry - 1, s)
            }
            s = (s + 1) & mask
        }
    }

    /// The key of the surname at `range` of `bytes`, made on first sight.
    private mutating func internKey(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard NameCast.isASCII(word) else {
            let text = String(decoding: word, as: UTF8.self)
            if let key = unicodeKeys[text] { return key }
            keys.append(Key(range: range, hash: 0, isASCII: false))
            unicodeKeys[text] = keys.count - 1
            return keys.count - 1
        }
        let hash = NameCast.fnv(word)
        let found = probe(word, hash: hash, bytes)
        if let key = found.key { return key }
        keys.append(Key(range: range, hash: hash, isASCII: true))
        slots[found.slot] = Int32(keys.count)
        if keys.count * 2 > slots.count {
            // Grow and put every ASCII key back.
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (index, key) in keys.enumerated() where key.isASCII {
                var s = NameCast.slot(key.hash, mask)
                while slots[s] != 0 { s = (s + 1) & mask }
                slots[s] = Int32(index + 1)
            }
        }
        return keys.count - 1
    }

    /// The fullest form known for a mention's surname, or the surname as written there.
    private func fullestText(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let key = keys[mention.key]
        guard key.fullestCount > 0 else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[mention.keyRange]), as: UTF8.self) }
        return joinedTokens(key, bytes)
    }

    private func joinedTokens(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        for k in key.fullestStart..<(key.fullestStart + key.fullestCount) {
            if k > key.fullestStart { utf8.append(0x20) }
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fullestTokens[k]]))
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A cheap test before the cue pattern at `end`: after the spaces (and no-break spaces) there,
    /// the pattern needs "(" or a word that starts lowercase (an auxiliary, an adverb, a cue verb)
    /// or a weekday (Monday...Sunday); false only when the next byte is ASCII and none of these.
    static func mayHaveCueAfter(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHaveCueAfter(end, bytes, cueFirstWords)
    }

    /// ``mayHaveCueAfter(_:_:)`` with the filter of first words at hand.
    static func mayHaveCueAfter(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ firstWords: [UInt64]) -> Bool {
        var i = end
        while i < bytes.count {
            if bytes[i] == 0x20 { i += 1; continue }
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue }
            break
        }
        guard i < bytes.count else { return false }
        let byte = bytes[i]
        if byte >= 0x80 || byte == 0x28 { return true }
        if byte >= 0x61 && byte <= 0x7A { return mayStartCueWords(i, bytes, firstWords) }
        // M(onday) T(uesday, hursday) W(ednesday) F(riday) S(aturday, unday)
        return byte == 0x4D || byte == 0x54 || byte == 0x57 || byte == 0x46 || byte == 0x53
    }

    /// Whether the cue pattern surely matches at `end` without asking it: spaces (and no-break
    /// spaces), then a one-word finite cue ("said") standing as a word (an ASCII non-letter or the
    /// end after it). The pattern then matches with no parenthesis and no auxiliary.
    static func surelyHasCueAfter(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ cues: ASCIIWordTable<Bool>) -> Bool {
        var i = end
        while i < bytes.count {
            if bytes[i] == 0x20 { i += 1; continue }
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue }
            break
        }
        guard i > end, i < bytes.count, bytes[i] >= 0x61, bytes[i] <= 0x7A else { return false }
        var j = i
        while j < bytes.count, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A { j += 1 }
        guard j == bytes.count || bytes[j] < 0x80 else { return false }
        return cues.value(UnsafeBufferPointer(rebasing: bytes[i..<j])) != nil
    }

    /// The finite cues of one word of lower-case letters ("said", not "pointed out").
    static let oneWordCues = ASCIIWordTable(CueVerbs.finite.filter { $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }.map { ($0, true) })

    /// Whether the lower-case word at `i` can begin what the cue pattern wants after a name's
    /// spaces: an auxiliary or adverb of ``SpeakerGrammar/auxiliaries`` (an -ly word, a time
    /// adverbial) or a finite cue verb. The word's run of ASCII lower-case letters must then be
    /// one of their first words (up to the first character that is not a letter), or end in "ly";
    /// a character beyond ASCII after the run says yes.
    static func mayStartCueWords(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ firstWords: [UInt64]) -> Bool {
        var j = i
        while j < bytes.count, bytes[j] >= 0x61, bytes[j] <= 0x7A { j += 1 }
        if j < bytes.count, bytes[j] >= 0x80 { return true }
        let count = j - i
        if count >= 2, bytes[j - 2] == 0x6C, bytes[j - 1] == 0x79 { return true }  // -ly
        let slot = wordSlot(UnsafeBufferPointer(rebasing: bytes[i..<j]))
        return firstWords.withUnsafeBufferPointer { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }
    }

    /// A filter slot (0..<4096) from a word's first eight bytes and its length (different words
    /// in one slot only make ``mayStartCueWords(_:_:_:)`` say yes).
    @inline(__always) private static func wordSlot(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var key: UInt64 = 0
        for k in 0..<min(word.count, 8) { key |= UInt64(word[k]) << (8 * UInt64(k)) }
        return Int(truncatingIfNeeded: ((key ^ (UInt64(word.count) << 59)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// A bit filter over the first words of the auxiliaries, time adverbials and finite cues
    /// (see ``SpeakerGrammar/auxiliaries``).
    static let cueFirstWords: [UInt64] = {
        let auxiliaries = ["has", "have", "had", "would", "will", "could", "might", "also", "later", "then", "once",
                           "previously", "earlier", "again", "further", "recently", "repeatedly", "just", "simply",
                           "quickly", "often", "still", "already", "was", "is",
                           "this", "last", "on", "that", "in", "yesterday", "today"]
        var bits = [UInt64](repeating: 0, count: 64)
        for phrase in auxiliaries + CueVerbs.finite {
            let word = Array(phrase.utf8.prefix { $0 >= 0x61 && $0 <= 0x7A })
            let slot = word.withUnsafeBufferPointer { wordSlot($0) }
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return bits
    }()

    /// The gender of the first third-person pronoun within 200 bytes of the same paragraph.
    static func firstPronounGender(after start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Gender? {
        let limit = min(bytes.count, start + 200)
        var i = start
        // Word by word: the rest of a word `start` falls in first, then each byte that is no
        // word byte (a line break ends the search), then each word.
        if i > 0 { while i < limit, TextScan.isWordByte(bytes[i - 1]), TextScan.isWordByte(bytes[i]) { i += 1 } }
        while i < limit, bytes[i] != 0x0A {
            if TextScan.isWordByte(bytes[i]) {
                var j = i + 1
                while j < limit, TextScan.isWordByte(bytes[j]) { j += 1 }
                // Compared case-insensitively on bytes, without copying the word.
                func lower(_ k: Int) -> UInt8 { bytes[i + k] | 0x20 }
                switch j - i {
                case 2 where lower(0) == 0x68 && lower(1) == 0x65: return .male                      // he
                case 3 where lower(0) == 0x68 && lower(1) == 0x69 && (lower(2) == 0x73 || lower(2) == 0x6D):
                    return .male                                                                    // his, him
                case 3 where lower(0) == 0x73 && lower(1) == 0x68 && lower(2) == 0x65: return .female  // she
                case 3 where lower(0) == 0x68 && lower(1) == 0x65 && lower(2) == 0x72: return .female  // her
                default: break
                }
                i = max(j, i + 1)
            } else {
                i += 1
            }
        }
        return nil
    }


    /// Whether byte `start` opens a sentence (after a paragraph break or . ! ? and a space).
    static func opensSentence(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        guard i > 0 else { return true }
        switch bytes[i - 1] {
        case 0x0A: return true
        case 0x2E: return !TextScan.isAbbreviation(endingAt: i - 1, in: bytes, floor: 0)
        case 0x21, 0x3F: return true
        default: return false
        }
    }

    /// Whether a possessive 's or ’ follows byte `end` ("Teravainen's big night").
    static func isPossessive(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < bytes.count else { return false }
        if bytes[end] == 0x27 { return true }
        return end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
    }

    /// A paragraph of running text ends with . ! ? : or a closing quotation mark.
    static func endsLikeProse(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > paragraph.lowerBound else { return false }
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x27, 0x9D, 0x99, 0x29: return true
        default: return false
        }
    }


    /// The fullest form of the name at `mention` of `bytes` ("Mr. Putin" → "Vladimir Putin"), or
    /// the name itself cleaned (``NameText`` of its text, on bytes).
    func fullestName(_ mention: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scratch = NameParts.Scratch()
        defer { scratch.release() }
        _ = NameParts(bytes, mention, &scratch)
        let tokens = scratch.keptTokens
        guard let last = tokens.last else { return nil }
        if let k = key(of: last, bytes), keys[k].fullestCount > tokens.count {
            let key = keys[k]
            let full = fullestTokens[(key.fullestStart + key.fullestCount - tokens.count)..<(key.fullestStart + key.fullestCount)]
            if zip(full, tokens).allSatisfy({ NameCast.tokensEqual($0, $1, bytes) }) || tokens.count == 1 {
                return joinedTokens(key, bytes)
            }
        }
        return NameCast.joined(tokens, bytes)
    }

    /// Whether two tokens are equal as strings (bytes, or canonical equivalence beyond ASCII).
    static func tokensEqual(_ a: Range<Int>, _ b: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = UnsafeBufferPointer(rebasing: bytes[a]), y = UnsafeBufferPointer(rebasing: bytes[b])
        if x.count == y.count, memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 { return true }
        if isASCII(x) && isASCII(y) { return false }
        return String(decoding: x, as: UTF8.self) == String(decoding: y, as: UTF8.self)
    }

    /// The tokens' text joined with single spaces.
    static func joined(_ tokens: UnsafeBufferPointer<Range<Int>>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        for (k, token) in tokens.enumerated() {
            if k > 0 { utf8.append(0x20) }
            utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token]))
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The key of the surname at `range` of `bytes`, if the cast has it.
    private func key(of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard NameCast.isASCII(word) else { return unicodeKeys[String(decoding: word, as: UTF8.self)] }
        guard !slots.isEmpty else { return nil }
        return probe(word, hash: NameCast.fnv(word), bytes).key
    }

    /// Index just past the last mention ending at or before `position`.
    private func mentionIndex(before position: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The person a "he" or "she" at byte `position` stands for: the nearest person named before
    /// it as the subject of a sentence (pronoun subjects in between carry the same person on),
    /// else the nearest person named at all; the gender must fit when it is known.
    func person(before position: Int, gender: Gender?, _ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, mention: Range<Int>)? {
        let end = mentionIndex(before: position)
        var i = end - 1
        while i >= 0 {
            let mention = mentions[i]
            let key = keys[mention.key]
            if mention.isSubject, !mention.hasOrganizationWord, key.isPerson || key.fullestCount > 1 {
                if let gender, let known = key.gender, known != gender { i -= 1; continue }
                return (fullestText(mention, bytes), mention.range)
            }
            i -= 1
        }
        return nearestPerson(endingBefore: end, gender: gender, bytes)
    }

    /// The organization an "it" at byte `position` stands for: the nearest name before it that is
    /// not a person, preferring one that opened a sentence.
    func organization(before position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // An organization that was the subject of a sentence first ("BC Hydro said …"), then any.
        for subjectOnly in [true, false] {
            var i = mentionIndex(before: position) - 1
            while i >= 0 {
                let mention = mentions[i]
                if mention.mayBeOrganization, keys[mention.key].gender == nil, mention.isSubject || !subjectOnly {
                    return fullestText(mention, bytes)
                }
                i -= 1
            }
        }
        return nil
    }

    private func nearestPerson(endingBefore end: Int, gender: Gender?, _ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, mention: Range<Int>)? {
        var i = end - 1
        while i >= 0 {
            let mention = mentions[i]
            let key = keys[mention.key]
            if key.isPerson {
                if let gender, let known = key.gender, known != gender { i -= 1; continue }
                return (fullestText(mention, bytes), mention.range)
            }
            i -= 1
        }
        return nil
    }

    /// The name mention ending closest before `position` (for "who"), within `distance` bytes.
    func name(endingBefore position: Int, within distance: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, mention: Range<Int>)? {
        for mention in mentions.reversed() where mention.range.upperBound <= position {
            guard position - mention.range.upperBound <= distance else { return nil }
            return (fullestText(mention, bytes), mention.range)
        }
        return nil
    }

    /// Record that a named speaker is a person (it attributed a quote). A surname the cast does
    /// not have is no mention's: noting it would change no answer.
    mutating func notePerson(_ mention: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        var scratch = NameParts.Scratch()
        defer { scratch.release() }
        _ = NameParts(bytes, mention, &scratch)
        if let last = scratch.keptTokens.last, let k = key(of: last, bytes) { keys[k].isPerson = true }
    }
}

/// The word lists and byte tests that split a proper name into tokens without leading function
/// words ("But"), titles ("Mr.", "Sen.", "President") or a possessive; ``NameParts`` does the
/// splitting on the text's bytes.
enum NameText {
    /// False when the token's bytes end neither with 's nor ’s (it has no contracted "is"):
    /// ``NameParts/isContractedLeadingWord(_:_:)`` is then false.
    @inline(__always) static func mayBeContracted(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        guard count >= 2, utf8[count - 1] == 0x73 else { return false }
        return utf8[count - 2] == 0x27 || (count >= 4 && utf8[count - 2] == 0x99 && utf8[count - 3] == 0x80 && utf8[count - 4] == 0xE2)
    }

    /// The word lists a token belongs to.
    struct WordClass {
        var isLeading = false
        var gender: NameCast.Gender?
        var isPersonTitle = false
        var isOrganization = false
        var isNameSuffix = false
    }

    /// A filter over the ASCII words of ``wordClasses``: a bit per hash of a word's length and
    /// first and last bytes. A word with ’ (which no other text equals as a string) can never equal
    /// an ASCII token; any other non-ASCII word turns the filter off (nil).
    static let listedFilter: [UInt64]? = {
        var bits = [UInt64](repeating: 0, count: 64)
        var off = false
        forEachListedWord { word, _ in
            if word.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
                if !word.unicodeScalars.allSatisfy({ $0.value < 0x80 || $0 == "\u{2019}" }) { off = true }
                return
            }
            var word = word
            let slot = word.withUTF8 { filterSlot($0) }
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return off ? nil : bits
    }()

    private static func filterSlot(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = utf8.first, let last = utf8.last else { return 0 }
        return (utf8.count &* 131 &+ Int(first) &* 31 &+ Int(last)) & 4095
    }

    /// False only when the token (its UTF-8) is surely in none of the word lists: an ASCII token
    /// whose filter bit is clear. A token with other bytes is always looked up.
    static func mayBeListed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let bits = listedFilter else { return true }
        for byte in utf8 where byte >= 0x80 { return true }
        let slot = filterSlot(utf8)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// Calls `body` with every word of the lists below and how to mark it as being in its list
    /// (in list order, the arrays as written: no set or dictionary to build).
    static func forEachListedWord(_ body: (String, (inout WordClass) -> Void) -> Void) {
        for word in leadingWordList { body(word) { $0.isLeading = true } }
        for (word, gender) in genderTitleList { body(word) { $0.gender = gender } }
        for word in personTitleList { body(word) { $0.isPersonTitle = true } }
        for word in organizationWordList { body(word) { $0.isOrganization = true } }
        for word in nameSuffixList { body(word) { $0.isNameSuffix = true } }
    }

    /// Every word of the lists below with the lists it is in: one lookup instead of one per list.
    static let wordClasses: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        forEachListedWord { word, change in change(&table[word, default: WordClass()]) }
        return table
    }()

    /// Generational suffixes dropped from the end of a name.
    static let nameSuffixes = Set(nameSuffixList)
    static let nameSuffixList: [String] = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "Jr.,"]

    static let genderTitles = Dictionary(uniqueKeysWithValues: genderTitleList)
    static let genderTitleList: [(String, NameCast.Gender)] = [
        ("Mr.", .male), ("Mrs.", .female), ("Ms.", .female), ("Miss", .female), ("Sir", .male), ("Lady", .female),
        ("Fr.", .male), ("Msgr.", .male), ("Sister", .female), ("Brother", .male), ("Madam", .female),
    ]

    static let personTitles = Set(personTitleList)
    static let personTitleList: [String] = [
        "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.", "Hon.", "Supt.",
        "Insp.", "Det.", "Cpl.", "Const.", "Adm.", "Maj.", "Cmdr.", "Pres.", "Sec.", "Atty.", "St.",
        "President", "Senator", "Governor", "Minister", "Premier", "Mayor", "Judge", "Justice", "Chief",
        "Secretary", "Prime", "Deputy", "Vice", "Coach", "Sheriff", "Commissioner", "Chancellor", "Speaker",
        "Leader", "Director", "Councillor", "Councilor", "Councilman", "Councilwoman", "Dean", "Professor",
        "Father", "Pope", "King", "Queen", "Prince", "Princess", "Attorney", "General", "Representative",
        "Congressman", "Congresswoman", "Ambassador", "Officer", "Constable", "Sergeant", "Captain", "Lieutenant",
        "Colonel", "Major", "Admiral", "Superintendent", "Inspector", "Detective", "Pastor", "Rabbi", "Imam",
        "Former", "former", "Dr", "Mr", "Mrs", "Ms",
    ]

    /// Capitalized words that start a sentence rather than a name.
    static let leadingWords = Set(leadingWordList)
    static let leadingWordList: [String] = [
        "The", "A", "An", "But", "And", "Or", "So", "Yet", "Then", "Now", "Still", "Also", "However", "Meanwhile",
        "When", "While", "After", "Before", "If", "As", "In", "On", "At", "For", "With", "By", "From", "To", "Of",
        "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its",
        "Our", "My", "Your", "You", "There", "Here", "Last", "Next", "Since", "Although", "Though", "Because",
        "Asked", "Speaking", "According", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Once", "Even", "Like", "Unlike",
        "During", "Under", "Over", "Instead", "Despite", "Both", "Each", "Every", "Some", "Many", "Most", "Other",
        "Another", "What", "Who", "Why", "How", "Where", "Which", "Not", "No", "Yes", "Well", "Just", "Only",
        "Asked", "Among", "Until", "Back", "See", "Read", "Click", "Hours", "Days", "Weeks", "Months", "Years", "Minutes", "Moments", "Early",
        "Late", "Soon", "Shortly", "Recently", "Previously", "Separately", "Additionally", "Furthermore", "Moreover",
        "Instead", "Indeed", "Ultimately", "Finally", "First", "Second", "Third", "Then", "Again", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Former", "Ex", "Dear", "Mr", "Thanks", "Thank", "READ", "MORE", "WATCH",
    ]

    static let organizationWords = Set(organizationWordList)
    static let organizationWordList: [String] = [
        "Police", "Service", "Services", "Council", "Ministry", "Department", "University", "College", "School",
        "Party", "Association", "Committee", "Commission", "Company", "Corporation", "Inc.", "Corp.", "Ltd.",
        "News", "Times", "Post", "Press", "Agency", "Court", "House", "Senate", "Congress", "Government", "Office",
        "Board", "Bank", "Group", "Institute", "Foundation", "Centre", "Center", "Hospital", "Union", "League",
        "Club", "Network", "Fund", "Authority", "Administration", "Republicans", "Democrats", "Campaign",
        "Nations", "States", "Church", "City", "County", "Province", "Street", "Avenue", "Road", "Day", "Act",
        "Plan", "Project", "Program", "Programme", "Federation", "Assembly", "Council", "Tours", "Airlines",
        "Airport", "Railway", "Force", "Forces", "Army", "Navy", "Guard", "Reserve", "Federal", "National",
        "International", "Global", "Media", "Review", "Journal", "Magazine", "Channel", "Radio", "TV",
        "Television", "Studios", "Pictures", "Records", "Party’s", "Foundation’s", "Ministry’s", "Canada",
        "America", "American", "Americans", "Canadian", "Canadians", "Republican", "Democratic", "Democrat",
        "Liberal", "Liberals", "Conservative", "Conservatives", "NDP", "GOP", "FBI", "CIA", "EU", "UN", "NATO",
        "U.S.", "U.N.", "White", "Supreme", "Parliament", "Legislature", "Cabinet", "Embassy", "Kremlin",
        "Pentagon", "Twitter", "Facebook", "Instagram", "Telegram", "Google", "Apple", "Microsoft", "Amazon",
        "Research", "Industry", "Industries", "Council’s", "Trust", "Society", "Organisation", "Organization",
        "Federation", "Alliance", "Coalition", "Partners", "Capital", "Holdings", "Systems", "Technologies",
        "Software", "Motors", "Energy", "Health", "Labs", "Laboratory", "Museum", "Library", "Gallery", "Festival",
        "Party", "Office’s", "Department’s", "Commission’s", "Agency’s", "Bureau", "Secretariat", "Tribunal",
    ]
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The answers of one document's ``NameCast`` (who a name's fullest form is, who a pronoun stands
/// for), worked out from the paragraphs a question needs instead of from every name of the text.
///
/// Names are found paragraph by paragraph, each paragraph once (no name crosses a line break, so
/// these are the whole cast's mentions there), and kept as ``NameCast/Record``s. What the cast
/// knows about an ASCII surname (its fullest form, person, gender) is folded, as the cast does,
/// from the records filed under it, which all end with its bytes: from the paragraphs that hold
/// those bytes. A pronoun walks back over the mentions paragraph by paragraph, asking about each
/// surname it meets. Surnames beyond ASCII are filed by string equality (another spelling may be
/// the same surname): on any of them the whole cast is built (with the persons noted so far) and
/// asked instead.
struct SpeakerCasts {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let paragraphs: [Range<Int>]
    private let patterns: AttributionPatterns

    /// The whole cast, once needed.
    private var whole: NameCast?
    /// The mentions noted as persons (replayed into the whole cast when it is built).
    private var noted: [Range<Int>] = []
    /// Their surnames (ASCII).
    private var notedSurnames: [Range<Int>] = []
    /// The records of each paragraph (`recordStart[p]..<recordEnd[p]` in `records`, -1: not yet),
    /// found on first need (both empty until then).
    private var recordStart: [Int] = []
    private var recordEnd: [Int] = []
    private var records: [NameCast.Record] = []
    /// The kept tokens of the records, `record.tokenCount` from `tokenStarts[record index]`.
    private var tokens: [Range<Int>] = []
    private var tokenStarts: [Int] = []
    /// What is known about each surname asked so far.
    private var facts: [Facts] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>], patterns: AttributionPatterns) {
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.patterns = patterns
    }

    /// Switches to the whole cast (a paragraph that exceeds a pattern's match limits costs the
    /// document its cast, as before).
    private mutating func useWhole() {
        guard whole == nil else { return }
        var cast = (try? NameCast(bytes, paragraphs: paragraphs, patterns: patterns)) ?? NameCast.empty
        for mention in noted { cast.notePerson(mention, bytes) }
        whole = cast
        noted = []
        notedSurnames = []
        recordStart = []
        recordEnd = []
        records = []
        tokens = []
        tokenStarts = []
        facts = []
    }

    /// ``NameCast/notePerson(_:_:)``.
    mutating func notePerson(_ mention: Range<Int>) {
        if whole != nil {
            whole!.notePerson(mention, bytes)
            return
        }
        guard let surname = NameCast.surname(of: mention, bytes) else { return }
        guard NameCast.isASCII(surname, bytes) else {
            noted.append(mention)
            useWhole()
            return
        }
        noted.append(mention)
        if !notedSurnames.contains(where: { same($0, surname) }) { notedSurnames.append(surname) }
    }

    /// ``NameCast/fullestName(_:_:)``.
    mutating func fullestName(_ mention: Range<Int>) -> String? {
        fullestName(mention, noting: false)
    }

    /// ``notePerson(_:)`` then ``fullestName(_:)``, with one split of the name.
    mutating func notePersonAndFullestName(_ mention: Range<Int>) -> String? {
        fullestName(mention, noting: true)
    }

    private mutating func fullestName(_ mention: Range<Int>, noting: Bool) -> String? {
        if whole != nil {
            if noting { whole!.notePerson(mention, bytes) }
            return whole!.fullestName(mention, bytes)
        }
        var scratch = NameParts.Scratch()
        defer { scratch.release() }
        _ = NameParts(bytes, mention, &scratch)
        let kept = scratch.keptTokens
        // (No token: nothing to note, no name.)
        guard let surname = kept.last else { return nil }
        if noting { noted.append(mention) }
        guard NameCast.isASCII(surname, bytes) else {
            useWhole()
            return whole!.fullestName(mention, bytes)
        }
        if noting, !notedSurnames.contains(where: { same($0, surname) }) { notedSurnames.append(surname) }
        guard let facts = facts(surname, complete: false) else {
            useWhole()
            return whole!.fullestName(mention, bytes)
        }
        // As ``NameCast/fullestName(_:_:)`` does with the surname's key.
        if facts.isKnown, facts.fullestCount > kept.count {
            let full = tokens[(facts.fullestStart + facts.fullestCount - kept.count)..<(facts.fullestStart + facts.fullestCount)]
            if zip(full, kept).allSatisfy({ NameCast.tokensEqual($0, $1, bytes) }) || kept.count == 1 {
                return fullestText(facts)
            }
        }
        return NameCast.joined(kept, bytes)
    }

    // MARK: Pronouns

    /// What the whole cast knows about a surname (its key's fields).
    private struct Facts {
        let surname: Range<Int>
        /// Some mention is filed under it (the cast has its key).
        var isKnown = false
        var fullestStart = 0
        var fullestCount = 0
        var gender: NameCast.Gender?
        var isCandidate = false
        var isTitled = false
        var isPerson = false
        /// All of the above are known; else only `isKnown` and the fullest form (what a name's
        /// fullest form needs, from the names' tokens alone).
        var isComplete = false

        /// Takes in one more record filed under the surname (in text order), as the cast does;
        /// a subject's end goes to `subjectEnds`.
        mutating func fold(_ record: NameCast.Record, tokenStart: Int, _ subjectEnds: inout [Int]) {
            isKnown = true
            if record.isSubject { subjectEnds.append(record.range.upperBound) }
            if record.tokenCount > fullestCount, !record.isOrganization {
                fullestStart = tokenStart
                fullestCount = record.tokenCount
            }
            if let gender = record.nameGender, self.gender == nil { self.gender = gender }
            if record.isCandidate { isCandidate = true }
            if record.isTitled { isTitled = true }
        }
    }

    /// The facts of the ASCII surname at `surname` (nil: ask the whole cast), folded from its
    /// records in text order as ``NameCast/init(_:paragraphs:patterns:)`` does.
    private mutating func facts(_ surname: Range<Int>, complete: Bool = true) -> Facts? {
        let cached = facts.firstIndex { same($0.surname, surname) }
        if let cached, facts[cached].isComplete || !complete { return facts[cached] }
        // Each surname searches the whole text for its bytes: past a few dozen, one whole cast
        // costs less (and answers the same).
        guard cached != nil || facts.count < SpeakerCasts.surnameLimit else { return nil }
        var found = Facts(surname: surname)
        found.isComplete = complete
        // The subject mentions filed under it (their ends), in text order.
        var subjectEnds: [Int] = []
        // Each occurrence of the surname's bytes, paragraph by paragraph.
        let count = surname.count
        let base = bytes.baseAddress!
        let first = Int32(bytes[surname.lowerBound])
        let last = bytes.count - count
        var scratch: NameParts.Scratch?
        defer { scratch?.release() }
        // (The tables a record needs, only for the complete facts.)
        let firstNames = complete ? FirstNames.asciiGenders : nil
        let oneWordCues = complete ? NameCast.oneWordCues : nil
        let cueFirstWords = complete ? NameCast.cueFirstWords : nil
        let bytes = self.bytes, cueAfterName = patterns.cueAfterName, namePattern = patterns.properNameAtWordStart
        var index = 0
        // Where the scan of the paragraph `index` stands: its start or the end of the last name looked at.
        var scanned = -1
        var i = 0
        while i <= last, index < paragraphs.count {
            guard let hit = memchr(base + i, first, last - i + 1) else { break }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = at + 1
            guard memcmp(base + at, base + surname.lowerBound, count) == 0 else { continue }
            if paragraphs[index].upperBound <= at {
                while index < paragraphs.count, paragraphs[index].upperBound <= at { index += 1 }
                scanned = -1
                guard index < paragraphs.count else { break }
            }
            let paragraph = paragraphs[index]
            // (Bytes on a line break are in no name.)
            guard paragraph.lowerBound <= at else { continue }
            if !recordStart.isEmpty, recordStart[index] >= 0 {
                for r in recordStart[index]..<recordEnd[index] where same(records[r].keyRange, surname) {
                    found.fold(records[r], tokenStart: tokenStarts[r], &subjectEnds)
                }
                i = paragraph.upperBound
                continue
            }
            // Names in headings are no mentions.
            guard NameCast.endsLikeProse(paragraph, bytes) else {
                i = paragraph.upperBound
                continue
            }
            // A paragraph not recorded yet: only the names that hold the surname's bytes can be
            // filed under it (their last kept token is part of them), and each holds an
            // occurrence. The names around each occurrence are found from a place where the
            // scan of the paragraph surely passes with no name across it (``syncPoint``).
            if scanned < 0 { scanned = paragraph.lowerBound }
            guard at >= scanned else { continue }
            if scratch == nil { scratch = NameParts.Scratch() }
            let from = SpeakerCasts.syncPoint(before: at, floor: scanned, bytes)
            do {
                try NameScanner.forEachName(in: bytes, from: from, until: paragraph.upperBound, pattern: namePattern) { range in
                    guard range.lowerBound <= at else { return false }
                    scanned = range.upperBound
                    guard SpeakerCasts.holds(range, surname, bytes) else { return range.upperBound <= at }
                    if complete {
                        if let record = NameCast.record(range, bytes, &scratch!, cueAfterName, firstNames!, oneWordCues!, cueFirstWords!),
                           same(record.keyRange, surname) {
                            let tokenStart = tokens.count
                            tokens.append(contentsOf: scratch!.keptTokens)
                            found.fold(record, tokenStart: tokenStart, &subjectEnds)
                        }
                    } else {
                        // The fullest form only: the name's kept tokens and whether it is an organization.
                        let name = NameParts(bytes, range, &scratch!)
                        let tokenCount = scratch!.tokenCount
                        if tokenCount > 0, same(scratch!.tokens[tokenCount - 1], surname) {
                            found.isKnown = true
                            if tokenCount > found.fullestCount, !name.isOrganization {
                                found.fullestStart = tokens.count
                                found.fullestCount = tokenCount
                                tokens.append(contentsOf: scratch!.keptTokens)
                            }
                        }
                    }
                    return range.upperBound <= at
                }
            } catch {
                return nil
            }
        }
        found.isPerson = found.isCandidate && (found.fullestCount > 1 || found.isTitled)
        if complete, found.gender == nil, found.isPerson {
            for end in subjectEnds {
                if let gender = NameCast.firstPronounGender(after: end, bytes) {
                    found.gender = gender
                    break
                }
            }
        }
        if let cached { facts[cached] = found } else { facts.append(found) }
        return found
    }

    /// How many surnames are looked up before the whole cast is built instead.
    static let surnameLimit = 48

    /// The lower-case particles of ``SpeakerGrammar/particle`` that do not start with "d".
    private static let particles: ASCIIWordTable<Bool> = ASCIIWordTable(
        ["van", "von", "bin", "ibn", "al", "el", "la", "le", "y"].map { ($0, true) })

    /// The last place in `floor...at` where a name scan may start as if it came from `floor`:
    /// `floor`, or the start of a word after a space that opens with a lower-case ASCII letter
    /// other than "d" and is no particle. No name holds such a word (a name's words open with a
    /// capital, "d'"/"d’", or are particles), so none runs across its start, and a scan from
    /// there finds the names after it that a scan from `floor` finds. (`floor` is the start of
    /// a paragraph or the end of a name: a scan from there is the paragraph's scan.)
    private static func syncPoint(before at: Int, floor: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var z = at
        while z > floor {
            let b = bytes[z]
            if b >= 0x61, b <= 0x7A, b != 0x64, bytes[z - 1] == 0x20 {
                var j = z + 1
                while j < bytes.count, bytes[j] >= 0x61, bytes[j] <= 0x7A { j += 1 }
                if particles.value(UnsafeBufferPointer(rebasing: bytes[z..<j])) == nil { return z }
            }
            z -= 1
        }
        return floor
    }

    /// Whether `bytes[range]` holds the bytes of `word`.
    private static func holds(_ range: Range<Int>, _ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard count > 0, range.count >= count else { return false }
        let first = bytes[word.lowerBound]
        var i = range.lowerBound
        while i <= range.upperBound - count {
            if bytes[i] == first {
                var k = 1
                while k < count, bytes[i + k] == bytes[word.lowerBound + k] { k += 1 }
                if k == count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether a person was noted under `surname`.
    private func isNoted(_ surname: Range<Int>) -> Bool {
        notedSurnames.contains { same($0, surname) }
    }

    /// The fullest form known for the surname, or the surname as written at `keyRange`.
    private func fullestText(_ facts: Facts, keyRange: Range<Int>? = nil) -> String {
        guard facts.fullestCount > 0 else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[keyRange ?? facts.surname]), as: UTF8.self)
        }
        return tokens.withUnsafeBufferPointer { all in
            NameCast.joined(UnsafeBufferPointer(rebasing: all[facts.fullestStart..<(facts.fullestStart + facts.fullestCount)]), bytes)
        }
    }

    /// The facts of a mention's surname, with persons noted (nil: ask the whole cast).
    private mutating func facts(of mention: NameCast.Record) -> Facts? {
        guard NameCast.isASCII(mention.keyRange, bytes), var found = facts(mention.keyRange), found.isKnown else { return nil }
        if isNoted(mention.keyRange) { found.isPerson = true }
        return found
    }

    private func text(_ facts: Facts, _ mention: NameCast.Record) -> String {
        fullestText(facts, keyRange: mention.keyRange)
    }

    /// ``NameCast/person(before:gender:_:)``'s name.
    mutating func person(before position: Int, gender: NameCast.Gender?) -> String? {
        if let whole { return whole.person(before: position, gender: gender, bytes)?.name }
        var walk = Walk(self, before: position)
        while let mention = walk.next(&self) {
            guard mention.isSubject, !mention.isOrganization else { continue }
            guard let facts = facts(of: mention) else { return wholePerson(before: position, gender: gender) }
            if facts.isPerson || facts.fullestCount > 1 {
                if let gender, let known = facts.gender, known != gender { continue }
                return text(facts, mention)
            }
        }
        if walk.failed { return wholePerson(before: position, gender: gender) }
        // The nearest person named at all.
        walk = Walk(self, before: position)
        while let mention = walk.next(&self) {
            guard let facts = facts(of: mention) else { return wholePerson(before: position, gender: gender) }
            if facts.isPerson {
                if let gender, let known = facts.gender, known != gender { continue }
                return text(facts, mention)
            }
        }
        if walk.failed { return wholePerson(before: position, gender: gender) }
        return nil
    }

    private mutating func wholePerson(before position: Int, gender: NameCast.Gender?) -> String? {
        useWhole()
        return whole!.person(before: position, gender: gender, bytes)?.name
    }

    /// ``NameCast/organization(before:_:)``.
    mutating func organization(before position: Int) -> String? {
        if let whole { return whole.organization(before: position, bytes) }
        for subjectOnly in [true, false] {
            var walk = Walk(self, before: position)
            while let mention = walk.next(&self) {
                guard mention.mayBeOrganization, mention.isSubject || !subjectOnly else { continue }
                guard let facts = facts(of: mention) else { return wholeOrganization(before: position) }
                if facts.gender == nil { return text(facts, mention) }
            }
            if walk.failed { return wholeOrganization(before: position) }
        }
        return nil
    }

    private mutating func wholeOrganization(before position: Int) -> String? {
        useWhole()
        return whole!.organization(before: position, bytes)
    }

    /// ``NameCast/name(endingBefore:within:_:)``'s name.
    mutating func name(endingBefore position: Int, within distance: Int) -> String? {
        if let whole { return whole.name(endingBefore: position, within: distance, bytes)?.name }
        var walk = Walk(self, before: position)
        // Only the last mention ending at or before `position` counts.
        while let mention = walk.next(&self, notBefore: position - distance) {
            guard position - mention.range.upperBound <= distance else { return nil }
            guard let facts = facts(of: mention) else {
                useWhole()
                return whole!.name(endingBefore: position, within: distance, bytes)?.name
            }
            return text(facts, mention)
        }
        if walk.failed {
            useWhole()
            return whole!.name(endingBefore: position, within: distance, bytes)?.name
        }
        return nil
    }

    /// The mentions ending at or before a position, the last first, paragraph by paragraph.
    private struct Walk {
        let position: Int
        /// The paragraph being walked and the next mention's index in its cast (from the end).
        var paragraph: Int
        var index = -1
        /// Too much work: ask the whole cast.
        var failed = false

        init(_ casts: SpeakerCasts, before position: Int) {
            self.position = position
            // The last paragraph starting before `position` (a mention there may end by it).
            var low = 0, high = casts.paragraphs.count
            while low < high {
                let mid = (low + high) / 2
                if casts.paragraphs[mid].lowerBound < position { low = mid + 1 } else { high = mid }
            }
            paragraph = low - 1
        }

        /// The next mention; stops (nil) at the start of the text, at paragraphs ending before
        /// `notBefore`, or when the walk costs more than the whole cast (`failed`).
        mutating func next(_ casts: inout SpeakerCasts, notBefore: Int = Int.min) -> NameCast.Record? {
            while paragraph >= 0 {
                if casts.paragraphs[paragraph].upperBound < notBefore { return nil }
                guard let range = casts.recordsOf(paragraph) else {
                    failed = true
                    return nil
                }
                if index < 0 {
                    // The mentions ending at or before `position`.
                    var end = range.upperBound
                    while end > range.lowerBound, casts.records[end - 1].range.upperBound > position { end -= 1 }
                    index = end
                }
                if index > range.lowerBound {
                    index -= 1
                    return casts.records[index]
                }
                paragraph -= 1
                index = -1
            }
            return nil
        }
    }

    // MARK: Casts of some paragraphs

    private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0)
    }

    /// The records of paragraph `index` (indices into `records`), found on first need (nil: a
    /// pattern's match limits, as for the whole cast).
    private mutating func recordsOf(_ index: Int) -> Range<Int>? {
        if recordStart.isEmpty {
            recordStart = [Int](repeating: -1, count: paragraphs.count)
            recordEnd = recordStart
            // Room for the names of a few paragraphs (one allocation instead of one per doubling).
            records.reserveCapacity(32)
            tokenStarts.reserveCapacity(32)
            tokens.reserveCapacity(64)
        }
        if recordStart[index] >= 0 { return recordStart[index]..<recordEnd[index] }
        let start = records.count
        let paragraph = paragraphs[index]
        // Names in headings ("Story continues below advertisement") are no antecedents.
        if NameCast.endsLikeProse(paragraph, bytes) {
            var scratch = NameParts.Scratch()
            defer { scratch.release() }
            let firstNames = FirstNames.asciiGenders
            let oneWordCues = NameCast.oneWordCues
            let cueFirstWords = NameCast.cueFirstWords
            let bytes = self.bytes, cueAfterName = patterns.cueAfterName, namePattern = patterns.properNameAtWordStart
            do {
                try NameScanner.forEachName(in: bytes, from: paragraph.lowerBound, until: paragraph.upperBound,
                                            pattern: namePattern) { range in
                    if let record = NameCast.record(range, bytes, &scratch, cueAfterName, firstNames, oneWordCues, cueFirstWords) {
                        records.append(record)
                        tokenStarts.append(tokens.count)
                        tokens.append(contentsOf: scratch.keptTokens)
                    }
                    return true
                }
            } catch {
                return nil
            }
        }
        recordStart[index] = start
        recordEnd[index] = records.count
        return start..<records.count
    }
}

/// The cue word lists of ``CueWords`` in one table over lower-case ASCII bytes: one lookup
/// tells every list a word is in, no String made.
struct CueTable {
    /// Bits of the lists a word is in.
    struct Lists: OptionSet {
        let rawValue: UInt16
        static let locative = Lists(rawValue: 1 << 0)
        static let strictLocative = Lists(rawValue: 1 << 1)
        static let weak = Lists(rawValue: 1 << 2)
        static let personTitle = Lists(rawValue: 1 << 3)
        static let speech = Lists(rawValue: 1 << 4)
        static let harmlessCapitalized = Lists(rawValue: 1 << 5)
        static let capitalizedRegion = Lists(rawValue: 1 << 6)
        static let organisation = Lists(rawValue: 1 << 7)
        static let institution = Lists(rawValue: 1 << 8)
        static let region = Lists(rawValue: 1 << 9)
        static let legalSuffix = Lists(rawValue: 1 << 10)
    }

    /// The longest word the table can hold.
    static let maxLength = 16
    private static let slotCount = 1024

    private var keys: [(UInt64, UInt64, Int)]
    private var values: [Lists]

    static let shared = CueTable()

    private init() {
        keys = Array(repeating: (0, 0, 0), count: CueTable.slotCount)
        values = Array(repeating: [], count: CueTable.slotCount)
        let lists: [(Set<String>, Lists)] = [
            (CueWords.locative, .locative), (CueWords.strictLocative, .strictLocative), (CueWords.weak, .weak),
            (CueWords.personTitle, .personTitle), (CueWords.speech, .speech),
            (CueWords.harmlessCapitalized, .harmlessCapitalized), (CueWords.capitalizedRegion, .capitalizedRegion),
            (CueWords.organisation, .organisation), (CueWords.institution, .institution), (CueWords.region, .region),
            (CueWords.legalSuffix, .legalSuffix),
        ]
        for (words, list) in lists {
            for word in words {
                let bytes = Array(word.utf8)
                precondition(bytes.count <= CueTable.maxLength && bytes.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) })
                let key = bytes.withUnsafeBufferPointer { packLowercased($0, 0..<$0.count) }
                var slot = CueTable.slot(key)
                while keys[slot].2 != 0 && !(keys[slot] == key) { slot = (slot + 1) & (CueTable.slotCount - 1) }
                keys[slot] = key
                values[slot].insert(list)
            }
        }
    }


    @inline(__always) private static func slot(_ key: (UInt64, UInt64, Int)) -> Int {
        let h = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.2)
        return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x1656_67B1_9E37_79F9) >> 54) & (slotCount - 1)
    }

    /// The lists `text[range]` (lower-cased) is in; nil when the word has bytes beyond ASCII (ask
    /// the Sets then: lower-casing such a word is Unicode's business).
    @inline(__always) func lists(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lists? {
        var seen: UInt8 = 0
        if range.count > CueTable.maxLength {
            for i in range { seen |= text[i] }
            return seen >= 0x80 ? nil : []
        }
        if range.isEmpty { return [] }
        if let (key, beyond) = Swar.packLowercased(text, range) {
            if beyond { return nil }
            return find(key)
        }
        // Packed and lower-cased in one pass, noting any byte beyond ASCII.
        var lo: UInt64 = 0, hi: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            let b = text[i]
            seen |= b
            let lower = UInt64(b &- 0x41 < 26 ? b | 0x20 : b)
            if shift < 64 { lo |= lower << shift } else { hi |= lower << (shift - 64) }
            shift += 8
        }
        if seen >= 0x80 { return nil }
        return find((lo, hi, range.count))
    }

    @inline(__always) private func find(_ key: (UInt64, UInt64, Int)) -> Lists {
        var slot = CueTable.slot(key)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let k = keys[slot]
                if k.2 == 0 { return [] }
                if k == key { return values[slot] }
                slot = (slot + 1) & (CueTable.slotCount - 1)
            }
        }
    }

    /// The lists a word is in, by the Sets (for words beyond ASCII).
    static func slowLists(_ word: String) -> Lists {
        var lists: Lists = []
        if CueWords.locative.contains(word) { lists.insert(.locative) }
        if CueWords.strictLocative.contains(word) { lists.insert(.strictLocative) }
        if CueWords.weak.contains(word) { lists.insert(.weak) }
        if CueWords.personTitle.contains(word) { lists.insert(.personTitle) }
        if CueWords.speech.contains(word) { lists.insert(.speech) }
        if CueWords.harmlessCapitalized.contains(word) { lists.insert(.harmlessCapitalized) }
        if CueWords.capitalizedRegion.contains(word) { lists.insert(.capitalizedRegion) }
        if CueWords.organisation.contains(word) { lists.insert(.organisation) }
        if CueWords.institution.contains(word) { lists.insert(.institution) }
        if CueWords.region.contains(word) { lists.insert(.region) }
        if CueWords.legalSuffix.contains(word) { lists.insert(.legalSuffix) }
        return lists
    }

    /// The lists of `text[range]` lower-cased, whatever its bytes.
    @inline(__always) func lookup(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lists {
        if let lists = lists(text, range) { return lists }
        return CueTable.slowLookup(text, range)
    }

    /// ``lookup(_:_:)`` for words beyond ASCII, out of line (so the fast path stays small).
    @inline(never) static func slowLookup(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Lists {
        slowLists(LocationExtractor.lowercased(text, range))
    }
}

/// A set of ASCII words (up to 16 bytes) with a value each, looked up without case over bytes.
struct WordTable: Sendable {
    private static let slotCount = 256
    private let keys: [(UInt64, UInt64, Int)]
    private let values: [UInt16]

    init(_ words: [(String, UInt16)]) {
        var keys = Array(repeating: (UInt64(0), UInt64(0), 0), count: WordTable.slotCount)
        var values = Array(repeating: UInt16(0), count: WordTable.slotCount)
        for (word, value) in words {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count <= 16 && bytes.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) })
            let key = bytes.withUnsafeBufferPointer { packLowercased($0, 0..<$0.count) }
            var slot = WordTable.slot(key)
            while keys[slot].2 != 0 && !(keys[slot] == key) { slot = (slot + 1) & (WordTable.slotCount - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always) private static func slot(_ key: (UInt64, UInt64, Int)) -> Int {
        let h = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.2)
        return Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x1656_67B1_9E37_79F9) >> 56) & (slotCount - 1)
    }

    /// The value of `text[range]` (ASCII letters, any case), 0 when it is not in the table.
    @inline(__always) func lookup(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt16 {
        guard range.count <= 16, !range.isEmpty else { return 0 }
        let key = Swar.packLowercased(text, range)?.key ?? packLowercased(text, range)
        var slot = WordTable.slot(key)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let k = keys[slot]
                if k.2 == 0 { return 0 }
                if k == key { return values[slot] }
                slot = (slot + 1) & (WordTable.slotCount - 1)
            }
        }
    }
}

/// The lower-cased bytes of a word packed in two words, with its length (ASCII only; bytes past
/// the sixteenth are not part of the key): the key of ``CueTable`` and ``WordTable``.
@inline(__always) private func packLowercased(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64, Int) {
    var lo: UInt64 = 0, hi: UInt64 = 0
    var shift: UInt64 = 0
    for i in range {
        var b = text[i]
        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
        if shift < 64 { lo |= UInt64(b) << shift } else { hi |= UInt64(b) << (shift - 64) }
        shift += 8
    }
    return (lo, hi, range.count)
}

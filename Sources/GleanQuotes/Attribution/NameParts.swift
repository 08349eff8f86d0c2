#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A proper name on a byte range of the text split into tokens, without leading function words
/// ("But"), titles ("Mr.", "Sen.", "President") or a possessive, and without strings: the kept
/// tokens as byte ranges (in the scratch buffers the caller reuses from name to name) and flags
/// (title gender, person title, organization). Word lists (``NameText``) are looked up by bytes
/// for ASCII tokens (``ASCIIWordTable``) and as strings otherwise, so a token belongs to a list
/// exactly when its string does.
struct NameParts {
    /// Buffers reused from one name to the next (the caller releases them with ``release()``),
    /// and the word tables, fetched once.
    struct Scratch {
        private(set) var capacity = 0
        private(set) var pieces: UnsafeMutablePointer<Range<Int>>
        private(set) var classes: UnsafeMutablePointer<NameText.WordClass?>
        /// The kept tokens (absolute byte ranges; the last without a possessive ending).
        private(set) var tokens: UnsafeMutablePointer<Range<Int>>
        /// How many of `tokens` are set.
        fileprivate(set) var tokenCount = 0
        let wordClasses = NameParts.asciiWordClasses
        let listedFilter = NameText.listedFilter

        /// The three buffers, in one allocation.
        private var storage: UnsafeMutableRawPointer

        init() {
            (storage, pieces, tokens, classes) = Scratch.allocate(16)
            capacity = 16
        }

        /// One block holding `capacity` pieces, tokens and classes (in that order).
        private static func allocate(_ capacity: Int) -> (UnsafeMutableRawPointer, UnsafeMutablePointer<Range<Int>>,
                                                        UnsafeMutablePointer<Range<Int>>, UnsafeMutablePointer<NameText.WordClass?>) {
            let ranges = MemoryLayout<Range<Int>>.stride * capacity
            let classes = MemoryLayout<NameText.WordClass?>.stride * capacity
            let storage = UnsafeMutableRawPointer.allocate(byteCount: 2 * ranges + classes,
                                                           alignment: max(MemoryLayout<Range<Int>>.alignment,
                                                                          MemoryLayout<NameText.WordClass?>.alignment))
            return (storage, storage.bindMemory(to: Range<Int>.self, capacity: capacity),
                    (storage + ranges).bindMemory(to: Range<Int>.self, capacity: capacity),
                    (storage + 2 * ranges).bindMemory(to: NameText.WordClass?.self, capacity: capacity))
        }

        /// Room for `count` pieces.
        mutating func reserve(_ count: Int) {
            guard count > capacity else { return }
            release()
            capacity = count
            (storage, pieces, tokens, classes) = Scratch.allocate(count)
        }

        func release() {
            storage.deallocate()
        }

        /// The kept tokens.
        var keptTokens: UnsafeBufferPointer<Range<Int>> { UnsafeBufferPointer(start: tokens, count: tokenCount) }

        /// ``NameText/mayBeListed(_:)`` with the filter at hand.
        @inline(__always) func mayBeListed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let bits = listedFilter else { return true }
            guard let first = utf8.first, let last = utf8.last else { return bits[0] & 1 != 0 }
            for byte in utf8 where byte >= 0x80 { return true }
            let slot = (utf8.count &* 131 &+ Int(first) &* 31 &+ Int(last)) & 4095
            return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }

        /// ``NameParts/wordClass(_:)`` with the table at hand.
        @inline(__always) func wordClass(_ word: UnsafeBufferPointer<UInt8>) -> NameText.WordClass? {
            if NameParts.isASCII(word) { return wordClasses.value(word) }
            return NameText.wordClasses[String(decoding: word, as: UTF8.self)]
        }
    }

    /// Bytes from the start of the range to the first kept token (leading words and titles dropped).
    private(set) var leadingBytesDropped = 0
    private(set) var titleGender: NameCast.Gender?
    private(set) var hasPersonTitle = false
    private(set) var isOrganization = false

    /// Splits `bytes[range]` at spaces, no-break spaces and line breaks; the tokens go to `scratch.tokens`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ scratch: inout Scratch) {
        scratch.reserve(range.count / 2 + 1)
        let pieces = scratch.pieces, classes = scratch.classes
        let filter = scratch.listedFilter
        let upper = range.upperBound
        var n = 0
        var i = range.lowerBound
        while i < upper {
            if bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1; continue }
            if bytes[i] == 0xC2, i + 1 < upper, bytes[i + 1] == 0xA0 { i += 2; continue }
            // The piece, its hash for the word table and whether it is ASCII, in one pass.
            let start = i
            var hash = ASCIIWordTable<NameText.WordClass>.initialHash
            var high: UInt8 = 0
            while i < upper {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || (b == 0xC2 && i + 1 < upper && bytes[i + 1] == 0xA0) { break }
                hash = ASCIIWordTable<NameText.WordClass>.hash(hash, b)
                high |= b
                i += 1
            }
            pieces[n] = start..<i
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            if high >= 0x80 {
                // (`mayBeListed` says yes to any word beyond ASCII.)
                classes[n] = NameText.wordClasses[String(decoding: word, as: UTF8.self)]
            } else {
                // ``NameText/mayBeListed(_:)`` of an ASCII word: its filter bit (no filter: look up).
                var listed = true
                if let filter, let first = word.first, let last = word.last {
                    let slot = (word.count &* 131 &+ Int(first) &* 31 &+ Int(last)) & 4095
                    listed = filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0
                }
                classes[n] = listed ? scratch.wordClasses.value(word, hash: hash) : nil
            }
            n += 1
        }
        var first = 0
        while first < n, classes[first]?.isLeading == true
            || NameParts.isContractedLeadingWord(UnsafeBufferPointer(rebasing: bytes[pieces[first]]), scratch) {
            first += 1
        }
        leadingBytesDropped = first < n ? pieces[first].lowerBound - range.lowerBound : 0
        // Titles, wherever they stand before the name: "St. Anne Hospital Dr. Mara Quist".
        var lo = first, hi = n
        var cut = 0
        for k in 0..<max(hi - lo - 1, 0) {
            if let gender = classes[lo + k]?.gender {
                titleGender = gender
                cut = k + 1
            } else if classes[lo + k]?.isPersonTitle == true {
                hasPersonTitle = true
                cut = k + 1
            }
        }
        lo += cut
        // The last token without a possessive ending (nil: as it stands).
        var lastToken: Range<Int>?
        if hi > lo {
            var last = pieces[hi - 1]
            let possessive = NameParts.possessiveSuffixLength(UnsafeBufferPointer(rebasing: bytes[last]), allowingBareMark: true)
            if possessive > 0 {
                last = last.lowerBound..<(last.upperBound - possessive)
                lastToken = last
                classes[hi - 1] = scratch.wordClass(UnsafeBufferPointer(rebasing: bytes[last]))
            }
            if last.isEmpty {
                hi -= 1
                lastToken = nil
            }
        }
        while hi - lo > 1, classes[hi - 1]?.isNameSuffix == true {
            hi -= 1
            lastToken = nil
        }
        var organization = false
        for k in lo..<max(lo, hi) where classes[k]?.isOrganization == true { organization = true }
        isOrganization = organization || (hi - lo == 1 && classes[lo]?.isLeading == true)
        var kept = 0
        for k in lo..<max(lo, hi) {
            scratch.tokens[kept] = k == hi - 1 ? lastToken ?? pieces[k] : pieces[k]
            kept += 1
        }
        scratch.tokenCount = kept
    }

    /// ``NameText`` of `bytes[range]` in brief, for one-off questions: the flags, how many tokens
    /// are kept, whether the first or any of them is a person title (``NameText/personTitles``,
    /// all ASCII).
    struct Summary {
        let parts: NameParts
        let count: Int
        let firstIsPersonTitle: Bool
        let anyIsPersonTitle: Bool
    }

    static func summary(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Summary {
        var scratch = Scratch()
        defer { scratch.release() }
        let parts = NameParts(bytes, range, &scratch)
        var first = false, any = false
        for k in 0..<scratch.tokenCount {
            let token = UnsafeBufferPointer(rebasing: bytes[scratch.tokens[k]])
            let isTitle = isASCII(token) && scratch.wordClasses.value(token)?.isPersonTitle == true
            if k == 0 { first = isTitle }
            any = any || isTitle
        }
        return Summary(parts: parts, count: scratch.tokenCount, firstIsPersonTitle: first, anyIsPersonTitle: any)
    }

    @inline(__always) static func isASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in word where byte >= 0x80 { return false }
        return true
    }

    /// ``NameText/wordClasses`` of the token `word`.
    static func wordClass(_ word: UnsafeBufferPointer<UInt8>) -> NameText.WordClass? {
        if isASCII(word) { return asciiWordClasses.value(word) }
        return NameText.wordClasses[String(decoding: word, as: UTF8.self)]
    }

    /// A sentence opener with a contracted "is" (``NameText/leadingWords`` + ’s or 's): "It’s", "That's".
    static func isContractedLeadingWord(_ word: UnsafeBufferPointer<UInt8>, _ scratch: Scratch) -> Bool {
        guard NameText.mayBeContracted(word) else { return false }
        let contraction = possessiveSuffixLength(word, allowingBareMark: false)
        guard contraction > 0 else { return false }
        let stem = UnsafeBufferPointer(rebasing: word[0..<(word.count - contraction)])
        if isASCII(stem) { return scratch.wordClasses.value(stem)?.isLeading == true }
        return NameText.leadingWords.contains(String(decoding: stem, as: UTF8.self))
    }

    /// Byte length of a possessive ending of `utf8`, tried in the order ’s, 's (then ’ and '
    /// alone when `allowingBareMark`), or 0.
    static func possessiveSuffixLength(_ utf8: UnsafeBufferPointer<UInt8>, allowingBareMark: Bool) -> Int {
        let count = utf8.count
        guard count > 0 else { return 0 }
        let last = utf8[count - 1]
        if last == 0x73, count >= 2 {  // s
            let before = utf8[count - 2]
            if before == 0x99, count >= 4, utf8[count - 4] == 0xE2, utf8[count - 3] == 0x80 { return 4 }  // ’s
            if before == 0x27 { return 2 }  // 's
            return 0
        }
        guard allowingBareMark else { return 0 }
        if last == 0x99, count >= 3, utf8[count - 3] == 0xE2, utf8[count - 2] == 0x80 { return 3 }  // ’
        return last == 0x27 ? 1 : 0  // '
    }

    /// The ASCII words of ``NameText/wordClasses``.
    static let asciiWordClasses: ASCIIWordTable<NameText.WordClass> = {
        var count = 0
        NameText.forEachListedWord { _, _ in count += 1 }
        var table = ASCIIWordTable<NameText.WordClass>(capacity: count)
        NameText.forEachListedWord { word, change in
            var word = word
            word.withUTF8 { utf8 in
                for byte in utf8 where byte >= 0x80 { return }
                table.update(utf8, default: NameText.WordClass(), change)
            }
        }
        return table
    }()
}

/// A fixed table from ASCII words to values, looked up by bytes (FNV-1a, open addressing).
/// Words beyond ASCII are left out: callers look those up as strings.
struct ASCIIWordTable<Value: Sendable>: Sendable {
    private var store: [UInt8] = []
    private var entries: [(start: Int, count: Int, value: Value)] = []
    /// Entry index + 1, 0 empty.
    private var slots: [Int32]
    private var mask: Int

    /// An empty table with room for `capacity` words.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 3 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        entries.reserveCapacity(capacity)
    }

    init(_ pairs: [(String, Value)]) {
        self.init(capacity: pairs.count)
        for (word, value) in pairs {
            var word = word
            word.withUTF8 { utf8 in
                for byte in utf8 where byte >= 0x80 { return }
                insert(utf8, value)
            }
        }
    }

    /// Changes the value of `word` (ASCII), added with `value` first when the table lacks it
    /// (within the capacity given).
    mutating func update(_ word: UnsafeBufferPointer<UInt8>, default value: Value, _ change: (inout Value) -> Void) {
        var s = ASCIIWordTable.slot(word, mask)
        while slots[s] != 0 {
            let index = Int(slots[s]) - 1
            let e = entries[index]
            if e.count == word.count, store[e.start..<(e.start + e.count)].elementsEqual(word) {
                change(&entries[index].value)
                return
            }
            s = (s + 1) & mask
        }
        var value = value
        change(&value)
        insert(word, value)
    }

    /// Adds `word` (ASCII, not in the table yet; within the capacity given).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, _ value: Value) {
        var s = ASCIIWordTable.slot(word, mask)
        while slots[s] != 0 { s = (s + 1) & mask }
        entries.append((store.count, word.count, value))
        store.append(contentsOf: word)
        slots[s] = Int32(entries.count)
    }

    /// FNV-1a over a word's bytes: start with `initialHash`, then `hash(_:_:)` each byte.
    static var initialHash: UInt64 { 0xCBF2_9CE4_8422_2325 }

    @inline(__always) static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always) private static func slot(_ word: UnsafeBufferPointer<UInt8>, _ mask: Int) -> Int {
        var h = initialHash
        for byte in word { h = hash(h, byte) }
        return slot(hash: h, mask)
    }

    @inline(__always) private static func slot(hash h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    }

    /// The value of `word` (compared byte for byte), or nil.
    func value(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
        value(word, slot: ASCIIWordTable.slot(word, mask))
    }

    /// ``value(_:)`` with the word's hash already taken.
    func value(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        value(word, slot: ASCIIWordTable.slot(hash: hash, mask))
    }

    @inline(__always) private func value(_ word: UnsafeBufferPointer<UInt8>, slot: Int) -> Value? {
        var s = slot
        return store.withUnsafeBufferPointer { store in
            while true {
                let entry = Int(slots[s])
                if entry == 0 { return nil }
                let e = entries[entry - 1]
                if e.count == word.count, e.count == 0 || memcmp(store.baseAddress! + e.start, word.baseAddress!, e.count) == 0 {
                    return e.value
                }
                s = (s + 1) & mask
            }
        }
    }
}

/// A set of words looked up in its own open-addressing table by an FNV-1a hash of the word's
/// bytes and compared with `==`: no `Hasher` (SipHash) per lookup. Answers exactly as the
/// `Set<String>` of its words.
///
/// A class: the lexicons are static tables, and a lookup through a struct this size copied it
/// (176 bytes, on every call) out of the static before each lookup; a reference is only loaded.
final class WordSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    /// Slots: a word or nil; the table is at most half full.
    private let slots: [String?]
    private let mask: Int
    /// The same slots as bytes for ``contains(_:_:)``: each slot's key in `keyBytes` from
    /// `keyOffsets[i]`, `keyLengths[i]` bytes long (-1: an empty slot).
    private let keyBytes: [UInt8]
    private let keyOffsets: [Int]
    private let keyLengths: [Int]
    /// A bit per ``QuickFilter`` key of the words: most words not in the set are ruled out by it,
    /// before any hash.
    private let quick: QuickFilter

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        quick = QuickFilter(self.words)
        var size = 16
        while size < self.words.count * 2 { size *= 2 }
        var slots = [String?](repeating: nil, count: size)
        for w in self.words {
            var i = WordFilter.fullHash(w) & (size - 1)
            while slots[i] != nil { i = (i + 1) & (size - 1) }
            slots[i] = w
        }
        self.slots = slots
        mask = size - 1
        var keyBytes: [UInt8] = [], keyOffsets = [Int](repeating: 0, count: size), keyLengths = [Int](repeating: -1, count: size)
        for (i, slot) in slots.enumerated() {
            guard let w = slot else { continue }
            keyOffsets[i] = keyBytes.count
            keyLengths[i] = w.utf8.count
            keyBytes.append(contentsOf: w.utf8)
        }
        self.keyBytes = keyBytes
        self.keyOffsets = keyOffsets
        self.keyLengths = keyLengths
    }

    convenience init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ w: String) -> Bool {
        var i = WordFilter.fullHash(w) & mask
        return slots.withUnsafeBufferPointer { slots in
            while let candidate = slots[i] {
                if candidate == w { return true }
                i = (i + 1) & mask
            }
            return false
        }
    }

    /// `contains(scanner.lower(range))` for an ASCII `range` of `bytes`, without building the
    /// string: the FNV-1a hash of the lowercased bytes finds the slot, bytes are compared there.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard quick.mayContain(bytes, range) else { return false }
        var i = WordFilter.fullHash(bytes, range) & mask
        let n = range.count
        let base = bytes.baseAddress! + range.lowerBound
        return keyLengths.withUnsafeBufferPointer { lengths in
            keyOffsets.withUnsafeBufferPointer { offsets in
                keyBytes.withUnsafeBufferPointer { keys in
                    while lengths[i] >= 0 {
                        if lengths[i] == n {
                            let o = offsets[i]
                            var k = 0
                            while k < n {
                                let b = base[k]
                                if (WordScanner.isUpper(b) ? b | 0x20 : b) != keys[o + k] { break }
                                k += 1
                            }
                            if k == n { return true }
                        }
                        i = (i + 1) & mask
                    }
                    return false
                }
            }
        }
    }
}

/// A dictionary keyed by words with the same filter as ``WordSet`` before its lookup (a class,
/// as ``WordSet`` is).
final class WordMap<Value: Sendable>: ExpressibleByDictionaryLiteral, Sendable {
    let table: [String: Value]
    private let filter: WordFilter

    init(_ table: [String: Value]) {
        self.table = table
        filter = WordFilter(table.keys)
    }

    convenience init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    subscript(_ w: String) -> Value? {
        filter.mayContain(w) ? table[w] : nil
    }

    /// `self[scanner.lower(range)]` for an ASCII `range`: the string is built only when the
    /// filter lets the lowercased bytes through.
    func value(_ scanner: WordScanner, _ range: Range<Int>) -> Value? {
        filter.mayContain(scanner.bytes, range) ? table[scanner.lower(range)] : nil
    }
}

/// A bit per FNV-1a hash (low 14 bits) of the words in a set: a word whose bit is clear is not in the set.
struct WordFilter: Sendable {
    private static let bits = 1 << 14
    private let table: [UInt64]
    private let quick: QuickFilter

    init<S: Sequence>(_ words: S) where S.Element == String {
        quick = QuickFilter(words)
        var table = [UInt64](repeating: 0, count: WordFilter.bits / 64)
        for w in words {
            let h = WordFilter.hash(w)
            table[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.table = table
    }

    @inline(__always) static func fullHash(_ w: String) -> Int {
        var copy = w
        return copy.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    /// `fullHash(scanner.lower(range))` for an ASCII `range`: FNV-1a of the lowercased bytes.
    @inline(__always) static func fullHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            let b = bytes[i]
            h = (h ^ UInt64(WordScanner.isUpper(b) ? b | 0x20 : b)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always) static func hash(_ w: String) -> Int { fullHash(w) & (bits - 1) }

    @inline(__always) func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard quick.mayContain(bytes, range) else { return false }
        let h = WordFilter.fullHash(bytes, range) & (WordFilter.bits - 1)
        return table[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    @inline(__always) func mayContain(_ w: String) -> Bool {
        let h = WordFilter.hash(w)
        return table[h >> 6] & (1 << UInt64(h & 63)) != 0
    }
}

/// A bit per (byte length, first byte, last byte) of a set of words, those bytes with ASCII
/// uppercase letters lowercased (as the lookups by byte range compare them): a word whose bit is
/// clear is not in the set. Three bytes read, no hash of the whole word.
struct QuickFilter: Sendable {
    /// 1024 bits.
    private let bits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        var table = [UInt64](repeating: 0, count: 16)
        for w in words {
            // (Length, first and last byte read from the string's UTF-8 view: no array per word.)
            let u = w.utf8
            let key = u.isEmpty ? 0 : QuickFilter.key(u.count, u[u.startIndex], u[u.index(before: u.endIndex)])
            table[key >> 6] |= 1 << UInt64(key & 63)
        }
        bits = (table[0], table[1], table[2], table[3], table[4], table[5], table[6], table[7],
                table[8], table[9], table[10], table[11], table[12], table[13], table[14], table[15])
    }

    @inline(__always) private static func key(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        let f = Int(WordScanner.isUpper(first) ? first | 0x20 : first)
        let l = Int(WordScanner.isUpper(last) ? last | 0x20 : last)
        return (f &* 37 &+ l &* 11 &+ length &* 101) & 1023
    }

    /// False only when no word of the set has the length and end bytes of `range` (lowercased).
    @inline(__always) func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let n = range.count
        guard n > 0 else { return true }
        let key = QuickFilter.key(n, bytes[range.lowerBound], bytes[range.upperBound - 1])
        let word: UInt64
        switch key >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        case 3: word = bits.3
        case 4: word = bits.4
        case 5: word = bits.5
        case 6: word = bits.6
        case 7: word = bits.7
        case 8: word = bits.8
        case 9: word = bits.9
        case 10: word = bits.10
        case 11: word = bits.11
        case 12: word = bits.12
        case 13: word = bits.13
        case 14: word = bits.14
        default: word = bits.15
        }
        return word & (1 << UInt64(key & 63)) != 0
    }
}

extension String {
    /// `count` (characters) without grapheme breaking when the string is ASCII.
    var asciiFastCount: Int {
        var copy = self
        let ascii = copy.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return -1 }
            return bytes.count
        }
        return ascii >= 0 ? ascii : count
    }
}

/// Lowercase ASCII words or phrases with a value, looked up by a byte range of the text with
/// ASCII letters lowercased (as ``WordScanner/lower(_:)`` would give): no string is built.
/// The keys are bucketed by length and first byte: a lookup compares only the keys that share
/// both (most buckets hold one key or none).
final class ByteWordTable<Value: Sendable>: Sendable {
    /// The keys' bytes, one after another, sorted by bucket; `keyStart[k]` is where key k starts.
    private let keyBytes: [UInt8]
    private let keyStart: [Int]
    private let values: [Value]
    /// By `length << 7 | first byte` (length up to 31): the keys `bucketStart[b]..<bucketStart[b + 1]`.
    private let bucketStart: [Int32]

    init(_ table: [String: Value]) {
        var entries: [(bucket: Int, key: [UInt8], value: Value)] = []
        for (key, value) in table {
            let u = Array(key.utf8)
            precondition(!u.isEmpty && u.count < 32 && u.allSatisfy { $0 < 0x80 && !WordScanner.isUpper($0) },
                         "'\(key)' must be short lowercase ASCII")
            entries.append((u.count << 7 | Int(u[0]), u, value))
        }
        entries.sort { $0.bucket != $1.bucket ? $0.bucket < $1.bucket : $0.key.lexicographicallyPrecedes($1.key) }
        var keyBytes: [UInt8] = [], keyStart: [Int] = [], values: [Value] = []
        var bucketStart = [Int32](repeating: 0, count: (32 << 7) + 1)
        var counts = [Int32](repeating: 0, count: 32 << 7)
        for e in entries {
            keyStart.append(keyBytes.count)
            keyBytes.append(contentsOf: e.key)
            values.append(e.value)
            counts[e.bucket] += 1
        }
        var total: Int32 = 0
        for b in 0..<(32 << 7) {
            bucketStart[b] = total
            total += counts[b]
        }
        bucketStart[32 << 7] = total
        self.keyBytes = keyBytes
        self.keyStart = keyStart
        self.values = values
        self.bucketStart = bucketStart
    }

    /// The value for the bytes of `range` lowercased; nil when absent. `range` must be ASCII.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let n = range.count
        guard n > 0, n < 32 else { return nil }
        let b = bytes[range.lowerBound]
        let first = WordScanner.isUpper(b) ? b | 0x20 : b
        guard first < 0x80 else { return nil }
        let bucket = n << 7 | Int(first)
        return bucketStart.withUnsafeBufferPointer { starts -> Value? in
            let lo = Int(starts[bucket]), hi = Int(starts[bucket + 1])
            guard lo < hi else { return nil }
            return keyBytes.withUnsafeBufferPointer { keys -> Value? in
                keyStart.withUnsafeBufferPointer { keyStart -> Value? in
                    for k in lo..<hi {
                        let o = keyStart[k]
                        var i = 1
                        while i < n {
                            let c = bytes[range.lowerBound + i]
                            if (WordScanner.isUpper(c) ? c | 0x20 : c) != keys[o + i] { break }
                            i += 1
                        }
                        if i == n { return values[k] }
                    }
                    return nil
                }
            }
        }
    }
}

/// A read-only `[String: Value]` looked up by an FNV-1a hash of the key's bytes in its own
/// open-addressing table (no SipHash `Hasher` per lookup). Answers exactly as the dictionary:
/// the fast path is taken only when every key and the query are ASCII (where `==` is byte
/// equality; a non-ASCII key can equal an ASCII query only through a scalar whose canonical
/// decomposition is ASCII — KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA — and a table with such
/// a key always asks the dictionary); otherwise the dictionary answers.
struct FastStringMap<Value: Sendable>: Sendable {
    let dictionary: [String: Value]
    private let keys: [String?]
    private let values: [Value?]
    private let mask: Int
    private let asciiKeys: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        asciiKeys = !dictionary.keys.contains { $0.unicodeScalars.contains { [0x212A, 0x37E, 0x1FEF].contains($0.value) } }
        var size = 16
        while size < dictionary.count * 2 { size *= 2 }
        var keys = [String?](repeating: nil, count: size)
        var values = [Value?](repeating: nil, count: size)
        for (key, value) in dictionary {
            var i = WordFilter.fullHash(key) & (size - 1)
            while keys[i] != nil { i = (i + 1) & (size - 1) }
            keys[i] = key
            values[i] = value
        }
        self.keys = keys
        self.values = values
        mask = size - 1
    }

    subscript(_ w: String) -> Value? {
        guard asciiKeys else { return dictionary[w] }
        var copy = w
        let hash: Int? = copy.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                if b >= 0x80 { return nil }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
        guard let hash else { return dictionary[w] }
        var i = hash & mask
        return keys.withUnsafeBufferPointer { keys in
            while let key = keys[i] {
                if key == w { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}

/// A read-only `Set<String>` with the lookups of ``FastStringMap``.
struct FastStringSet: ExpressibleByArrayLiteral, Sendable {
    private let map: FastStringMap<Bool>

    init(arrayLiteral elements: String...) {
        map = FastStringMap(Dictionary(elements.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }

    func contains(_ w: String) -> Bool { map[w] != nil }
}

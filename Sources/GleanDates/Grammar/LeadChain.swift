/// The words that may stand between the start of a match and its anchor ("the past twenty-four"
/// before "hours"), used to start an anchor's window where the run of such words before it
/// starts instead of a fixed number of bytes earlier.
///
/// A match that uses a chain is a sequence of these words joined by spaces and punctuation in
/// ``isJoiner(_:)`` and starts at one of those words or at the joiners before the first one
/// ("'90s"), so no match can start before the run.
struct LeadChain: @unchecked Sendable {
    /// The words, packed by ``key(_:_:)``, in an open-addressing table (0 marks a free slot: no
    /// key is 0) probed from a multiplicative hash: cheaper than a `Set`, which runs SipHash.
    /// Chains are built once, as statics, and live as long as the process: a plain pointer keeps
    /// `LeadChain` (and the scan's targets that hold one) trivial, copied without reference counting.
    let table: UnsafeMutablePointer<UInt64>
    private static let tableSize = 1 << tableBits
    private static let tableBits = 8
    /// Whether words that start with a digit ("24", "12th", "1/2") belong to the chain.
    let numbers: Bool
    /// ``wordCodes``, held here so that a walk reads it without the static's once-check.
    let codes: UnsafePointer<UInt8>

    init(_ words: [String], numbers: Bool) {
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: LeadChain.tableSize)
        table.initialize(repeating: 0, count: LeadChain.tableSize)
        precondition(words.count < LeadChain.tableSize / 2, "too many words for one chain")
        for word in words {
            let key = Array(word.utf8).withUnsafeBufferPointer { LeadChain.key($0, 0..<$0.count)! }
            var slot = LeadChain.slot(key)
            while table[slot] != 0 && table[slot] != key { slot = (slot + 1) & (LeadChain.tableSize - 1) }
            table[slot] = key
        }
        self.table = table
        self.numbers = numbers
        codes = LeadChain.wordCodes
    }

    /// Where the run of chain words that ends right before `anchor` starts, at most `cap` bytes
    /// before it (the joiners right before the anchor when the word before them is not in the chain).
    /// Also whether the run has a word (false: it is the joiners alone).
    func start(before anchor: Int, in bytes: UnsafeBufferPointer<UInt8>, cap: Int) -> (position: Int, hasWord: Bool) {
        let floor = max(0, anchor - cap)
        var start = anchor
        var hasWord = false
        while true {
            var end = start
            while end > floor, LeadChain.isJoiner(bytes[end - 1]) { end -= 1 }
            // The word before, read backwards: its key built on the way (the same as ``key(_:_:)``
            // for words of at most 12 letters: letter `i` from the end at bits 5i).
            var wordStart = end
            var key: UInt64 = 0
            var shift: UInt64 = 0
            var letters = true
            let codes = self.codes
            while wordStart > floor {
                // (The letter's code 1...26, 27 for another word byte, 0 for none: one table load.)
                let code = codes[Int(bytes[wordStart &- 1])]
                guard code != 0 else { break }
                if code <= 26 {
                    if shift < 60 { key |= UInt64(code) &<< shift }
                } else {
                    letters = false
                }
                shift &+= 5
                wordStart &-= 1
            }
            // A match may also start at the joiners themselves ("'90s").
            guard wordStart < end else { return (end, hasWord) }
            let inChain: Bool
            if LeadChain.isDigit(bytes[wordStart]) {
                inChain = numbers
            } else if !letters {
                inChain = false
            } else if end - wordStart <= 12 {
                inChain = contains(key)
            } else {
                inChain = belongs(bytes, wordStart..<end)
            }
            guard inChain else { return (end, hasWord) }
            start = wordStart
            hasWord = true
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `key` (``key(_:_:)`` of a word of letters) is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var slot = LeadChain.slot(key)
        while table[slot] != 0 {
            if table[slot] == key { return true }
            slot = (slot + 1) & (LeadChain.tableSize - 1)
        }
        return false
    }

    /// Whether the word at `word` (a run of letters or digits) belongs to the chain.
    func belongs(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let first = bytes[word.lowerBound]
        if first >= 0x30 && first <= 0x39 { return numbers }
        guard let key = LeadChain.key(bytes, word) else { return false }
        var slot = LeadChain.slot(key)
        while table[slot] != 0 {
            if table[slot] == key { return true }
            slot = (slot + 1) & (LeadChain.tableSize - 1)
        }
        return false
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - tableBits))
    }

    /// The first 12 ASCII letters of a word, case-folded, 5 bits each (longer words share the key
    /// of their first 12 letters: the chain only ever admits more); nil when not all letters.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64? {
        var key: UInt64 = 0
        for i in word {
            let lower = bytes[i] | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { return nil }
            if i - word.lowerBound < 12 { key = key << 5 | UInt64(lower - 0x60) }
        }
        return key
    }

    /// By byte value: the letter's position in the alphabet (1...26, either case), 27 for the
    /// other bytes of PCRE2's `\w` in ASCII mode (digits and underscore), 0 for the rest.
    nonisolated(unsafe) static let wordCodes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let b = UInt8(byte), lower = b | 0x20
            table[byte] = lower >= 0x61 && lower <= 0x7A ? lower - 0x60 : isWordByte(b) ? 27 : 0
        }
        return UnsafePointer(table)
    }()

    /// PCRE2's `\w` in ASCII mode.
    static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// What may join the words of a match: whitespace, hyphens, commas, apostrophes, and the
    /// dots and slashes inside numbers ("1.5", "2 1/2").
    static func isJoiner(_ byte: UInt8) -> Bool {
        AnchorScan.isSpace(byte) || byte == 0x2D || byte == 0x2C || byte == 0x27 || byte == 0x2E || byte == 0x2F
    }
}

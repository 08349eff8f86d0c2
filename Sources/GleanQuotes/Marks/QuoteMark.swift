#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A quotation mark found in the text, with the part it plays.
struct QuoteMark: Sendable {
    /// The families of marks: a stretch opened by one family is closed by the same family.
    enum Family: Sendable {
        /// “ ” " « » „ and the doubled apostrophe '' of wire copy.
        case double
        /// ‘ ’ and the straight ' (British style speech, nested quotes, but also apostrophes).
        case single
    }

    /// Whether a mark opens or closes a stretch, judged from its glyph and its neighbours.
    enum Role: Sendable {
        case opening, closing
        /// A straight mark between two spaces or two letters: decided by pairing.
        case either
    }

    /// Byte range of the mark (1 to 3 bytes; 2 for '').
    let range: Range<Int>
    let family: Family
    let role: Role
}

extension QuoteMark {
    /// Every quotation mark of `bytes[range]` (one paragraph), in order. Apostrophes inside
    /// words ("Russia's", "don’t") and before decades ('90s) are not marks.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        scan(bytes, in: range, into: &marks)
        return marks
    }

    /// ``scan(_:in:)`` into `marks` (emptied first, its storage kept: one buffer serves every
    /// paragraph of a text).
    /// `straightOnly`: the text holds no byte that can begin a mark but " and ' (``kinds(_:)``):
    /// only their places are looked at (memchr).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, into marks: inout [QuoteMark],
                     straightOnly: Bool = false) {
        marks.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        // The next " and ' at or after `i` (found again once passed).
        var nextDouble = -1, nextSingle = -1
        while i < range.upperBound {
            if straightOnly {
                if nextDouble < i { nextDouble = next(0x22, bytes, from: i, end: range.upperBound) }
                if nextSingle < i { nextSingle = next(0x27, bytes, from: i, end: range.upperBound) }
                i = min(nextDouble, nextSingle)
            } else {
                i = nextPossibleMark(bytes, from: i, end: range.upperBound)
            }
            guard i < range.upperBound else { break }
            let byte = bytes[i]
            // An apostrophe between ASCII letters or digits ("Russia's", "don't"): a single mark
            // with a word character on both sides, never a quotation mark (see `role`).
            if byte == 0x27, i > range.lowerBound, i + 1 < range.upperBound,
               isASCIIWordByte(bytes[i - 1]), isASCIIWordByte(bytes[i + 1]) {
                i += 1
                continue
            }
            var width = 1
            var family: Family?
            var glyphRole: Role = .either
            switch byte {
            case 0x22:
                family = .double
            case 0x27:
                // Three closing apostrophes: a single mark, then a doubled one ('x,''' closes a
                // nested quote, then the outer one).
                if i + 2 < range.upperBound, bytes[i + 1] == 0x27, bytes[i + 2] == 0x27, i > range.lowerBound,
                   bytes[i - 1] != 0x20, bytes[i - 1] != 0x0A {
                    family = .single
                } else if i + 1 < range.upperBound, bytes[i + 1] == 0x27 {
                    width = 2
                    family = .double
                } else {
                    family = .single
                }
            case 0x60:  // `` as an opening mark
                if i + 1 < range.upperBound, bytes[i + 1] == 0x60 { width = 2; family = .double; glyphRole = .opening }
            case 0xC2 where i + 1 < range.upperBound:
                if bytes[i + 1] == 0xAB { width = 2; family = .double; glyphRole = .opening }
                else if bytes[i + 1] == 0xBB { width = 2; family = .double; glyphRole = .closing }
            case 0xE2 where i + 2 < range.upperBound && bytes[i + 1] == 0x80:
                width = 3
                switch bytes[i + 2] {
                case 0x9C, 0x9E: family = .double; glyphRole = .opening   // “ „
                case 0x9D: family = .double; glyphRole = .closing         // ”
                case 0x98: family = .single; glyphRole = .opening         // ‘
                case 0x99: family = .single; glyphRole = .closing         // ’
                default: width = 1
                }
            default:
                break
            }
            guard let family else { i += 1; continue }
            let before = TextScan.scalar(before: i, in: bytes, floor: range.lowerBound)
            let after = TextScan.scalar(at: i + width, in: bytes, limit: range.upperBound)
            let role = Self.role(glyph: glyphRole, family: family, before: before, after: after)
            if let role {
                // A straight or curly single mark that is an apostrophe: skip it.
                if family == .single, role == .opening, let after, TextScan.isDigit(after),
                   Self.isDecade(bytes, from: i + width, limit: range.upperBound) {
                    i += width
                    continue
                }
                marks.append(QuoteMark(range: i..<(i + width), family: family, role: role))
            }
            i += width
        }
    }

    /// The kinds of mark a text can hold (``scan(_:in:)``'s marks): a bit each for ", a ' other
    /// than between ASCII letters or digits (looked for only when no other kind is found), ``,
    /// « », and “ ” ‘ ’ „ (0: surely no mark). Each lead byte is looked for with memchr (vectorized).
    static func kinds(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        /// Calls `test` at each `byte` until it says yes.
        func any(_ byte: UInt8, _ test: (Int) -> Bool) -> Bool {
            var start = 0
            while start < n, let found = memchr(base + start, Int32(byte), n - start) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if test(i) { return true }
                start = i + 1
            }
            return false
        }
        var kinds: UInt8 = 0
        if any(0x22, { _ in true }) { kinds |= straightDouble }
        if any(0xE2, { i in i + 2 < n && bytes[i + 1] == 0x80 && (0x98...0x9E).contains(bytes[i + 2]) }) { kinds |= curly }
        if any(0xC2, { i in i + 1 < n && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB) }) { kinds |= guillemet }
        if any(0x60, { i in i + 1 < n && bytes[i + 1] == 0x60 }) { kinds |= doubleBacktick }
        // (A ' only matters where no other mark is found: then it alone tells whether any may be.)
        if kinds == 0, any(0x27, { i in !(i > 0 && i + 1 < n && isASCIIWordByte(bytes[i - 1]) && isASCIIWordByte(bytes[i + 1])) }) {
            kinds |= straightSingle
        }
        return kinds
    }

    /// ``kinds(_:)``'s bits: " ; ' (set only when no other kind is found); ``; « or »; “ ” ‘ ’ or „.
    static let straightDouble: UInt8 = 1
    static let straightSingle: UInt8 = 2
    static let doubleBacktick: UInt8 = 4
    static let guillemet: UInt8 = 8
    static let curly: UInt8 = 16

    /// The first `byte` at or after `start` (before `end`), or `end`.
    @inline(__always) private static func next(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
    }

    /// Whether a byte can begin a mark: " ' ` and the lead bytes of « » (C2) and “ ” ‘ ’ „ (E2).
    @inline(__always)
    private static func mayBeginMark(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x60 || byte == 0xC2 || byte == 0xE2
    }

    /// The first byte at or after `start` (before `end`) that can begin a mark, or `end`. Skips
    /// eight ASCII bytes at a time while none of them is " ' or ` (word-at-a-time zero-byte test).
    private static func nextPossibleMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each zero byte of `v`; a bit above a zero byte may be set wrongly, the
        /// lowest one never is.
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        var i = start
        while i < end {
            if i + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let flagged = zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x27))
                    | zeroBytes(word ^ (ones &* 0x60)) | (word & highs)
                if flagged == 0 {
                    i += 8
                    continue
                }
                // The first byte that is " ' ` or not ASCII: the bytes before it begin no mark.
                i += flagged.trailingZeroBitCount >> 3
            }
            if mayBeginMark(bytes[i]) { return i }
            i += 1
        }
        return end
    }

    /// The role from the neighbours ("left-flanking" opens, "right-flanking" closes), falling back
    /// on the glyph; nil for an apostrophe inside a word.
    private static func role(glyph: Role, family: Family, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Role? {
        let spaceBefore = before.map { TextScan.isSpace($0) || TextScan.isOpeningPunctuation($0) } ?? true
        let spaceAfter = after.map { TextScan.isSpace($0) || TextScan.isClosingPunctuation($0) } ?? true
        let wordBefore = before.map(TextScan.isWordCharacter) ?? false
        let wordAfter = after.map(TextScan.isWordCharacter) ?? false
        if family == .single, wordBefore, wordAfter { return nil }  // don't, Russia's
        if spaceBefore && !spaceAfter { return .opening }
        if !spaceBefore && spaceAfter { return .closing }
        if family == .single, glyph == .closing, wordBefore { return .closing }
        return glyph
    }

    /// '90s, '08: an apostrophe standing for the century.
    private static func isDecade(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Bool {
        var i = start, digits = 0
        while i < limit, bytes[i] >= 0x30, bytes[i] <= 0x39 { digits += 1; i += 1 }
        guard digits == 2 else { return false }
        return i >= limit || bytes[i] == 0x73 || !TextScan.isWordByte(bytes[i])
    }
}

/// Eight bytes at a time: ASCII letter masks and lower-case packing for the word tables and scans.
enum Swar {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` (the caller makes sure `i + 8 <= text.count`).
    @inline(__always) static func load(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `w` that is an ASCII letter (either case).
    @inline(__always) static func letters(_ w: UInt64) -> UInt64 {
        let y = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = y &+ 0x1F1F_1F1F_1F1F_1F1F   // y >= 0x61
        let pastZ = y &+ 0x0505_0505_0505_0505      // y >= 0x7B
        return atLeastA & ~pastZ & ~w & highs
    }

    /// The high bit of each byte of `w` that is an upper-case ASCII letter.
    @inline(__always) static func upper(_ w: UInt64) -> UInt64 {
        let y = w & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = y &+ 0x3F3F_3F3F_3F3F_3F3F   // y >= 0x41
        let pastZ = y &+ 0x2525_2525_2525_2525      // y >= 0x5B
        return atLeastA & ~pastZ & ~w & highs
    }

    /// `w` with upper-case ASCII letters lower-cased (other bytes as they are).
    @inline(__always) static func lowercased(_ w: UInt64) -> UInt64 { w | (upper(w) >> 2) }

    /// The low `count` bytes of `w` (count 0...8).
    @inline(__always) static func prefix(_ w: UInt64, _ count: Int) -> UInt64 {
        count >= 8 ? w : w & ((1 << UInt64(count &* 8)) &- 1)
    }

    /// The index of the first byte at or after `i` that is not an ASCII letter (or `text.count`).
    @inline(__always) static func letterRunEnd(_ text: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var e = i
        let n = text.count
        while e + 8 <= n {
            let other = ~letters(load(text, e)) & highs
            if other != 0 { return e + other.trailingZeroBitCount >> 3 }
            e += 8
        }
        while e < n, (text[e] | 0x20) >= 0x61 && (text[e] | 0x20) <= 0x7A && text[e] < 0x80 { e += 1 }
        return e
    }

    /// The key of ``packLowercased``: the lower-cased bytes of `text[range]` packed in two words
    /// with the length, for ranges of 1...16 bytes whose 16 bytes from the start lie in `text`;
    /// also whether a byte beyond ASCII is in the range. Nil when the range does not fit.
    @inline(__always) static func packLowercased(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (key: (UInt64, UInt64, Int), beyondASCII: Bool)? {
        let count = range.count
        guard count >= 1, count <= 16, range.lowerBound + 16 <= text.count else { return nil }
        let a = prefix(load(text, range.lowerBound), count)
        let b = count > 8 ? prefix(load(text, range.lowerBound + 8), count - 8) : 0
        return ((lowercased(a), lowercased(b), count), (a | b) & highs != 0)
    }
}

/// Byte-level helpers shared by the JSON parser and writer.
enum JSONBytes {
    /// Whether any of the eight bytes in `word` may be a quote, a backslash or a control
    /// character (SWAR: a byte equal to q shows as zero in word ^ q*0x01..., and
    /// (x - 0x01...) & ~x & 0x80... is non-zero exactly when some byte of x is zero or, with
    /// 0x20... subtracted, below 0x20). False positives are possible, false negatives are not.
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special = ((quote &- ones) & ~quote)
            | ((backslash &- ones) & ~backslash)
            | ((word &- ones &* 0x20) & ~word)
        return special & highs != 0
    }

    /// Whether every byte is below 0x80 (eight bytes at a time).
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The end of the run of bytes from `start` that need no attention in a string: not a quote,
    /// a backslash or a control character.
    @inline(__always)
    static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        // Sixteen bytes at a time, then eight, while none of them can be a quote, a backslash
        // or a control character, then byte by byte.
        if let base = bytes.baseAddress {
            let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
            let space = SIMD16<UInt8>(repeating: 0x20)
            while index + 16 <= count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((block .== quote) .| (block .== backslash) .| (block .< space)) { break }
                index += 16
            }
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if hasSpecialByte(word) { break }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            index += 1
        }
        return index
    }
}

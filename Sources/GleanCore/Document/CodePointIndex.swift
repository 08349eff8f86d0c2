/// Converts UTF-8 byte offsets (what PCRE2 reports) to Unicode code point offsets (what Glean
/// outputs, like Python `str` indices) in constant time per conversion.
///
/// Built in one pass over the text: it stores the code point count at every 64-byte block, so a
/// conversion scans at most 63 bytes, in any order. ASCII text converts as the identity.
public struct CodePointIndex: Sendable {
    private static let blockShift = 6
    /// Whether every byte is ASCII (byte offsets are then code point offsets).
    public let isASCII: Bool
    /// Code points before each 64-byte block; empty for ASCII text.
    private let blockStarts: [Int32]
    private let utf8: [UInt8]
    /// Number of code points in the text.
    public let codePointCount: Int

    public init(_ text: String) {
        var ascii = true
        var copy = text
        let bytes: [UInt8] = copy.withUTF8 { buffer in
            ascii = CodePointIndex.isASCII(buffer)
            return ascii ? [] : Array(buffer)
        }
        isASCII = ascii
        if ascii {
            blockStarts = []
            utf8 = []
            codePointCount = text.utf8.count
            return
        }
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count >> CodePointIndex.blockShift + 1)
        var count: Int32 = 0
        for (i, byte) in bytes.enumerated() {
            if i & 63 == 0 { starts.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        starts.append(count)
        blockStarts = starts
        utf8 = bytes
        codePointCount = Int(count)
    }

    /// Whether no byte has its high bit set, checked eight bytes at a time.
    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var index = 0
        var highBits: UInt64 = 0
        while index + 8 <= buffer.count {
            highBits |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        if highBits & 0x8080_8080_8080_8080 != 0 { return false }
        while index < buffer.count {
            if base[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The code point offset of UTF-8 byte offset `byte` (which should be on a character boundary).
    @inline(__always)
    public func codePointOffset(ofUTF8 byte: Int) -> Int {
        if isASCII { return byte }
        let block = byte >> CodePointIndex.blockShift
        var count = Int(blockStarts[block])
        var i = block << CodePointIndex.blockShift
        while i < byte {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The UTF-8 byte offset of code point offset `codePoint`.
    public func utf8Offset(ofCodePoint codePoint: Int) -> Int {
        if isASCII { return codePoint }
        // Last block starting at or before the code point.
        var low = 0, high = blockStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(blockStarts[mid]) <= codePoint { low = mid } else { high = mid - 1 }
        }
        var i = low << CodePointIndex.blockShift
        var count = Int(blockStarts[low])
        // Step to the first scalar start at or after the block start.
        while i < utf8.count, utf8[i] & 0xC0 == 0x80 { i += 1 }
        while i < utf8.count, count < codePoint {
            i += 1
            while i < utf8.count, utf8[i] & 0xC0 == 0x80 { i += 1 }
            count += 1
        }
        return min(i, utf8.count)
    }
}

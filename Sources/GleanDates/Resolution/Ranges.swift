/// Ranges written as two expressions: "from 2001 to 2003", "between 7:40 am and 9:20 am".
enum Ranges {
    /// For each expression (by index), the indices of the range's begin and end when it is one end
    /// of a range, else nil.
    static func pairs(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [(begin: Int, end: Int)?] {
        var out = [(begin: Int, end: Int)?](repeating: nil, count: ranges.count)
        guard ranges.count > 1 else { return out }
        for i in 0..<(ranges.count - 1) {
            let a = ranges[i], b = ranges[i + 1]
            guard b.lowerBound > a.upperBound, b.lowerBound - a.upperBound <= 12 else { continue }
            // The bytes between, without spaces and newlines at either end (only ASCII joiners and
            // the en dash can match, so comparing bytes is the same as comparing characters).
            var lo = a.upperBound, hi = b.lowerBound
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x0A { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x0A { hi -= 1 }
            let between = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
            let dash = equals(between, "-") || equals(between, "–") || equals(between, "through")
            let joined = dash || equals(between, "to") || equals(between, "and") || equals(between, "until") || equals(between, "till")
            guard joined else { continue }
            // "from " or "between " ending in the 9 bytes before, compared case-insensitively.
            let beforeStart = max(0, a.lowerBound - 9)
            let opened = endsWith(bytes, beforeStart..<a.lowerBound, "from ") || endsWith(bytes, beforeStart..<a.lowerBound, "between ")
            if opened || dash {
                out[i] = (i, i + 1)
                out[i + 1] = (i, i + 1)
            }
        }
        return out
    }

    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { word in
            text.count == word.count && text.elementsEqual(word)
        }
    }

    /// Whether `range` of `bytes` ends with `suffix` (lowercase ASCII), ignoring ASCII case.
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard range.count >= count else { return false }
        return Cues.lowercaseEquals(bytes, (range.upperBound - count)..<range.upperBound, suffix)
    }
}

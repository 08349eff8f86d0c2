/// Ranges written as two expressions: "from 2001 to 2003", "between 7:40 am and 9:20 am".
enum Ranges {
    /// For each expression that is one end of a range, the indices of the range's begin and end.
    static func pairs(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Int: (begin: Int, end: Int)] {
        var out: [Int: (begin: Int, end: Int)] = [:]
        guard ranges.count > 1 else { return out }
        for i in 0..<(ranges.count - 1) {
            let a = ranges[i], b = ranges[i + 1]
            guard b.lowerBound > a.upperBound, b.lowerBound - a.upperBound <= 12 else { continue }
            let between = text(bytes, a.upperBound..<b.lowerBound).trimmingCharacters()
            let before = text(bytes, max(0, a.lowerBound - 9)..<a.lowerBound).lowercased()
            let joined = ["to", "and", "-", "–", "through", "until", "till"].contains(between)
            let opened = before.hasSuffix("from ") || before.hasSuffix("between ")
            if joined && (opened || between == "-" || between == "–" || between == "through") {
                out[i] = (i, i + 1)
                out[i + 1] = (i, i + 1)
            }
        }
        return out
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\n" { s.removeLast() }
        return String(s)
    }
}

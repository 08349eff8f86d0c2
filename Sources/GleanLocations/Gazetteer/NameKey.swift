import Foundation

/// The lookup key of a name, built in a reusable buffer: lower case, diacritics removed, runs of
/// white space as one space, the typographic apostrophe as `'`. The same folding as the
/// gazetteer builder's `fold`.
public struct NameKey {
    private var buffer: [UInt8] = []

    public init() { buffer.reserveCapacity(64) }

    /// Replaces the key with the folded bytes of `text[range]`.
    public mutating func fold(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        buffer.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        var pendingSpace = false
        while i < range.upperBound {
            let byte = text[i]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    pendingSpace = !buffer.isEmpty
                } else {
                    if pendingSpace { buffer.append(0x20); pendingSpace = false }
                    buffer.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                i += 1
            } else if byte == 0xE2, i + 2 < range.upperBound, text[i + 1] == 0x80, text[i + 2] == 0x99 {
                if pendingSpace { buffer.append(0x20); pendingSpace = false }
                buffer.append(0x27)  // ’ -> '
                i += 3
            } else {
                foldUnicode(text, range)
                return
            }
        }
    }

    /// The slow path for names with letters beyond ASCII ("Zürich", "Kraków").
    private mutating func foldUnicode(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let raw = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let folded = raw.replacingOccurrences(of: "\u{2019}", with: "'")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        buffer.removeAll(keepingCapacity: true)
        for word in folded.split(whereSeparator: { $0.isWhitespace }) {
            if !buffer.isEmpty { buffer.append(0x20) }
            buffer.append(contentsOf: word.utf8)
        }
    }

    /// The folded key's length in bytes.
    public var count: Int { buffer.count }

    /// Calls `body` with the folded bytes.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withUnsafeBufferPointer(body)
    }
}

/// A stretch of text between an opening quotation mark and its closing mark (or the end of the
/// paragraph, for a quote that runs on into the next paragraph). Byte offsets.
struct QuotedStretch: Sendable {
    /// The opening mark.
    let open: Range<Int>
    /// The closing mark; nil when the paragraph ends first (a quote continued in the next paragraph).
    let close: Range<Int>?
    /// The end of the span: after the closing mark, or the last non-space byte of the paragraph.
    let end: Int
    let family: QuoteMark.Family
    /// Index of the paragraph in the document.
    let paragraph: Int
    /// The paragraph's byte range.
    let paragraphRange: Range<Int>
    /// The previous paragraph ended inside an unclosed quote and this one reopens it.
    let continuesPrevious: Bool

    /// The span from the opening mark to the closing mark inclusive.
    var span: Range<Int> { open.lowerBound..<end }
    /// The quoted words, without the marks.
    var content: Range<Int> { open.upperBound..<(close?.lowerBound ?? end) }
    var isClosed: Bool { close != nil }
}

extension QuotedStretch {
    /// Every top-level quoted stretch of the text. Double marks pair within a paragraph (a mark
    /// opened while another is open ends the first); single marks make a stretch only outside
    /// double quotes and only when they close (otherwise they are apostrophes).
    /// `kinds`: ``QuoteMark/kinds(_:)`` of the text, when known.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>]? = nil, kinds: UInt8? = nil) -> [QuotedStretch] {
        // Where " and ' are the only marks the text can hold, each paragraph is searched for them alone.
        let straightOnly = kinds.map { $0 & ~(QuoteMark.straightDouble | QuoteMark.straightSingle) == 0 } ?? false
        var result: [QuotedStretch] = []
        var previousParagraphUnclosed = false
        var marks: [QuoteMark] = []
        marks.reserveCapacity(16)
        for (index, paragraph) in (paragraphs ?? TextScan.paragraphs(bytes)).enumerated() {
            QuoteMark.scan(bytes, in: paragraph, into: &marks, straightOnly: straightOnly)
            let trimmedEnd = trimEnd(paragraph.upperBound, in: bytes, floor: paragraph.lowerBound)
            var open: QuoteMark?
            var singleOpen: QuoteMark?
            var endedUnclosed = false
            var first = true
            func emit(_ start: QuoteMark, close: QuoteMark?, end: Int) {
                let continues = first && previousParagraphUnclosed && start.family == .double
                    && start.range.lowerBound == leadingStart(paragraph, in: bytes)
                result.append(QuotedStretch(open: start.range, close: close?.range, end: end, family: start.family,
                                            paragraph: index, paragraphRange: paragraph, continuesPrevious: continues))
                first = false
            }
            for (n, mark) in marks.enumerated() {
                switch mark.family {
                case .double:
                    singleOpen = nil
                    if let opened = open {
                        if mark.role == .opening {
                            emit(opened, close: nil, end: trimEnd(mark.range.lowerBound, in: bytes, floor: opened.range.upperBound))
                            open = mark
                        } else {
                            emit(opened, close: mark, end: mark.range.upperBound)
                            open = nil
                        }
                    } else if mark.role != .closing {
                        open = mark
                    }
                case .single:
                    guard open == nil else { continue }
                    if let opened = singleOpen {
                        guard mark.role != .opening else { singleOpen = mark; continue }
                        if isPossessive(mark, in: bytes, limit: paragraph.upperBound),
                           marks[(n + 1)...].contains(where: { $0.family == .single && $0.role != .opening }) {
                            continue
                        }
                        emit(opened, close: mark, end: mark.range.upperBound)
                        singleOpen = nil
                    } else if mark.role == .opening {
                        singleOpen = mark
                    }
                }
            }
            if let opened = open, trimmedEnd > opened.range.upperBound {
                emit(opened, close: nil, end: trimmedEnd)
                endedUnclosed = true
            }
            previousParagraphUnclosed = endedUnclosed
        }
        return result
    }

    /// The players’ union: a closing single mark after an s and before a lowercase word.
    private static func isPossessive(_ mark: QuoteMark, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        let start = mark.range.lowerBound
        guard start > 0, bytes[start - 1] == 0x73 else { return false }
        var i = mark.range.upperBound
        guard i < limit, bytes[i] == 0x20 else { return false }
        i += 1
        return i < limit && bytes[i] >= 0x61 && bytes[i] <= 0x7A
    }

    private static func trimEnd(_ end: Int, in bytes: UnsafeBufferPointer<UInt8>, floor: Int) -> Int {
        var e = end
        while e > floor {
            let p = TextScan.previousStart(e, in: bytes, floor: floor)
            guard let s = TextScan.scalar(at: p, in: bytes, limit: e), TextScan.isSpace(s) else { break }
            e = p
        }
        return e
    }

    private static func leadingStart(_ paragraph: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = paragraph.lowerBound
        while i < paragraph.upperBound, let s = TextScan.scalar(at: i, in: bytes, limit: paragraph.upperBound),
              TextScan.isSpace(s) {
            i += String(s).utf8.count
        }
        return i
    }
}

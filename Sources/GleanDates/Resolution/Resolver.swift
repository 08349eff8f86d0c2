import GleanCore
import GleanPCRE

/// The named groups of one match, read as lowercased text.
struct Groups {
    /// Start and end of each group by number (-1 when it did not take part).
    let bounds: UnsafeBufferPointer<Int>
    /// The rule's group numbers (the grammar outlives every match: no reference counting).
    let index: GroupIndex.Table
    let bytes: UnsafeBufferPointer<UInt8>

    /// The byte range of group `name`, or nil when it did not take part. Inlined so that the
    /// name's key folds to a constant at each call.
    @inline(__always)
    func range(_ name: StaticString) -> Range<Int>? {
        guard let number = index.number(name), 2 * number + 1 < bounds.count else { return nil }
        let start = bounds[2 * number]
        return start < 0 ? nil : start..<bounds[2 * number + 1]
    }

    /// The lowercased text of group `name`, or nil when it did not take part.
    @inline(__always)
    func callAsFunction(_ name: StaticString) -> String? {
        guard let r = range(name) else { return nil }
        return Groups.lowercased(UnsafeBufferPointer(rebasing: bytes[r]))
    }

    /// The text of `slice` lowercased: ASCII (nearly always) in one pass without an intermediate
    /// string, anything else through `String.lowercased()`.
    static func lowercased(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for byte in slice where byte >= 0x80 { ascii = false; break }
        guard ascii else { return String(decoding: slice, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: slice.count) { out in
            for (k, byte) in slice.enumerated() { out[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return slice.count
        }
    }

    @inline(__always)
    func has(_ name: StaticString) -> Bool { range(name) != nil }

    /// Whether group `name` took part and is exactly "-" (what `self(name) == "-"` tests, without a string).
    @inline(__always)
    func isHyphen(_ name: StaticString) -> Bool {
        guard let r = range(name) else { return false }
        return r.count == 1 && bytes[r.lowerBound] == 0x2D
    }
}

/// What the resolver knows about the context of one expression.
struct ResolutionContext {
    /// The reference calendar, nil when the document has no date and no override is set.
    let calendar: ReferenceCalendar?
    /// The default direction of bare weekdays and months.
    let direction: Direction
    /// Whether an edge modifier ("the end of") anchors a bare unit ("the year") to the reference.
    let anchored: Bool
    /// The document text and where the expression is, for the clues below (computed on demand).
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    unowned(unsafe) let cuePattern: Pattern

    /// Whether the words before the expression point to the future ("will", "next", "until");
    /// a possessive ("Wednesday's ruling") speaks of a past event.
    var futureCue: Bool {
        futureCue(followsPastVerb: Cues.followsPastVerb(range.lowerBound, in: bytes))
    }

    /// ``futureCue`` when the caller already knows whether a past-tense verb comes right before.
    func futureCue(followsPastVerb: Bool) -> Bool {
        !Cues.isPossessive(range, in: bytes) && !followsPastVerb
            && ((try? Cues.pointsForward(before: range.lowerBound, in: bytes, pattern: cuePattern)) ?? false)
    }
    /// Whether the text before the expression speaks of quarters (earnings reports).
    var quarterContext: Bool { Cues.mentionsQuarter(before: range.lowerBound, in: bytes) }
    /// The word right before the expression (lowercased), e.g. "by", "in".
    var previousWord: String { Cues.previousWord(before: range.lowerBound, in: bytes) }
    /// Whether the word right before the expression is one of `words` (lowercase ASCII).
    func previousWordIs(_ words: StaticString...) -> Bool {
        let word = Cues.previousWordRange(before: range.lowerBound, in: bytes)
        return words.contains { Cues.lowercaseEquals(bytes, word, $0) }
    }
    /// The word right after the expression (lowercased), e.g. "ended".
    var nextWord: String { Cues.nextWord(after: range.upperBound, in: bytes) }

    var bareDirection: Direction { futureCue ? .future : direction }
}

/// Turns a grammar match into a TIMEX3 value, type and modifier, relative to the reference date.
enum Resolver {
    static func resolve(_ kind: RuleKind, _ g: Groups, _ c: ResolutionContext) -> Timex? {
        switch kind {
        case .calendar: return calendar(g, c)
        case .period: return period(g, c)
        case .named: return named(g, c)
        case .deictic: return deictic(g, c)
        case .relative: return relative(g, c)
        case .duration: return duration(g, c)
        case .clock: return clock(g, c)
        case .recurrence: return recurrence(g, c)
        }
    }
}

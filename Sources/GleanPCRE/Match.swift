import CGleanPCRE2

/// One match, valid only inside the closure that receives it (it points into PCRE2's match data).
/// Ranges are UTF-8 byte offsets into the subject. Use ``result()`` to keep a copy.
public struct Match {
    let subject: UnsafePointer<UInt8>
    let length: Int
    // (Visible to inlinable code: group bounds are read in extractors' hot loops.)
    @usableFromInline let ovector: UnsafeMutablePointer<Int>
    @usableFromInline let pairs: Int
    /// The pattern that matched.
    public let pattern: Pattern

    /// The byte range of the whole match.
    @inlinable
    public var range: Range<Int> { Int(ovector[0])..<Int(ovector[1]) }

    /// The byte range of group `number`, or nil when it did not take part in the match.
    @inlinable
    public func range(_ number: Int) -> Range<Int>? {
        guard number >= 0, number < pairs else { return nil }
        let start = ovector[2 * number], end = ovector[2 * number + 1]
        if start == -1 { return nil }  // PCRE2_UNSET as a signed size
        return Int(start)..<Int(end)
    }

    /// The byte range of the named group, or nil when it did not take part (or does not exist).
    public func range(_ name: String) -> Range<Int>? {
        guard let number = pattern.groupNumbers[name] else { return nil }
        return range(number)
    }

    /// The text of group `number`.
    public subscript(_ number: Int) -> String? {
        range(number).map(text)
    }

    /// The text of the named group.
    public subscript(_ name: String) -> String? {
        range(name).map(text)
    }

    /// The subject text in a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: subject + range.lowerBound, count: range.count), as: UTF8.self)
    }

    /// A copy that outlives the closure.
    public func result() -> MatchResult {
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(pattern.captureCount + 1)
        for i in 0...pattern.captureCount { groups.append(range(i)) }
        return MatchResult(groups: groups, groupNumbers: pattern.groupNumbers)
    }
}

/// A match copied out of PCRE2's match data: the byte ranges of every group.
public struct MatchResult: Sendable, Hashable {
    /// Byte ranges by group number; index 0 is the whole match, nil for groups that did not take part.
    public let groups: [Range<Int>?]
    /// Named groups and their numbers.
    public let groupNumbers: [String: Int]

    /// The byte range of the whole match.
    public var range: Range<Int> { groups[0]! }

    /// The byte range of group `number`.
    public func range(_ number: Int) -> Range<Int>? {
        number < groups.count ? groups[number] : nil
    }

    /// The byte range of the named group.
    public func range(_ name: String) -> Range<Int>? {
        groupNumbers[name].flatMap(range)
    }

    /// The text of the named group in `subject` (the string that was matched).
    public func text(_ name: String, in subject: String) -> String? {
        range(name).map { MatchResult.slice(subject, $0) }
    }

    /// The text of group `number` in `subject`.
    public func text(_ number: Int, in subject: String) -> String? {
        range(number).map { MatchResult.slice(subject, $0) }
    }

    static func slice(_ subject: String, _ range: Range<Int>) -> String {
        let utf8 = subject.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(subject.utf8[from..<to])!
    }
}

/// Settles overlapping matches: the longest span wins, then the earlier rule kind.
enum SpanSelection {
    /// What orders the candidates, in one trivial value (sorting these moves no references).
    private struct Key {
        let length: Int
        let priority: Int
        let start: Int
        let end: Int
        let index: Int
    }

    static func longestFirst(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        guard candidates.count > 1 else { return candidates }
        // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
        var keys = candidates.enumerated().map { index, candidate in
            Key(length: candidate.range.count, priority: candidate.kind == .recurrence ? -1 : candidate.kind.order,
                start: candidate.range.lowerBound, end: candidate.range.upperBound, index: index)
        }
        // The keys order every pair (one rule's matches never share a start), so the result does
        // not depend on the sort algorithm.
        keys.sort { x, y in
            if x.length != y.length { return x.length > y.length }
            if x.priority != y.priority { return x.priority < y.priority }
            return x.start < y.start
        }
        var chosen: [Key] = []
        chosen.reserveCapacity(keys.count)
        for key in keys {
            // Ranges.overlaps: both non-empty (empty matches are never candidates) and intersecting.
            let overlaps = chosen.contains { other in
                key.start < other.end && other.start < key.end && key.start < key.end && other.start < other.end
            }
            if !overlaps { chosen.append(key) }
        }
        chosen.sort { $0.start < $1.start }
        return chosen.map { candidates[$0.index] }
    }
}

extension RuleKind {
    /// The position of the kind in `allCases` (the tie-break between equally long spans).
    var order: Int {
        switch self {
        case .calendar: 0
        case .period: 1
        case .named: 2
        case .deictic: 3
        case .relative: 4
        case .duration: 5
        case .clock: 6
        case .recurrence: 7
        }
    }
}

/// Settles overlapping matches: the longest span wins, then the earlier rule kind.
enum SpanSelection {
    static func longestFirst(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        let priority: (RuleKind) -> Int = { kind in
            // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
            kind == .recurrence ? -1 : kind.order
        }
        let sorted = candidates.sorted {
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            if priority($0.kind) != priority($1.kind) { return priority($0.kind) < priority($1.kind) }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var taken: [Range<Int>] = []
        var chosen: [DateExtractor.Candidate] = []
        for c in sorted where !taken.contains(where: { $0.overlaps(c.range) }) {
            taken.append(c.range)
            chosen.append(c)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
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

/// Settles overlapping matches: the longest span wins, then the earlier rule kind.
enum SpanSelection {
    static func longestFirst(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        guard candidates.count > 1 else { return candidates }
        // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
        let keys = candidates.map { (length: $0.range.count, priority: $0.kind == .recurrence ? -1 : $0.kind.order,
                                     start: $0.range.lowerBound) }
        // Sort positions rather than the candidates themselves (no reference counting while sorting);
        // the keys order every pair, so the result does not depend on the sort algorithm.
        var order = Array(candidates.indices)
        order.sort { a, b in
            let x = keys[a], y = keys[b]
            if x.length != y.length { return x.length > y.length }
            if x.priority != y.priority { return x.priority < y.priority }
            return x.start < y.start
        }
        var chosen: [Int] = []
        for i in order where !chosen.contains(where: { candidates[$0].range.overlaps(candidates[i].range) }) {
            chosen.append(i)
        }
        chosen.sort { keys[$0].start < keys[$1].start }
        return chosen.map { candidates[$0] }
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

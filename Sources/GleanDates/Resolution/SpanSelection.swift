/// Settles overlapping matches: the longest span wins, then the earlier rule kind.
enum SpanSelection {
    static func longestFirst(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        let order = Dictionary(uniqueKeysWithValues: RuleKind.allCases.enumerated().map { ($1, $0) })
        let priority: (RuleKind) -> Int = { kind in
            // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
            kind == .recurrence ? -1 : order[kind]!
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

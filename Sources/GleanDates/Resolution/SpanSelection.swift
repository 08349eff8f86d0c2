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

    /// The candidates that win (see ``byKeys(_:)``), in text order: ordered by one integer each
    /// (the length inverted, the priority, the index: within one priority, one rule, whose
    /// matches come in text order and never share a start, so the index orders as the start
    /// does), which sorts as the keys of ``byKeys(_:)`` do.
    static func longestFirst(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        var kept = candidates
        keepLongestFirst(&kept)
        return kept
    }

    /// ``longestFirst(_:)`` in place: `candidates` keeps the winners, in text order (no new array).
    static func keepLongestFirst(_ candidates: inout [DateExtractor.Candidate]) {
        let count = candidates.count
        guard count > 1 else { return }
        var fits = count < (1 << 20)
        for candidate in candidates where candidate.range.count >= (1 << 20) { fits = false }
        guard fits else { candidates = byKeys(candidates); return }
        if keepAllWhenDisjoint(&candidates) { return }
        let picked = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * count) { buffer -> Int in
            let keys = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            for (index, candidate) in candidates.enumerated() {
                // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
                let priority = candidate.kind == .recurrence ? 0 : candidate.kind.order + 1
                let inverted = UInt64((1 << 20) - 1 - candidate.range.count)
                keys.initializeElement(at: index, to: inverted << 44 | UInt64(priority) << 40 | UInt64(index))
            }
            sortIntegers(keys)
            var chosenCount = 0
            let chosen = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            for key in keys {
                let index = Int(truncatingIfNeeded: key & ((1 << 40) - 1))
                let range = candidates[index].range
                // Ranges.overlaps: both non-empty (empty matches are never candidates) and intersecting.
                var overlaps = false
                for k in 0..<chosenCount {
                    let other = candidates[Int(truncatingIfNeeded: chosen[k] & ((1 << 20) - 1))].range
                    if range.lowerBound < other.upperBound && other.lowerBound < range.upperBound
                        && range.lowerBound < range.upperBound && other.lowerBound < other.upperBound {
                        overlaps = true
                        break
                    }
                }
                if !overlaps {
                    // The start (below 2^44) and the index, to put the chosen ones in text order.
                    chosen.initializeElement(at: chosenCount, to: UInt64(range.lowerBound) << 20 | UInt64(index))
                    chosenCount += 1
                }
            }
            let picked = UnsafeMutableBufferPointer(rebasing: chosen[0..<chosenCount])
            // (Chosen ranges do not overlap: their starts differ, so the index bits never decide.)
            sortIntegers(picked)
            moveToFront(&candidates, inOrderOf: UnsafeBufferPointer(picked))
            return chosenCount
        }
        candidates.removeLast(count - picked)
    }

    /// When no two candidates overlap (most documents), every one wins: puts them in text order
    /// and returns true (what the longest-first selection gives them then); false otherwise,
    /// `candidates` unchanged.
    private static func keepAllWhenDisjoint(_ candidates: inout [DateExtractor.Candidate]) -> Bool {
        let count = candidates.count
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { keys -> Bool in
            // The start (below 2^44) and the index: text order (one rule's matches never share a start).
            var sorted = true
            for (index, candidate) in candidates.enumerated() {
                keys.initializeElement(at: index, to: UInt64(candidate.range.lowerBound) << 20 | UInt64(index))
                if index > 0, keys[index] < keys[index - 1] { sorted = false }
            }
            if !sorted { sortIntegers(keys) }
            var previousEnd = Int.min
            for key in keys {
                let range = candidates[Int(truncatingIfNeeded: key & ((1 << 20) - 1))].range
                // (Ranges.overlaps: both non-empty and intersecting; in start order, a start before the previous end.)
                if range.lowerBound < previousEnd && !range.isEmpty { return false }
                if !range.isEmpty { previousEnd = max(previousEnd, range.upperBound) }
            }
            guard !sorted else { return true }
            moveToFront(&candidates, inOrderOf: UnsafeBufferPointer(keys))
            return true
        }
    }

    /// Puts the candidates `keys` name (each key's low 20 bits an index), in the keys' order, at
    /// the front of `candidates`. Candidates are trivial values: copied aside, then to the front.
    private static func moveToFront(_ candidates: inout [DateExtractor.Candidate], inOrderOf keys: UnsafeBufferPointer<UInt64>) {
        withUnsafeTemporaryAllocation(of: DateExtractor.Candidate.self, capacity: keys.count) { kept in
            for k in keys.indices {
                kept.initializeElement(at: k, to: candidates[Int(truncatingIfNeeded: keys[k] & ((1 << 20) - 1))])
            }
            candidates.withUnsafeMutableBufferPointer { all in
                for k in keys.indices { all[k] = kept[k] }
            }
        }
    }

    /// Insertion sort of a handful of integers, the library's sort for more.
    @inline(__always)
    private static func sortIntegers(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count <= 32 else { var keys = keys; keys.sort(); return }
        var i = 1
        while i < keys.count {
            let key = keys[i]
            var j = i
            while j > 0, key < keys[j - 1] {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
            i += 1
        }
    }

    /// The longest first, then the earlier rule kind, then the earlier start, sorting keys of five integers.
    static func byKeys(_ candidates: [DateExtractor.Candidate]) -> [DateExtractor.Candidate] {
        let count = candidates.count
        guard count > 1 else { return candidates }
        return withUnsafeTemporaryAllocation(of: Key.self, capacity: 2 * count) { buffer in
            let keys = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            // Recurrences ("$5 a year", "Tuesday nights") beat the same span read as a duration or a date.
            for (index, candidate) in candidates.enumerated() {
                keys.initializeElement(at: index, to: Key(length: candidate.range.count,
                                                          priority: candidate.kind == .recurrence ? -1 : candidate.kind.order,
                                                          start: candidate.range.lowerBound, end: candidate.range.upperBound, index: index))
            }
            // The keys order every pair (one rule's matches never share a start), so the result does
            // not depend on the sort algorithm.
            sort(keys) { x, y in
                if x.length != y.length { return x.length > y.length }
                if x.priority != y.priority { return x.priority < y.priority }
                return x.start < y.start
            }
            var chosenCount = 0
            let chosen = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            for key in keys {
                // Ranges.overlaps: both non-empty (empty matches are never candidates) and intersecting.
                var overlaps = false
                for k in 0..<chosenCount {
                    let other = chosen[k]
                    if key.start < other.end && other.start < key.end && key.start < key.end && other.start < other.end {
                        overlaps = true
                        break
                    }
                }
                if !overlaps {
                    chosen.initializeElement(at: chosenCount, to: key)
                    chosenCount += 1
                }
            }
            let picked = UnsafeMutableBufferPointer(rebasing: chosen[0..<chosenCount])
            sort(picked) { $0.start < $1.start }
            var result: [DateExtractor.Candidate] = []
            result.reserveCapacity(chosenCount)
            for key in picked { result.append(candidates[key.index]) }
            return result
        }
    }

    /// Sorts by `less`, which orders every pair: insertion sort for the usual handful, else the library's.
    @inline(__always)
    private static func sort(_ keys: UnsafeMutableBufferPointer<Key>, by less: (Key, Key) -> Bool) {
        guard keys.count <= 32 else { var keys = keys; keys.sort(by: less); return }
        var i = 1
        while i < keys.count {
            let key = keys[i]
            var j = i
            while j > 0, less(key, keys[j - 1]) {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
            i += 1
        }
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

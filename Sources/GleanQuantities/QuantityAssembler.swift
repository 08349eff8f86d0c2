import GleanCore

/// Combines neighbouring quantities: ranges ("3-5 km", "between 3 and 5 km", "from $2 to $3"),
/// scores ("6-4"), conversions in brackets ("500 miles (800 km)"), and elided nouns ("57 drones,
/// while 56 others").
struct QuantityAssembler {
    let scanner: WordScanner
    let settings: QuantitySettings
    /// The strings the quantities hold.
    let strings: QuantityStrings

    /// Assembles `quantities` in place: they are moved (swapped) towards the front, never copied
    /// unless two neighbours are combined.
    func assemble(_ quantities: inout [Quantity]) {
        // Quantities are read in place through the buffer (no copies) and moved by swaps.
        let kept = quantities.withUnsafeMutableBufferPointer { all -> Int in
            var out = all
            let count = out.count
            var moved = 0
            var i = 0
            while i < count {
                // Most neighbours are far apart: tested on their offsets before any copy is made.
                if i + 1 < count, out[i].end <= out[i + 1].start, out[i + 1].start - out[i].end <= 12 {
                    switch connect(out.baseAddress! + i, out.baseAddress! + i + 1) {
                    case .range:
                        out[moved] = range(out[i], out[i + 1])
                        moved += 1
                        i += 2
                        continue
                    case .score:
                        if settings.scores {
                            var s = range(out[i], out[i + 1])
                            s.isScore = true
                            s.unit = strings.add("score")
                            s.value = nil
                            out[moved] = s
                            moved += 1
                        }
                        i += 2
                        continue
                    case .label:
                        i += 2
                        continue
                    case .none:
                        break
                    }
                }
                if moved != i { out.swapAt(moved, i) }
                moved += 1
                i += 1
            }
            out = UnsafeMutableBufferPointer(rebasing: all[0..<moved])
            // Conversions in brackets inherit the hedge: "approximately 500 miles (800 km)".
            if out.count > 1 {
                for k in 1..<out.count {
                    guard out[k - 1].change != Change.equal, out[k - 1].isMeasured, out[k].isMeasured, out[k].change == Change.equal else { continue }
                    let change = out[k - 1].change
                    let gap = scanner.text(scanner.trimmingSpaces(out[k - 1].end..<out[k].start))
                    if gap == "(" || gap == "/" || gap == "or" || gap == ", or" {
                        out[k].change = change
                        if change == Change.more { out[k].min = out[k].value }
                        if change == Change.less { out[k].max = out[k].value }
                    }
                }
            }
            // A bare number compared with a count or measure takes its unit: "460 vehicles ...
            // compared with 63", "from 29 mpg to 24".
            for k in out.indices where out[k].isBare && !out[k].inWords && k > 0 {
                // The word before (`fourWordsBefore(_, limit: 2)[0]`); the one before it only
                // after "to" or "with". The words are ASCII letters, hyphens and apostrophes
                // (``WordScanner/wordStart(endingAt:)``): compared as bytes, no string built.
                guard let cueRange = scanner.wordBefore(out[k].start) else { continue }
                let cueIsTo = scanner.lowerEquals(cueRange, "to")
                var compared = false
                if cueIsTo || scanner.lowerEquals(cueRange, "with") {
                    let words = scanner.fourWordsBefore(out[k].start, limit: 2)  // nearest first
                    compared = words.count >= 2 && scanner.lowerEquals(words[1], "compared")
                }
                guard compared || QuantityAssembler.isComparisonCue(scanner, cueRange) else { continue }
                // The level compared with, skipping a "per 15 tonne lot" denominator.
                var source = k - 1
                if source > 0, let before = scanner.wordBefore(out[source].start), scanner.lowerEquals(before, "per") { source -= 1 }
                let previous = out.baseAddress! + source  // read in place
                let isRatio = previous.pointee.definition?.dimension == .ratio
                guard previous.pointee.isCount && !previous.pointee.partitive || previous.pointee.definition != nil && (!isRatio || !cueIsTo)
                        || previous.pointee.currency >= 0 && !(strings[previous.pointee.unit] ?? "").containsBytes(" per "),
                      out[k].start - previous.pointee.end < 150 else { continue }
                if scanner.containsSentenceBreak(in: previous.pointee.end..<out[k].start) { continue }
                out[k].unit = previous.pointee.unit
                out[k].entity = previous.pointee.entity
                out[k].definition = previous.pointee.definition
                out[k].currency = previous.pointee.currency
                out[k].isCount = previous.pointee.isCount
            }
            // Elided counts take the noun of the previous count nearby. Kept quantities are moved to
            // the front of `out` (no copies); `kept` counts them.
            var kept = 0
            for k in out.indices {
                if out[k].elided {
                    let start = out[k].start
                    var source: Int?
                    var j = kept - 1
                    while j >= 0 {
                        if out[j].isCount && !out[j].elided && out[j].entity >= 0 && start - out[j].end < 400 { source = j; break }
                        j -= 1
                    }
                    if let source, !scanner.containsSentenceBreak(in: out[source].end..<start) {
                        out[k].unit = out[source].unit
                        out[k].entity = out[source].entity
                        out[k].isCount = true
                        out[k].elided = false
                    } else if out[k].isBareOne {
                        continue
                    } else {
                        out[k].elided = false
                    }
                }
                if !settings.bareNumbers && out[k].isBare { continue }
                if kept != k { out.swapAt(kept, k) }
                kept += 1
            }
            return kept
        }
        quantities.removeLast(quantities.count - kept)
    }

    enum Connection { case range, score, label, none }

    static let rangeConnectors: FastStringSet = ["-", "–", "—", "‐", "to", "through", "and", "- to", "– to", "-to"]
    static let comparisonCues: FastStringSet = ["including", "versus", "vs", "from", "to", "than", "against"]

    /// `comparisonCues.contains(scanner.lower(r))` for an ASCII word `r`, compared as bytes.
    static func isComparisonCue(_ scanner: WordScanner, _ r: Range<Int>) -> Bool {
        switch r.count {
        case 2: return scanner.lowerEquals(r, "to") || scanner.lowerEquals(r, "vs")
        case 4: return scanner.lowerEquals(r, "from") || scanner.lowerEquals(r, "than")
        case 6: return scanner.lowerEquals(r, "versus")
        case 7: return scanner.lowerEquals(r, "against")
        case 9: return scanner.lowerEquals(r, "including")
        default: return false
        }
    }
    static let scoreNouns: FastStringSet = ["win", "victory", "defeat", "loss", "lead", "draw", "thanks", "home", "away"]

    static let changeVerbs: FastStringSet = ["rose", "rise", "rises", "fell", "fall", "falls", "gained", "gains", "gain",
                                           "climbed", "dropped", "increased", "decreased", "cut", "raised", "lifted",
                                           "lowered", "jumped", "slipped", "edged", "declined", "added", "lost", "up",
                                           "down", "slid", "surged", "soared", "plunged", "tumbled", "eased", "grew",
                                           "shed", "advanced", "retreated", "widened", "narrowed", "boosted", "trimmed"]

    /// How neighbours `pa` and `pb` combine (read in place: no copies).
    private func connect(_ pa: UnsafeMutablePointer<Quantity>, _ pb: UnsafeMutablePointer<Quantity>) -> Connection {
        guard pa.pointee.end <= pb.pointee.start, pb.pointee.start - pa.pointee.end <= 12 else { return .none }
        // Every range connector starts with "-", "t", "a" (any case) or E2 ("–", "—", "‐"): other
        // gaps are ruled out before any string is built.
        let gapRange = scanner.trimmingSpaces(pa.pointee.end..<pb.pointee.start)
        guard !gapRange.isEmpty else { return .none }
        let first = scanner.bytes[gapRange.lowerBound]
        guard first == UInt8(ascii: "-") || first == 0xE2 || first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "a")
        else { return .none }
        let trimmed = scanner.lower(gapRange)
        guard QuantityAssembler.rangeConnectors.contains(trimmed) else { return .none }
        let gap = scanner.lower(pa.pointee.end..<pb.pointee.start)
        guard pa.pointee.value != nil, pb.pointee.value != nil, !pa.pointee.vague, !pb.pointee.vague else { return .none }
        let before = scanner.wordBefore(pa.pointee.start).map { scanner.lower($0) }
        if trimmed == "and" && before != "between" { return .none }
        // "31 points - four points behind": a spaced dash joins a range only from a bare number.
        if (trimmed == "-" || trimmed == "–") && gap != trimmed && !pa.pointee.isBare { return .none }
        // "increased by $43.6 billion to $419.2 billion": a change, then a level.
        if before == "by" && !pa.pointee.isBare { return .none }
        // "rose $1.20 to $75.40": a change, then a level.
        if let verb = before, trimmed == "to", QuantityAssembler.changeVerbs.contains(verb) { return .none }
        // "6-4": two small integers glued by a dash with no unit, is a score.
        if (trimmed == "-" || trimmed == "–") && gap == trimmed && !pa.pointee.isMeasured && !pb.pointee.isMeasured && pa.pointee.isBare,
           let x = pa.pointee.value, let y = pb.pointee.value, x == x.rounded(), y == y.rounded(), x < 100, y < 100, x >= 0,
           !pb.pointee.isCount || (strings[pb.pointee.unit].map { QuantityAssembler.scoreNouns.contains($0) } ?? false) {
            return .score
        }
        // "737-800": two bare numbers of three or more digits glued by a dash are a label.
        if trimmed == "-" && gap == "-" && pa.pointee.isBare && pb.pointee.isBare, let x = pa.pointee.value, let y = pb.pointee.value, x >= 100, y >= 100 {
            return .label
        }
        // Compatible units: the first bare, or both the same.
        if pa.pointee.isBare || pa.pointee.isCount && strings[pa.pointee.unit] == strings[pb.pointee.unit] && !pa.pointee.isMeasured {
            if pa.pointee.isCount && strings[pa.pointee.unit] != strings[pb.pointee.unit] { return .none }
            return .range
        }
        if pa.pointee.currency >= 0 && strings[pa.pointee.currency] == strings[pb.pointee.currency] { return .range }
        if let da = pa.pointee.definition, let db = pb.pointee.definition, da.name == db.name { return .range }
        return .none
    }

    private func range(_ a: Quantity, _ b: Quantity) -> Quantity {
        var q = b
        q.start = a.start
        q.numberStart = a.numberStart
        var low = a.value!
        // "4.5 to 5 million": the first end shares the multiplier.
        if a.multiplier == nil, let m = b.multiplier, !a.isMeasured || a.currency >= 0, abs(low) < 1000, let raw = b.rawValue, abs(low) <= raw * 10 {
            low *= m
        }
        let high = b.value!
        q.min = Swift.min(low, high)
        q.max = Swift.max(low, high)
        q.value = (low + high) / 2
        q.change = a.change != Change.equal ? a.change : b.change
        if q.currency < 0 { q.currency = a.currency }
        if q.unit < 0 { q.unit = a.unit }
        return q
    }
}

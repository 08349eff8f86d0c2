import GleanCore
import GleanPCRE

/// The `dates` extractor: finds temporal expressions in news English and normalizes them as
/// TIMEX3 (TimeML / TempEval-3) against the document's publication date.
///
/// Each extraction (type `date`) carries `value` (the TIMEX3 value, e.g. `2024-12-21`,
/// `2024-12-21T07:40`, `P3Y`, `PAST_REF`, `2012-Q3`), `timex_type` (DATE, TIME, DURATION, SET),
/// `mod` where TimeML has one (`late November` -> END), and `begin`/`end` for the two ends of a
/// range ("from 2001 to 2003"). Spans follow TimeBank: determiners in, prepositions out.
public struct DateExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "dates",
        summary: "Dates, times, durations and recurrences in news English, normalized as TIMEX3 values against the publication date.",
        types: ["date"],
        options: [
            OptionDescription("reference_date", .date,
                              "Resolve relative expressions against this date instead of the document's publication date."),
            OptionDescription("weekday_direction", .string, default: "past", allowed: Direction.allCases.map(\.rawValue),
                              "Where a bare weekday or month points: past (the nearest on or before the reference date, right for news reports), future, or nearest. Words such as 'will' or 'next' point forward whatever the setting."),
            OptionDescription("timex_types", .strings, default: .array(TimexType.allCases.map { .string($0.rawValue) }),
                              allowed: TimexType.allCases.map(\.rawValue),
                              "Which TIMEX3 types to emit: DATE, TIME, DURATION, SET."),
        ],
        examples: DateExamples.all
    )

    let grammar: DateGrammar
    let referenceOverride: CivilDate?
    let direction: Direction
    let emitted: Set<TimexType>
    /// ``emitted`` as bits by ``TimexType/bit`` (a set lookup hashes).
    let emittedMask: UInt8
    /// The attribute objects of the timexes reported so far (shared by the run's documents).
    let attributeCache = TimexAttributeCache()
    /// A document's working buffers: the anchor windows, the pattern batches, the candidates
    /// and their group bounds (emptied by their users, capacity kept), kept by each thread for
    /// its next document.
    final class Scratch {
        // Only the thread that took the scratch touches it: no dynamic exclusivity checks.
        @exclusivity(unchecked) var windows: [AnchorScan.Window] = []
        @exclusivity(unchecked) var batch: [ClosedRange<Int>] = []
        @exclusivity(unchecked) var candidates: [Candidate] = []
        @exclusivity(unchecked) var bounds = BoundsBuffer()

        deinit { bounds.free() }

        /// Whether the buffers grew too large to keep (after a huge document).
        var isOversized: Bool {
            windows.capacity > 4096 || batch.capacity > 4096 || candidates.capacity > 4096 || bounds.capacity > 1 << 16
        }
    }

    /// The scratch buffers of each thread.
    private static let scratchPool = PerThreadPool<Scratch>()

    public init(options: ExtractorOptions) throws {
        grammar = try DateGrammar()
        referenceOverride = options.date("reference_date")
        direction = options.string("weekday_direction").flatMap(Direction.init(rawValue:)) ?? .past
        emitted = Set((options.strings("timex_types") ?? TimexType.allCases.map(\.rawValue)).compactMap(TimexType.init(rawValue:)))
        emittedMask = emitted.reduce(0) { $0 | $1.bit }
    }

    /// The attribute objects an extraction can have, by which optional keys it has (1: value,
    /// 2: mod, 4: begin and end), in output order, every value null.
    static let prototypes: [JSONObject] = (0..<8).map { mask in
        var object = JSONObject()
        if mask & 1 != 0 { object.append("value", .null) }
        object.append("timex_type", .null)
        if mask & 2 != 0 { object.append("mod", .null) }
        if mask & 4 != 0 {
            object.append("begin", .null)
            object.append("end", .null)
        }
        return object
    }

    /// A match of one rule, before overlaps are settled. A trivial value: its groups' bounds are
    /// in the document's shared buffer (see ``Groups``), so copies cost no reference counting.
    struct Candidate {
        var range: Range<Int>
        let kind: RuleKind
        /// The rule's position in the grammar.
        let rule: Int
        /// Where the bounds of its groups start in the document's group buffer.
        let groups: Int
    }

    public func extract(from document: Document) throws -> [Extraction] {
        let reference = referenceOverride ?? document.date
        let calendar = reference.map(ReferenceCalendar.init(date:))
        var errors: [String] = []
        let shelf = DateExtractor.scratchPool.shelf
        let scratch = shelf.take() ?? Scratch()
        defer { if !scratch.isOversized { shelf.give(scratch) } }
        let found = try document.withUTF8 { bytes -> [Extraction] in
            var candidates = scratch.candidates
            scratch.candidates = []
            candidates.removeAll(keepingCapacity: true)
            if candidates.capacity < 16 { candidates.reserveCapacity(16) }
            // Start and end of every group of every candidate, -1 for a group that did not take part.
            var bounds = scratch.bounds
            bounds.reset()
            defer {
                scratch.candidates = candidates
                scratch.bounds = bounds
            }
            try grammar.collect(in: bytes, into: &candidates, bounds: &bounds, errors: &errors, scratch: scratch)
            guard !candidates.isEmpty else { return [] }
            SpanSelection.keepLongestFirst(&candidates)
            // The extractions are made as the expressions resolve (their attributes from the cache);
            // only the range ends are needed again: kept after the group bounds (no new buffer;
            // taken before the bounds are read, so that the buffer moves no more).
            var extractions: [Extraction] = []
            extractions.reserveCapacity(candidates.count)
            let rangeEnds = bounds.extend(by: 2 * candidates.count)
            var rangeCount = 0
            var previousEnd = 0
            let allBounds = bounds.buffer
            for var candidate in candidates {
                let index = grammar.groupTables[candidate.rule]
                let groups = Groups(bounds: UnsafeBufferPointer(rebasing: allBounds[candidate.groups..<(candidate.groups + 2 * index.groupCount)]),
                                    index: index.table, bytes: bytes)
                var mod: String? = nil
                var anchored = false
                if Modifiers.mayExtend(candidate.range, in: bytes, notBefore: previousEnd),
                   let extended = try Modifiers.extend(candidate.range, kind: candidate.kind,
                                                       isAgo: groups.has("ago"), in: bytes,
                                                       notBefore: previousEnd, pattern: grammar.modifier) {
                    candidate.range = extended.range
                    mod = extended.mod
                    anchored = extended.isEdge
                }
                let context = ResolutionContext(calendar: calendar, direction: direction, anchored: anchored,
                                                bytes: bytes, range: candidate.range, cuePattern: grammar.futureCue)
                guard var timex = Resolver.resolve(candidate.kind, groups, context) else { continue }
                if timex.mod == nil { timex.mod = mod }
                guard emittedMask & timex.type.bit != 0 else { continue }
                rangeEnds[2 * rangeCount] = candidate.range.lowerBound
                rangeEnds[2 * rangeCount + 1] = candidate.range.upperBound
                rangeCount += 1
                extractions.append(DateExtractor.extraction(document, bytes, candidate.range, attributeCache.attributes(of: timex)))
                previousEnd = candidate.range.upperBound
            }
            guard rangeCount > 0 else { return [] }
            // Ranges need two expressions at most 12 bytes apart (rare: spare building the list).
            var close = false
            for k in 1..<rangeCount where rangeEnds[2 * k] - rangeEnds[2 * k - 1] <= 12 {
                close = true
                break
            }
            guard close else { return extractions }
            let ranges = (0..<rangeCount).map { rangeEnds[2 * $0]..<rangeEnds[2 * $0 + 1] }
            // The two ends of a range get `begin` and `end` (the values of both ends, null for
            // none) after their own keys, in the order of ``prototypes``.
            let pairs = Ranges.pairs(ranges, in: bytes)
            // The value of every end of a range, read before any object changes (null for none).
            var values: [JSONValue?] = []
            for (index, pair) in pairs.enumerated() {
                if pair != nil {
                    if values.isEmpty { values = Array(repeating: nil, count: pairs.count) }
                    values[index] = extractions[index].attributes["value"] ?? .null
                }
            }
            guard !values.isEmpty else { return extractions }
            for (index, pair) in pairs.enumerated() {
                guard let pair else { continue }
                var attributes = extractions[index].attributes
                attributes.append("begin", values[pair.begin]!)
                attributes.append("end", values[pair.end]!)
                extractions[index].attributes = attributes
            }
            return extractions
        }
        if !errors.isEmpty { throw PartialExtraction(extractions: found, errors: errors) }
        return found
    }

    /// What `document.extraction("date", utf8:attributes:)` gives, with the text taken straight
    /// from the bytes (the same characters when the range lies on character boundaries, as every
    /// match of the grammar does; otherwise the document's own slicing).
    static func extraction(_ document: Document, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                           _ attributes: JSONObject) -> Extraction {
        @inline(__always) func onBoundary(_ i: Int) -> Bool { i >= bytes.count || bytes[i] & 0xC0 != 0x80 }
        guard onBoundary(range.lowerBound), onBoundary(range.upperBound) else {
            return document.extraction("date", utf8: range, attributes: attributes)
        }
        let offsets = document.offsets
        let start = offsets.isASCII ? range.lowerBound : offsets.codePointOffset(ofUTF8: range.lowerBound)
        let end = offsets.isASCII ? range.upperBound : offsets.codePointOffset(ofUTF8: range.upperBound)
        return Extraction(type: "date", start: start, end: end,
                          text: String(unsafeUninitializedCapacity: range.count) { out in
                              // (A document is valid UTF-8: the string `String(decoding:as:)` makes, more cheaply.)
                              _ = out.initialize(from: UnsafeBufferPointer(rebasing: bytes[range]))
                              return range.count
                          },
                          attributes: attributes)
    }
}

/// A growable buffer of group bounds without reference counting or uniqueness checks.
struct BoundsBuffer {
    private(set) var base: UnsafeMutablePointer<Int>? = nil
    private(set) var count = 0
    private(set) var capacity = 0

    /// Empties the buffer (its memory kept).
    mutating func reset() { count = 0 }

    /// Makes room for `n` more values and returns where they go.
    @inline(__always)
    mutating func extend(by n: Int) -> UnsafeMutablePointer<Int> {
        if count + n > capacity { grow(count + n) }
        let out = base! + count
        count += n
        return out
    }

    private mutating func grow(_ needed: Int) {
        let newCapacity = max(1024, needed, capacity * 2)
        let newBase = UnsafeMutablePointer<Int>.allocate(capacity: newCapacity)
        if let base {
            newBase.update(from: base, count: count)
            base.deallocate()
        }
        base = newBase
        capacity = newCapacity
    }

    var buffer: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: base, count: count) }

    mutating func free() {
        base?.deallocate()
        base = nil
        count = 0
        capacity = 0
    }
}

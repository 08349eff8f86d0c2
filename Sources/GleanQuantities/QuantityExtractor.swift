import GleanCore
import GleanPCRE

/// The `quantities` extractor: numbers in digits and words with their units or counted nouns,
/// normalized (value, canonical unit, currency code, SI value, hedges as `change`, ranges and
/// bounds as `min`/`max`).
///
/// ```swift
/// let extractor = try QuantityExtractor(options: ExtractorOptions(for: QuantityExtractor.description))
/// let found = try extractor.extract(from: Document(id: "1", text: "Kazan is over 600 miles from the front."))
/// // found[0]: "600 miles", value 600, unit "mile", change ">", si_value 965606.4, si_unit "metre"
/// ```
public struct QuantityExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "quantities",
        summary: "Numbers in digits and words with their units or counted nouns (\"600 miles\", \"eight drones\", \"$4.5bn\", \"20%\"), normalized: value, unit, currency, SI conversion, hedges and ranges.",
        types: ["quantity"],
        options: [
            OptionDescription("bare_numbers", .boolean, default: true,
                              "Also extract numbers with neither unit nor counted noun (\"the index closed at 16,644\")."),
            OptionDescription("counted_nouns", .boolean, default: true,
                              "Read the noun after a number as what is counted (\"eight drones\": unit drone)."),
            OptionDescription("scores", .boolean, default: false,
                              "Read \"6-4\"-style scores as quantities (unit score) instead of skipping them."),
            OptionDescription("years", .boolean, default: false,
                              "Keep year-like numbers (\"in 2019\") as quantities."),
            OptionDescription("unit_system", .string, default: "si", allowed: ["si", "imperial", "none"],
                              "What measurements are converted to: `si` adds si_value/si_unit (metre, kilogram, second, litre, km/h, °C...); `imperial` adds converted_value/converted_unit in US customary units (foot, pound, gallon, mph, °F...) as well; `none` converts nothing."),
            OptionDescription("currencies", .strings, default: [],
                              "Keep money only in these ISO 4217 codes (e.g. [USD, EUR]); empty keeps every currency."),
            OptionDescription("dollar", .string, default: "USD",
                              "The currency code a bare \"$\" stands for (USD, CAD, AUD...)."),
        ],
        examples: QuantityExamples.all
    )

    let notQuantities: Pattern
    let units: UnitGrammar
    let settings: QuantitySettings
    let scan = CandidateScan()

    public init(options: ExtractorOptions) throws {
        notQuantities = try Pattern("\\G(?:" + NotQuantityGrammar.pattern
                                    + (options.bool("scores") == true ? "" : NotQuantityGrammar.score) + "\n)",
                                    options: [.extended, .offsetLimit])
        units = try UnitGrammar()
        let system = options.string("unit_system") ?? "si"
        settings = QuantitySettings(bareNumbers: options.bool("bare_numbers") ?? true,
                                    countedNouns: options.bool("counted_nouns") ?? true,
                                    scores: options.bool("scores") ?? false,
                                    years: options.bool("years") ?? false,
                                    convert: system != "none",
                                    imperial: system == "imperial",
                                    dollar: options.string("dollar")?.uppercased() ?? "USD",
                                    currencies: Set((options.strings("currencies") ?? []).map { $0.uppercased() }))
    }

    public func extract(from document: Document) throws -> [Extraction] {
        // The arrays come from this thread's scratch (their storage reused from document to
        // document) and go back to it at the end, emptied.
        let scratch = ExtractScratch.acquire()
        let strings = scratch.strings
        var vetoes: [Range<Int>] = [], starts: [ClosedRange<Int>] = [], vetoStarts: [ClosedRange<Int>] = []
        var window: [ClosedRange<Int>] = [], found: [Quantity] = []
        swap(&vetoes, &scratch.vetoes)
        swap(&starts, &scratch.starts)
        swap(&vetoStarts, &scratch.vetoStarts)
        swap(&window, &scratch.window)
        swap(&found, &scratch.found)
        defer {
            swap(&vetoes, &scratch.vetoes)
            swap(&starts, &scratch.starts)
            swap(&vetoStarts, &scratch.vetoStarts)
            swap(&window, &scratch.window)
            swap(&found, &scratch.found)
            ExtractScratch.release(scratch)
        }
        return try document.withUTF8 { bytes in
            // Both patterns run only where the prescan says a match can start.
            starts.reserveCapacity(bytes.count / 24 + 8)
            vetoStarts.reserveCapacity(bytes.count / 48 + 8)
            scan.scan(bytes, candidates: &starts, vetoes: &vetoStarts)
            // The same matches as `notQuantities.forEachMatch(inUTF8: bytes, startingIn: vetoStarts)`:
            // a window inside the previous match is skipped; at a month name (the only windows
            // that start with a letter) ``MonthVeto`` matches, elsewhere the pattern.
            var vetoNext = 0
            // `window`: one window for the pattern.
            for start in vetoStarts {
                let s = start.lowerBound
                if s < vetoNext { continue }
                if s < bytes.count && CandidateParser.isLetter(bytes[s]) {
                    if let end = MonthVeto.match(bytes, at: s) {
                        vetoes.append(s..<end)
                        vetoNext = end
                    }
                    continue
                }
                if window.isEmpty { window.append(start) } else { window[0] = start }
                try notQuantities.forEachMatch(inUTF8: bytes, startingIn: window) { m in
                    vetoes.append(m.range)
                    vetoNext = m.range.upperBound
                    return true
                }
            }
            let scanner = WordScanner(bytes: bytes)
            let reader = QuantityReader(scanner: scanner, units: units, settings: settings, vetoes: vetoes, strings: strings)
            // At most one quantity per candidate start: no regrowth (each one moves every quantity).
            found.reserveCapacity(starts.count)
            var failure: Error?
            // The same matches as `CandidatePattern.shared.pattern.forEachMatch(inUTF8: bytes, startingIn: starts)`: a
            // start inside the previous match is skipped; numbers in ASCII digits (after "$" or not)
            // and single number words are matched by ``CandidateParser``, anything else (or
            // undecided) by the pattern at that one position.
            var lastEnd = -1  // the end of the last quantity kept: a candidate inside it is dropped
            var next = 0  // where the previous match ended
            var m = CandidateMatch(start: 0)
            do {
                for start in starts {
                    let s = start.lowerBound
                    if s < next { continue }
                    if s < bytes.count {
                        let result = CandidateParser.parse(bytes, at: s, into: &m)
                        if result == .match {
                            next = m.end
                            reader.read(m, after: &lastEnd, into: &found)
                            continue
                        }
                        if result == .noMatch { continue }
                    }
                    if window.isEmpty { window.append(start) } else { window[0] = start }
                    let fallback = CandidatePattern.shared
                    try fallback.pattern.forEachMatch(inUTF8: bytes, startingIn: window) { pm in
                        next = pm.range.upperBound
                        reader.read(CandidateMatch(pm, fallback.groups), after: &lastEnd, into: &found)
                        return true
                    }
                }
            } catch {
                failure = error  // a PCRE2 limit: keep what was found before it
            }
            let assembler = QuantityAssembler(scanner: scanner, settings: settings, strings: strings)
            assembler.assemble(&found)
            if !settings.currencies.isEmpty {
                found.removeAll { q in strings[q.currency].map { !settings.currencies.contains(Currencies.mainCode($0)) } ?? false }
            }
            // Quantities are moved out of `found` (last first) instead of copied, then put back in order.
            let count = found.count
            let extractions = [Extraction](unsafeUninitializedCapacity: count) { buffer, initialized in
                var k = count
                while let q = found.popLast() {
                    k -= 1
                    (buffer.baseAddress! + k).initialize(to: extraction(q, document: document, scanner: scanner, strings: strings))
                }
                initialized = count
            }
            if let failure {
                throw PartialExtraction(extractions: extractions, errors: ["quantities: \(failure)"])
            }
            return extractions
        }
    }

    private func extraction(_ q: Quantity, document: Document, scanner: WordScanner, strings: QuantityStrings) -> Extraction {
        var a = JSONObject(capacity: 16)
        a.append("value", q.value.map(JSONValue.number) ?? .null)
        if let unit = strings[q.unit] { a.append("unit", .string(unit)) }
        if let text = strings[q.unitText] { a.append("unit_text", .string(text.trimmingLeadingSeparators)) }
        if let entity = strings[q.entity] { a.append("entity", .string(entity)) }
        if let code = strings[q.currency] { a.append("currency", .string(Currencies.mainCode(code))) }
        a.append("change", .string(Change.string(q.change)))
        a.append("approximate", .bool(q.change == Change.approximate))
        if let min = q.min { a.append("min", .number(min)) }
        if let max = q.max { a.append("max", .number(max)) }
        if settings.convert, let d = q.definition, let dimension = d.dimension, let v = q.value, let si = d.baseValue(v) {
            a.append("si_value", .number(si))
            a.append("si_unit", .string(dimension.baseUnit))
            if settings.imperial, let (value, unit) = ImperialUnits.convert(si, dimension) {
                a.append("converted_value", .number(value))
                a.append("converted_unit", .string(unit))
            }
        }
        if q.isScore { a.append("score", .bool(true)) }
        return document.extraction("quantity", utf8: q.start..<q.end, attributes: a)
    }
}

/// The full candidate pattern (``NumberGrammar/candidate``, from its text written out:
/// ``NumberGrammar/candidateText``), compiled on first use only: the
/// forms ``CandidateParser`` leaves undecided. Anchored with \G: the prescan gives every start,
/// each window is one position, and an anchored pattern tries only there instead of searching
/// on for its first byte.
final class CandidatePattern: Sendable {
    static let shared = CandidatePattern()

    let pattern: Pattern
    let groups: CandidateGroups

    private init() {
        do {
            pattern = try Pattern("\\G(?:" + NumberGrammar.candidateText + "\n)", options: [.extended, .offsetLimit])
        } catch {
            preconditionFailure("the candidate pattern does not compile: \(error)")
        }
        groups = CandidateGroups(pattern)
    }
}

extension JSONValue {
    /// An integral value as an int, else a double.
    static func number(_ d: Double) -> JSONValue {
        if d.rounded() == d && abs(d) < 9e15 { return .int(Int(d)) }
        return .double(d)
    }
}

extension String {
    @inline(__always) var trimmingLeadingSeparators: String {
        // Nothing to trim unless the first byte is a space, a hyphen or starts U+00A0 (C2 A0).
        guard let first = utf8.first, first == 0x20 || first == UInt8(ascii: "-") || first == 0xC2 else { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "-" || c == "\u{a0}" { s = s.dropFirst() }
        return String(s)
    }
}


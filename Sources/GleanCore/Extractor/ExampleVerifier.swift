/// Runs an extractor's example corpus and reports every example it gets wrong. The test suite
/// calls it for every registered extractor; user packages can do the same for their own.
public enum ExampleVerifier {
    /// One failed example.
    public struct Failure: Sendable, CustomStringConvertible {
        public let extractor: String
        public let example: Int
        public let text: String
        public let problem: String
        public var description: String { "\(extractor) example \(example + 1) «\(text)»: \(problem)" }
    }

    /// Runs every example of `type`; returns the failures (empty when all pass).
    public static func verify(_ type: any Extractor.Type) -> [Failure] {
        verify(ExtractorFactory(type))
    }

    /// Runs every example of the extractor `factory` makes; returns the failures.
    public static func verify(_ factory: ExtractorFactory) -> [Failure] {
        let description = factory.description
        var failures: [Failure] = []
        for (index, example) in description.examples.enumerated() {
            func fail(_ problem: String) {
                failures.append(Failure(extractor: description.id, example: index, text: example.text, problem: problem))
            }
            let found: [Extraction]
            do {
                let extractor = try factory.make(options: example.options)
                found = try extractor.extract(from: Document(id: "example-\(index + 1)", text: example.text,
                                                             date: example.referenceDate))
            } catch {
                fail("threw \(error)")
                continue
            }
            for problem in check(example, found) { fail(problem) }
        }
        return failures
    }

    /// The problems with `found` as the result of `example`.
    public static func check(_ example: ExtractorExample, _ found: [Extraction]) -> [String] {
        var problems: [String] = []
        var matched = Set<Int>()
        let scalars = Array(example.text.unicodeScalars)
        for expected in example.expected {
            guard let span = locate(expected.text, occurrence: expected.occurrence, in: scalars) else {
                problems.append("expected text «\(expected.text)» does not occur in the example")
                continue
            }
            let candidates = found.indices.filter {
                found[$0].start == span.lowerBound && found[$0].end == span.upperBound
                    && (expected.type == nil || found[$0].type == expected.type)
            }
            guard !candidates.isEmpty else {
                let near = found.filter { $0.start < span.upperBound && $0.end > span.lowerBound }
                let got = near.isEmpty ? "nothing there" : near.map { "«\($0.text)» \($0.start)..<\($0.end)" }.joined(separator: ", ")
                problems.append("expected «\(expected.text)» at \(span.lowerBound)..<\(span.upperBound), got \(got)")
                continue
            }
            var best: (Int, [String])?
            for index in candidates {
                var mismatches: [String] = []
                for (key, value) in expected.attributes {
                    let actual: JSONValue? = found[index].attributes[key] ?? (key == "type" ? .string(found[index].type) : nil)
                    if !same(actual, value) {
                        mismatches.append("\(key) is \(actual?.jsonText ?? "missing"), expected \(value.jsonText)")
                    }
                }
                if best == nil || mismatches.count < best!.1.count { best = (index, mismatches) }
            }
            matched.insert(best!.0)
            if !best!.1.isEmpty {
                problems.append("«\(expected.text)»: " + best!.1.joined(separator: "; "))
            }
        }
        for forbidden in example.forbidden {
            guard let span = locate(forbidden, occurrence: 0, in: scalars) else {
                problems.append("forbidden text «\(forbidden)» does not occur in the example")
                continue
            }
            for e in found where e.start < span.upperBound && e.end > span.lowerBound {
                problems.append("must not extract «\(forbidden)», got «\(e.text)» (\(e.type))")
            }
        }
        if example.exhaustive {
            let types = Set(example.expected.compactMap(\.type))
            for (index, e) in found.enumerated() where !matched.contains(index) && (types.isEmpty || types.contains(e.type)) {
                problems.append("unexpected \(e.type) «\(e.text)» \(e.attributes.isEmpty ? "" : JSONValue.object(e.attributes).jsonText)")
            }
        }
        return problems
    }

    private static func same(_ actual: JSONValue?, _ expected: JSONValue) -> Bool {
        guard let actual else { return expected.isNull }
        if let a = actual.doubleValue, let b = expected.doubleValue { return abs(a - b) <= 1e-6 * max(1, abs(b)) }
        return actual == expected
    }

    /// The code point range of the `occurrence`-th `needle` in `haystack`.
    static func locate(_ needle: String, occurrence: Int, in haystack: [Unicode.Scalar]) -> Range<Int>? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, n.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - n.count) where haystack[start] == n[0] && Array(haystack[start..<start + n.count]) == n {
            if seen == occurrence { return start..<start + n.count }
            seen += 1
        }
        return nil
    }
}

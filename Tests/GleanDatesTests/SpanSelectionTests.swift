@testable import GleanDates
import Testing

/// The integer-keyed selection must keep exactly what the five-integer keys keep.
@Suite struct SpanSelectionTests {
    @Test func integerKeysChooseAsTheFullKeys() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var candidates: [DateExtractor.Candidate] = []
            // Rule by rule, each rule's matches in text order with distinct starts (as collect gives them).
            for (rule, kind) in RuleKind.allCases.enumerated() where Bool.random(using: &generator) {
                var start = Int.random(in: 0..<8, using: &generator)
                for _ in 0..<Int.random(in: 0..<6, using: &generator) {
                    let length = Int.random(in: 1..<12, using: &generator)
                    candidates.append(DateExtractor.Candidate(range: start..<(start + length), kind: kind, rule: rule, groups: 0))
                    start += Int.random(in: 1..<10, using: &generator)
                }
            }
            let fast = SpanSelection.longestFirst(candidates).map { "\($0.range) \($0.rule)" }
            let full = candidates.count > 1 ? SpanSelection.byKeys(candidates).map { "\($0.range) \($0.rule)" }
                                            : candidates.map { "\($0.range) \($0.rule)" }
            #expect(fast == full)
        }
    }
}

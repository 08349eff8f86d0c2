import Foundation
import Testing
@testable import GleanQuantities

@Suite struct PatternTextTests {
    /// The candidate pattern's text written out is the one the grammar builds (if not, the test
    /// writes the built text to the path in QUANTITIES_CANDIDATE_TEXT, for CandidatePatternText.swift).
    @Test func candidateTextIsTheBuiltPattern() throws {
        let built = NumberGrammar.candidate
        #expect(NumberGrammar.candidateText == built)
        if NumberGrammar.candidateText != built, let path = ProcessInfo.processInfo.environment["QUANTITIES_CANDIDATE_TEXT"] {
            try built.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

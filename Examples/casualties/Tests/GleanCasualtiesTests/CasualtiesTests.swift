import GleanCore
import Testing
@testable import GleanCasualties

@Suite struct CasualtiesTests {
    @Test func examplesPass() {
        for failure in ExampleVerifier.verify(CasualtiesExtractor.self) { Issue.record("\(failure)") }
    }

    @Test func numbers() {
        #expect(CasualtyNumbers.parse("3,000")?.value == 3000)
        #expect(CasualtyNumbers.parse("fifty-six")?.value == 56)
        #expect(CasualtyNumbers.parse("2 million")?.value == 2_000_000)
        #expect(CasualtyNumbers.parse("several") == .init(value: nil, minimum: 3))
        #expect(CasualtyNumbers.parse("banana") == nil)
    }
}

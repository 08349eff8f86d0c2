import Testing
import GleanCore
@testable import GleanQuotes

@Test func quoteExamplesPass() {
    let failures = ExampleVerifier.verify(QuoteExtractor.self)
    #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
}

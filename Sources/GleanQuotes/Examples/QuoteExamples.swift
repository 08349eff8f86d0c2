import GleanCore

/// The example corpus of the `quotes` extractor, run by the test suite.
enum QuoteExamples {
    static let all: [ExtractorExample] = [
        ExtractorExample("“We will rebuild the bridge by spring,” said Mayor Anna Kowalski.",
                         expect: [ExpectedExtraction("“We will rebuild the bridge by spring,”",
                                                     ["speaker": "Anna Kowalski", "cue": "said"])]),
    ]
}

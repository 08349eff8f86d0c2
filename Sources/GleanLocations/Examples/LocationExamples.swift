import GleanCore

/// The example corpus of the `locations` extractor: positives, ambiguous names, negatives.
enum LocationExamples {
    static let all: [ExtractorExample] = []
}

import GleanCore

/// The casualties extractor's example corpus: run by its tests, shown by `glean describe casualties`.
enum CasualtiesExamples {
    static let all: [ExtractorExample] = [
        ExtractorExample("A missile strike killed six people, including a child.",
                         expect: [ExpectedExtraction("killed six people", ["category": "killed", "value": 6, "approximate": false])]),
        ExtractorExample("Drone attacks wounded several civilians overnight.",
                         expect: [ExpectedExtraction("wounded several civilians", ["category": "wounded", "value": nil, "min": 3, "approximate": true])]),
        ExtractorExample("No casualties were reported after the attack.",
                         expect: [ExpectedExtraction("No casualties", ["category": "casualties", "value": 0])]),
        ExtractorExample("Officials confirmed there were no fatalities or injuries.",
                         expect: [ExpectedExtraction("no fatalities or injuries", ["category": "casualties", "value": 0])]),
        ExtractorExample("Nearly 3,000 lives were lost on that day.",
                         expect: [ExpectedExtraction("3,000 lives were lost", ["category": "killed", "value": 3000, "approximate": true, "victims": "lives"])]),
        ExtractorExample("At least 12 soldiers were killed and two others are missing.",
                         expect: [ExpectedExtraction("12 soldiers were killed", ["category": "killed", "value": 12, "approximate": true]),
                                  ExpectedExtraction("two others are missing", ["category": "missing", "value": 2])]),
        ExtractorExample("The death toll rose to 45 on Sunday.",
                         expect: [ExpectedExtraction("death toll rose to 45", ["category": "killed", "value": 45])]),
        ExtractorExample("Dozens of protesters were injured in the clashes.",
                         expect: [ExpectedExtraction("Dozens of protesters were injured", ["category": "wounded", "value": nil, "min": 24])]),
        ExtractorExample("Twenty-one people died in the floods.",
                         expect: [ExpectedExtraction("Twenty-one people died", ["category": "killed", "value": 21])]),
        ExtractorExample("no casualties", options: ["include_zero": false], expect: []),
        .negative("Six drones were shot down over the river."),
        .negative("The killer was arrested on Friday."),
        .negative("Sales were down 12 percent, killing hopes of a recovery."),
    ]
}

/// Scale words and abbreviations after a digit number: "2.3 million", "$4.5bn", "1.2m tons", "50k".
enum Multipliers {
    /// Words and abbreviations that always scale ("million", "bn"), by lowercase spelling.
    /// ``words`` with FNV lookups.
    static let fastWords = FastStringMap<Double>(words)
    static let words: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "mn": 1e6, "mil": 1e6,
        "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
        "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    ]

    /// Single letters attached to a number that scale only in money or count context
    /// ("$4.5m", "4.3M", "$4.2b", "50k") but may also be units ("5m" metres).
    /// ``letters`` with FNV lookups.
    static let fastLetters = FastStringMap<Double>(letters)
    static let letters: [String: Double] = ["k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "t": 1e12, "T": 1e12]
}

/// English number words and how they combine: cardinals ("fifty-six"), scales ("two hundred
/// thousand"), fractions ("two-thirds", "half a million"), and vague plurals ("tens of thousands").
enum NumberWords {
    /// Cardinals below one hundred.
    static let cardinals: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words: they multiply what precedes them.
    /// ``scales`` with FNV lookups.
    static let fastScales = FastStringMap<Double>(scales)
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "dozen": 12, "lakh": 100_000, "crore": 10_000_000,
    ]

    /// Fraction words and their denominators.
    /// ``fractions`` with FNV lookups.
    static let fastFractions = FastStringMap<Double>(fractions)
    static let fractions: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
        "tenth": 10, "tenths": 10,
    ]

    /// Vague plurals ("dozens", "thousands") and the range each names on its own.
    static let vague: [String: (min: Double, max: Double)] = [
        "dozens": (12, 120), "scores": (20, 200), "hundreds": (100, 1_000), "thousands": (1_000, 10_000),
        "millions": (1_000_000, 10_000_000), "billions": (1_000_000_000, 10_000_000_000),
        "trillions": (1e12, 1e13), "tens": (10, 100),
    ]

    /// The value of a number-word phrase: exact (`value`) or vague (`min`/`max` only).
    struct Reading {
        var value: Double?
        var min: Double?
        var max: Double?
        /// The phrase is a bare "one" (possibly a pronoun: the caller checks the context).
        var isBareOne = false
    }

    /// ``read(_:)`` for a phrase of one word, given lowercased ASCII letters ("two", "million",
    /// "dozens", "half"): the same reading without tokenizing.
    static func read(word w: String) -> Reading? {
        // The tables have no word in common: the most frequent, cardinals, first.
        if let n = fastCardinals[w] { return Reading(value: n, isBareOne: w == "one") }
        if w == "and" || w == "of" { return nil }
        if let range = fastVague[w] { return Reading(value: nil, min: range.min, max: range.max) }
        if let scale = fastScales[w] { return Reading(value: scale) }
        if let denominator = fastFractions[w] { return Reading(value: 1 / denominator) }
        return nil
    }

    /// ``vague`` and ``cardinals`` with FNV lookups.
    static let fastVague = FastStringMap<(min: Double, max: Double)>(vague)
    static let fastCardinals = FastStringMap<Double>(cardinals)

    /// Reads a phrase such as "a hundred and two", "fifty-six", "two and a half", "half a
    /// million", "tens of thousands". Returns nil when no number can be made of it.
    static func read(_ phrase: String) -> Reading? {
        var tokens: [String] = []
        var current = ""
        for scalar in phrase.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return read(tokens: tokens)
    }

    /// ``read(_:)`` of the text of `range` in `bytes`: an ASCII phrase is cut into its runs of
    /// letters (lowercased) as bytes, without lowercasing the whole phrase and appending scalar
    /// by scalar (what ``read(_:)`` does: the same tokens for ASCII text); others go to ``read(_:)``.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Reading? {
        var tokens: [String] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b >= 0x80 { return read(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
            guard (b | 0x20) &- 0x61 < 26 else { i += 1; continue }
            var j = i + 1
            while j < end && (bytes[j] | 0x20) &- 0x61 < 26 { j += 1 }
            if j < end && bytes[j] >= 0x80 { return read(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
            let start = i
            tokens.append(String(unsafeUninitializedCapacity: j - start) { buffer in
                for k in start..<j { buffer[k - start] = bytes[k] | 0x20 }
                return j - start
            })
            i = j
        }
        return read(tokens: tokens)
    }

    /// ``read(_:)`` of a phrase cut into its runs of lowercase letters.
    private static func read(tokens: [String]) -> Reading? {
        var tokens = tokens
        tokens.removeAll { $0 == "and" || $0 == "of" }
        guard !tokens.isEmpty else { return nil }

        if tokens.contains(where: { fastVague[$0] != nil }) {
            // "tens of thousands" multiplies the ranges; "two thousand" inside is not vague.
            var low = 1.0, high = 1.0
            var first = true
            for token in tokens {
                if let range = fastVague[token] {
                    // "tens of thousands": the first word gives the range, later ones scale it.
                    low *= range.min
                    high *= first ? range.max : range.min
                    first = false
                } else if let scale = fastScales[token] {
                    low *= scale
                    high *= scale
                } else if token == "a" || token == "an" {
                    continue
                } else {
                    return nil
                }
            }
            return Reading(value: nil, min: low, max: high)
        }

        var total = 0.0, group = 0.0
        var sawNumber = false
        var pendingFraction = false   // "a half" after "and": add 1/d
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            defer { index += 1 }
            if token == "a" || token == "an" {
                if index > 0, index + 1 < tokens.count, fastFractions[tokens[index + 1]] != nil {
                    pendingFraction = true
                } else if index + 1 < tokens.count, fastScales[tokens[index + 1]] != nil {
                    if group == 0 { group = 1 }
                    sawNumber = true
                }
                continue
            }
            if let n = fastCardinals[token] {
                group += n
                sawNumber = true
            } else if let scale = fastScales[token] {
                if scale < 1_000 {
                    group = (group == 0 ? 1 : group) * scale
                } else {
                    total += (group == 0 ? 1 : group) * scale
                    group = 0
                }
                sawNumber = true
            } else if let denominator = fastFractions[token] {
                if pendingFraction {
                    group += 1 / denominator
                    pendingFraction = false
                } else if group > 0 {
                    group /= denominator            // "two thirds", "one sixth"
                } else {
                    group = 1 / denominator         // "half (a million)"
                }
                sawNumber = true
            } else {
                return nil
            }
        }
        guard sawNumber else { return nil }
        let value = total + group
        return Reading(value: value, isBareOne: tokens == ["one"])
    }
}

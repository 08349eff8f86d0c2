/// Reads the count in a casualty report: digits ("3,000"), number words ("six", "twenty-one"),
/// and vague amounts ("several", "dozens"), which have no exact value but a lower bound.
enum CasualtyNumbers {
    /// A count: an exact value, or a vague amount with a lower bound.
    struct Count: Equatable {
        var value: Int?
        var minimum: Int?
        var vague: Bool { value == nil }
    }

    static let units: [String: Int] = [
        "no": 0, "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "a dozen": 12, "a hundred": 100, "a thousand": 1000,
    ]

    /// Vague amounts and the least they can mean.
    static let vague: [String: Int] = [
        "several": 3, "a few": 2, "few": 2, "some": 2, "many": 5, "dozens": 24, "dozens of": 24, "scores": 40,
        "scores of": 40, "hundreds": 200, "hundreds of": 200, "thousands": 2000, "thousands of": 2000,
    ]

    /// The pattern fragment matching every form `parse` understands.
    static let pattern = #"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:thousand|million))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a\s+dozen|a\s+hundred|dozens(?:\s+of)?|scores\s+of|hundreds(?:\s+of)?|thousands(?:\s+of)?|several|a\s+few|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"#

    static func parse(_ text: String) -> Count? {
        let t = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let minimum = vague[t] { return Count(value: nil, minimum: minimum) }
        if let value = units[t] { return Count(value: value, minimum: value) }
        var words = t.split(separator: " ").map(String.init)
        var scale = 1
        if words.count == 2, let last = words.last, ["thousand", "million"].contains(last) {
            scale = last == "thousand" ? 1000 : 1_000_000
            words.removeLast()
        }
        let head = words.joined(separator: " ")
        if let digits = Int(head.filter { $0 != "," }) { return Count(value: digits * scale, minimum: digits * scale) }
        let parts = head.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = units[parts[0]], let ones = units[parts[1]] { return Count(value: tens + ones, minimum: tens + ones) }
        return nil
    }
}

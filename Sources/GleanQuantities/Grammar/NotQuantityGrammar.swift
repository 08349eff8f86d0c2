/// Numbers that are not quantities: dates, clock times, phone numbers, decades, seasons and
/// the like. Every number inside one of these matches is dropped.
enum NotQuantityGrammar {
    static let months = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"

    /// Scores: "2-1", "6-4", unless a unit or plural noun follows ("3-5 km", "2-3 weeks").
    static let score = #"""
        | \b\d{1,2}[-–]\d{1,2}\b(?![-–\d.,/])
          (?=[.,;:)!?]|\x20?$|\x20(?:win|wins|victory|defeat|loss|lead|draw|thanks|in|on|at|with|after|before|and|to|but|as|for|over|against|the|a|an|home|away|scoreline|margin|triumph|aggregate|down|up|advantage|vote|decision|record|series)\b)
        """#

    static var pattern: String {
        #"""
        \b\d{4}-\d{1,2}-\d{1,2}\b                                   # 2024-12-21
        | \b\d{1,2}/\d{1,2}/\d{2,4}\b                               # 12/21/2024
        | \b\d{1,2}\.\d{1,2}\.\d{4}\b                               # 21.12.2024
        | \b(?:9/11|24/7|7/7|9-11)\b                                # named dates
        | \b\d{1,2}(?::\d{2}){1,2}(?:\x20?(?:[aApP]\.?[mM]\.?))?      # 7:40, 17:22:05, 7:40 am
        | \b\d{1,2}(?:\.\d{2})?\x20?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)   # 11 a.m., 2pm, 1.56pm
        | \b\d{3,4}\x20?(?:GMT|UTC|EDT|EST|BST|CET|CEST|PDT|PST|ET|hrs|hours\x20GMT)\b   # 0401 GMT
        | \b
        """# + months + #"""
        \.?\x20\d{1,2}(?:st|nd|rd|th)?\b(?:,?\x20\d{4}\b)?           # March 29, Oct. 31 2019
        | \b\d{1,2}(?:st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?\x20(?:of\x20)?
        """# + months + #"""
        \b\.?(?:,?\x20\d{4}\b)?                                     # 9 May, 21st of December 2024
        | \b
        """# + months + #"""
        \.?,?\x20(?:of\x20)?\d{4}\b                                  # February 2022
        | \b(?:1[0-9]|20)\d{2}s\b | ['’]\d0s\b | \b[1-9]0s\b | (?<![\w'’])['’]\d{2}\b(?![.,]?\d)                      # 1990s, '90s
        | (?:\+\d{1,3}[\x20.-]?)?\(?\b\d{3}\)?[\x20.-]\d{3}[\x20.-]\d{4}\b   # phone numbers
        | \+\d{1,3}(?:[\x20.-]\(?\d{1,4}\)?){2,5}\b                     # +44 20 7946 0958
        | \b(?:1[5-9]|20)\d{2}[-–/](?:(?:1[5-9]|20)?\d{2}|\d)\b            # 2014-15, 1985-1988
        | \b\d+(?:st|nd|rd|th)\b                                    # ordinals

        """#
    }
}

/// The match of ``NotQuantityGrammar/pattern`` at a month name, found without PCRE2. Only two
/// alternatives can start at a letter, tried in the pattern's order:
/// `\bMONTH\.?\x20\d{1,2}(?:st|nd|rd|th)?\b(?:,?\x20\d{4}\b)?` ("March 29", "Oct. 31, 2019") and
/// `\bMONTH\.?,?\x20(?:of\x20)?\d{4}\b` ("February 2022", "May, of 2022"). The month must be the
/// whole run of letters (a `.`, `,` or space follows it), exact case; `\d` and `\b` are ASCII.
enum MonthVeto {
    private static let months: [[UInt8]] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    ].map { Array($0.utf8) }

    @inline(__always) private static func isWord(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    /// The end of the match at `s` (a letter), or nil when there is none.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at s: Int) -> Int? {
        let n = bytes.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        @inline(__always) func digit(_ i: Int) -> Bool { i < n && bytes[i] &- 0x30 < 10 }
        @inline(__always) func boundaryAfterWord(_ i: Int) -> Bool { i >= n || !isWord(bytes[i]) }
        if s > 0 && isWord(bytes[s - 1]) { return nil }  // \b
        let m = CandidateScan.letterRunEnd(bytes, s)
        let length = m - s
        guard length >= 3 && length <= 9 else { return nil }
        var isMonth = false
        for name in months where name.count == length {
            var k = 0
            while k < length && bytes[s + k] == name[k] { k += 1 }
            if k == length { isMonth = true; break }
        }
        guard isMonth else { return nil }

        // \.?\x20\d{1,2}(?:st|nd|rd|th)?\b(?:,?\x20\d{4}\b)?
        var p = m
        if at(p) == UInt8(ascii: ".") { p += 1 }
        if at(p) == 0x20 && digit(p + 1) {
            let d = p + 1
            var e = d
            while digit(e) { e += 1 }
            if e - d <= 2 {
                var q = -1
                let c0 = at(e), c1 = at(e + 1)
                let suffix = (c0 == UInt8(ascii: "s") && c1 == UInt8(ascii: "t")) || (c0 == UInt8(ascii: "n") && c1 == UInt8(ascii: "d"))
                    || (c0 == UInt8(ascii: "r") && c1 == UInt8(ascii: "d")) || (c0 == UInt8(ascii: "t") && c1 == UInt8(ascii: "h"))
                if suffix && boundaryAfterWord(e + 2) {
                    q = e + 2
                } else if boundaryAfterWord(e) {
                    q = e
                }
                if q >= 0 {
                    var r = q
                    if at(r) == UInt8(ascii: ",") { r += 1 }
                    if at(r) == 0x20 && digit(r + 1) && digit(r + 2) && digit(r + 3) && digit(r + 4) && boundaryAfterWord(r + 5) {
                        return r + 5
                    }
                    return q
                }
            }
        }

        // \.?,?\x20(?:of\x20)?\d{4}\b
        p = m
        if at(p) == UInt8(ascii: ".") { p += 1 }
        if at(p) == UInt8(ascii: ",") { p += 1 }
        guard at(p) == 0x20 else { return nil }
        p += 1
        if at(p) == UInt8(ascii: "o") && at(p + 1) == UInt8(ascii: "f") && at(p + 2) == 0x20 && digit(p + 3) { p += 3 }
        if digit(p) && digit(p + 1) && digit(p + 2) && digit(p + 3) && boundaryAfterWord(p + 4) { return p + 4 }
        return nil
    }
}

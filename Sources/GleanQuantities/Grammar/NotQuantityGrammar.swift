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

/// ``NumberGrammar/candidate`` written out: the text the fallback candidate pattern
/// (``CandidatePattern``) is compiled from. Building it from the word lists and currency prefixes
/// (their tries) cost ~2.9 M instructions, paid by the first document of every run that needs the
/// pattern. `PatternTextTests` checks that it equals ``NumberGrammar/candidate``; when a word list
/// or a currency prefix changes, that test fails and writes the new text for this file (set
/// QUANTITIES_CANDIDATE_TEXT to a path).
extension NumberGrammar {
    static let candidateText = #"""
(?<![\w.,/:#@&$£€¥])(?:(?<=\bsub-)|(?<![A-Za-z][-–]))
(?:(?<cur>(?:\$(?:A|C|US)?|A(?:\x20\$|\$|ED|RS|U(?:\$|D(?:\$)?))|B(?:DT|RL|TC)|C(?:\x20\$|\$|A(?:\$|D)|DN\$|HF|LP|NY|OP|ZK|an\$)|DKK|E(?:GP|UR)|GBP|H(?:K(?:\x20\$|\$|D)|UF)|I(?:DR|LS|NR)|JPY|K(?:ES|RW|Sh|sh)|M(?:X(?:\$|N)|YR|ex\$)|N(?:GN|IS|OK|T\$|Z(?:\x20\$|\$|D))|P(?:HP|KR|LN)|QAR|R(?:\$|M|UB|p|s(?:\.)?)|S(?:\x20\$|\$|AR|EK|GD)|T(?:HB|RY|WD)|U(?:\.S\.(?:\x20\$|\$)|AH|S(?:\x20\$|\$|D(?:\$)?))|VND|ZAR|£|¥|฿|₦|₩|₪|₫|€|₱|₴|₹|₺|₽))(?:\x20|\x{a0})?)?
(?<sign>[-−+](?=[\d.½⅓¼¾])|(?i:minus|negative)[\x20-](?=\d))?
(?:
  (?<digits>(?:
  (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?            # 3,000  1.5  3000
  (?:
    \x20\d{1,2}/\d{1,2}(?![\d/])                   # mixed: 2 1/2
  | [½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]                              # 2½
  | [/⁄]\d+(?![\d/])                               # 1/16  1⁄32
  | [eE][-+−]?\d+(?![A-Za-z])                      # 4e14
  | \x20?[x×]\x20?10\^?[-−]?\d+                    # 2.48×10−5
  )?
| \.\d+                                            # .05
| [½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]                                # ⅓
))
  (?:[\x20-]?(?<mult>(?i:hundred(?:[\x20-](?:thousand|million|billion))?|thousand|million|billion|trillion|mln|mn|bn|bln|tn|trn|lakhs?|crores?))(?![A-Za-z])
   | (?<multLetter>[kKmMbBT])(?![A-Za-z0-9]))?
| (?<words>(?=(?i:an?\x20|(?:bil|doz|e(?:ig|le)|f(?:i(?:f|v)|o(?:r|u))|h(?:al|un)|mil|nin|one|s(?:ev|ix)|t(?:en|h(?:i|o|r)|ri|w(?:e|o))|zer)))(?i:
  (?:tens|hundreds|dozens)\x20of\x20(?:thousands|millions|billions)(?![a-z])
| (?:dozens|hundreds|thousands|millions|billions)(?![a-z])
| half\x20a\x20(?:billion|dozen|hundred|million|t(?:housand|rillion))(?![a-z])
| an?\x20(?:half|third|quarter)(?=\x20of\b)
| half(?=\x20of\b)
| (?:an?\x20(?=(?:billion|dozen|hundred|million|t(?:housand|rillion))(?![a-z])))?
  (?:(?:e(?:ight(?:een|y)?|leven)|f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))|nine(?:t(?:een|y))?|one|s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)|t(?:en|h(?:irt(?:een|y)|ree)|w(?:e(?:lve|nty)|o))|zero)(?![a-z])|(?:billion|dozen|hundred|million|t(?:housand|rillion))(?![a-z]))(?:[\x20-](?:(?:e(?:ight(?:een|y)?|leven)|f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))|nine(?:t(?:een|y))?|one|s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)|t(?:en|h(?:irt(?:een|y)|ree)|w(?:e(?:lve|nty)|o))|zero)(?![a-z])|(?:billion|dozen|hundred|million|t(?:housand|rillion))(?![a-z]))|(?<=hundred|thousand|million|billion)\x20(?:and|&)\x20(?:e(?:ight(?:een|y)?|leven)|f(?:i(?:ft(?:een|y)|ve)|o(?:rty|ur(?:teen)?))|nine(?:t(?:een|y))?|one|s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)|t(?:en|h(?:irt(?:een|y)|ree)|w(?:e(?:lve|nty)|o))|zero)(?![a-z])){0,8}
  (?:[\x20-](?:eighth(?:s)?|fifth(?:s)?|hal(?:f|ves)|ninth(?:s)?|quarter(?:s)?|s(?:eventh(?:s)?|ixth(?:s)?)|t(?:enth(?:s)?|hird(?:s)?))(?![a-z])|[\x20-]and[\x20-]a[\x20-]half(?![a-z]))?
))
)
"""#
}

import GleanPCRE

/// The people a document names, found in one pass: every proper name with its position, the
/// fullest form of each surname ("Putin" → "Vladimir Putin"), which names are people (titled, or
/// the subject of a speech verb), and their gender when a title or first name tells it.
struct NameCast {
    enum Gender { case male, female }

    struct Mention {
        let range: Range<Int>
        /// The surname (last token) the mention is filed under.
        let key: String
    }

    private(set) var mentions: [Mention] = []
    private var fullest: [String: [String]] = [:]
    private var people: Set<String> = []
    /// Surnames that spoke or carry a title; people once a fuller name or a title confirms them.
    private var candidates: Set<String> = []
    private var genders: [String: Gender] = [:]

    init(_ bytes: UnsafeBufferPointer<UInt8>, patterns: AttributionPatterns) throws {
        // Names in headings ("Story continues below advertisement") are no antecedents.
        let headings = TextScan.paragraphs(bytes).filter { !NameCast.endsLikeProse($0, bytes) }
        var heading = 0
        try patterns.properName.forEachMatch(inUTF8: bytes) { match in
            while heading < headings.count, headings[heading].upperBound <= match.range.lowerBound { heading += 1 }
            if heading < headings.count, headings[heading].contains(match.range.lowerBound) { return true }
            let name = NameText(match.text(match.range))
            guard let last = name.tokens.last else { return true }
            let offset = match.range.lowerBound + name.leadingBytesDropped
            mentions.append(Mention(range: offset..<match.range.upperBound, key: last))
            if name.tokens.count > (fullest[last]?.count ?? 0), !name.isOrganization { fullest[last] = name.tokens }
            var isPerson = name.titleGender != nil || name.hasPersonTitle
            if let gender = name.titleGender ?? (name.tokens.count > 1 ? FirstNames.gender(of: name.tokens[0]) : nil) {
                if genders[last] == nil { genders[last] = gender }
                isPerson = true
            }
            if !isPerson, !name.isOrganization,
               (try? patterns.cueAfterName.match(inUTF8: bytes, anchoredAt: match.range.upperBound)) ?? nil != nil {
                isPerson = true
            }
            if isPerson, !name.isOrganization { candidates.insert(last) }
            if name.titleGender != nil || name.hasPersonTitle { titled.insert(last) }
            return true
        }
        for key in candidates where (fullest[key]?.count ?? 0) > 1 || titled.contains(key) { people.insert(key) }
    }

    private var titled: Set<String> = []

    /// A paragraph of running text ends with . ! ? : or a closing quotation mark.
    static func endsLikeProse(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        guard end > paragraph.lowerBound else { return false }
        switch bytes[end - 1] {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x27, 0x9D, 0x99, 0x29: return true
        default: return false
        }
    }

    /// The fullest form of a name ("Mr. Putin" → "Vladimir Putin"), or the name itself cleaned.
    func fullestName(_ text: String) -> String? {
        let name = NameText(text)
        guard let last = name.tokens.last else { return nil }
        if let full = fullest[last], full.count > name.tokens.count, full.suffix(name.tokens.count).elementsEqual(name.tokens) || name.tokens.count == 1 {
            return full.joined(separator: " ")
        }
        return name.tokens.joined(separator: " ")
    }

    /// The nearest person named before byte `position` that fits the pronoun's gender.
    func person(before position: Int, gender: Gender?) -> (name: String, mention: Range<Int>)? {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.upperBound <= position { low = mid + 1 } else { high = mid }
        }
        var i = low - 1
        while i >= 0 {
            let mention = mentions[i]
            if people.contains(mention.key) {
                if let gender, let known = genders[mention.key], known != gender { i -= 1; continue }
                let full = fullest[mention.key]?.joined(separator: " ") ?? mention.key
                return (full, mention.range)
            }
            i -= 1
        }
        return nil
    }

    /// The name mention ending closest before `position` (for "who"), within `distance` bytes.
    func name(endingBefore position: Int, within distance: Int) -> (name: String, mention: Range<Int>)? {
        for mention in mentions.reversed() where mention.range.upperBound <= position {
            guard position - mention.range.upperBound <= distance else { return nil }
            return (fullest[mention.key]?.joined(separator: " ") ?? mention.key, mention.range)
        }
        return nil
    }

    /// Record that a named speaker is a person (it attributed a quote).
    mutating func notePerson(_ text: String) {
        if let last = NameText(text).tokens.last { people.insert(last) }
    }
}

/// A proper name split into tokens, without leading function words ("But"), titles ("Mr.",
/// "Sen.", "President") or a possessive.
struct NameText {
    private(set) var tokens: [String] = []
    private(set) var leadingBytesDropped = 0
    private(set) var titleGender: NameCast.Gender?
    private(set) var hasPersonTitle = false
    private(set) var isOrganization = false

    init(_ text: String) {
        // Tokens with their byte offsets (separated by spaces, no-break spaces or line breaks).
        var pieces: [(token: String, offset: Int)] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0x20 || utf8[i] == 0x0A { i += 1; continue }
            if utf8[i] == 0xC2, i + 1 < utf8.count, utf8[i + 1] == 0xA0 { i += 2; continue }
            let start = i
            while i < utf8.count, utf8[i] != 0x20, utf8[i] != 0x0A, !(utf8[i] == 0xC2 && i + 1 < utf8.count && utf8[i + 1] == 0xA0) {
                i += 1
            }
            pieces.append((String(decoding: utf8[start..<i], as: UTF8.self), start))
        }
        while let first = pieces.first, NameText.leadingWords.contains(first.token) { pieces.removeFirst() }
        leadingBytesDropped = pieces.first?.offset ?? 0
        var raw = pieces.map(\.token)
        // Titles, wherever they stand before the name: "St. Anne Hospital Dr. Mara Quist".
        var cut = 0
        for (i, token) in raw.enumerated() where i < raw.count - 1 {
            if let gender = NameText.genderTitles[token] {
                titleGender = gender
                cut = i + 1
            } else if NameText.personTitles.contains(token) {
                hasPersonTitle = true
                cut = i + 1
            }
        }
        raw.removeFirst(cut)
        if var last = raw.last {
            for suffix in ["’s", "'s", "’", "'"] where last.hasSuffix(suffix) {
                last.removeLast(suffix.count)
                raw[raw.count - 1] = last
                break
            }
            if last.isEmpty { raw.removeLast() }
        }
        while let last = raw.last, ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "Jr.,"].contains(last), raw.count > 1 {
            raw.removeLast()
        }
        isOrganization = raw.contains { NameText.organizationWords.contains($0) }
            || (raw.count == 1 && NameText.leadingWords.contains(raw[0]))
        tokens = raw
    }

    static let genderTitles: [String: NameCast.Gender] = [
        "Mr.": .male, "Mrs.": .female, "Ms.": .female, "Miss": .female, "Sir": .male, "Lady": .female,
        "Fr.": .male, "Msgr.": .male, "Sister": .female, "Brother": .male, "Madam": .female,
    ]

    static let personTitles: Set<String> = [
        "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Sgt.", "Capt.", "Prof.", "Rev.", "Hon.", "Supt.",
        "Insp.", "Det.", "Cpl.", "Const.", "Adm.", "Maj.", "Cmdr.", "Pres.", "Sec.", "Atty.", "St.",
        "President", "Senator", "Governor", "Minister", "Premier", "Mayor", "Judge", "Justice", "Chief",
        "Secretary", "Prime", "Deputy", "Vice", "Coach", "Sheriff", "Commissioner", "Chancellor", "Speaker",
        "Leader", "Director", "Councillor", "Councilor", "Councilman", "Councilwoman", "Dean", "Professor",
        "Father", "Pope", "King", "Queen", "Prince", "Princess", "Attorney", "General", "Representative",
        "Congressman", "Congresswoman", "Ambassador", "Officer", "Constable", "Sergeant", "Captain", "Lieutenant",
        "Colonel", "Major", "Admiral", "Superintendent", "Inspector", "Detective", "Pastor", "Rabbi", "Imam",
        "Former", "former", "Dr", "Mr", "Mrs", "Ms",
    ]

    /// Capitalized words that start a sentence rather than a name.
    static let leadingWords: Set<String> = [
        "The", "A", "An", "But", "And", "Or", "So", "Yet", "Then", "Now", "Still", "Also", "However", "Meanwhile",
        "When", "While", "After", "Before", "If", "As", "In", "On", "At", "For", "With", "By", "From", "To", "Of",
        "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its",
        "Our", "My", "Your", "You", "There", "Here", "Last", "Next", "Since", "Although", "Though", "Because",
        "Asked", "Speaking", "According", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Once", "Even", "Like", "Unlike",
        "During", "Under", "Over", "Instead", "Despite", "Both", "Each", "Every", "Some", "Many", "Most", "Other",
        "Another", "What", "Who", "Why", "How", "Where", "Which", "Not", "No", "Yes", "Well", "Just", "Only",
        "Asked", "Among", "Until", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Former", "Ex", "Dear", "Mr", "Thanks", "Thank", "READ", "MORE", "WATCH",
    ]

    static let organizationWords: Set<String> = [
        "Police", "Service", "Services", "Council", "Ministry", "Department", "University", "College", "School",
        "Party", "Association", "Committee", "Commission", "Company", "Corporation", "Inc.", "Corp.", "Ltd.",
        "News", "Times", "Post", "Press", "Agency", "Court", "House", "Senate", "Congress", "Government", "Office",
        "Board", "Bank", "Group", "Institute", "Foundation", "Centre", "Center", "Hospital", "Union", "League",
        "Club", "Network", "Fund", "Authority", "Administration", "Republicans", "Democrats", "Campaign",
        "Nations", "States", "Church", "City", "County", "Province", "Street", "Avenue", "Road", "Day", "Act",
        "Plan", "Project", "Program", "Programme", "Federation", "Assembly", "Council", "Tours", "Airlines",
        "Airport", "Railway", "Force", "Forces", "Army", "Navy", "Guard", "Reserve", "Federal", "National",
        "International", "Global", "Media", "Review", "Journal", "Magazine", "Channel", "Radio", "TV",
        "Television", "Studios", "Pictures", "Records", "Party’s", "Foundation’s", "Ministry’s", "Canada",
        "America", "American", "Americans", "Canadian", "Canadians", "Republican", "Democratic", "Democrat",
        "Liberal", "Liberals", "Conservative", "Conservatives", "NDP", "GOP", "FBI", "CIA", "EU", "UN", "NATO",
        "U.S.", "U.N.", "White", "Supreme", "Parliament", "Legislature", "Cabinet", "Embassy", "Kremlin",
        "Pentagon", "Twitter", "Facebook", "Instagram", "Telegram", "Google", "Apple", "Microsoft", "Amazon",
    ]
}

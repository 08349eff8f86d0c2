import GleanPCRE

/// Turns one number candidate into a ``Quantity``: value, multiplier, unit or counted noun,
/// hedge; and drops what is not a quantity (years, labels, pronoun "one").
struct QuantityReader {
    let scanner: WordScanner
    let units: UnitGrammar
    let settings: QuantitySettings
    let vetoes: [Range<Int>]
    /// The strings the quantities hold.
    let strings: QuantityStrings

    var nouns: CountedNouns { CountedNouns(scanner: scanner) }

    func vetoed(_ range: Range<Int>) -> Bool {
        // vetoes are sorted by start; few per document, a linear scan is fine.
        for v in vetoes {
            if v.lowerBound >= range.upperBound { break }
            if v.upperBound > range.lowerBound { return true }
        }
        return false
    }

    /// Reads the quantity of candidate `m` and appends it to `found` unless it starts before
    /// `lastEnd` (inside the previous quantity's span: its noun phrase); `lastEnd` is then its end.
    func read(_ m: CandidateMatch, after lastEnd: inout Int, into found: inout [Quantity]) {
        // Read in place in a new last element (no copy of the finished quantity), dropped if it is none.
        found.append(Quantity(start: 0, end: 0, numberStart: 0, numberEnd: 0))
        let last = found.count - 1
        if fill(&found[last], m, after: lastEnd), found[last].start >= lastEnd {
            lastEnd = found[last].end
        } else {
            found.removeLast()
        }
    }

    /// Reads candidate `m` into `q` (a fresh `Quantity(start: 0, end: 0, numberStart: 0, numberEnd: 0)`);
    /// false when it is no quantity, or when it would start before `lastEnd` (then ``read(_:after:into:)``
    /// drops it: it is not read at all).
    private func fill(_ q: inout Quantity, _ m: CandidateMatch, after lastEnd: Int) -> Bool {
        let bytes = scanner.bytes
        let whole = m.range
        // The start the quantity will have (nothing below moves it).
        if let digits = m.digits {
            if whole.lowerBound < lastEnd { return false }
            // Vetoed ("March 29", "7:40"): a veto over the digits is one over the number (which
            // contains them), tested below; rejected here before the value is read.
            if vetoed(digits) { return false }
        } else if let words = m.words, (m.cur?.lowerBound ?? m.sign?.lowerBound ?? words.lowerBound) < lastEnd {
            return false
        }
        var numberStart: Int
        var numberEnd: Int
        var value: Double?
        // Currency prefix.
        var currency: Int32 = -1  // (an index into `strings`)
        if let curRange = m.cur {
            let symbol = scanner.text(curRange)
            currency = strings.add(symbol == "$" ? settings.dollar : Currencies.prefixes[symbol])
        }
        // Sign: "-5C", "minus-5 yards", "+0.2%" (a dash glued to a digit before it never gets here).
        let negative = m.sign.map { bytes[$0.lowerBound] != UInt8(ascii: "+") } ?? false
        if let digits = m.digits {
            numberStart = digits.lowerBound
            numberEnd = digits.upperBound
            // Longer digit strings are identifiers, not numbers.
            // A plain decimal was read by the parser (most numbers); others are parsed here.
            let plainDecimal = m.plainDigits >= 0
            let v: Double
            if plainDecimal {
                v = DigitNumber.plainValue(m.mantissa, fraction: m.fractionDigits)
            } else {
                guard digits.count <= 24, let read = DigitNumber.read(bytes, digits), read.isFinite else { return false }
                v = read
            }
            value = v
            /// `v × factor`, exact for decimals times powers of ten (from the parser's digits when it read them).
            func scaled(_ v: Double, by factor: Double) -> Double {
                plainDecimal
                    ? DigitNumber.scaled(bytes, digits, v, by: factor, mantissa: m.mantissa, fraction: m.fractionDigits)
                    : DigitNumber.scaled(bytes, digits, v, by: factor)
            }
            // `q` is a fresh quantity (``read(_:after:into:)``): set its bounds (no whole-struct assignment).
            q.start = whole.lowerBound
            q.end = whole.upperBound
            q.numberStart = numberStart
            q.numberEnd = numberEnd
            q.rawValue = v
            if plainDecimal {
                q.plainInteger = m.plainDigits == 4 && digits.count == 4
            } else {
                var plain = true
                for i in digits where !WordScanner.isDigit(bytes[i]) { plain = false; break }
                q.plainInteger = plain && digits.count == 4
            }
            if let multRange = m.mult {
                var product: Double? = 1
                if m.multFactor > 0 {
                    product = m.multFactor
                } else if !scanner.contains(UInt8(ascii: " "), in: multRange) && !scanner.contains(UInt8(ascii: "-"), in: multRange) {
                    product = Multipliers.fastWords[scanner.lower(multRange)]  // one word: "mln", "billion"
                } else {
                    let word = scanner.lower(multRange)
                    for part in word.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                        if let f = Multipliers.fastWords[String(part)], let p = product { product = p * f } else { product = nil }
                    }
                }
                if let factor = product {
                    value = scaled(v, by: factor)
                    q.multiplier = factor
                    numberEnd = multRange.upperBound
                }
            } else if let letterRange = m.multLetter {
                let letter = scanner.text(letterRange)
                if acceptLetterMultiplier(letter, value: v, hasCurrency: currency >= 0, after: letterRange.upperBound, digits: digits) {
                    let factor = Multipliers.fastLetters[letter] ?? 1
                    value = scaled(v, by: factor)
                    q.multiplier = Multipliers.fastLetters[letter]
                    numberEnd = letterRange.upperBound
                    q.plainInteger = false
                }
            }
        } else if let words = m.words {
            numberStart = words.lowerBound
            numberEnd = words.upperBound
            // One word of ASCII letters (most number words) is read without tokenizing.
            var oneWord = true
            for i in words where !WordScanner.isLetter(bytes[i]) { oneWord = false; break }
            guard var reading = oneWord ? NumberWords.read(word: scanner.lower(words)) : NumberWords.read(bytes, words)
            else { return false }
            // "six quarters" counts quarters; "three quarters" is a fraction.
            if let v = reading.value, v >= 1, !scanner.containsLowercased("and a", in: words) {
                let lastStart = scanner.wordStart(endingAt: numberEnd)
                // (One word, the usual case, has nothing before its last word: no string is built.)
                if lastStart > numberStart, case let last = scanner.lower(lastStart..<numberEnd),
                   NumberWords.fastFractions[last] != nil, last.endsWith("s"),
                   let shorter = NumberWords.read(bytes, numberStart..<lastStart - 1) {
                    reading = shorter
                    numberEnd = lastStart - 1
                }
            }
            q.start = m.cur?.lowerBound ?? m.sign?.lowerBound ?? numberStart
            q.end = numberEnd
            q.numberStart = numberStart
            q.numberEnd = numberEnd
            q.inWords = true
            q.isBareOne = reading.isBareOne
            value = reading.value
            q.rawValue = reading.value
            if reading.value == nil {
                q.vague = true
                q.min = reading.min
                q.max = reading.max
                q.change = Change.approximate
            }
            // The last word (the pattern ends a number in a word, never in a space or hyphen).
            var lastWordStart = words.lowerBound
            for i in words where bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "-") { lastWordStart = i + 1 }
            if reading.value != nil, lastWordStart < words.upperBound,
               let scale = QuantityReader.scaleValue(scanner, lastWordStart..<words.upperBound), scale >= 1_000 {
                q.multiplier = scale
                q.rawValue = reading.value! / scale
            }
        } else {
            return false
        }
        if negative, let v = value { value = -v }
        q.value = value
        q.numberEnd = numberEnd
        q.end = numberEnd
        q.currency = currency
        if vetoed(numberStart..<numberEnd) { return false }

        // Unit or currency after the number.
        var unitFound = false
        var found = FoundUnit()
        if unitAfter(numberEnd, q: UnitContext(q), into: &found) {
            let unitRange = found.unitRange, textRange = found.textRange
            // The unit: a physical unit (`definition`) or a currency (`code`).
            let unitDefinition = found.definition
            if let definition = unitDefinition {
                q.definition = definition
            } else {
                q.currency = found.code
            }
            q.unitText = strings.add(unitText(found, textRange))
            q.end = unitRange.upperBound
            unitFound = true
            // "6-foot-4": feet and inches.
            if let d = unitDefinition, d.name == "foot", scanner.byte(at: q.end) == UInt8(ascii: "-"),
               let digit = scanner.byte(at: q.end + 1), WordScanner.isDigit(digit), let v = value {
                var e = q.end + 1
                var inches = 0.0
                while let b = scanner.byte(at: e), WordScanner.isDigit(b), e < q.end + 3 { inches = inches * 10 + Double(b - 48); e += 1 }
                if !(scanner.byte(at: e).map(WordScanner.isDigit) ?? false), inches < 12 {
                    value = v + inches / 12
                    q.value = value
                    q.end = e
                }
            }
            // "20 million pounds" is money.
            let unitEnd = q.end  // (no autoclosure captures `q`)
            if let d = unitDefinition, d.name == "pound", (q.multiplier ?? 1) >= 1e6 || followedBy(unitEnd, "sterling") {
                q.definition = nil
                q.currency = strings.add("GBP")
            }
        }
        if let code = strings[q.currency] {
            q.unit = strings.add(Currencies.fastNames[code] ?? code)
            if !unitFound, let cur = m.cur { q.unitText = strings.add(scanner.text(cur)) }
        } else if let d = q.definition {
            q.unit = strings.add(d.name)
        }
        // Rate: "$3,500 a month", "325,000 barrels per day".
        if q.isMeasured, let rate = rateAfter(q.end) {
            let rateEnd = rate.end, denominator = rate.denominator, rateText = rate.text
            q.unit = strings.add((strings[q.unit] ?? "") + " per " + denominator)
            q.unitText = strings.add((strings[q.unitText] ?? "") + rateText)
            q.end = rateEnd
            if q.currency < 0 { q.definition = nil }
        }

        // Counted nouns.
        if !q.isMeasured {
            // The rejections of ``keep(_:)`` that a counted noun does not change, before reading one.
            if droppedWhateverFollows(q) { return false }
            if settings.countedNouns { readCountedNoun(&q) }
        }
        // The word before the quantity (its start is final): for the filters and the hedges.
        let lastWord = scanner.wordBefore(q.start)
        guard keep(&q, lastWord: lastWord) else { return false }
        readHedge(&q, lastWord: lastWord)
        return true
    }

    // MARK: Units

    private func acceptLetterMultiplier(_ letter: String, value: Double, hasCurrency: Bool, after: Int,
                                        digits: Range<Int>) -> Bool {
        if hasCurrency { return true }
        switch letter {
        case "M", "B": return true
        case "k", "K":
            // "50k people", "0.5k miles"; not "4K TV" or "a 10k race".
            guard scanner.byte(at: after) == UInt8(ascii: " "), scanner.isLetter(at: after + 1) else { return false }
            let next = scanner.lower(after + 1..<scanner.wordEnd(from: after + 1))
            return units.fastNames[next] != nil || CountedNouns.isPlural(next) && CountedNouns.canBeNounWord(next)
        case "m":
            // "1.2m tons", "2.7m combined sales" but "100m sprint", "5m tall".
            guard scanner.byte(at: after) == UInt8(ascii: " "), scanner.isLetter(at: after + 1) else {
                // "fell to 294.3m." but "a 100m sprint".
                return scanner.contains(UInt8(ascii: "."), in: digits)
            }
            let end = scanner.wordEnd(from: after + 1)
            let next = scanner.lower(after + 1..<end)
            if next == "of" { return true }
            if Lexicon.lengthContext.contains(next) { return false }
            if units.fastNames[next] != nil || CountedNouns.isPlural(next) { return true }
            return scanner.contains(UInt8(ascii: "."), in: digits)
        default:
            return false
        }
    }

    /// The text of the unit `found` (its `textRange`): the spelling the tries matched when it is
    /// that text (a symbol is matched in its exact case, a name in any case: its text unless it
    /// has a capital), so that the same few unit texts are not built again for every quantity.
    private func unitText(_ found: FoundUnit, _ range: Range<Int>) -> String {
        if found.spelling >= 0 {
            if found.isSymbol { return units.symbolTrie.spellings[Int(found.spelling)] }
            var lowercase = true
            for i in range where WordScanner.isUpper(scanner.bytes[i]) { lowercase = false; break }
            if lowercase { return units.nameTrie.spellings[Int(found.spelling)] }
        }
        return scanner.text(range)
    }

    /// The unit or currency right after `position`, with the range of the whole unit and of its text.
    private func unitAfter(_ position: Int, q: UnitContext, into found: inout FoundUnit) -> Bool {
        guard units.unitMayStart(scanner.bytes, at: position) else { return false }
        let fastU = units.matchUnit(scanner.bytes, at: position)
        switch fastU {
        case .match(let u):
            return judgeUnit(position, q: q, separator: u.separator, symbolRange: u.symbol, nameRange: u.name, end: u.end,
                             spelling: u.spelling, into: &found)
        case .none:
            return false
        case .unknown:
            break
        }
        var judged = false
        let unitPattern = UnitGrammar.unitPattern
        try? unitPattern.pattern.forEachMatch(inUTF8: scanner.bytes, from: position) { m in
            guard m.range.lowerBound == position else { return false }
            judged = judgeUnit(position, q: q, separator: m.range(unitPattern.sepGroup) ?? position..<position,
                              symbolRange: m.range(unitPattern.symGroup), nameRange: m.range(unitPattern.nameGroup),
                              end: m.range.upperBound, into: &found)
            return false
        }
        return judged
    }

    /// The unit of a ``UnitGrammar/unitPattern`` match at `position` (its groups and end), if it
    /// is one here.
    /// `spelling`: the index of the spelling in the unit tries (≥ 0 when known), which gives its
    /// meaning without a lookup.
    private func judgeUnit(_ position: Int, q: UnitContext, separator: Range<Int>, symbolRange: Range<Int>?,
                           nameRange: Range<Int>?, end matchEnd: Int, spelling: Int = -1,
                           into result: inout FoundUnit) -> Bool {
        guard let textRange = symbolRange ?? nameRange else { return false }
        let spelled: String  // used for symbols only
        let found: UnitMeaning?
        let ambiguous: Bool
        if spelling >= 0 {
            spelled = symbolRange != nil ? units.symbolTrie.spellings[spelling] : ""
            found = symbolRange != nil ? units.symbolMeanings[spelling] : units.nameMeanings[spelling]
            ambiguous = symbolRange != nil && units.symbolAmbiguous[spelling]
        } else {
            spelled = symbolRange != nil ? scanner.text(textRange) : ""
            // `units.meaning(symbol:name:)`, with the name lowercased from the bytes.
            found = symbolRange != nil ? units.fastSymbols[spelled] : units.fastNames[scanner.lower(textRange)]
            ambiguous = symbolRange != nil && units.ambiguous.contains(spelled)
        }
        guard let meaning = found else { return false }
        let attached = separator.isEmpty
        if ambiguous {
            // "5m", "-5C", "30 C." but not "2 in my car", "6 m away".
            let next = scanner.byte(at: matchEnd)
            // "N.Z. Dlrs" is an abbreviation, not newtons followed by a full stop.
            let punctuation = (next.map(WordScanner.isPunctuation) ?? true)
                && !(next == UInt8(ascii: ".") && scanner.isLetter(at: matchEnd + 1))
            // "747s", "2213L", "88A": a letter glued to a large integer is a label in a table.
            if case .unit = meaning, attached && spelled.count == 1 && spelled != "m", let v = q.value, v >= 100,
               v == v.rounded() { return false }
            var functionWordAfter = false
            var dimensionWordAfter = false
            if next == UInt8(ascii: " "), scanner.isLetter(at: matchEnd + 1) {
                let end = scanner.wordEnd(from: matchEnd + 1)
                let w = scanner.lower(matchEnd + 1..<end)
                functionWordAfter = Lexicon.unitFunctionWords.contains(w)
                dimensionWordAfter = Lexicon.dimensionWords.contains(w)
            }
            if spelled == "in" {
                if !(punctuation || dimensionWordAfter) { return false }
            } else if !(attached || punctuation || functionWordAfter || dimensionWordAfter) {
                return false
            }
            if q.inWords { return false }
            // Temperatures and letters: not after money or plain years.
            if q.hasCurrency { return false }
            // "1000 K" and "573.15K" are kelvin; "4K" is a label.
            if spelled == "K" && (q.multiplier != nil || attached && !scanner.contains(UInt8(ascii: "."), in: q.numberStart..<position)) { return false }
            if spelled == "c" && !attached { return false }
        }
        if symbolRange != nil && q.inWords && spelled.count < 3 && spelled != "%" { return false }
        if q.hasCurrency, case .unit = meaning { return false }
        if separator.count > 1 && scanner.bytes[separator.lowerBound] == UInt8(ascii: " ") && scanner.bytes[separator.upperBound - 1] == UInt8(ascii: " ") {
            return false  // "3 - km" is not a unit
        }
        switch meaning {
        case .unit(let definition):
            result.definition = definition
        case .currency(let code):
            result.code = strings.add(code)
        }
        result.unitRange = position..<matchEnd
        result.textRange = textRange
        result.spelling = Int32(truncatingIfNeeded: spelling)
        result.isSymbol = symbolRange != nil
        return true
    }

    private func followedBy(_ position: Int, _ word: String) -> Bool {
        guard scanner.byte(at: position) == UInt8(ascii: " ") else { return false }
        let end = scanner.wordEnd(from: position + 1)
        return scanner.lower(position + 1..<end) == word
    }

    /// A rate suffix after `position`: its end, the denominator (singular), and its text.
    private func rateAfter(_ position: Int) -> FoundRate? {
        guard UnitGrammar.rateMayStart(scanner.bytes, at: position) else { return nil }
        var found: FoundRate?
        try? units.ratePattern.forEachMatch(inUTF8: scanner.bytes, from: position) { m in
            guard m.range.lowerBound == position else { return false }
            guard let den = m.range(units.denGroup) ?? m.range(units.den2Group) ?? m.range(units.den3Group) ?? m.range(units.den4Group) else { return false }
            var word = scanner.lower(den)
            if m.range(units.den4Group) != nil { word = ["s": "second", "h": "hour", "hr": "hour", "yr": "year", "d": "day", "min": "minute"][word] ?? word }
            if word == "cent" { return false }
            if Lexicon.notNouns.contains(word) { return false }
            // "$6.78 billion a year earlier" is a time, not a rate.
            if m.range(units.den3Group) != nil, scanner.byte(at: m.range.upperBound) == UInt8(ascii: " ") {
                let end = scanner.wordEnd(from: m.range.upperBound + 1)
                let after = scanner.lower(m.range.upperBound + 1..<end)
                if Lexicon.notRateFollowers.contains(after) { return false }
            }
            found = FoundRate(end: m.range.upperBound, denominator: CountedNouns.singular(word), text: scanner.text(m.range))
            return false
        }
        return found
    }

    // MARK: Counted nouns

    private func readCountedNoun(_ q: inout Quantity) {
        let position = q.end
        // Vague numbers and counts keep an of-phrase without a determiner: "tens of thousands of lives".
        if q.vague || (q.inWords && !q.isBareOne && q.value.map { $0 >= 1_000 } == true) {
            if position + 4 <= scanner.count, scanner.lowerEquals(position..<position + 4, " of "),
               let phrase = nouns.phrase(after: position + 3, allowHyphen: false) {
                setNoun(&q, phrase, end: phrase.end, textStart: phrase.words[0].lowerBound)
                return
            }
        }
        let hyphenAttached = scanner.byte(at: position) == UInt8(ascii: "-")
        if let phrase = nouns.phrase(after: position, allowHyphen: true, singular: q.value == 1 || q.value == -1) {
            // Capitalized phrases after digits are usually names ("2019 Rich List"); keep them
            // only when they end in a plural ("seven European countries", "1,307,000 Americans").
            let firstCapital = WordScanner.isUpper(scanner.bytes[phrase.words[0].lowerBound])
            if firstCapital && !phrase.isPlural { return }
            // Only "one" counts a singular noun ("one solution"); "15 deep" is not a count.
            if !phrase.isPlural && !hyphenAttached && !(q.value == 1 || q.value == -1) { return }
            var end = phrase.end
            var unitText = scanner.text(phrase.words[0].lowerBound..<phrase.end)
            // "three waves of drones": the of-phrase stays in the span.
            if phrase.isPlural, end + 4 <= scanner.count, scanner.lowerEquals(end..<end + 4, " of "),
               let tail = nouns.phrase(after: end + 3, allowHyphen: false, maxWords: 3), tail.isPlural || tail.words.count == 1,
               !WordScanner.isUpper(scanner.bytes[tail.words[0].lowerBound]) {
                end = tail.end
                unitText = scanner.text(phrase.words[0].lowerBound..<end)
            }
            let head = phrase.head
            if head == "other" || head == "more" {
                q.elided = true
            }
            q.isCount = true
            let headIndex = strings.add(head)
            q.unit = headIndex
            q.entity = headIndex
            q.unitText = strings.add(unitText)
            q.end = end
            if let rate = rateAfter(q.end) {
                let rateEnd = rate.end, denominator = rate.denominator, rateText = rate.text
                q.unit = strings.add(head + " per " + denominator)
                q.unitText = strings.add(unitText + rateText)
                q.end = rateEnd
            }
            return
        }
        if let phrase = nouns.partitive(after: position, fraction: (q.value.map { abs($0) < 1 } ?? false)) {
            let lowerWords = phrase.lowerWords
            let words = lowerWords.enumerated().map { $0.offset == lowerWords.count - 1 ? CountedNouns.singular($0.element) : $0.element }
            q.isCount = true
            q.partitive = true
            q.unit = strings.add(words.joined(separator: " "))
            q.entity = q.unit
            q.unitText = strings.add(scanner.text(phrase.words[0].lowerBound..<phrase.end))
            return
        }
        if q.vague {
            // "displaced millions": people.
            q.unit = strings.add("person")
            q.entity = q.unit
            q.isCount = true
        }
    }

    private func setNoun(_ q: inout Quantity, _ phrase: CountedNouns.Phrase, end: Int, textStart: Int) {
        q.isCount = true
        q.unit = strings.add(phrase.head)
        q.entity = q.unit
        q.unitText = strings.add(scanner.text(textStart..<end))
        q.end = end
    }

    // MARK: Filters

    /// `NumberWords.fastScales[scanner.lower(r)]`, compared as bytes when `r` is ASCII.
    static func scaleValue(_ scanner: WordScanner, _ r: Range<Int>) -> Double? {
        guard scanner.isASCII(r) else { return NumberWords.fastScales[scanner.lower(r)] }
        switch r.count {
        case 4: return scanner.lowerEquals(r, "lakh") ? 100_000 : nil
        case 5: return scanner.lowerEquals(r, "dozen") ? 12 : scanner.lowerEquals(r, "crore") ? 10_000_000 : nil
        case 7:
            return scanner.lowerEquals(r, "hundred") ? 100 : scanner.lowerEquals(r, "million") ? 1_000_000
                : scanner.lowerEquals(r, "billion") ? 1_000_000_000 : nil
        case 8: return scanner.lowerEquals(r, "thousand") ? 1_000 : scanner.lowerEquals(r, "trillion") ? 1_000_000_000_000 : nil
        default: return nil
        }
    }

    /// `NumberWords.scales[scanner.lower(r)] != nil` for an ASCII range `r`, compared as bytes.
    static func isScaleWord(_ scanner: WordScanner, _ r: Range<Int>) -> Bool {
        switch r.count {
        case 4: return scanner.lowerEquals(r, "lakh")
        case 5: return scanner.lowerEquals(r, "dozen") || scanner.lowerEquals(r, "crore")
        case 7: return scanner.lowerEquals(r, "hundred") || scanner.lowerEquals(r, "million") || scanner.lowerEquals(r, "billion")
        case 8: return scanner.lowerEquals(r, "thousand") || scanner.lowerEquals(r, "trillion")
        default: return false
        }
    }

    /// Whether ``keep(_:)`` drops unmeasured `q` whatever noun is read after it: a letter glued to
    /// digits ("22nd", "3s") or a year ("in 2019"). (Neither depends on what ``readCountedNoun(_:)``
    /// sets, and every test of ``keep(_:)`` before them only drops or passes.)
    @inline(__always) private func droppedWhateverFollows(_ q: borrowing Quantity) -> Bool {
        if !q.inWords, let next = scanner.byte(at: q.numberEnd), WordScanner.isLetter(next) { return true }
        if q.plainInteger && !settings.years, let v = q.value, v >= 1950 && v <= 2030 { return true }
        return false
    }

    /// `lastWord`: `scanner.wordBefore(q.start)`.
    private func keep(_ q: inout Quantity, lastWord: Range<Int>?) -> Bool {
        let bytes = scanner.bytes
        // A letter glued to the number that is not a unit: "22nd", "3s", "9AB", "2pm".
        if !q.isMeasured && !q.inWords, let next = scanner.byte(at: q.numberEnd), WordScanner.isLetter(next) { return false }
        if q.inWords {
            // "one-time", "one-off": a hyphen-glued word that is not a unit.
            if q.isBareOne, scanner.byte(at: q.numberEnd) == UInt8(ascii: "-"), !q.isMeasured { return false }
        }
        // A number glued to a following digit-letter label after a hyphen ("3-D")
        if !q.isMeasured, scanner.byte(at: q.numberEnd) == UInt8(ascii: "-"), scanner.isLetter(at: q.numberEnd + 1),
           !q.isCount, !q.inWords { return false }

        // The word before: ASCII letters, hyphens and apostrophes (``WordScanner/wordStart(endingAt:)``),
        // so its lowercased string is never built: it is compared as bytes.
        func previousIn(_ set: WordSet) -> Bool { lastWord.map { set.contains(bytes, $0) } ?? false }
        func previousIs(_ word: StaticString) -> Bool { lastWord.map { scanner.lowerEquals($0, word) } ?? false }
        // Labels: "Section 427", "iPhone 11", "page 5", "No. 3", "#1".
        if !q.inWords, let prevRange = lastWord,
           !q.isMeasured || q.hasDefinition
               && (strings[q.unitText].map { $0.utf8.count <= units.maxAmbiguousLength && units.fastAmbiguous[$0] != nil } ?? false) {
            let capital = WordScanner.isUpper(bytes[prevRange.lowerBound]) || (prevRange.count > 1 && WordScanner.isUpper(bytes[prevRange.lowerBound + 1]))
            if Lexicon.identifierHeads.contains(bytes, prevRange) && !(previousIs("number") && q.isCount) { return false }
            if !q.isCount && Lexicon.identifierHeadPlurals.contains(bytes, prevRange)
                && Lexicon.identifierHeads.contains(CountedNouns.singular(scanner.lower(prevRange))) { return false }
            if capital && !Lexicon.functionWords.contains(bytes, prevRange) && !Lexicon.notNouns.contains(bytes, prevRange)
                && !Lexicon.monthsAndDays.contains(bytes, prevRange) {
                return false
            }
        }
        if let (b, _) = scanner.previousNonSpace(q.start), b == UInt8(ascii: "#") { return false }
        if !q.inWords && q.isBare && continuesLabelList(q.start) { return false }
        // "Boeing 737-800": the second half of a model number.
        if q.start >= 2, bytes[q.start - 1] == UInt8(ascii: "-"), WordScanner.isDigit(bytes[q.start - 2]) {
            var s = q.start - 2
            while s > 0, WordScanner.isDigit(bytes[s - 1]) { s -= 1 }
            if let word = scanner.wordBefore(s), WordScanner.isUpper(bytes[word.lowerBound]),
               !Lexicon.functionWords.contains(bytes, word) { return false }
        }
        if !q.inWords && !q.isMeasured, let (b, i) = scanner.previousNonSpace(q.start), b == UInt8(ascii: "."),
           i >= 2, scanner.lowerEquals(scanner.wordStart(endingAt: i)..<i, "no") { return false }
        // "S&P 500", "Fortune 100"
        if !q.isMeasured, q.start >= 2, bytes[q.start - 1] == UInt8(ascii: " "), bytes[q.start - 2] == UInt8(ascii: "P"),
           q.start >= 3, bytes[q.start - 3] == UInt8(ascii: "&") { return false }
        // Years: "in 2019", "the 2020 Escape"; "2,000 people" and "1500 employees" stay.
        if q.plainInteger && !q.isMeasured && !settings.years, let v = q.value, v >= 1000, v <= 2200 {
            if v >= 1950 && v <= 2030 { return false }
            let cue = lastWord.map { Lexicon.yearCues.contains(bytes, $0) } ?? true
            if v > 2100 && !cue { return true }
            if !q.isCount || cue || !(strings[q.unitText].map { !$0.isEmpty && !WordScanner.isUpper($0.utf8.first!) } ?? false) { return false }
            if let text = strings[q.unitText], let last = text.split(separator: " ").last, !CountedNouns.isPlural(last.lowercased()) { return false }
        }
        // "number seven", "No. 8 shirt": word numbers as labels; "aged 24" is an age.
        if q.inWords, previousIs("number") || previousIs("no") { return false }
        if q.isBare, previousIs("aged") { q.unit = strings.add("year of age") }
        // Names that start with a number word: "the Six Nations", "the Big Ten", "Three Lions".
        if q.inWords, WordScanner.isUpper(bytes[q.numberStart]), !scanner.startsSentence(q.numberStart),
           let text = strings[q.unitText], let first = text.utf8.first, WordScanner.isUpper(first) { return false }
        // Number words inside names: "the Kick Six", "BBC One".
        if q.inWords, WordScanner.isUpper(bytes[q.numberStart]), !scanner.startsSentence(q.numberStart),
           let prevRange = lastWord, WordScanner.isUpper(bytes[prevRange.lowerBound]),
           !Lexicon.functionWords.contains(bytes, prevRange) { return false }
        if q.inWords && q.isBare, previousIn(Lexicon.bareWordNumberBlockers) { return false }
        // A bare scale word or "the second half" is not a count.
        if q.inWords {
            let number = q.numberStart..<q.numberEnd
            if scanner.isASCII(number) {
                // `NumberWords.scales` and "half", compared as bytes.
                if QuantityReader.isScaleWord(scanner, number) { return false }
                if scanner.lowerEquals(number, "half"), previousIn(Lexicon.ordinalHalfCues) { return false }
            } else {
                let lw = scanner.lower(number)
                if NumberWords.fastScales[lw] != nil { return false }
                if lw == "half", previousIn(Lexicon.ordinalHalfCues) { return false }
            }
        }
        // Digits before a capitalized name are addresses or labels: "49 Zorro Ranch Road", "90049 ZIP Code".
        if !q.inWords && q.isBare, scanner.byte(at: q.end) == UInt8(ascii: " "), let n = scanner.byte(at: q.end + 1),
           WordScanner.isUpper(n), q.multiplier == nil, !scanner.contains(UInt8(ascii: ","), in: q.numberStart..<q.numberEnd),
           !scanner.contains(UInt8(ascii: "."), in: q.numberStart..<q.numberEnd) {
            guard let (end, head) = namedCount(after: q.end) else { return false }
            q.isCount = true
            q.unit = strings.add(head)
            q.entity = q.unit
            q.unitText = strings.add(scanner.text(q.end + 1..<end))
            q.end = end
        }
        // "six hit houses": a number word standing for a noun counted earlier.
        if q.inWords && q.isBare && !q.isBareOne && !q.vague, scanner.byte(at: q.end) == UInt8(ascii: " "),
           scanner.isLetter(at: q.end + 1),
           scanner.lower(q.end + 1..<scanner.wordEnd(from: q.end + 1), isIn: Lexicon.elisionVerbs) {
            q.elided = true
        }
        // "(4)": a jersey number, list marker or citation.
        if !q.inWords && q.isBare, let v = q.value, v < 100, v == v.rounded(), q.start >= 1,
           bytes[q.start - 1] == UInt8(ascii: "("), scanner.byte(at: q.end) == UInt8(ascii: ")") {
            return false
        }
        // Ages in apposition: "Mr Abbasi, 23, from Croydon" is 23 years of age.
        if !q.inWords && q.isBare, let v = q.value, v >= 1, v < 120, v == v.rounded(),
           scanner.byte(at: q.end) == UInt8(ascii: ","), q.start >= 2, bytes[q.start - 1] == UInt8(ascii: " "),
           bytes[q.start - 2] == UInt8(ascii: ","), let name = scanner.wordBefore(q.start - 2),
           WordScanner.isUpper(bytes[name.lowerBound]) {
            q.unit = strings.add("year of age")
        }
        // Pronoun "one": "the one in Kazan", "no one", "one another".
        if q.isBareOne && !q.isMeasured {
            if previousIn(Lexicon.pronounOneCues) { return false }
            if followedBy(q.numberEnd, "another") { return false }
            if !q.isCount {
                // A bare "one" is kept only as an elided count ("one hit a facility"); resolved later.
                q.elided = true
            }
        }
        return true
    }

    /// Whether the number at `start` continues a list of labels: "phases 3, 5, 7, and 9",
    /// "pages 12-15", "Articles 5 and 6".
    private func continuesLabelList(_ start: Int) -> Bool {
        let bytes = scanner.bytes
        var i = start
        var items = 0
        while items < 12 {
            var j = i
            var separated = false
            while j > 0, bytes[j - 1] == UInt8(ascii: " ") || bytes[j - 1] == UInt8(ascii: ",") || bytes[j - 1] == UInt8(ascii: "-") {
                j -= 1
                separated = true
            }
            if j >= 3, bytes[j - 3] == 0xE2, bytes[j - 2] == 0x80, bytes[j - 1] == 0x93 { j -= 3; separated = true }  // en dash
            if let word = scanner.wordBefore(j), word.upperBound == j,
               scanner.lowerEquals(word, "and") || scanner.lowerEquals(word, "or") || scanner.lowerEquals(word, "to") {
                i = word.lowerBound
                continue
            }
            guard separated || items > 0 else { return false }
            if j > 0, WordScanner.isDigit(bytes[j - 1]) {
                while j > 0, WordScanner.isDigit(bytes[j - 1]) { j -= 1 }
                i = j
                items += 1
                continue
            }
            guard items > 0, let word = scanner.wordBefore(j), word.upperBound == j else { return false }
            return Lexicon.identifierHeads.contains(bytes, word)
                || Lexicon.identifierHeadPlurals.contains(bytes, word)
                && Lexicon.identifierHeads.contains(CountedNouns.singular(scanner.lower(word)))
        }
        return false
    }

    /// "460 Kia and Hyundai vehicles": capitalized names (and "and") ending in a lowercase plural noun.
    private func namedCount(after position: Int) -> (Int, String)? {
        var p = position
        for _ in 0..<5 {
            guard scanner.byte(at: p) == UInt8(ascii: " "), scanner.isLetter(at: p + 1) else { return nil }
            let end = scanner.wordEnd(from: p + 1)
            let w = scanner.lower(p + 1..<end)
            let capital = WordScanner.isUpper(scanner.bytes[p + 1])
            if !capital {
                if w == "and" || w == "&" { p = end; continue }
                if CountedNouns.canBeNounWord(w) && CountedNouns.isPlural(w) { return (end, CountedNouns.singular(w)) }
                return nil
            }
            p = end
        }
        return nil
    }

    // MARK: Hedges

    /// `lastWord`: `scanner.wordBefore(q.start)`.
    private func readHedge(_ q: inout Quantity, lastWord: Range<Int>?) {
        // Symbols glued before: "~1.2mm", "≥16", ">5".
        if q.start >= 1 {
            let b = scanner.bytes[q.start - 1]
            if b == UInt8(ascii: "~") { q.change = Change.approximate; return }
            if b == UInt8(ascii: ">") { q.change = Change.more; q.min = q.value; return }
            if b == UInt8(ascii: "<") { q.change = Change.less; q.max = q.value; return }
        }
        // "≥" and "≤" are E2 89 A5 and E2 89 A4 in UTF-8.
        if q.start >= 3, scanner.bytes[q.start - 3] == 0xE2, scanner.bytes[q.start - 2] == 0x89 {
            if scanner.bytes[q.start - 1] == 0xA5 { q.change = Change.more; q.min = q.value; return }
            if scanner.bytes[q.start - 1] == 0xA4 { q.change = Change.less; q.max = q.value; return }
        }
        // The nearest word first: most numbers have no hedge, and need no more words.
        // Words are ASCII letters, hyphens and apostrophes, separated by spaces: compared as bytes.
        guard let last = lastWord, let hedgeWords = Lexicon.hedgeLastWordBytes.value(scanner.bytes, last) else { return }
        // (No hedge ending in this word has more words than `hedgeWords`.)
        let words = scanner.fourWordsBefore(q.start, limit: hedgeWords)
        // Longest hedge first: "more or less", "more than", "over".
        for length in stride(from: words.count, through: 1, by: -1) {
            let phrase = words[length - 1].lowerBound..<words[0].upperBound
            if let change = Lexicon.hedgeChangeBytes.value(scanner.bytes, phrase) {
                q.change = change.utf8.first ?? Change.equal
                if q.change == Change.more { q.min = q.value }
                if q.change == Change.less { q.max = q.value }
                return
            }
        }
    }
}

/// A unit after a number: what it means, its range with the separator, and its text's range
/// (filled in place: an optional holding ``UnitMeaning`` is destroyed through type metadata).
/// A trivial value: the definition is held unretained (the unit table lives as long as the
/// process), the currency code as its index in the reader's strings.
struct FoundUnit {
    /// A physical unit, or else a currency code.
    var definitionRef: Unmanaged<UnitDefinition>?
    var code: Int32 = -1
    var unitRange = 0..<0
    var textRange = 0..<0
    /// The spelling's index in ``UnitGrammar/symbolTrie`` (`isSymbol`) or ``UnitGrammar/nameTrie``
    /// when the unit was found by the tries (-1: by the pattern).
    var spelling: Int32 = -1
    var isSymbol = false

    var definition: UnitDefinition? {
        get { definitionRef?.takeUnretainedValue() }
        set { definitionRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
}

/// A rate suffix: its end, the denominator (singular) and its text.
struct FoundRate {
    var end: Int
    var denominator: String
    var text: String
}

/// What ``QuantityReader`` needs to know of a quantity to judge a unit after it (a trivial
/// struct: no copy of the quantity).
struct UnitContext {
    let value: Double?
    let inWords: Bool
    let hasCurrency: Bool
    let multiplier: Double?
    let numberStart: Int

    @inline(__always) init(_ q: borrowing Quantity) {
        value = q.value
        inWords = q.inWords
        hasCurrency = q.currency >= 0
        multiplier = q.multiplier
        numberStart = q.numberStart
    }
}

/// The options the extractor was created with (a class: the reader and the assembler of each
/// document hold it without copying its string and set).
final class QuantitySettings: Sendable {
    let bareNumbers: Bool
    let countedNouns: Bool
    let scores: Bool
    let years: Bool
    let convert: Bool
    let imperial: Bool
    let dollar: String
    let currencies: Set<String>

    init(bareNumbers: Bool = true, countedNouns: Bool = true, scores: Bool = false, years: Bool = false,
         convert: Bool = true, imperial: Bool = false, dollar: String = "USD", currencies: Set<String> = []) {
        self.bareNumbers = bareNumbers
        self.countedNouns = countedNouns
        self.scores = scores
        self.years = years
        self.convert = convert
        self.imperial = imperial
        self.dollar = dollar
        self.currencies = currencies
    }
}

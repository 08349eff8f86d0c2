import Testing
import GleanCore
@testable import GleanQuotes

/// The quoted stretches of `text` as strings.
private func stretches(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { bytes in
        QuotedStretch.find(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.span]), as: UTF8.self) }
    }
}

@Test func pairsEveryKindOfMark() {
    #expect(stretches("He said “yes” and \"no\" and «peut-être».") == ["“yes”", "\"no\"", "«peut-être»"])
    #expect(stretches("Wire copy: ''It is over,'' she said.") == ["''It is over,''"])
    #expect(stretches("‘We won,’ he said.") == ["‘We won,’"])
}

@Test func apostrophesAreNotMarks() {
    #expect(stretches("Russia's army and the players’ union met in the '90s; don't worry.").isEmpty)
}

@Test func nestedQuotesStayInsideTheOuterOne() {
    #expect(stretches("“She told me ‘run,’ so I ran,” he said.") == ["“She told me ‘run,’ so I ran,”"])
}

@Test func unclosedParagraphRunsOnIntoTheNext() {
    var text = "She said: “First part.\n\n“Second part.”"
    let found = text.withUTF8 { QuotedStretch.find(in: $0) }
    #expect(found.count == 2)
    #expect(found[0].isClosed == false)
    #expect(found[1].continuesPrevious)
}

@Test func mismatchedStraightAndCurlyMarksPair() {
    #expect(stretches("It is “getting better and better.\" Really.") == ["“getting better and better.\""])
}

@Test func tripleApostropheClosesNestedThenOuterQuote() {
    #expect(stretches("''She told me, 'go home,''' said Ann Lee.") == ["''She told me, 'go home,'''"])
}

/// Texts whose only marks are straight ones (searched with memchr) give the stretches the full
/// scan gives; so do all others (searched as before).
@Test func straightMarkTextsGiveTheSameStretches() {
    let pieces = ["He said \"yes\" and", " 'no' ", " Russia's ", " the players' union ", " '90s ", " ''wire,'' ", " ''x,''' ",
                  " it's ", "\n", " “curly” ", " ‘single’ ", " «guillemets» ", " ``tex'' ", " é ", " - ", "\"", "'", " ok."]
    var texts = QuoteExamples.all.map(\.text)
    for (n, a) in pieces.enumerated() {
        for (m, b) in pieces.enumerated() {
            texts.append(a + b + pieces[(n + m) % pieces.count] + pieces[(n * m + 1) % pieces.count])
        }
    }
    var straight = 0
    for original in texts {
        var text = original
        text.withUTF8 { bytes in
            let kinds = QuoteMark.kinds(bytes)
            #expect((kinds != 0) == mayHoldMarkReference(bytes), "\(original.debugDescription)")
            if kinds & ~(QuoteMark.straightDouble | QuoteMark.straightSingle) == 0, kinds != 0 { straight += 1 }
            let plain = QuotedStretch.find(in: bytes)
            let told = QuotedStretch.find(in: bytes, kinds: kinds)
            #expect(plain.map(\.span) == told.map(\.span), "\(original.debugDescription)")
            #expect(plain.map(\.close) == told.map(\.close), "\(original.debugDescription)")
            #expect(plain.map(\.family) == told.map(\.family), "\(original.debugDescription)")
            #expect(plain.map(\.continuesPrevious) == told.map(\.continuesPrevious), "\(original.debugDescription)")
        }
    }
    #expect(straight > 50)
}

/// Whether a text can hold any mark, byte by byte (what ``QuoteMark/kinds(_:)`` being non-zero
/// says): a ", a ' other than between ASCII letters or digits, ``, « », or “ ” ‘ ’ „.
private func mayHoldMarkReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 }
    let n = bytes.count
    for i in 0..<n {
        switch bytes[i] {
        case 0x22: return true
        case 0x27: if !(i > 0 && i + 1 < n && isWordByte(bytes[i - 1]) && isWordByte(bytes[i + 1])) { return true }
        case 0x60: if i + 1 < n && bytes[i + 1] == 0x60 { return true }
        case 0xC2: if i + 1 < n && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB) { return true }
        case 0xE2: if i + 2 < n && bytes[i + 1] == 0x80 && (0x98...0x9E).contains(bytes[i + 2]) { return true }
        default: break
        }
    }
    return false
}

/// The terms-list test as first written (each stretch's words counted), for comparison.
private func listedTermsReference(_ stretches: [QuotedStretch], in bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
    var result = [Bool](repeating: false, count: stretches.count)
    var runStart = 0, runEnd = 0
    func flush() {
        if runEnd - runStart >= 3 { for k in runStart..<runEnd { result[k] = true } }
        runStart = runEnd
    }
    func isListSeparator(_ gap: Range<Int>) -> Bool {
        guard gap.count <= 8 else { return false }
        let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[gap]), as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        return words.isEmpty || words == ["and"] || words == ["or"]
    }
    for (i, stretch) in stretches.enumerated() {
        guard NotAQuote.wordCount(stretch.content, in: bytes, cap: 5) <= 5 else { flush(); continue }
        if runEnd > runStart, runEnd == i, stretches[i - 1].paragraph == stretch.paragraph,
           isListSeparator(stretches[i - 1].end..<stretch.open.lowerBound) {
            runEnd = i + 1
        } else {
            flush()
            runStart = i
            runEnd = i + 1
        }
    }
    flush()
    return result
}

@Test func listedTermsSkipsOnlyStretchesJoinedToNoNeighbour() {
    let terms = ["\"a\"", "\"wrap my head around,\"", "\"one two three four five six\"", "\"x y\""]
    let joins = [", ", " and ", " or ", ", and ", " but ", "\n", " ", "  ,  ,  "]
    var texts: [String] = []
    for a in 0..<terms.count {
        for b in 0..<joins.count {
            for c in 0..<terms.count {
                texts.append("He used " + terms[a] + joins[b] + terms[c] + joins[(b + c) % joins.count] + terms[(a + c) % terms.count]
                             + joins[(a + b) % joins.count] + terms[(a * b + c) % terms.count] + " today.")
            }
        }
    }
    var listed = 0
    for original in texts {
        var text = original
        text.withUTF8 { bytes in
            let stretches = QuotedStretch.find(in: bytes)
            let flags = NotAQuote.listedTerms(stretches, in: bytes)
            #expect(flags == listedTermsReference(stretches, in: bytes), "\(original.debugDescription)")
            listed += flags.filter { $0 }.count
        }
    }
    #expect(listed > 100)
}

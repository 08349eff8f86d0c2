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
            #expect((kinds != 0) == QuoteMark.mayHoldMark(bytes))
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

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

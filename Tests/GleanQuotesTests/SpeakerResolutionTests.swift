import Testing
import GleanCore
@testable import GleanQuotes

private func quotes(_ text: String) throws -> [Extraction] {
    let extractor = try QuoteExtractor(options: ExtractorOptions(for: QuoteExtractor.description))
    return try extractor.extract(from: Document(id: "t", text: text))
}

private func speakers(_ text: String) throws -> [String?] {
    try quotes(text).map { $0.attributes["speaker"]?.stringValue }
}

@Test func surnameResolvesToTheFullestName() throws {
    let text = "Marta Kowalczyk, the club's coach, watched from the bench.\n\n“We were lucky,” Kowalczyk said."
    #expect(try speakers(text) == ["Marta Kowalczyk"])
}

@Test func pronounFollowsTheSentenceSubjectNotAMentionedObject() throws {
    let text = "Harald Olsen spoke after meeting Minister Erik Dahl on Monday. Olsen said the talks went well.\n\n"
        + "“We agreed on almost everything,” he said."
    #expect(try speakers(text) == ["Harald Olsen"])
}

@Test func itResolvesToAnOrganization() throws {
    let text = "Northwind Power said crews were working through the night.\n\n“Most customers will have power by noon,” it said."
    #expect(try speakers(text) == ["Northwind Power"])
}

@Test func titledSpeakerIsKeptAsWritten() throws {
    #expect(try speakers("“The border stays open,” the interior ministry said.") == ["the interior ministry"])
}

@Test func speechVerbBeforeTheParagraphAttributesIt() throws {
    let text = "Lena Fisk says the clinic cannot keep up with demand.\n\n“We turn people away every single day now.”"
    #expect(try speakers(text) == ["Lena Fisk"])
}

@Test func headlinesCaptionsAndLinksAreNotQuotes() throws {
    let text = "Mayor Calls Plan ‘Dead on Arrival’\n\nREAD MORE: ‘We are not giving up’\n\n"
        + "The council met on Tuesday. “It is not over,” said Councillor Ruth Ames."
    let found = try quotes(text)
    #expect(found.map(\.text) == ["“It is not over,”"])
}

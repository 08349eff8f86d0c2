/// Quotes without an attribution of their own take one from their surroundings: the last speech
/// event since the previous quote ("Chapman says …" before a quoted paragraph), the quote a
/// continued paragraph runs on from, the quote before in the same or a nearby paragraph, or the
/// next quote of the same paragraph (“A.” “B,” she said).
enum AttributionInheritance {
    typealias Candidate = (stretch: QuotedStretch, attribution: Attribution?)

    static func fill(_ candidates: inout [Candidate], stretches: [QuotedStretch], attributor: Attributor,
                     in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>]) {
        for i in candidates.indices where candidates[i].attribution == nil {
            let stretch = candidates[i].stretch
            let previous = i > 0 ? candidates[i - 1] : nil
            // The last speech event since the previous quote, in this paragraph or the one before.
            let paragraphBefore = stretch.paragraph - 1
            let since = max(previous?.stretch.end ?? 0,
                            paragraphBefore > 0 && paragraphBefore < paragraphs.count ? paragraphs[paragraphBefore].lowerBound : 0)
            if !stretch.continuesPrevious,
               let event = (try? attributor.lastSpeechEvent(in: bytes, from: since, to: stretch.open.lowerBound,
                                                            outside: stretches)) ?? nil {
                candidates[i].attribution = event
                continue
            }
            guard let previous, var inherited = previous.attribution else { continue }
            let near = previous.stretch.paragraph == stretch.paragraph
                || stretch.continuesPrevious
                || (stretch.paragraph - previous.stretch.paragraph <= 2 && startsParagraph(stretch, bytes)
                    && previous.stretch.family == .double && stretch.family == .double
                    && NotAQuote.wordCount(stretch.content, in: bytes, cap: 3) > 3)
            guard near else { continue }
            inherited.position = .inherited
            candidates[i].attribution = inherited
        }
        for i in candidates.indices.reversed() where candidates[i].attribution == nil && i + 1 < candidates.count {
            let next = candidates[i + 1]
            guard var inherited = next.attribution, inherited.position != .sentence else { continue }
            let stretch = candidates[i].stretch
            guard next.stretch.paragraph == stretch.paragraph || next.stretch.continuesPrevious else { continue }
            inherited.position = .inherited
            candidates[i].attribution = inherited
        }
    }

    private static func startsParagraph(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = stretch.paragraphRange.lowerBound
        while i < stretch.open.lowerBound, bytes[i] == 0x20 { i += 1 }
        return i == stretch.open.lowerBound
    }
}

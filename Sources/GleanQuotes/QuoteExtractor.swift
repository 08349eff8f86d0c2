import GleanCore
import GleanPCRE

/// Finds direct quotations and who said them.
///
/// Each `quote` extraction spans the opening mark to the closing mark inclusive (or to the end of
/// the paragraph for a quote continued in the next one), with attributes:
/// - `quote`: the quoted words without the marks;
/// - `speaker`: the fullest name of the speaker ("Putin" → "Vladimir Putin", "she" resolved to
///   the nearest fitting person named before), a titled speaker as written ("the ministry"), or null;
/// - `speaker_start`/`speaker_end`: code point offsets of the mention that attributes the quote;
/// - `cue`: the speech verb ("said", "told", "according to", ":" for transcripts);
/// - `partial`: true for a fragment quoted inside paraphrase (calling it a “declaration of war”).
public struct QuoteExtractor: Extractor {
    public static let description = ExtractorDescription(
        id: "quotes",
        summary: "Direct quotations (every kind of quotation mark, quotes running across paragraphs) with their speaker, the attributing mention and the speech verb.",
        types: ["quote"],
        options: [
            OptionDescription("keep_unattributed", .boolean, default: .bool(true),
                              "Keep quotes whose speaker cannot be found (speaker null); false drops them."),
        ],
        examples: QuoteExamples.all)

    private let keepUnattributed: Bool
    private let patterns: AttributionPatterns

    public init(options: ExtractorOptions) throws {
        keepUnattributed = options.bool("keep_unattributed") ?? true
        patterns = try AttributionPatterns()
    }

    public func extract(from document: Document) throws -> [Extraction] {
        document.withUTF8 { bytes in
            // Most texts hold no quotation mark at all: then there is nothing to find.
            let kinds = QuoteMark.kinds(bytes)
            guard kinds != 0 else { return [] }
            // The paragraphs, found once for every step that needs them.
            let paragraphs = TextScan.paragraphs(bytes)
            let stretches = QuotedStretch.find(in: bytes, paragraphs: paragraphs, kinds: kinds)
            guard !stretches.isEmpty else { return [] }
            let paragraphCount = paragraphs.count
            let attributor = Attributor(patterns: patterns)
            // The names speakers are resolved with, found only in the paragraphs a question needs
            // (many documents with quotation marks, scare quotes or titles, never ask one).
            var casts = SpeakerCasts(bytes, paragraphs: paragraphs, patterns: patterns)

            // 1. Candidates and what stands next to each.
            var candidates: [AttributionInheritance.Candidate] = []
            candidates.reserveCapacity(stretches.count)
            for stretch in stretches where !NotAQuote.isExcludedByPlace(stretch, in: bytes, paragraphCount: paragraphCount) {
                let found = (try? attributor.attribution(of: stretch, in: bytes)) ?? nil
                candidates.append((stretch, found))
            }

            // 2. Quotes without their own attribution take a neighbour's.
            AttributionInheritance.fill(&candidates, stretches: stretches, attributor: attributor, in: bytes, paragraphs: paragraphs)

            // 3. Keep speech, drop titles, lists of terms and scare quotes; resolve speakers.
            let usesDoubleMarks = candidates.contains { $0.stretch.family == .double && $0.attribution != nil }
            let listed = NotAQuote.listedTerms(candidates.map(\.stretch), in: bytes)
            var extractions: [Extraction] = []
            extractions.reserveCapacity(candidates.count)
            for (index, (stretch, attribution)) in candidates.enumerated() {
                guard NotAQuote.isSpeech(stretch, attribution: attribution, in: bytes, paragraphCount: paragraphCount,
                                         isListed: listed[index], usesDoubleMarks: usesDoubleMarks) else { continue }
                if attribution == nil, !keepUnattributed { continue }
                var attributes = JSONObject()
                attributes.append("quote", .string(document.text(utf8: trimmed(stretch.content, bytes))))
                if let attribution {
                    let resolved = resolve(attribution, casts: &casts, document: document)
                    attributes.append("speaker", resolved.map { .string($0) } ?? .null)
                    attributes.append("speaker_mention", .string(document.text(utf8: attribution.mention)))
                    attributes.append("speaker_start", .int(document.offsets.codePointOffset(ofUTF8: attribution.mention.lowerBound)))
                    attributes.append("speaker_end", .int(document.offsets.codePointOffset(ofUTF8: attribution.mention.upperBound)))
                    let cue = attribution.cueText ?? attribution.cue.map { document.text(utf8: $0) } ?? ""
                    attributes.append("cue", .string(cue))
                } else {
                    attributes.append("speaker", .null)
                }
                if isPartial(stretch, bytes) { attributes.append("partial", .bool(true)) }
                extractions.append(document.extraction("quote", utf8: stretch.span, attributes: attributes))
            }
            return extractions
        }
    }

    /// The speaker's name: the fullest form of a name, the nearest fitting person for a pronoun,
    /// a description as written.
    /// `casts` answers from the paragraphs each question needs (``SpeakerCasts``).
    private func resolve(_ attribution: Attribution, casts: inout SpeakerCasts, document: Document) -> String? {
        let mentionText = document.text(utf8: attribution.mention)
        switch attribution.kind {
        case .name:
            return casts.notePersonAndFullestName(attribution.mention) ?? mentionText
        case .pronoun:
            switch mentionText.lowercased() {
            case "he": return casts.person(before: attribution.mention.lowerBound, gender: .male)
            case "she": return casts.person(before: attribution.mention.lowerBound, gender: .female)
            case "who", "which": return casts.name(endingBefore: attribution.mention.lowerBound, within: 4)
            case "it": return casts.organization(before: attribution.mention.lowerBound)
            default: return nil
            }
        case .label, .description:
            return mentionText
        }
    }

    /// A fragment inside running text: the opening mark follows a word, not a colon, comma or
    /// the start of a sentence.
    private func isPartial(_ stretch: QuotedStretch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = stretch.open.lowerBound
        while i > stretch.paragraphRange.lowerBound, bytes[i - 1] == 0x20 { i -= 1 }
        guard let before = TextScan.scalar(before: i, in: bytes, floor: stretch.paragraphRange.lowerBound) else { return false }
        return TextScan.isWordCharacter(before)
    }

    private func trimmed(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }
}

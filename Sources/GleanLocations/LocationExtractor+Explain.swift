import GleanCore

extension LocationExtractor {
    /// Every candidate name with its cues and resolution, for tuning (not part of the output).
    func explain(_ document: Document) throws -> [String] {
        try document.withUTF8 { text in
            let tokens = try scanner.tokens(in: text)
            let matches = scanner.names(in: text, tokens: tokens, gazetteer: gazetteer)
            var table = recognize(matches, tokens: tokens, in: text)
            disambiguator.resolve(&table, gazetteer: gazetteer, rules: rules)
            let reported = Set(try report(table, in: text, document: document).map(\.start))
            return table.mentions.map { m in
                let e = document.extraction("location", utf8: m.match.range)
                let p = m.chosen.map { gazetteer.place(Int($0.index)) }
                return "\(reported.contains(e.start) ? "+" : "-") \(e.start) \(e.text) -> \(p?.name ?? "?") \(p?.admin1 ?? "") \(p?.country ?? "") \(p?.feature.name ?? "") pop \(p?.population ?? 0) score \(m.score) margin \(m.margin) \(m.cues) q \(m.qualifier != nil) isq \(m.isQualifier) support \(m.regionSupport) \(m.countrySupport)"
            }
        }
    }
}

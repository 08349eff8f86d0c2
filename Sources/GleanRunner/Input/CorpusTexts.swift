import GleanCore

/// Every document text of a JSONL corpus, in memory (for benchmarks and tools, not for runs).
public enum CorpusTexts {
    public static func load(_ path: String, field: String = "text") throws -> [String] {
        let lines = LineReader(try ByteReader(path: path))
        var texts: [String] = []
        while let line = try lines.next() {
            guard let object = try? line.withUnsafeBufferPointer({ try JSONParser.parse($0).value }).objectValue,
                  let text = object[field]?.stringValue else { continue }
            texts.append(text)
        }
        return texts
    }
}

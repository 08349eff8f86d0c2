import Foundation
import Testing
import GleanCore
@testable import GleanQuotes

/// Writes predictions for the dev gold files (`../shared/eval/gold`) into the directory named by
/// GLEAN_QUOTES_DEV, for a quick debug-build scoring loop; does nothing when it is unset or the
/// gold files are absent. (`glean run -e quotes GOLD -o PRED` is the release way.)
@Test func writeDevPredictions() throws {
    guard let out = ProcessInfo.processInfo.environment["GLEAN_QUOTES_DEV"] else { return }
    let extractor = try QuoteExtractor(options: ExtractorOptions(for: QuoteExtractor.description))
    for name in ["quotes-polnear-dev", "quotes-ggt-dev", "seeds-all-dev"] {
        let path = "../shared/eval/gold/\(name).jsonl"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { continue }
        var lines: [String] = []
        for line in text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let doc = Document(id: "\(object["id"]!)", text: object["text"] as! String)
            let found = try extractor.extract(from: doc)
            let items = found.map { e -> [String: Any] in
                var o: [String: Any] = ["type": e.type, "start": e.start, "end": e.end, "text": e.text]
                for (k, v) in e.attributes {
                    switch v {
                    case .string(let s): o[k] = s
                    case .int(let i): o[k] = i
                    case .bool(let b): o[k] = b
                    default: o[k] = NSNull()
                    }
                }
                return o
            }
            let row: [String: Any] = ["id": "\(object["id"]!)", "extractions": items]
            lines.append(String(data: try JSONSerialization.data(withJSONObject: row), encoding: .utf8)!)
        }
        try lines.joined(separator: "\n").write(toFile: "\(out)/\(name).jsonl", atomically: true, encoding: .utf8)
    }
}

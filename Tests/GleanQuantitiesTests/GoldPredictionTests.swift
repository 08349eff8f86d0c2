import Foundation
import Testing
import GleanCore
@testable import GleanQuantities

/// Writes predictions for a gold file when QUANTITIES_GOLD and QUANTITIES_PRED are set (a
/// development aid until `glean run` is available); skipped otherwise.
@Suite struct GoldPredictionTests {
    @Test func writePredictions() throws {
        let env = ProcessInfo.processInfo.environment
        guard let gold = env["QUANTITIES_GOLD"], let out = env["QUANTITIES_PRED"],
              FileManager.default.fileExists(atPath: gold) else { return }
        let extractor = try QuantityExtractor(options: ExtractorOptions(for: QuantityExtractor.description))
        let text = try String(contentsOfFile: gold, encoding: .utf8)
        var lines: [String] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard case .object(let doc)? = try? JSONParser.parse(String(line)),
                  let id = doc["id"]?.stringValue, let body = doc["text"]?.stringValue else { continue }
            let found = try extractor.extract(from: Document(id: id, text: body))
            var object = JSONObject()
            object.append("id", .string(id))
            object.append("extractions", .array(found.map { .object($0.json) }))
            lines.append(JSONValue.object(object).jsonText)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}

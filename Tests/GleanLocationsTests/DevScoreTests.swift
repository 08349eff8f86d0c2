import Foundation
import Testing
import GleanCore
@testable import GleanLocations

/// Writes predictions for the dev gold files (when ../shared is present) to /tmp for score.py.
/// Skips cleanly without the shared evaluation data.
@Test func writeDevPredictions() throws {
    let env = ProcessInfo.processInfo.environment
    guard env["GLEAN_LOCATIONS_DEV"] != nil else { return }
    for (gold, output) in [("/work/shared/eval/gold/locations-lgl-dev.jsonl", "/tmp/locations-lgl-pred.jsonl"),
                           ("/work/shared/eval/gold/seeds-all-dev.jsonl", "/tmp/locations-seeds-pred.jsonl")] {
        guard let data = FileManager.default.contents(atPath: gold) else { continue }
        var options: JSONObject = [:]
        if let favour = env["GLEAN_LOCATIONS_FAVOR"] { options["favor_countries"] = .array([.string(favour)]) }
        if env["GLEAN_LOCATIONS_DEMONYMS"] != nil { options["include_demonyms"] = true }
        let extractor = try LocationExtractor(options: ExtractorOptions(for: LocationExtractor.description, values: options))
        var out = ""
        let start = Date()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let doc = try JSONParser.parse(String(line)).objectValue!
            let document = Document(id: doc["id"]!.stringValue!, text: doc["text"]!.stringValue!)
            let found = try extractor.extract(from: document)
            let object: JSONObject = ["id": .string(document.id), "extractions": .array(found.map { .object($0.json) })]
            out += JSONValue.object(object).jsonText + "\n"
        }
        print("\(gold): \(Date().timeIntervalSince(start))s")
        try out.write(toFile: output, atomically: true, encoding: .utf8)
    }
}

/// Prints the candidates of one gold document (GLEAN_LOCATIONS_EXPLAIN=doc id), for tuning.
@Test func explainDevDocument() throws {
    guard let wanted = ProcessInfo.processInfo.environment["GLEAN_LOCATIONS_EXPLAIN"] else { return }
    let extractor = try LocationExtractor(options: ExtractorOptions(for: LocationExtractor.description))
    if let text = ProcessInfo.processInfo.environment["GLEAN_LOCATIONS_TEXT"] {
        for row in try extractor.explain(Document(id: "text", text: text)) { print(row) }
    }
    for gold in ["/work/shared/eval/gold/locations-lgl-dev.jsonl", "/work/shared/eval/gold/seeds-all-dev.jsonl"] {
        guard let data = FileManager.default.contents(atPath: gold) else { continue }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let doc = try JSONParser.parse(String(line)).objectValue!
            let id = doc["id"]!.stringValue!
            guard id == wanted || wanted == "all" else { continue }
            let document = Document(id: id, text: doc["text"]!.stringValue!)
            for row in try extractor.explain(document) { print(wanted == "all" ? "\(id) \(row)" : row) }
        }
    }
}

import Testing
import GleanCore

@Suite struct JSONTests {
    @Test func parsesAndWritesBackInOrder() throws {
        let text = #"{"id":"a","n":-12,"x":1.5,"ok":true,"none":null,"list":[1,"two",{"k":"v"}],"s":"q\"\\\n\u00e9\ud83d\ude00"}"#
        let value = try JSONParser.parse(text)
        #expect(value.objectValue?.keys == ["id", "n", "x", "ok", "none", "list", "s"])
        #expect(value.objectValue?["s"]?.stringValue == "q\"\\\né😀")
        #expect(value.jsonText == #"{"id":"a","n":-12,"x":1.5,"ok":true,"none":null,"list":[1,"two",{"k":"v"}],"s":"q\"\\\né😀"}"#)
    }

    @Test(arguments: [
        (#"{"a":1,}"#, 7), (#"{"a" 1}"#, 5), (#"[1,2"#, 4), (#"{"a":tru}"#, 5), (#"{"a":"x"} y"#, 10), ("{\"a\":\"\u{1}\"}", 6),
    ])
    func reportsWhereItFails(text: String, offset: Int) {
        #expect(throws: JSONParseError.self) { _ = try JSONParser.parse(text) }
        do { _ = try JSONParser.parse(text) } catch { #expect(error.offset == offset, "\(text): \(error)") }
    }

    /// The string scanner reads eight bytes at a time: every special byte must be seen at every
    /// position relative to those words, next to ASCII and multi-byte text.
    @Test func findsEscapesAndControlsAtEveryPosition() throws {
        for prefix in 0..<17 {
            let lead = String(repeating: "é", count: prefix / 2) + String(repeating: "a", count: prefix % 2)
            let text = #"{"s":""# + lead + #"\n\"x\\"# + lead + #""}"#
            #expect(try JSONParser.parse(text).objectValue?["s"]?.stringValue == lead + "\n\"x\\" + lead)
            let plain = #"{"s":""# + lead + "ü" + lead + #""}"#
            #expect(try JSONParser.parse(plain).objectValue?["s"]?.stringValue == lead + "ü" + lead)
            let control = #"{"s":""# + lead + "\u{1F}" + #""}"#
            do { _ = try JSONParser.parse(control); Issue.record("control character accepted") } catch {
                #expect(error.offset == 6 + lead.utf8.count)
            }
        }
    }

    @Test func repairsInvalidUTF8() throws {
        let bytes: [UInt8] = Array(#"{"t":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        let (value, repaired) = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
        #expect(repaired)
        #expect(value.objectValue?["t"]?.stringValue == "caf\u{FFFD}")
    }

    @Test func writesNumbersWithoutNoise() {
        #expect(JSONValue.double(600).jsonText == "600")
        #expect(JSONValue.double(0.1).jsonText == "0.1")
        #expect(JSONValue.double(.nan).jsonText == "null")
        #expect(JSONValue.double(-45).jsonText == "-45")
        for value in [0, 7, -7, 10, 99, 1_000_000, -1_234_567_890, Int.max, Int.min] {
            #expect(JSONValue.int(value).jsonText == String(value))
        }
    }

    /// The output path writes extractions directly; it must give the same bytes as the object.
    @Test func extractionWritesTheSameBytesAsItsObject() {
        let extraction = Extraction(type: "quantity", start: 3, end: 12, text: "5 \"miles\"",
                                    attributes: ["value": 5, "unit": "mile", "text": "ignored", "approximate": false,
                                                 "range": ["min": .double(1.5), "max": .null]])
        var direct = JSONWriter()
        extraction.write(into: &direct)
        #expect(direct.string == JSONValue.object(extraction.json).jsonText)
        #expect(direct.string == #"{"type":"quantity","start":3,"end":12,"text":"5 \"miles\"","value":5,"unit":"mile","approximate":false,"range":{"min":1.5,"max":null}}"#)
    }
}

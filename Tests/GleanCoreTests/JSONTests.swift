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

    /// Short strings and keys are checked a word (or overlapping half words) at a time: every
    /// length up to 20, with a character to escape at every position, writes and reads back.
    @Test func writesShortStringsWithEscapesAtEveryPosition() throws {
        for length in 0...20 {
            let plain = String((0..<length).map { Character(UnicodeScalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
            var writer = JSONWriter()
            writer.write(string: plain)
            #expect(writer.string == "\"" + plain + "\"")
            for position in 0..<length {
                for special in ["\"", "\\", "\n", "\u{1}", "é"] {
                    var text = Array(plain)
                    text[position] = Character(special)
                    let string = String(text)
                    var writer = JSONWriter()
                    writer.write(string: string)
                    writer.write(nextKey: string)
                    // `"string","string":` -> a list of the two strings.
                    let list = try JSONParser.parse("[" + writer.string.dropLast() + "]").arrayValue
                    #expect(list == [.string(string), .string(string)], "\(string.debugDescription)")
                }
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
        var ints = [0, 7, -7, 10, 99, 1_000_000, -1_234_567_890, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 { ints += [power - 1, power, power + 1, -power, -(power - 1)]; power *= 10 }
        for value in ints {
            #expect(JSONValue.int(value).jsonText == String(value))
        }
    }

    /// Fractions are written by a short-decimal fast path: it must print exactly what
    /// `Double.description` prints (coordinates, confidences, scaled values, awkward ones).
    @Test func writesFractionsLikeDescription() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0.001, 0.0015, 0.99, -12.9756, 5.81, 55.7887, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 123456.789,
                                99999999999999.9, 0.0009999, 1e-5, 1.5e15, 4503599627370495.5, -0.5, 1e300, .leastNonzeroMagnitude]
        let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 1e9]
        for _ in 0..<20_000 {
            let digits = Double(Int64.random(in: -999_999_999...999_999_999, using: &generator))
            values.append(digits / scales.randomElement(using: &generator)!)
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
            values.append(Double.random(in: -180...180, using: &generator))
        }
        for value in values where value.isFinite {
            var writer = JSONWriter()
            writer.write(number: value)
            let expected = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : value.description
            #expect(writer.string == expected, "\(value)")
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
        // Long strings (the eight-bytes-at-a-time copy) with escapes at every position.
        for position in 0..<20 {
            var text = String(repeating: "abcdefgh", count: 3)
            let index = text.index(text.startIndex, offsetBy: position)
            text.insert(contentsOf: "\"\\\n", at: index)
            let long = Extraction(type: "quote", start: 0, end: 1, text: text, attributes: ["speaker": .string(text + "é")])
            var writer = JSONWriter()
            long.write(into: &writer)
            #expect(writer.string == JSONValue.object(long.json).jsonText)
            #expect((try? JSONParser.parse(writer.string))?.objectValue?["text"]?.stringValue == text)
        }
    }

    /// An object prepared for output writes the same bytes, and any change drops what it kept.
    @Test func preparedAttributesWriteTheSameBytes() {
        var attributes: JSONObject = ["value": 5, "text": "reserved", "unit": "mile \"x\"", "list": [1, 2.5, nil]]
        let plain = Extraction(type: "quantity", start: 0, end: 3, text: "5 m", attributes: attributes)
        attributes.prepareForOutput()
        #expect(attributes.isPreparedForOutput)
        let prepared = Extraction(type: "quantity", start: 0, end: 3, text: "5 m", attributes: attributes)
        var a = JSONWriter(), b = JSONWriter()
        plain.write(into: &a)
        prepared.write(into: &b)
        #expect(a.string == b.string)
        #expect(prepared == plain)
        attributes.append("extra", true)
        #expect(!attributes.isPreparedForOutput)
        var changed = attributes
        changed.prepareForOutput()
        changed["value"] = 6
        #expect(!changed.isPreparedForOutput)
        var c = JSONWriter()
        Extraction(type: "q", start: 0, end: 1, text: "x", attributes: changed).write(into: &c)
        #expect(c.string.contains(#""value":6"#) && c.string.contains(#""extra":true"#))
    }

    /// A list of extractions (the output hot path) is each extraction's bytes, comma-separated,
    /// prepared or not; a writer hands its bytes over unchanged.
    @Test func extractionListWritesEachExtraction() {
        var prepared: JSONObject = ["value": "1987-02-26", "timex_type": "DATE"]
        prepared.prepareForOutput()
        let extractions = [
            Extraction(type: "date", start: 0, end: 6, text: "Feb 26", attributes: prepared),
            Extraction(type: "quantity", start: 8, end: 15, text: "5 miles", attributes: ["value": 5, "unit": "mile"]),
            Extraction(type: "date", start: 20, end: 26, text: "Feb 26", attributes: prepared),
        ]
        for count in 0...extractions.count {
            let list = Array(extractions.prefix(count))
            var writer = JSONWriter(capacity: 4)
            Extraction.write(list, into: &writer)
            let expected = "[" + list.map { JSONValue.object($0.json).jsonText }.joined(separator: ",") + "]"
            let written = writer.finish()
            #expect(String(decoding: written.buffer, as: UTF8.self) == expected)
        }
    }
}

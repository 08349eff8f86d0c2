/// ``ExtractorDescription`` as JSON, the form in which a plugin hands its descriptions to the
/// host across the C boundary.
extension ExtractorDescription {
    /// The description as a JSON object.
    public var json: JSONValue {
        var object = JSONObject()
        object.append("id", .string(id))
        object.append("summary", .string(summary))
        object.append("types", .array(types.map(JSONValue.string)))
        object.append("options", .array(options.map { option in
            var o = JSONObject()
            o.append("name", .string(option.name))
            o.append("type", .string(option.type.rawValue))
            if let value = option.defaultValue { o.append("default", value) }
            o.append("summary", .string(option.summary))
            if let allowed = option.allowedValues { o.append("allowed", .array(allowed.map(JSONValue.string))) }
            return .object(o)
        }))
        object.append("examples", .array(examples.map { example in
            var o = JSONObject()
            o.append("text", .string(example.text))
            if let date = example.referenceDate { o.append("date", .string(date.description)) }
            if !example.options.isEmpty { o.append("options", .object(example.options)) }
            o.append("expect", .array(example.expected.map { expected in
                var e = JSONObject()
                e.append("text", .string(expected.text))
                if let type = expected.type { e.append("type", .string(type)) }
                if expected.occurrence != 0 { e.append("occurrence", .int(expected.occurrence)) }
                if !expected.attributes.isEmpty { e.append("attributes", .object(expected.attributes)) }
                return .object(e)
            }))
            if !example.forbidden.isEmpty { o.append("forbid", .array(example.forbidden.map(JSONValue.string))) }
            o.append("exhaustive", .bool(example.exhaustive))
            return .object(o)
        }))
        return .object(object)
    }

    /// Reads a description written by ``json``; nil when it is not one.
    public init?(json: JSONValue) {
        guard let o = json.objectValue, let id = o["id"]?.stringValue, !id.isEmpty,
              let summary = o["summary"]?.stringValue else { return nil }
        var options: [OptionDescription] = []
        for item in o["options"]?.arrayValue ?? [] {
            guard let opt = item.objectValue, let name = opt["name"]?.stringValue,
                  let type = opt["type"]?.stringValue.flatMap(OptionDescription.ValueType.init(rawValue:)) else { return nil }
            options.append(OptionDescription(name, type, default: opt["default"],
                                             allowed: opt["allowed"]?.arrayValue?.compactMap(\.stringValue),
                                             opt["summary"]?.stringValue ?? ""))
        }
        var examples: [ExtractorExample] = []
        for item in o["examples"]?.arrayValue ?? [] {
            guard let ex = item.objectValue, let text = ex["text"]?.stringValue else { return nil }
            let expected = (ex["expect"]?.arrayValue ?? []).compactMap(ExpectedExtraction.init(json:))
            examples.append(ExtractorExample(text, date: ex["date"]?.stringValue, options: ex["options"]?.objectValue ?? JSONObject(),
                                             expect: expected, forbid: ex["forbid"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                             exhaustive: ex["exhaustive"]?.boolValue ?? true))
        }
        self.init(id: id, summary: summary, types: o["types"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  options: options, examples: examples)
    }
}

extension ExpectedExtraction {
    /// Reads `{"text":..., "type":..., "occurrence":..., "attributes":{...}}` (only `text` required);
    /// nil when there is no `text`.
    public init?(json: JSONValue) {
        guard let e = json.objectValue, let text = e["text"]?.stringValue else { return nil }
        self.init(text, type: e["type"]?.stringValue, occurrence: e["occurrence"]?.intValue ?? 0,
                  e["attributes"]?.objectValue ?? JSONObject())
    }
}

/// ``Document`` and ``Extraction`` as JSON, for crossing the plugin boundary.
extension Document {
    /// `{"id":..., "text":..., "date":..., "metadata":{...}}`.
    public var json: JSONValue {
        var o = JSONObject()
        o.append("id", .string(id))
        o.append("text", .string(text))
        o.append("date", date.map { .string($0.description) } ?? .null)
        o.append("metadata", .object(metadata))
        return .object(o)
    }

    /// Reads a document written by ``json``.
    public init?(json: JSONValue) {
        guard let o = json.objectValue, let id = o["id"]?.stringValue, let text = o["text"]?.stringValue else { return nil }
        self.init(id: id, text: text, date: o["date"]?.stringValue.flatMap(CivilDate.init(iso:)),
                  metadata: o["metadata"]?.objectValue ?? JSONObject())
    }
}

extension Extraction {
    /// Reads an extraction in the predictions format (``json``).
    public init?(json: JSONValue) {
        guard let o = json.objectValue, let type = o["type"]?.stringValue, let start = o["start"]?.intValue,
              let end = o["end"]?.intValue, let text = o["text"]?.stringValue else { return nil }
        var attributes = JSONObject()
        for (key, value) in o where !["type", "start", "end", "text"].contains(key) { attributes.append(key, value) }
        self.init(type: type, start: start, end: end, text: text, attributes: attributes)
    }
}

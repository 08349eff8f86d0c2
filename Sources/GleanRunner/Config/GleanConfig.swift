import Foundation
import GleanCore
import Synchronization

/// A run configuration, usually read from a YAML file:
///
/// ```yaml
/// extractors:            # which extractors run, in order, with their options
///   - dates              # an id alone: default options
///   - id: pattern
///     options:
///       rules:
///         - {type: drone_count, pattern: '(?<count>\d+) drones', fields: {count: {field: value, as: integer}}}
/// input:                 # JSONL field names, and the date of documents that carry none
///   id: id
///   text: text
///   date: date
///   reference_date: 2024-12-21
/// output:
///   format: jsonl        # or csv
/// ```
public struct GleanConfig: Sendable {
    /// One configured extractor.
    public struct ExtractorEntry: Sendable {
        public var id: String
        public var options: JSONObject
        /// Where each option (and nested value) was written, by path (`rules.0.pattern`).
        public var optionLocations: [String: SourceLocation]
        public var location: SourceLocation?

        public init(id: String, options: JSONObject = JSONObject(), optionLocations: [String: SourceLocation] = [:],
                    location: SourceLocation? = nil) {
            self.id = id
            self.options = options
            self.optionLocations = optionLocations
            self.location = location
        }
    }

    /// The file it was read from, if any.
    public var path: String?
    public var extractors: [ExtractorEntry] = []
    public var fields = InputFields()
    public var referenceDate: CivilDate?
    public var format: OutputFormat?
    /// Plugin libraries (paths resolved against the config's directory).
    public var plugins: [String] = []

    public init() {}

    static let topLevelKeys = ["extractors", "input", "output", "plugins"]
    static let inputKeys = ["id", "text", "date", "reference_date"]
    static let outputKeys = ["format"]
    static let extractorKeys = ["id", "options"]

    /// Reads and checks a config file; every problem is a ``GleanError`` with file, line and column.
    public static func load(path: String) throws(GleanError) -> GleanConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GleanError(.config, "cannot read config file", at: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GleanError(.config, "config file is not UTF-8", at: SourceLocation(file: path))
        }
        var config = try parse(text, file: path)
        config.path = path
        let directory = (path as NSString).deletingLastPathComponent
        config.plugins = config.plugins.map { $0.hasPrefix("/") || directory.isEmpty ? $0 : directory + "/" + $0 }
        return config
    }

    /// Parses config text (`file` is used in messages).
    public static func parse(_ text: String, file: String) throws(GleanError) -> GleanConfig {
        let yaml = try YAMLDocument(text: text, file: file)
        var config = GleanConfig()
        guard case .object(let root) = yaml.root else {
            if yaml.root.isNull { return config }
            throw GleanError(.config, "a config is a mapping with keys \(topLevelKeys.joined(separator: ", "))", at: yaml.location(""))
        }
        try checkKeys(root, allowed: topLevelKeys, path: "", what: "top level", yaml: yaml)

        if let extractors = root["extractors"] {
            guard case .array(let items) = extractors else {
                throw GleanError(.config, "'extractors' must be a list of extractor ids or {id:, options:} mappings", at: yaml.location("extractors"))
            }
            for (index, item) in items.enumerated() {
                let path = "extractors.\(index)"
                switch item {
                case .string(let id):
                    config.extractors.append(ExtractorEntry(id: id, location: yaml.location(path)))
                case .object(let entry):
                    try checkKeys(entry, allowed: extractorKeys, path: path, what: "an extractor entry", yaml: yaml)
                    guard let id = entry["id"]?.stringValue else {
                        throw GleanError(.config, "extractor entry needs an 'id'", at: yaml.location(path))
                    }
                    var options = JSONObject()
                    if let value = entry["options"], !value.isNull {
                        guard case .object(let object) = value else {
                            throw GleanError(.config, "'options' of extractor '\(id)' must be a mapping", at: yaml.location(path + ".options"))
                        }
                        options = object
                    }
                    let prefix = path + ".options."
                    var locations: [String: SourceLocation] = [:]
                    for (key, location) in yaml.locations where key.hasPrefix(prefix) {
                        locations[String(key.dropFirst(prefix.count))] = location
                    }
                    config.extractors.append(ExtractorEntry(id: id, options: options, optionLocations: locations,
                                                            location: yaml.location(path + ".id")))
                default:
                    throw GleanError(.config, "an extractor is an id or a mapping with 'id' and 'options', not \(item.typeName)", at: yaml.location(path))
                }
            }
        }

        if let input = root["input"] {
            guard case .object(let object) = input else { throw GleanError(.config, "'input' must be a mapping", at: yaml.location("input")) }
            try checkKeys(object, allowed: inputKeys, path: "input", what: "'input'", yaml: yaml)
            func field(_ key: String) throws(GleanError) -> String? {
                guard let value = object[key] else { return nil }
                guard let name = value.stringValue, !name.isEmpty else {
                    throw GleanError(.config, "input.\(key) must be a field name", at: yaml.location("input.\(key)"))
                }
                return name
            }
            if let id = try field("id") { config.fields.id = id }
            if let text = try field("text") { config.fields.text = text }
            if let date = try field("date") { config.fields.date = date }
            if let value = object["reference_date"], !value.isNull {
                guard let s = value.stringValue, let date = CivilDate(iso: s) else {
                    throw GleanError(.config, "input.reference_date must be a YYYY-MM-DD date, not \(value.jsonText)", at: yaml.location("input.reference_date"))
                }
                config.referenceDate = date
            }
        }

        if let output = root["output"] {
            guard case .object(let object) = output else { throw GleanError(.config, "'output' must be a mapping", at: yaml.location("output")) }
            try checkKeys(object, allowed: outputKeys, path: "output", what: "'output'", yaml: yaml)
            if let value = object["format"] {
                let names = OutputFormat.allCases.map(\.rawValue)
                guard let name = value.stringValue, let format = OutputFormat(rawValue: name) else {
                    throw GleanError(.config, "output.format must be one of \(names.joined(separator: ", ")), not \(value.jsonText)"
                        + Suggestions.hint(for: value.stringValue ?? "", in: names), at: yaml.location("output.format"))
                }
                config.format = format
            }
        }

        if let plugins = root["plugins"] {
            let list = plugins.stringValue.map { [$0] } ?? plugins.arrayValue?.compactMap(\.stringValue)
            guard let list, list.count == (plugins.arrayValue?.count ?? 1) else {
                throw GleanError(.config, "'plugins' must be a list of library paths", at: yaml.location("plugins"))
            }
            config.plugins = list
        }
        return config
    }

    private static func checkKeys(_ object: JSONObject, allowed: [String], path: String, what: String,
                                  yaml: YAMLDocument) throws(GleanError) {
        for key in object.keys where !allowed.contains(key) {
            let at = path.isEmpty ? key : path + "." + key
            throw GleanError(.config, "unknown key '\(key)' in \(what)\(Suggestions.hint(for: key, in: allowed)); expected \(allowed.joined(separator: ", "))",
                             at: yaml.keyLocation(at))
        }
    }

    /// Creates the configured extractors from `registry`, as a pipeline (an unknown id or bad option is an error
    /// located in the config). With `only`, runs just those ids: configured ones with their
    /// options, others with defaults.
    ///
    /// With `threads` above 1, different extractors are made on up to that many threads at once
    /// (compiling patterns, loading the gazetteer: most of start-up); several entries of one id
    /// are made one after the other. The first error in configuration order is thrown.
    public func makePipeline(registry: ExtractorRegistry, only: [String]? = nil, threads: Int = 1) throws -> ExtractionPipeline {
        var entries = extractors
        if let only {
            entries = only.map { id in extractors.first { $0.id == id } ?? ExtractorEntry(id: id) }
        } else if entries.isEmpty {
            entries = registry.ids.map { ExtractorEntry(id: $0) }
        }
        let make: @Sendable (ExtractorEntry) throws -> any Extractor = { entry in
            try registry.make(entry.id, options: entry.options, locations: entry.optionLocations, at: entry.location)
        }
        guard threads > 1, Set(entries.map(\.id)).count > 1 else {
            return ExtractionPipeline(try entries.map(make), ids: entries.map(\.id))
        }
        let chosen = entries
        // One task per id (its entries in order), tasks taken in turn by the threads.
        var tasks: [[Int]] = []
        var taskOfID: [String: Int] = [:]
        for (index, entry) in chosen.enumerated() {
            if let task = taskOfID[entry.id] { tasks[task].append(index) } else {
                taskOfID[entry.id] = tasks.count
                tasks.append([index])
            }
        }
        let idTasks = tasks
        let made = Mutex<[Result<any Extractor, any Error>?]>(Array(repeating: nil, count: chosen.count))
        let nextTask = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(threads, idTasks.count)) { _ in
            while true {
                let task = nextTask.wrappingAdd(1, ordering: .relaxed).oldValue
                guard task < idTasks.count else { return }
                for index in idTasks[task] {
                    let result = Result { try make(chosen[index]) }
                    made.withLock { $0[index] = result }
                }
            }
        }
        let built = try made.withLock { results in try results.map { try $0!.get() } }
        return ExtractionPipeline(built, ids: chosen.map(\.id))
    }
}

import GleanCore
import Yams

/// A YAML file read into ``JSONValue``s, remembering where every value was written, so that
/// config errors can name the file, line and column.
struct YAMLDocument {
    let file: String
    let root: JSONValue
    /// Locations of values by path: `extractors.0.options.rules.2.pattern`.
    let locations: [String: SourceLocation]
    /// Locations of mapping keys by path (for "unknown key" errors).
    let keyLocations: [String: SourceLocation]

    init(text: String, file: String) throws(GleanError) {
        self.file = file
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLDocument.describe(error, file: file)
        } catch {
            throw GleanError(.config, "not valid YAML: \(error)", at: SourceLocation(file: file))
        }
        var locations: [String: SourceLocation] = [:]
        var keyLocations: [String: SourceLocation] = [:]
        root = node.map { YAMLDocument.convert($0, path: "", file: file, locations: &locations, keys: &keyLocations) } ?? .null
        self.locations = locations
        self.keyLocations = keyLocations
    }

    /// Where the value at `path` was written (the file alone if unknown).
    func location(_ path: String) -> SourceLocation {
        locations[path] ?? SourceLocation(file: file)
    }

    /// Where the key of the value at `path` was written.
    func keyLocation(_ path: String) -> SourceLocation {
        keyLocations[path] ?? location(path)
    }

    private static func convert(_ node: Node, path: String, file: String, locations: inout [String: SourceLocation],
                                keys: inout [String: SourceLocation]) -> JSONValue {
        if let mark = node.mark {
            locations[path] = SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain && scalar.style != .any { return .string(scalar.string) }
            let s = scalar.string
            switch s {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default:
                if let i = Int(s) { return .int(i) }
                if s.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true, let d = Double(s) { return .double(d) }
                return .string(s)
            }
        case .mapping(let mapping):
            var object = JSONObject()
            for (key, value) in mapping {
                let name = key.string ?? "\(key)"
                let child = path.isEmpty ? name : path + "." + name
                if let mark = key.mark {
                    keys[child] = SourceLocation(file: file, line: mark.line, column: mark.column)
                }
                object[name] = convert(value, path: child, file: file, locations: &locations, keys: &keys)
            }
            return .object(object)
        case .sequence(let sequence):
            return .array(sequence.enumerated().map { index, item in
                convert(item, path: (path.isEmpty ? "" : path + ".") + String(index), file: file, locations: &locations, keys: &keys)
            })
        case .alias:
            return .null
        }
    }

    private static func describe(_ error: YamlError, file: String) -> GleanError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return GleanError(.config, "not valid YAML: \(detail)\(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return GleanError(.config, "duplicate keys \(duplicates.joined(separator: ", ")) \(context.text)", at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return GleanError(.config, "not valid YAML: \(error)", at: SourceLocation(file: file))
        }
    }
}

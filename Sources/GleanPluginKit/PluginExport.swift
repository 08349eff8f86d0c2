import CGleanPluginABI
import GleanCore
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plugin side of Glean's C plugin interface: wraps Swift extractors in the function table
/// that `glean` loads at run time. A plugin package exports its extractors like this:
///
/// ```swift
/// import GleanPluginKit
///
/// @_cdecl("glean_plugin_entry")
/// public func gleanPluginEntry() -> UnsafeRawPointer {
///     GleanPluginExport.entry(name: "casualties", extractors: [CasualtiesExtractor.self])
/// }
/// ```
///
/// The plugin links its own copy of Glean's core; only JSON crosses the boundary, so a plugin
/// keeps working with a newer `glean` as long as the ABI version matches.
public enum GleanPluginExport {
    private final class State: @unchecked Sendable {
        var factories: [ExtractorFactory] = []
        var descriptions: [UnsafeMutablePointer<CChar>] = []
        var table: UnsafeMutablePointer<glean_plugin>?
    }
    private static let state = State()
    /// Serializes building the table (callbacks only read `state` once it is built).
    private static let building = Mutex<Void>(())

    /// The function table for `extractors`; call it from your `glean_plugin_entry`.
    /// Repeated calls return the same table.
    public static func entry(name: String, extractors: [any Extractor.Type]) -> UnsafeRawPointer {
        building.withLock { _ in
            if let table = state.table { return UnsafeRawPointer(table) }
            state.factories = extractors.map(ExtractorFactory.init)
            state.descriptions = state.factories.map { strdup($0.description.json.jsonText)! }
            let table = UnsafeMutablePointer<glean_plugin>.allocate(capacity: 1)
            table.initialize(to: glean_plugin(
                abi_version: UInt32(GLEAN_PLUGIN_ABI_VERSION),
                core_version: UnsafePointer(strdup(GleanVersion.core)!),
                name: UnsafePointer(strdup(name)!),
                extractor_count: UInt32(extractors.count),
                describe: { index in
                    Int(index) < GleanPluginExport.state.descriptions.count ? UnsafePointer(GleanPluginExport.state.descriptions[Int(index)]) : nil
                },
                create: { index, optionsJSON, length, error in
                    GleanPluginExport.create(index: Int(index), options: optionsJSON, length: length, error: error)
                },
                extract: { handle, documentJSON, length, result in
                    GleanPluginExport.extract(handle: handle, document: documentJSON, length: length, result: result)
                },
                free_buffer: { buffer in free(buffer.data) },
                destroy: { handle in
                    if let handle { Unmanaged<Box>.fromOpaque(handle).release() }
                }))
            state.table = table
            return UnsafeRawPointer(table)
        }
    }

    private final class Box { let extractor: any Extractor; init(_ e: any Extractor) { extractor = e } }

    private static func fill(_ buffer: UnsafeMutablePointer<glean_buffer>?, _ text: String) {
        guard let buffer else { return }
        let bytes = Array(text.utf8)
        let memory = malloc(max(1, bytes.count))!.assumingMemoryBound(to: CChar.self)
        _ = bytes.withUnsafeBufferPointer { source in
            memcpy(memory, source.baseAddress!, bytes.count)
        }
        buffer.pointee = glean_buffer(data: memory, length: bytes.count)
    }

    private static func parse(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> JSONValue? {
        guard let pointer else { return nil }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
        return try? JSONParser.parse(bytes).value
    }

    private static func create(index: Int, options: UnsafePointer<CChar>?, length: Int,
                               error message: UnsafeMutablePointer<glean_buffer>?) -> UnsafeMutableRawPointer? {
        guard index >= 0, index < state.factories.count else {
            fill(message, "no extractor number \(index)")
            return nil
        }
        guard let values = parse(options, length)?.objectValue else {
            fill(message, "options are not a JSON object")
            return nil
        }
        do {
            let extractor = try state.factories[index].make(options: values)
            return Unmanaged.passRetained(Box(extractor)).toOpaque()
        } catch {
            fill(message, "\(error)")
            return nil
        }
    }

    private static func extract(handle: UnsafeMutableRawPointer?, document: UnsafePointer<CChar>?, length: Int,
                                result: UnsafeMutablePointer<glean_buffer>?) -> Int32 {
        guard let handle, let parsed = parse(document, length), let doc = Document(json: parsed) else {
            fill(result, #"{"errors":["the plugin received a malformed document"]}"#)
            return 1
        }
        let extractor = Unmanaged<Box>.fromOpaque(handle).takeUnretainedValue().extractor
        var extractions: [Extraction] = []
        var errors: [String] = []
        do {
            extractions = try extractor.extract(from: doc)
        } catch let partial as PartialExtraction {
            extractions = partial.extractions
            errors = partial.errors
        } catch {
            errors = ["\(error)"]
        }
        var out = JSONObject()
        out.append("extractions", .array(extractions.map { .object($0.json) }))
        out.append("errors", .array(errors.map(JSONValue.string)))
        fill(result, JSONValue.object(out).jsonText)
        return 0
    }
}

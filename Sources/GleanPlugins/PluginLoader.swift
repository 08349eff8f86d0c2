import CGleanPluginABI
import GleanCore
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads extractor plugins: shared libraries that export `glean_plugin_entry` (see
/// `glean_plugin.h` and `GleanPluginKit`). Each mismatch is a ``GleanError`` naming the file,
/// never a crash. Libraries are never unloaded.
public enum PluginLoader {
    /// The plugins loaded so far, by resolved path.
    private static let loaded = Mutex<[String: [ExtractorFactory]]>([:])

    /// The extractors of the plugin at `path`.
    public static func load(_ path: String) throws(GleanError) -> [ExtractorFactory] {
        let location = SourceLocation(file: path)
        guard access(path, F_OK) == 0 else {
            throw GleanError(.usage, "plugin not found", at: location)
        }
        // The resolved path, so that one library reached by two paths loads once.
        var key = path
        if let resolved = realpath(path, nil) {
            key = String(cString: resolved)
            free(resolved)
        }
        return try loaded.withLock { (loaded) throws(GleanError) -> [ExtractorFactory] in
            if let factories = loaded[key] { return factories }
            let factories = try open(key, at: location)
            loaded[key] = factories
            return factories
        }
    }

    /// Opens the library at `key` (a resolved path) and reads its extractors.
    private static func open(_ key: String, at location: SourceLocation) throws(GleanError) -> [ExtractorFactory] {
        let path = location.file
        guard let library = dlopen(key, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw GleanError(.usage, "cannot load plugin (not a shared library for this system?): \(reason)", at: location)
        }
        guard let symbol = dlsym(library, GLEAN_PLUGIN_ENTRY) else {
            throw GleanError(.usage, "not a Glean plugin: it has no '\(GLEAN_PLUGIN_ENTRY)' function", at: location)
        }
        let entry = unsafeBitCast(symbol, to: glean_plugin_entry_function.self)
        guard let table = entry() else {
            throw GleanError(.usage, "the plugin's \(GLEAN_PLUGIN_ENTRY) returned no table", at: location)
        }
        let plugin = LoadedPlugin(table: table, path: path)
        let pluginCore = table.pointee.core_version.map { String(cString: $0) } ?? "unknown"
        guard table.pointee.abi_version == GleanVersion.pluginABI else {
            throw GleanError(.usage, "plugin built for Glean plugin ABI \(table.pointee.abi_version) (core \(pluginCore)), "
                + "but this glean speaks ABI \(GleanVersion.pluginABI) (core \(GleanVersion.core)): rebuild the plugin against this Glean",
                at: location)
        }
        guard major(pluginCore) == major(GleanVersion.core) else {
            throw GleanError(.usage, "plugin built against Glean core \(pluginCore), but this glean has core \(GleanVersion.core) "
                + "(another major version): rebuild the plugin against this Glean", at: location)
        }
        guard table.pointee.describe != nil, table.pointee.create != nil, table.pointee.extract != nil,
              table.pointee.free_buffer != nil, table.pointee.destroy != nil else {
            throw GleanError(.usage, "the plugin's function table is incomplete", at: location)
        }
        var factories: [ExtractorFactory] = []
        for index in 0..<table.pointee.extractor_count {
            guard let text = table.pointee.describe(index),
                  let json = try? JSONParser.parse(String(cString: text)),
                  let description = ExtractorDescription(json: json) else {
                throw GleanError(.usage, "the plugin's extractor \(index) has no readable description", at: location)
            }
            factories.append(ExtractorFactory(description: description) { options in
                try PluginExtractor(plugin: plugin, index: index, id: description.id, options: options)
            })
        }
        return factories
    }

    private static func major(_ version: String) -> Substring {
        version.split(separator: ".").first ?? Substring(version)
    }
}

/// A loaded plugin library's function table.
final class LoadedPlugin: @unchecked Sendable {
    let table: UnsafePointer<glean_plugin>
    let path: String
    init(table: UnsafePointer<glean_plugin>, path: String) {
        self.table = table
        self.path = path
    }

    /// Takes the text out of a plugin buffer and releases it.
    func take(_ buffer: glean_buffer) -> String {
        guard let data = buffer.data else { return "" }
        let text = String(decoding: UnsafeRawBufferPointer(start: data, count: buffer.length), as: UTF8.self)
        table.pointee.free_buffer(buffer)
        return text
    }
}

/// One extractor instance living in a plugin: documents go in and results come out as JSON.
struct PluginExtractor: Extractor {
    static let description = ExtractorDescription(
        id: "plugin-extractor", summary: "An extractor provided by a plugin library (made by PluginLoader, not directly).")

    private final class Handle: @unchecked Sendable {
        let plugin: LoadedPlugin
        let pointer: UnsafeMutableRawPointer
        init(plugin: LoadedPlugin, pointer: UnsafeMutableRawPointer) {
            self.plugin = plugin
            self.pointer = pointer
        }
        deinit { plugin.table.pointee.destroy(pointer) }
    }

    private let handle: Handle
    private let id: String

    init(options: ExtractorOptions) throws {
        throw GleanError(.usage, "plugin extractors are created by PluginLoader")
    }

    init(plugin: LoadedPlugin, index: UInt32, id: String, options: ExtractorOptions) throws {
        var error = glean_buffer(data: nil, length: 0)
        let json = JSONValue.object(options.values).jsonText
        let pointer = json.withCString { plugin.table.pointee.create(index, $0, json.utf8.count, &error) }
        guard let pointer else {
            let message = plugin.take(error)
            throw GleanError(.config, "plugin extractor '\(id)' (\(plugin.path)): \(message.isEmpty ? "could not be created" : message)",
                             at: options.location)
        }
        self.handle = Handle(plugin: plugin, pointer: pointer)
        self.id = id
    }

    func extract(from document: Document) throws -> [Extraction] {
        var writer = JSONWriter(capacity: document.text.utf8.count + 128)
        writer.write(document.json)
        var result = glean_buffer(data: nil, length: 0)
        let status = writer.withBytes { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                handle.plugin.table.pointee.extract(handle.pointer, $0, bytes.count, &result)
            }
        }
        let text = handle.plugin.take(result)
        guard let object = (try? JSONParser.parse(text))?.objectValue else {
            throw GleanError(.extraction, "plugin returned malformed results")
        }
        let extractions = (object["extractions"]?.arrayValue ?? []).compactMap(Extraction.init(json:))
        let errors = (object["errors"]?.arrayValue ?? []).compactMap(\.stringValue)
        if status != 0 || !errors.isEmpty {
            throw PartialExtraction(extractions: extractions, errors: errors.isEmpty ? ["plugin failed"] : errors)
        }
        return extractions
    }
}

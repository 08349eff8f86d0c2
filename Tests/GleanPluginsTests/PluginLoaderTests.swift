import CGleanPluginABI
import Foundation
import Glean
import Testing
@testable import GleanPlugins

/// Plugins written in C, compiled at test time: a working one, and each kind of mismatch.
let cCompiler: String? = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite(.enabled(if: cCompiler != nil, "needs a C compiler (cc)"))
struct PluginLoaderTests {
    static let compiler = cCompiler
    static let header = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CGleanPluginABI/include").path

    /// A C plugin with one extractor that finds the word "hello"; `abi` and `core` are what it claims.
    static func source(abi: String = "GLEAN_PLUGIN_ABI_VERSION", core: String = "0.1.0") -> String {
        #"""
        #include "glean_plugin.h"
        #include <stdlib.h>
        #include <string.h>
        #include <stdio.h>
        static const char *describe(uint32_t i) {
            return "{\"id\":\"hello\",\"summary\":\"Finds hello (a plugin written in C).\",\"types\":[\"greeting\"],"
                   "\"options\":[{\"name\":\"shout\",\"type\":\"boolean\",\"default\":false,\"summary\":\"Upper-case the label.\"}],"
                   "\"examples\":[{\"text\":\"say hello\",\"expect\":[{\"text\":\"hello\"}],\"exhaustive\":true}]}";
        }
        static void *create(uint32_t i, const char *options, size_t n, glean_buffer *error) {
            if (strstr(options, "\"shout\":true")) return strdup("GREETING");
            return strdup("greeting");
        }
        static int32_t extract(void *handle, const char *doc, size_t n, glean_buffer *result) {
            /* Naive: the text is the second JSON string; documents here are ASCII. */
            const char *text = strstr(doc, "\"text\":\"");
            const char *hit = text ? strstr(text, "hello") : NULL;
            char *out = malloc(256);
            if (hit) {
                long start = (long)(hit - (text + 8));
                snprintf(out, 256, "{\"extractions\":[{\"type\":\"%s\",\"start\":%ld,\"end\":%ld,\"text\":\"hello\"}],\"errors\":[]}",
                         (char *)handle, start, start + 5);
            } else {
                snprintf(out, 256, "{\"extractions\":[],\"errors\":[]}");
            }
            result->data = out;
            result->length = strlen(out);
            return 0;
        }
        static void free_buffer(glean_buffer b) { free(b.data); }
        static void destroy(void *h) { free(h); }
        static const glean_plugin table = { \#(abi), "\#(core)", "hello", 1, describe, create, extract, free_buffer, destroy };
        const glean_plugin *glean_plugin_entry(void) { return &table; }
        """#
    }

    static func build(_ source: String, name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "glean-plugins-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let c = directory + "/\(name).c", so = directory + "/lib\(name).so"
        try source.write(toFile: c, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler!)
        process.arguments = ["-shared", "-fPIC", "-I", header, "-o", so, c]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return so
    }

    @Test func loadsAPluginWrittenInC() throws {
        let factories = try PluginLoader.load(try Self.build(Self.source(), name: "hello"))
        #expect(factories.map(\.id) == ["hello"])
        #expect(factories[0].description.options.first?.name == "shout")
        #expect(ExampleVerifier.verify(factories[0]).isEmpty)
        let shouting = try factories[0].make(options: ["shout": true])
        let found = try shouting.extract(from: Document(id: "1", text: "well hello there"))
        #expect(found == [Extraction(type: "GREETING", start: 5, end: 10, text: "hello")])
    }

    @Test func optionsAreValidatedByTheHost() throws {
        let factories = try PluginLoader.load(try Self.build(Self.source(), name: "hello"))
        #expect { _ = try factories[0].make(options: ["shoot": true]) } throws: { "\($0)".contains("(did you mean 'shout'?)") }
    }

    @Test func refusesAnotherABIVersionNamingBoth() throws {
        let path = try Self.build(Self.source(abi: "999"), name: "future")
        #expect { _ = try PluginLoader.load(path) } throws: { error in
            let text = "\(error)"
            return text.hasPrefix(path) && text.contains("ABI 999") && text.contains("ABI \(GleanVersion.pluginABI)")
                && (error as? GleanError)?.kind == .usage
        }
    }

    @Test func refusesAnotherCoreMajorVersion() throws {
        let path = try Self.build(Self.source(core: "7.2.0"), name: "oldcore")
        #expect { _ = try PluginLoader.load(path) } throws: { error in
            "\(error)".contains("core 7.2.0") && "\(error)".contains("core \(GleanVersion.core)")
        }
    }

    @Test func refusesALibraryWithoutTheEntryPoint() throws {
        let path = try Self.build("int unrelated(void) { return 1; }", name: "unrelated")
        #expect { _ = try PluginLoader.load(path) } throws: { "\($0)".contains("not a Glean plugin") }
    }

    @Test func refusesWhatIsNotALibraryAndWhatIsMissing() throws {
        let text = NSTemporaryDirectory() + "glean-not-a-library-\(UUID().uuidString).so"
        try "plain text".write(toFile: text, atomically: true, encoding: .utf8)
        #expect { _ = try PluginLoader.load(text) } throws: { "\($0)".contains("cannot load plugin") }
        #expect { _ = try PluginLoader.load("/no/such/plugin.so") } throws: { "\($0)" == "/no/such/plugin.so: plugin not found" }
    }

    @Test func headerAndSwiftAgreeOnTheABIVersion() {
        #expect(UInt32(GLEAN_PLUGIN_ABI_VERSION) == GleanVersion.pluginABI)
    }
}

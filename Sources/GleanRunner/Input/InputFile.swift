import Foundation
import GleanCore

/// One input named on the command line, or found in a directory: a text document or a JSONL
/// corpus (plain or gzip), or standard input.
public struct InputFile: Sendable, Hashable {
    /// How the file's content becomes documents.
    public enum Format: String, Sendable {
        /// The whole file is one document (`.txt`, `.txt.gz`, or any other name given explicitly).
        case text
        /// One JSON object per line (`.jsonl`, `.jsonl.gz`, `.ndjson`, or standard input).
        case jsonl
    }

    public let path: String
    public let format: Format
    /// The size on disk, when known (for progress and ETA).
    public let size: Int?

    public init(path: String, format: Format, size: Int? = nil) {
        self.path = path
        self.format = format
        self.size = size
    }

    /// The format a file name implies, or nil when it is not a recognized input.
    public static func format(ofName name: String) -> Format? {
        let lower = name.lowercased()
        for suffix in [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"] where lower.hasSuffix(suffix) { return .jsonl }
        for suffix in [".txt", ".txt.gz"] where lower.hasSuffix(suffix) { return .text }
        return nil
    }

    /// Expands command-line inputs: files as they are, directories recursively (their `.txt` and
    /// `.jsonl[.gz]` files, sorted), `-` for standard input. A missing path is a usage error.
    public static func expand(_ paths: [String]) throws(GleanError) -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: "-", format: .jsonl))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw GleanError(.usage, "no such file or directory", at: SourceLocation(file: path))
            }
            if isDirectory.boolValue {
                guard let walker = manager.enumerator(atPath: path) else {
                    throw GleanError(.usage, "cannot list directory", at: SourceLocation(file: path))
                }
                var found: [InputFile] = []
                for case let relative as String in walker {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    guard let format = format(ofName: name) else { continue }
                    let full = (path as NSString).appendingPathComponent(relative)
                    found.append(InputFile(path: full, format: format, size: fileSize(full)))
                }
                files.append(contentsOf: found.sorted { $0.path < $1.path })
            } else {
                files.append(InputFile(path: path, format: format(ofName: path) ?? .text, size: fileSize(path)))
            }
        }
        return files
    }

    static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    /// The document id of a text file: its name without directory and extension.
    var textDocumentID: String {
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        return (name as NSString).deletingPathExtension
    }
}

import CGleanZlib
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GleanCore

/// Reads bytes from a file or standard input, decompressing gzip transparently (zlib reads
/// plain files as they are), in large chunks.
final class ByteReader {
    private let file: gzFile
    /// The name used in messages (`-` for standard input).
    let name: String

    /// Opens `path`, or standard input when `path` is `-`.
    init(path: String) throws(GleanError) {
        let opened: gzFile?
        if path == "-" {
            opened = gzdopen(dup(0), "rb")
        } else {
            opened = gzopen(path, "rb")
        }
        guard let opened else {
            throw GleanError(.input, "cannot open: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        gzbuffer(opened, 1 << 18)
        file = opened
        name = path
    }

    deinit { gzclose(file) }

    /// Reads up to `capacity` bytes into `buffer` (replacing its contents); returns false at the end.
    func read(into buffer: inout [UInt8], capacity: Int = 1 << 20) throws(GleanError) -> Bool {
        var count: Int32 = 0
        buffer = [UInt8](unsafeUninitializedCapacity: capacity) { storage, initialized in
            count = gzread(file, storage.baseAddress, UInt32(capacity))
            initialized = max(0, Int(count))
        }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw GleanError(.input, "cannot read: \(message)", at: SourceLocation(file: name))
        }
        return count > 0
    }

    /// Reads everything that is left.
    func readAll() throws(GleanError) -> [UInt8] {
        var all: [UInt8] = []
        var chunk: [UInt8] = []
        while try read(into: &chunk) { all.append(contentsOf: chunk) }
        return all
    }

    /// How many bytes of the underlying (possibly compressed) file have been consumed.
    var rawOffset: Int { Int(gzoffset(file)) }
}

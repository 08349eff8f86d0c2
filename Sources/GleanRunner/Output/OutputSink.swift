import Foundation
import GleanCore

/// Where output bytes go: standard output, or a file written atomically (a temporary file in
/// the same directory, renamed over the target only when the run completes).
final class OutputSink {
    private let handle: UnsafeMutablePointer<FILE>
    private let target: String?
    private let temporary: String?

    /// Standard output when `path` is nil or `-`.
    init(path: String?) throws(GleanError) {
        guard let path, path != "-" else {
            handle = fdopen(dup(1), "wb")!
            target = nil
            temporary = nil
            return
        }
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            // A device or pipe (/dev/null, a FIFO): nothing to replace atomically, write to it.
            guard let opened = fopen(path, "wb") else {
                throw GleanError(.usage, "cannot write output: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
            }
            handle = opened
            target = nil
            temporary = nil
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        guard let opened = fopen(temp, "wb") else {
            throw GleanError(.usage, "cannot write output: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        setvbuf(opened, nil, _IOFBF, 1 << 20)
        handle = opened
        target = path
        temporary = temp
    }

    func write(_ bytes: [UInt8]) throws(GleanError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(GleanError) in try write(buffer) }
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(GleanError) {
        guard !bytes.isEmpty else { return }
        let written = fwrite(bytes.baseAddress, 1, bytes.count, handle)
        if written != bytes.count {
            throw GleanError(.input, "cannot write output: \(String(cString: strerror(errno)))",
                             at: SourceLocation(file: target ?? "<stdout>"))
        }
    }

    /// Flushes, and for a file renames the temporary file over the target.
    func finish() throws(GleanError) {
        if let temporary, let target {
            let failed = fflush(handle) != 0 || fsync(fileno(handle)) != 0
            fclose(handle)
            if failed || rename(temporary, target) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw GleanError(.input, "cannot write output: \(reason)", at: SourceLocation(file: target))
            }
        } else {
            fflush(handle)
            fclose(handle)
        }
    }

    /// Removes the temporary file of an abandoned run.
    func abandon() {
        if let temporary {
            fclose(handle)
            unlink(temporary)
        }
    }
}

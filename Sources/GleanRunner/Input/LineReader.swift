#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GleanCore

/// Splits a byte stream into lines (without the line break; `\r\n` accepted), counting them.
/// Lines of any length are supported; memory holds one chunk plus the current line.
final class LineReader {
    private let reader: ByteReader
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The number of the last line returned (1-based).
    private(set) var lineNumber = 0

    init(_ reader: ByteReader) { self.reader = reader }

    /// The next line, or nil at the end of the input.
    func next() throws(GleanError) -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position >= chunk.count {
                if finished { break }
                position = 0
                if try !reader.read(into: &chunk) {
                    finished = true
                    break
                }
            }
            let end: Int? = chunk.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return nil }
                guard let found = memchr(base + position, 0x0A, buffer.count - position) else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let end {
                line.append(contentsOf: chunk[position..<end])
                position = end + 1
                lineNumber += 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            line.append(contentsOf: chunk[position...])
            position = chunk.count
        }
        if line.isEmpty { return nil }
        lineNumber += 1
        if line.last == 0x0D { line.removeLast() }
        return line
    }
}

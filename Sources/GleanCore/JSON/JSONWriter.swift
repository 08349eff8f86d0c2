/// Writes JSON into a byte buffer: compact, keys in order, non-ASCII left as UTF-8.
///
/// The buffer is a plain growable allocation owned by this non-copyable value rather than an
/// `[UInt8]`: output is written in many small pieces (a quote, a key, a number), and appending
/// to an Array costs a uniqueness check, a capacity check and a call for each of them.
public struct JSONWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Number of bytes written so far.
    public private(set) var count = 0

    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Calls `body` with the bytes written so far, without copying them.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes as a String.
    public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let n = bytes.count
        if count + n > capacity { grow(to: count + n) }
        let target = start + count
        if n <= 16 {
            for i in 0..<n { target[i] = source[i] }
        } else {
            target.update(from: source, count: n)
        }
        count += n
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.update(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let b): raw(b ? "true" : "false")
        case .int(let i): write(int: i)
        case .double(let d): write(number: d)
        case .string(let s): write(string: s)
        case .array(let items):
            append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { append(UInt8(ascii: ",")) }
                write(item)
            }
            append(UInt8(ascii: "]"))
        case .object(let object):
            append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object {
                if !first { append(UInt8(ascii: ",")) }
                first = false
                write(string: key)
                append(UInt8(ascii: ":"))
                write(item)
            }
            append(UInt8(ascii: "}"))
        }
    }

    /// Writes a number; integral values print without a fraction, non-finite ones as null.
    public mutating func write(number d: Double) {
        if !d.isFinite { raw("null"); return }
        if d.rounded() == d && abs(d) < 1e15 { write(int: Int(d)); return }
        raw(String(d))
    }

    /// Writes an integer in decimal, without going through a String.
    public mutating func write(int value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            if value == .min { raw(String(value).dropFirst().description); return }
        }
        var magnitude = value.magnitude
        if magnitude < 10 {
            append(UInt8(ascii: "0") &+ UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            while magnitude > 0 {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
            }
            append(UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    /// Writes a quoted, escaped string.
    public mutating func write(string s: String) {
        append(UInt8(ascii: "\""))
        // Fast path: most strings need no escaping and are copied in one go.
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            guard JSONBytes.plainRunEnd(utf8, from: 0) == utf8.count else { return false }
            append(utf8)
            return true
        }
        if copied == true {
            append(UInt8(ascii: "\""))
            return
        }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                raw("\\u00")
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0xF)])
            default: append(byte)
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends literal text as is.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends text as is.
    @_disfavoredOverload
    public mutating func raw(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if done == nil { for byte in text.utf8 { append(byte) } }
    }
}


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

    /// Hands the written bytes over without copying them; the writer is used up.
    public consuming func finish() -> WrittenBytes {
        let written = WrittenBytes(start: start, count: count)
        discard self
        return written
    }

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

    /// Makes room for `n` more bytes and returns where they go (the caller bumps `count`).
    @inline(__always)
    private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > capacity { grow(to: count + n) }
        return start + count
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
    /// Same text as `Double.description` (shortest round-trip form).
    public mutating func write(number d: Double) {
        if !d.isFinite { raw("null"); return }
        if d.rounded() == d && abs(d) < 1e15 { write(int: Int(d)); return }
        if writeShortDecimal(d) { return }
        raw(String(d))
    }

    /// Powers of ten that are exact in a Double.
    private static let exactPowersOfTen: (Double, Double, Double, Double, Double, Double, Double, Double,
                                          Double, Double, Double, Double, Double, Double, Double) =
        (1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15)

    /// Writes a non-integral `d` with at most 15 significant digits in plain decimal form, the
    /// way `Double.description` does, without its general algorithm (coordinates, confidences
    /// and most measured values take this path).
    ///
    /// For n = 1, 2, ... fraction digits, m = round(|d| x 10^n) is the nearest n-digit decimal;
    /// when m / 10^n (one correctly rounded division of two exact values) gives back d, the
    /// decimal m x 10^-n reads back as d. With at most 15 significant digits no other decimal
    /// of that length reads back as d, so the first n found is the shortest form, the one
    /// `description` prints. Returns false (writing nothing) outside that range.
    private mutating func writeShortDecimal(_ d: Double) -> Bool {
        let magnitude = abs(d)
        guard magnitude >= 1e-3, magnitude < 1e15 else { return false }
        var fractionDigits = 0
        var scaled = 0.0
        withUnsafeBytes(of: JSONWriter.exactPowersOfTen) { raw in
            let powers = raw.bindMemory(to: Double.self)
            for n in 1...15 {
                let power = powers[n - 1]
                let candidate = (magnitude * power).rounded()
                if candidate >= 1e15 { return }
                if candidate / power == magnitude {
                    fractionDigits = n
                    scaled = candidate
                    return
                }
            }
        }
        guard fractionDigits > 0 else { return false }
        var digits = UInt64(scaled)
        // Sign, up to 15 digits, a point and a leading zero: 18 bytes at most.
        var length = 0
        var probe = digits
        repeat { length += 1; probe /= 10 } while probe > 0
        let integerDigits = max(length - fractionDigits, 1)
        let total = (d < 0 ? 1 : 0) + integerDigits + 1 + fractionDigits
        let target = reserve(total)
        var index = total - 1
        for _ in 0..<fractionDigits {
            target[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: digits % 10)
            digits /= 10
            index -= 1
        }
        target[index] = UInt8(ascii: ".")
        index -= 1
        for _ in 0..<integerDigits {
            target[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: digits % 10)
            digits /= 10
            index -= 1
        }
        if d < 0 { target[0] = UInt8(ascii: "-") }
        count += total
        return true
    }

    /// Writes an integer in decimal, without going through a String: digits are counted first,
    /// then written straight into the buffer from the last one.
    public mutating func write(int value: Int) {
        let negative = value < 0
        var magnitude = value.magnitude
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && magnitude >= limit {
            digits += 1
            if digits == 20 { break }
            limit = limit &* 10
        }
        let length = digits + (negative ? 1 : 0)
        let target = reserve(length)
        if negative { target[0] = UInt8(ascii: "-") }
        var index = length - 1
        while magnitude >= 10 {
            target[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            index -= 1
        }
        target[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        count += length
    }

    /// Writes a quoted, escaped string.
    public mutating func write(string s: String) {
        // Most strings need no escaping: checked and copied in one pass.
        let done: Bool? = s.utf8.withContiguousStorageIfAvailable { utf8 in
            if !writePlainQuoted(utf8) { writeEscapedQuoted(utf8) }
            return true
        }
        if done == true { return }
        var contiguous = s
        contiguous.withUTF8 { utf8 in
            if !writePlainQuoted(utf8) { writeEscapedQuoted(utf8) }
        }
    }

    /// Writes `utf8` quoted, with quotes, backslashes and control characters escaped: runs of
    /// plain bytes are found a word at a time and copied whole.
    private mutating func writeEscapedQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        var index = 0
        while index < utf8.count {
            let runEnd = JSONBytes.plainRunEnd(utf8, from: index)
            if runEnd > index { append(UnsafeBufferPointer(rebasing: utf8[index..<runEnd])) }
            guard runEnd < utf8.count else { break }
            let byte = utf8[runEnd]
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                let hex: StaticString = "0123456789abcdef"
                raw("\\u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0xF)])
            }
            index = runEnd + 1
        }
        append(UInt8(ascii: "\""))
    }

    /// Writes `,"key":` (an object key after the first), for keys that need no escaping.
    public mutating func write(nextKey key: String) {
        let done: Bool? = key.utf8.withContiguousStorageIfAvailable { utf8 in
            append(UInt8(ascii: ","))
            if writePlainQuoted(utf8) { append(UInt8(ascii: ":")); return true }
            count -= 1
            return false
        }
        if done == true { return }
        append(UInt8(ascii: ","))
        write(string: key)
        append(UInt8(ascii: ":"))
    }

    /// Copies `utf8` between quotes if none of its bytes needs escaping; otherwise writes
    /// nothing and returns false.
    ///
    /// Eight bytes at a time; the last partial word as an overlapping word (or, below eight
    /// bytes, as overlapping halves) instead of byte by byte: most keys and values are short.
    @inline(__always)
    private mutating func writePlainQuoted(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        let target = reserve(n + 2)
        target[0] = UInt8(ascii: "\"")
        if let source = utf8.baseAddress {
            var i = 0
            while i + 8 <= n {
                let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
                if JSONBytes.hasSpecialByte(word) { break }
                UnsafeMutableRawPointer(target + 1 + i).storeBytes(of: word, as: UInt64.self)
                i += 8
            }
            if i < n && i + 8 > n {
                if n >= 8 {
                    let word = UnsafeRawPointer(source + n - 8).loadUnaligned(as: UInt64.self)
                    if !JSONBytes.hasSpecialByte(word) {
                        UnsafeMutableRawPointer(target + 1 + n - 8).storeBytes(of: word, as: UInt64.self)
                        i = n
                    }
                } else if n >= 4 {
                    let low = UnsafeRawPointer(source).loadUnaligned(as: UInt32.self)
                    let high = UnsafeRawPointer(source + n - 4).loadUnaligned(as: UInt32.self)
                    if !JSONBytes.hasSpecialByte(UInt64(low) | UInt64(high) << 32) {
                        UnsafeMutableRawPointer(target + 1).storeBytes(of: low, as: UInt32.self)
                        UnsafeMutableRawPointer(target + 1 + n - 4).storeBytes(of: high, as: UInt32.self)
                        i = n
                    }
                } else {
                    // One to three bytes: first, middle and last cover them all; the rest of
                    // the word is filled with a plain letter.
                    let first = source[0], middle = source[n >> 1], last = source[n - 1]
                    let word = UInt64(first) | UInt64(middle) << 8 | UInt64(last) << 16 | 0x6161_6161_6100_0000
                    if !JSONBytes.hasSpecialByte(word) {
                        target[1] = first
                        target[1 + (n >> 1)] = middle
                        target[n] = last
                        i = n
                    }
                }
            }
            while i < n {
                let byte = source[i]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
                target[i + 1] = byte
                i += 1
            }
        }
        target[n + 1] = UInt8(ascii: "\"")
        count += n + 2
        return true
    }

    /// Appends literal text as is.
    @inline(__always)
    public mutating func raw(_ text: StaticString) {
        guard text.hasPointerRepresentation else { text.withUTF8Buffer { append($0) }; return }
        let n = text.utf8CodeUnitCount
        let target = reserve(n)
        let source = text.utf8Start
        for i in 0..<n { target[i] = source[i] }
        count += n
    }

    /// Appends text as is.
    @_disfavoredOverload
    public mutating func raw(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if done == nil { for byte in text.utf8 { append(byte) } }
    }
}

/// Bytes handed over by ``JSONWriter/finish()``: freed with the last reference.
public final class WrittenBytes: @unchecked Sendable {
    /// The bytes (immutable).
    public let buffer: UnsafeBufferPointer<UInt8>

    fileprivate init(start: UnsafeMutablePointer<UInt8>, count: Int) {
        buffer = UnsafeBufferPointer(start: start, count: count)
    }

    deinit { UnsafeMutablePointer(mutating: buffer.baseAddress!).deallocate() }
}

/// A JSON syntax error: what is wrong and the byte offset where it was found.
public struct JSONParseError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// Byte offset into the parsed text.
    public let offset: Int
    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes. Invalid UTF-8 inside strings is replaced
/// with U+FFFD and reported through ``repairedUTF8``, never a crash.
public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Set when a string held invalid UTF-8 that was replaced with U+FFFD.
    public private(set) var repairedUTF8 = false
    private var depth = 0

    /// Parses one JSON value that must fill `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> (value: JSONValue, repairedUTF8: Bool) {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < bytes.count { throw parser.error("unexpected text after the JSON value") }
        return (value, parser.repairedUTF8)
    }

    /// Parses one JSON value from a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var copy = text
        let result: Result<JSONValue, JSONParseError> = copy.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try parse(buffer).value }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func error(_ message: String) -> JSONParseError { JSONParseError(message: message, offset: position) }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = current else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character '\(printable(byte))', expected a value")
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("unexpected end of input") }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] {
            throw error("invalid literal, expected '\(word)'")
        }
        position += count
    }

    private mutating func nest() throws(JSONParseError) {
        depth += 1
        if depth > 512 { throw error("nesting deeper than 512 levels") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        position += 1
        var object = JSONObject()
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            if object[key] != nil { object[key] = value } else { object.append(key, value) }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(object)
            case nil: throw error("unexpected end of input inside an object")
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(items)
            case nil: throw error("unexpected end of input inside a list")
            default: throw error("expected ',' or ']' in a list")
            }
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        var isInteger = true
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw error("invalid number")
        }
        while let c = current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { position += 1 }
        if current == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let c = current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { throw error("invalid number") }
            while let c = current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { position += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard let c = current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { throw error("invalid number") }
            while let c = current, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text) else { throw JSONParseError(message: "invalid number", offset: start) }
        return .double(d)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        position += 1
        // A run of plain bytes up to the closing quote is the whole string (the common case).
        let start = position
        position = JSONBytes.plainRunEnd(bytes, from: position)
        guard let byte = current else { throw error("unterminated string") }
        if byte == UInt8(ascii: "\"") {
            position += 1
            return decode(UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]))
        }
        if byte < 0x20 { throw error("control character in a string (must be escaped)") }
        // Escapes: the string is decoded into a buffer as long as the rest of the input (an
        // escape is never shorter than what it stands for).
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - start)
        defer { scratch.deallocate() }
        var length = 0
        var runStart = start
        while true {
            let run = position - runStart
            if run > 0 { (scratch + length).update(from: bytes.baseAddress! + runStart, count: run); length += run }
            guard let byte = current else { break }
            if byte == UInt8(ascii: "\"") {
                position += 1
                return decode(UnsafeBufferPointer(start: scratch, count: length))
            }
            if byte < 0x20 { throw error("control character in a string (must be escaped)") }
            // A backslash.
            try appendEscape(to: scratch, length: &length)
            runStart = position
            position = JSONBytes.plainRunEnd(bytes, from: position)
        }
        throw error("unterminated string")
    }

    /// Decodes the escape sequence at `position` (a backslash) into `scratch` at `length`.
    private mutating func appendEscape(to scratch: UnsafeMutablePointer<UInt8>, length: inout Int) throws(JSONParseError) {
        position += 1
        guard let escaped = current else { return }
        position += 1
        let decoded: UInt8
        switch escaped {
        case UInt8(ascii: "\""): decoded = 0x22
        case UInt8(ascii: "\\"): decoded = 0x5C
        case UInt8(ascii: "/"): decoded = 0x2F
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), current == UInt8(ascii: "\\"),
               position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") {
                let save = position
                position += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    position = save
                }
            }
            let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            if Unicode.Scalar(scalar) == nil { repairedUTF8 = true }
            // At most four bytes, for at least six read.
            for byte in UTF8.encode(value)! {
                scratch[length] = byte
                length += 1
            }
            return
        default:
            position -= 1
            throw error("invalid escape '\\\(printable(escaped))'")
        }
        scratch[length] = decoded
        length += 1
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[position]
            let digit: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func decode(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        // ASCII (keys, ids, dates, most English text) is valid UTF-8 as it stands, and
        // `String(decoding:)` costs a third of `String(validating:)` on short strings.
        if JSONBytes.isASCII(slice) { return String(decoding: slice, as: UTF8.self) }
        if let valid = String(validating: slice, as: UTF8.self) { return valid }
        repairedUTF8 = true
        return String(decoding: slice, as: UTF8.self)
    }
}

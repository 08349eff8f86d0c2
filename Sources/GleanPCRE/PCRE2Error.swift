import CGleanPCRE2

/// An error reported by PCRE2, with its message and, for compile errors, the offset in the pattern.
public struct PCRE2Error: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The pattern does not compile; `offset` is the byte offset in the pattern.
        case compile(offset: Int)
        /// JIT compilation failed (the pattern is still usable through the interpreter).
        case jit
        /// A match stopped because it hit the match, depth, heap or JIT stack limit.
        case limit
        /// Any other matching error.
        case match
    }

    public let kind: Kind
    /// PCRE2's numeric error code.
    public let code: Int32
    /// PCRE2's own message for `code`.
    public let message: String
    /// The pattern at fault, when known.
    public let pattern: String?

    public init(kind: Kind, code: Int32, pattern: String? = nil) {
        self.kind = kind
        self.code = code
        self.message = PCRE2Error.message(for: code)
        self.pattern = pattern
    }

    /// PCRE2's text for an error code.
    public static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, 256) }
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }

    public var description: String {
        switch kind {
        case .compile(let offset):
            if let pattern {
                return "bad pattern at offset \(offset): \(message) (in \(PCRE2Error.excerpt(pattern, at: offset)))"
            }
            return "bad pattern at offset \(offset): \(message)"
        case .limit:
            return "pattern hit a PCRE2 resource limit: \(message)" + (pattern.map { " (pattern \(PCRE2Error.excerpt($0, at: 0)))" } ?? "")
        case .jit, .match:
            return message
        }
    }

    /// Up to 40 bytes of the pattern around `offset`, with a marker at the offset.
    static func excerpt(_ pattern: String, at offset: Int) -> String {
        let bytes = Array(pattern.utf8)
        let at = max(0, min(offset, bytes.count))
        let from = max(0, at - 20), to = min(bytes.count, at + 20)
        let before = String(decoding: bytes[from..<at], as: UTF8.self)
        let after = String(decoding: bytes[at..<to], as: UTF8.self)
        return "\(from > 0 ? "…" : "")\(before)⟨here⟩\(after)\(to < bytes.count ? "…" : "")"
    }
}

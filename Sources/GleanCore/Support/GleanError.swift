/// Where something is in an input or config file: file, line, column (all 1-based where known).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as compilers print it.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, let column, line > 0 { text += ":\(column)" }
        return text
    }
}

/// An error a user can act on: what is wrong and where.
public struct GleanError: Error, CustomStringConvertible, Sendable {
    /// The kind decides the exit status: usage and config errors stop the run (status 2),
    /// input and extraction errors fail one document (status 1).
    public enum Kind: Sendable { case usage, config, input, extraction }

    public let kind: Kind
    public let message: String
    public let location: SourceLocation?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}

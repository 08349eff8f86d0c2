/// A JSON value. Objects keep their key order, so output is stable and readable.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, if this is a string.
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    /// The number as a Double, if this is a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    /// The number as an Int, if this is an integral number.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        default: return nil
        }
    }
    /// The Bool, if this is a Bool.
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    /// The object, if this is an object.
    public var objectValue: JSONObject? { if case .object(let o) = self { return o } else { return nil } }
    /// Whether this is `null`.
    public var isNull: Bool { self == .null }

    /// The JSON type name, for error messages ("string", "number", ...).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "list"
        case .object: return "mapping"
        }
    }

    /// Compact JSON text.
    public var jsonText: String {
        var writer = JSONWriter()
        writer.write(self)
        return writer.string
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
    public init(nilLiteral: ()) { self = .null }
}

/// A JSON object that keeps the order in which keys were set.
///
/// Keys and values live side by side in one array: an object (say an extraction's attributes)
/// costs one allocation.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One key and its value.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        @inlinable
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The keys and values, in order.
    public var entries: [Entry] { storage }
    /// The entries' storage (visible to inlinable code so that `append` inlines into extractors).
    @usableFromInline
    internal var storage: [Entry] = []
    /// The entries as ``Extraction`` writes them, kept by ``prepareForOutput()``; dropped by
    /// any change.
    @usableFromInline
    internal var written: WrittenEntries?

    /// The keys, in order.
    public var keys: [String] { entries.map(\.key) }
    /// The values, in key order.
    public var values: [JSONValue] { entries.map(\.value) }

    @inlinable
    public init() {}
    /// An empty object with room for `capacity` keys (building attributes without regrowing).
    @inlinable
    public init(capacity: Int) {
        storage.reserveCapacity(capacity)
    }
    public init(_ pairs: [(String, JSONValue)]) {
        for (key, value) in pairs { self[key] = value }
    }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }

    /// The value for `key`; setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            written = nil
            if let index = storage.firstIndex(where: { $0.key == key }) {
                if let newValue { storage[index].value = newValue } else { storage.remove(at: index) }
            } else if let newValue {
                storage.append(Entry(key: key, value: newValue))
            }
        }
    }

    /// Appends without checking for an existing key (for building objects key by key).
    @inlinable
    public mutating func append(_ key: consuming String, _ value: consuming JSONValue) {
        written = nil
        if storage.capacity == 0 {
            // Extraction attributes have a handful of keys: one allocation instead of four.
            storage.reserveCapacity(8)
        }
        storage.append(Entry(key: key, value: value))
    }

    /// Writes the entries once, as an extraction's attributes are written, and keeps the text:
    /// an object shared by many extractions (say from a cache of places) is then copied into
    /// the output instead of written value by value each time. Any change drops the text.
    public mutating func prepareForOutput() {
        var writer = JSONWriter(capacity: 256)
        Extraction.writeAttributes(storage, into: &writer)
        written = writer.withBytes { WrittenEntries($0) }
    }

    /// Whether ``prepareForOutput()`` has kept the written entries (and nothing changed since).
    public var isPreparedForOutput: Bool { written != nil }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool { lhs.storage == rhs.storage }
    public func hash(into hasher: inout Hasher) { hasher.combine(storage) }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Entry]>
        public mutating func next() -> (String, JSONValue)? {
            base.next().map { ($0.key, $0.value) }
        }
    }

    public func makeIterator() -> Iterator { Iterator(base: storage.makeIterator()) }
}

/// An object's entries as written by ``Extraction/write(into:)``: `,"key":value` for each entry
/// that is not one of the extraction's own keys.
///
/// The bytes live in an allocation of their own, read through a plain pointer: writing them
/// out then costs no retain of an array (extractions with prepared attributes are written
/// thousands of times per batch).
@usableFromInline
final class WrittenEntries: @unchecked Sendable {
    /// The bytes; immutable once made.
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ source: UnsafeBufferPointer<UInt8>) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(source.count, 1))
        _ = copy.initialize(fromContentsOf: source)
        bytes = UnsafeBufferPointer(start: copy.baseAddress, count: source.count)
    }

    deinit { UnsafeMutableRawPointer(mutating: bytes.baseAddress!).deallocate() }
}

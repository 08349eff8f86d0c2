/// A quantity being assembled from a number and its context (byte offsets into the document).
struct Quantity {
    /// The span: from the currency symbol or sign to the end of the unit or counted noun.
    var start: Int
    var end: Int
    /// The number itself (with its multiplier).
    var numberStart: Int
    var numberEnd: Int
    /// The value; nil for vague numbers ("tens of thousands").
    var value: Double?
    var min: Double?
    var max: Double?
    /// The number as written before any multiplier (for ranges: "4.5 to 5 million").
    var rawValue: Double?
    /// The word multiplier ("million"), if any.
    var multiplier: Double?
    /// Written as an integer in digits without separators ("1998"): may be a year.
    var plainInteger = false
    var inWords = false
    var isBareOne = false
    var vague = false
    /// Canonical unit name, the unit as written, the counted entity, the currency code: indices
    /// into the document's ``QuantityStrings`` (-1: none), so that a quantity is a trivial value
    /// (copied and dropped without retains or releases).
    var unit: Int32 = -1
    var unitText: Int32 = -1
    var entity: Int32 = -1
    var currency: Int32 = -1
    /// One of the definitions of ``UnitTable/units`` (which live as long as the process), held
    /// without a reference count.
    var definitionRef: Unmanaged<UnitDefinition>?
    var definition: UnitDefinition? {
        get { definitionRef?.takeUnretainedValue() }
        set { definitionRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    var hasDefinition: Bool { definitionRef != nil }
    /// The unit is a counted noun ("drones"), not a unit of measure.
    var isCount = false
    /// The noun stands for an earlier one ("56 others") or is missing ("one was shot down").
    var elided = false
    /// The span is the number alone and the unit came from an of-phrase ("one of the strikes").
    var partitive = false
    /// = ~ > < (as in CQE / NewsQuant), as its ASCII byte (a trivial field: no string compared or released).
    var change = Change.equal
    var isScore = false

    /// A unit of measure, currency or percentage (not a counted noun).
    var isMeasured: Bool { currency >= 0 || definitionRef != nil }
    var isBare: Bool { unit < 0 && currency < 0 }
}

/// The strings of one document's quantities, which hold their indices.
final class QuantityStrings {
    // Only the thread reading the document touches it: no dynamic exclusivity checks.
    @exclusivity(unchecked) var strings: [String] = []

    /// Adds `s`; its index.
    @inline(__always) func add(_ s: String) -> Int32 {
        strings.append(s)
        return Int32(truncatingIfNeeded: strings.count - 1)
    }

    /// `s` added, or -1 for nil.
    @inline(__always) func add(_ s: String?) -> Int32 {
        guard let s else { return -1 }
        return add(s)
    }

    /// The string at `index`; nil for -1.
    @inline(__always) subscript(_ index: Int32) -> String? {
        index < 0 ? nil : strings[Int(index)]
    }
}

/// The `change` of a quantity: one of the ASCII bytes = ~ > <.
enum Change {
    static let equal = UInt8(ascii: "="), approximate = UInt8(ascii: "~"), more = UInt8(ascii: ">"), less = UInt8(ascii: "<")

    /// The output string of `change`.
    static func string(_ change: UInt8) -> String {
        switch change {
        case approximate: return "~"
        case more: return ">"
        case less: return "<"
        default: return "="
        }
    }
}

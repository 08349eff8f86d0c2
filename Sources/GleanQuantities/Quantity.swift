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
    /// Canonical unit name, the unit as written, the counted entity.
    var unit: String?
    var unitText: String?
    var entity: String?
    var currency: String?
    var definition: UnitDefinition?
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
    var isMeasured: Bool { currency != nil || definition != nil }
    var isBare: Bool { unit == nil && currency == nil }
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

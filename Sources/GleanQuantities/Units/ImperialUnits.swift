/// Conversion from a dimension's base unit to the US customary unit news readers expect.
enum ImperialUnits {
    /// Target unit per dimension: name, base units per target unit, offset (for °F).
    static let targets: [Dimension: (name: String, factor: Double, offset: Double)] = [
        .length: ("foot", 0.3048, 0), .area: ("square foot", 0.09290304, 0), .volume: ("gallon", 3.785411784, 0),
        .mass: ("pound", 0.45359237, 0), .speed: ("mile per hour", 1.609344, 0),
        .temperature: ("degree Fahrenheit", 5.0 / 9.0, -32 * 5.0 / 9.0), .fuelEconomy: ("mile per gallon", 0.425143707, 0),
        .pressure: ("pound per square inch", 6894.757, 0), .torque: ("pound-foot", 1.3558179483, 0),
        .power: ("horsepower", 745.699872, 0),
    ]

    /// The value in US customary units, from the value in the base unit; nil when the dimension has none.
    static func convert(_ base: Double, _ dimension: Dimension) -> (Double, String)? {
        guard let target = targets[dimension] else { return nil }
        return ((base - target.offset) / target.factor, target.name)
    }
}

/// What a unit measures, and the base unit conversions go to (`si_unit`).
enum Dimension: String, Sendable {
    case length, area, volume, mass, time, speed, temperature, energy, power, frequency, pressure
    case data, dataRate, torque, charge, voltage, current, sound, fuelEconomy, angle, ratio, radiation, force

    /// The base unit values are converted to: SI where news readers use it, else the common
    /// metric unit (km/h for speed, °C for temperature, litre for volume).
    var baseUnit: String {
        switch self {
        case .length: return "metre"
        case .area: return "square metre"
        case .volume: return "litre"
        case .mass: return "kilogram"
        case .time: return "second"
        case .speed: return "kilometre per hour"
        case .temperature: return "degree Celsius"
        case .energy: return "joule"
        case .power: return "watt"
        case .frequency: return "hertz"
        case .pressure: return "pascal"
        case .data: return "byte"
        case .dataRate: return "bit per second"
        case .torque: return "newton metre"
        case .charge: return "ampere-hour"
        case .voltage: return "volt"
        case .current: return "ampere"
        case .sound: return "decibel"
        case .fuelEconomy: return "kilometre per litre"
        case .angle: return "degree"
        case .ratio: return "percent"
        case .radiation: return "gray"
        case .force: return "newton"
        }
    }
}

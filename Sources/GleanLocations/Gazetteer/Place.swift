/// One place of the gazetteer: a country, an admin region, a city, a region or a body of water.
public struct Place: Sendable, Hashable {
    /// What kind of place it is (the `feature` output field).
    public enum Feature: UInt8, Sendable, CaseIterable {
        case country = 0, admin1, admin2, city, continent, region, water

        /// The name written in the output.
        public var name: String {
            switch self {
            case .country: return "country"
            case .admin1: return "admin1"
            case .admin2: return "admin2"
            case .city: return "city"
            case .continent: return "continent"
            case .region: return "region"
            case .water: return "water"
            }
        }
    }

    /// The place's index in the gazetteer.
    public let index: Int
    /// The GeoNames id, where the source gives one.
    public let geonamesID: Int?
    public let latitude: Double
    public let longitude: Double
    /// Inhabitants (of an admin region: the sum over its towns; 0 where unknown).
    public let population: Int
    /// The canonical English name.
    public let name: String
    /// The first-level admin region (state, oblast) it lies in, by name.
    public let admin1: String?
    /// ISO 3166-1 alpha-2 country code (empty for continents and cross-border regions).
    public let country: String
    public let feature: Feature
    /// Whether it is its country's capital.
    public let isCapital: Bool
    /// Its country as a number (the two code bytes), for fast grouping.
    let countryKey: Int
    /// Its admin1 region as a number (country and region name), for fast grouping; nil without one.
    let regionKey: Int?
}

/// A name of the gazetteer (folded: lower case, no diacritics) and the places it may mean.
public struct NameEntry: Sendable, Hashable {
    /// What is known about a name.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Also a common English word ("Mobile", "Reading", "Hope").
        public static let commonWord = Flags(rawValue: 1)
        /// Only a place right after "City, " ("Ind.", "Pa.").
        public static let needsComma = Flags(rawValue: 2)
        /// A demonym ("Russian"), pointing at its country.
        public static let demonym = Flags(rawValue: 4)
        /// An abbreviation ("U.S.", "N.Y.").
        public static let abbreviation = Flags(rawValue: 8)
        /// An alternate spelling ("Kiev").
        public static let alternate = Flags(rawValue: 16)
    }

    /// The entry's index in the gazetteer.
    public let index: Int
    /// The places, most important first, as gazetteer indices.
    public let places: [Int]
    public let flags: Flags
}

/// A name entry as resolution needs it: its index, where its places are, its flags (no array).
struct EntryRef {
    var index: Int32
    var first: UInt32
    var count: UInt16
    var flags: NameEntry.Flags
}

/// What resolution needs of a place, without strings (a trivial value: copies cost nothing).
/// ``Gazetteer/place(_:)`` gives the full ``Place`` for output.
struct PlaceRef {
    /// Regions that field national teams: countries in all but name ("England beat Wales").
    static let homeNations: [[UInt8]] = ["England", "Scotland", "Wales", "Northern Ireland"].map { Array($0.utf8) }
    /// The country keys of "US" and of no country ("  ").
    static let us = 0x5553, noCountry = 0x2020

    var index: Int32
    var population: Int
    /// The two country code bytes.
    var countryKey: Int
    /// Admin1 region key as ``Place``'s regionKey, or -1 without one.
    var regionKey: Int
    /// Offsets of the name and the admin1 name in the gazetteer's strings (UInt32.max: none).
    var nameOffset: UInt32
    var admin1Offset: UInt32
    var feature: Place.Feature
    var isCapital: Bool
    /// An admin1 named as a home nation ("England", "Wales").
    var isHomeNation: Bool

    var hasCountry: Bool { countryKey != PlaceRef.noCountry }
    var isUS: Bool { countryKey == PlaceRef.us }
}

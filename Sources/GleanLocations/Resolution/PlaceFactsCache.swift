import Foundation
import Synchronization

/// What resolution works out for a place from the place alone, kept for the process: its prior
/// (``Disambiguator/prior(_:)``: logarithms) and how many words its name has if it is a
/// "... City" (``Disambiguator/isLongerCityName(_:tokens:gazetteer:)``: a string read). Documents
/// name the same places again and again; one lock per document.
final class PlaceFactsCache: ProcessCache {
    /// Per place: the prior's bit pattern (0: not yet known; priors are positive), and the words
    /// of a "... City" name plus one (1: not such a name; 0: not yet known). Zeroed allocations,
    /// nothing to set up per place.
    struct Facts: @unchecked Sendable {
        let priors: UnsafeMutablePointer<UInt64>
        let cityWords: UnsafeMutablePointer<UInt8>
        /// log10(population + 1) of cities, its bit pattern inverted (0: not yet known; the
        /// inverse of a logarithm's bits is never 0).
        let logPopulations: UnsafeMutablePointer<UInt64>
    }
    private let facts: Mutex<Facts>
    let placeCount: Int

    init(placeCount: Int) {
        self.placeCount = placeCount
        let n = max(placeCount, 1)
        let priors = calloc(n, MemoryLayout<UInt64>.stride)!.bindMemory(to: UInt64.self, capacity: n)
        let cityWords = calloc(n, 1)!.bindMemory(to: UInt8.self, capacity: n)
        let logPopulations = calloc(n, MemoryLayout<UInt64>.stride)!.bindMemory(to: UInt64.self, capacity: n)
        facts = Mutex(Facts(priors: priors, cityWords: cityWords, logPopulations: logPopulations))
    }

    deinit {
        facts.withLock { facts in
            free(facts.priors)
            free(facts.cityWords)
            free(facts.logPopulations)
        }
    }

    /// Calls `body` with the tables, under the lock.
    func withFacts<R>(_ body: (Facts) -> R) -> R {
        facts.withLock { body($0) }
    }

    private static let slot = Mutex<PlaceFactsCache?>(nil)
    /// The process's cache for a gazetteer of `placeCount` places (kept to the end).
    static func shared(placeCount: Int) -> PlaceFactsCache { shared(in: slot, placeCount: placeCount) }
}

import Synchronization

/// A cache kept for the whole process, one per gazetteer (told apart by its place count):
/// documents on every thread share it, and no extractor's release tears it down.
protocol ProcessCache: AnyObject, Sendable {
    var placeCount: Int { get }
    init(placeCount: Int)
}

extension ProcessCache {
    /// The instance in `slot` for a gazetteer of `placeCount` places, made on first use.
    static func shared(in slot: borrowing Mutex<Self?>, placeCount: Int) -> Self {
        slot.withLock { cached in
            if let cached, cached.placeCount == placeCount { return cached }
            let made = Self(placeCount: placeCount)
            cached = made
            return made
        }
    }
}

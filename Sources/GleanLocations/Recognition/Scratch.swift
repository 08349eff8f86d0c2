import Synchronization

/// The arrays of one document's work (tokens, name matches, the mention table), kept between
/// documents so that each document reuses their room instead of allocating it again. A few are
/// kept for the process (one per thread at work at once); ones grown past a bound are dropped,
/// so memory stays small.
final class LocationScratch: @unchecked Sendable {
    var tokens: [Token] = []
    var matches: [NameMatch] = []
    var table = MentionTable()
    /// Bytes for the resolution's arena.
    let arena = ArenaBuffer()

    /// Elements an array may keep room for between documents.
    static let maxKept = 4096
    /// Scratch objects kept at most.
    static let maxSpare = 16

    private static let spare = Mutex<[LocationScratch]>([])

    /// A scratch object, kept or new; hand it back with ``give(_:)``.
    static func take() -> LocationScratch {
        spare.withLock { $0.popLast() } ?? LocationScratch()
    }

    static func give(_ scratch: LocationScratch) {
        if scratch.tokens.capacity > maxKept { scratch.tokens = [] }
        if scratch.matches.capacity > maxKept { scratch.matches = [] }
        if scratch.table.mentions.capacity > maxKept { scratch.table.mentions = [] }
        if scratch.table.pool.capacity > 16 * maxKept { scratch.table.pool = [] }
        if scratch.table.groups.capacity > maxKept { scratch.table.groups = [] }
        spare.withLock { spare in
            if spare.count < maxSpare { spare.append(scratch) }
        }
    }
}

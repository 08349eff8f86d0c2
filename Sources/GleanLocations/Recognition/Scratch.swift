import GleanPCRE

/// The arrays of one document's work (tokens, name matches, the mention table), kept by each
/// thread from one document to the next so that each document reuses their room instead of
/// allocating it again; arrays grown past a bound are dropped when given back, so memory stays
/// small. Taken with ``take()`` and given back with ``give(_:)``, on the same thread.
final class LocationScratch {
    // Only the thread that took the scratch touches it: no dynamic exclusivity checks.
    @exclusivity(unchecked) var tokens = TokenStore()
    @exclusivity(unchecked) var matches = ScratchStore<NameMatch>()
    @exclusivity(unchecked) var table = MentionTable()
    /// Bytes for the resolution's arena.
    let arena = ArenaBuffer()
    /// The shelf of the thread that made this scratch (scratches never leave their thread).
    private unowned(unsafe) let shelf: PerThreadPool<LocationScratch>.Shelf

    private init(shelf: PerThreadPool<LocationScratch>.Shelf) { self.shelf = shelf }

    deinit {
        tokens.release()
        matches.release()
    }

    /// Elements an array may keep room for between documents.
    static let maxKept = 4096

    private static let pool = PerThreadPool<LocationScratch>()

    /// A scratch object of this thread, kept or new; hand it back with ``give(_:)``.
    static func take() -> LocationScratch {
        let shelf = pool.shelf
        return shelf.take() ?? LocationScratch(shelf: shelf)
    }

    static func give(_ scratch: LocationScratch) {
        if scratch.tokens.capacity > maxKept { scratch.tokens.release() }
        if scratch.matches.capacity > maxKept { scratch.matches.release() }
        if scratch.table.mentions.capacity > maxKept { scratch.table.mentions = [] }
        if scratch.table.pool.capacity > 16 * maxKept { scratch.table.pool = [] }
        if scratch.table.groups.capacity > maxKept { scratch.table.groups = [] }
        scratch.shelf.give(scratch)
    }
}

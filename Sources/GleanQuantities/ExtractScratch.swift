import GleanPCRE

/// The working arrays of one ``QuantityExtractor/extract(from:)`` call, kept by each thread from
/// one document to the next so that their storage is allocated once, not per document.
/// Taken with ``acquire()`` and given back (emptied, capacity kept) with ``release(_:)``.
final class ExtractScratch {
    // Only the thread that acquired the scratch touches it: no dynamic exclusivity checks.
    @exclusivity(unchecked) var starts: [ClosedRange<Int>] = []
    @exclusivity(unchecked) var vetoStarts: [ClosedRange<Int>] = []
    @exclusivity(unchecked) var vetoes: [Range<Int>] = []
    @exclusivity(unchecked) var window: [ClosedRange<Int>] = []
    @exclusivity(unchecked) var found: [Quantity] = []
    /// The strings of the quantities (emptied, capacity kept, on release).
    let strings = QuantityStrings()
    /// The shelf of the thread that made this scratch (scratches never leave their thread).
    private unowned(unsafe) let shelf: PerThreadPool<ExtractScratch>.Shelf

    private init(shelf: PerThreadPool<ExtractScratch>.Shelf) { self.shelf = shelf }

    private static let pool = PerThreadPool<ExtractScratch>()

    /// A scratch of this thread with empty arrays (a new one if all are in use).
    static func acquire() -> ExtractScratch {
        let shelf = pool.shelf
        return shelf.take() ?? ExtractScratch(shelf: shelf)
    }

    /// Elements an array may keep room for between documents (a huge document's arrays are dropped).
    static let maxKept = 4096

    /// Empties the arrays (keeping their storage, up to ``maxKept``) and gives `scratch` back to
    /// its thread.
    static func release(_ scratch: ExtractScratch) {
        if scratch.starts.capacity > maxKept || scratch.vetoStarts.capacity > maxKept || scratch.vetoes.capacity > maxKept
            || scratch.window.capacity > maxKept || scratch.found.capacity > maxKept || scratch.strings.strings.capacity > maxKept {
            // (Dropped: the thread makes a new one for its next document.)
            return
        }
        empty(&scratch.starts)
        empty(&scratch.vetoStarts)
        empty(&scratch.vetoes)
        empty(&scratch.window)
        empty(&scratch.found)
        empty(&scratch.strings.strings)
        scratch.shelf.give(scratch)
    }

    /// `array.removeAll(keepingCapacity: true)`, cheaper for the usual empty or short array.
    @inline(__always) private static func empty<T>(_ array: inout [T]) {
        if !array.isEmpty { array.removeLast(array.count) }
    }
}

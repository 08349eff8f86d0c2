#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// The pool of the thread that made this scratch (scratches never leave their thread).
    private unowned(unsafe) let pool: Pool

    private init(pool: Pool) { self.pool = pool }

    /// The free scratches of one thread; only that thread touches it.
    private final class Pool { @exclusivity(unchecked) var free: [ExtractScratch] = [] }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        return key
    }()

    private static var pool: Pool {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<Pool>.fromOpaque(raw).takeUnretainedValue()
        }
        let pool = Pool()
        pthread_setspecific(key, Unmanaged.passRetained(pool).toOpaque())
        return pool
    }

    /// A scratch of this thread with empty arrays (a new one if all are in use).
    static func acquire() -> ExtractScratch {
        let pool = self.pool
        return pool.free.popLast() ?? ExtractScratch(pool: pool)
    }

    /// Empties the arrays (keeping their storage) and gives `scratch` back to its thread.
    static func release(_ scratch: ExtractScratch) {
        empty(&scratch.starts)
        empty(&scratch.vetoStarts)
        empty(&scratch.vetoes)
        empty(&scratch.window)
        empty(&scratch.found)
        empty(&scratch.strings.strings)
        scratch.pool.free.append(scratch)
    }

    /// `array.removeAll(keepingCapacity: true)`, cheaper for the usual empty or short array.
    @inline(__always) private static func empty<T>(_ array: inout [T]) {
        if !array.isEmpty { array.removeLast(array.count) }
    }
}

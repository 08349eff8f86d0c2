#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reusable working objects (match data, an extractor's arrays), kept per thread so that taking
/// one and giving it back needs no lock and allocates nothing once a thread has warmed up.
///
/// Each thread has its own ``Shelf`` of free objects, made on its first use and freed with the
/// thread. An object records the shelf it was taken from and goes back there, so giving back
/// needs no thread-local lookup; objects never leave the thread that took them. Nested users
/// (a match started inside another match's callback) each take their own object.
///
/// Declare one pool per kind of object, as a `static let`:
/// ```swift
/// private static let pool = PerThreadPool<Scratch>()
/// let shelf = pool.shelf
/// let scratch = shelf.take() ?? Scratch(shelf: shelf)
/// defer { scratch.shelf.give(scratch) }
/// ```
package final class PerThreadPool<Element: AnyObject>: @unchecked Sendable {
    /// The free objects of one thread. Only its own thread touches it, so the dynamic
    /// exclusivity checks Swift would make on every access are left out.
    package final class Shelf {
        // Kept as `AnyObject`s: the array's code is then compiled here once for all element types
        // (a generic `[Element]` would run unspecialized code in the modules that use the pool).
        @exclusivity(unchecked) @usableFromInline var free: [AnyObject] = []

        @usableFromInline init() { free.reserveCapacity(8) }

        /// A free object of this shelf, or nil when all are in use.
        @inlinable @inline(__always)
        package func take() -> Element? {
            guard let object = free.popLast() else { return nil }
            return unsafeDowncast(object, to: Element.self)
        }

        /// Puts `element` back on this shelf.
        @inlinable @inline(__always)
        package func give(_ element: Element) { free.append(element) }
    }

    @usableFromInline let key: pthread_key_t

    package init() {
        var key = pthread_key_t()
        // The destructor runs when a thread that used the pool exits: it frees the thread's shelf.
        let status = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        // (Fails only when the process has used up its thread-local keys, a few hundred.)
        precondition(status == 0, "pthread_key_create failed (\(status))")
        self.key = key
    }

    /// The calling thread's shelf, made on first use.
    @inlinable
    package var shelf: Shelf {
        if let raw = pthread_getspecific(key) {
            return Unmanaged<Shelf>.fromOpaque(raw).takeUnretainedValue()
        }
        return makeShelf()
    }

    @usableFromInline
    func makeShelf() -> Shelf {
        let shelf = Shelf()
        pthread_setspecific(key, Unmanaged.passRetained(shelf).toOpaque())
        return shelf
    }
}

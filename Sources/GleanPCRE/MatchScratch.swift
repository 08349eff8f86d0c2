import CGleanPCRE2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Match data reused across matches: a small pool per thread, so patterns shared between threads
/// never allocate per match, and a match started inside another match's callback gets its own.
final class MatchScratch {
    private(set) var data: OpaquePointer
    private(set) var pairs: Int

    private init(pairs: Int) {
        self.pairs = max(pairs, 16)
        self.data = pcre2_match_data_create_8(UInt32(self.pairs), nil)!
    }

    deinit { pcre2_match_data_free_8(data) }

    private func ensure(pairs needed: Int) {
        guard needed > pairs else { return }
        pcre2_match_data_free_8(data)
        pairs = max(needed, pairs * 2)
        data = pcre2_match_data_create_8(UInt32(pairs), nil)!
    }

    /// The free scratches of one thread.
    private final class Pool { var free: [MatchScratch] = [] }

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

    static func acquire(pairs: Int) -> MatchScratch {
        let pool = self.pool
        let scratch = pool.free.popLast() ?? MatchScratch(pairs: pairs)
        scratch.ensure(pairs: pairs)
        return scratch
    }

    static func release(_ scratch: MatchScratch) {
        pool.free.append(scratch)
    }
}

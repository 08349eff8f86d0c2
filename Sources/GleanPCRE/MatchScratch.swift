import CGleanPCRE2

/// Match data reused across matches: a small pool per thread, so patterns shared between threads
/// never allocate per match, and a match started inside another match's callback gets its own.
final class MatchScratch {
    @exclusivity(unchecked) private(set) var data: OpaquePointer
    @exclusivity(unchecked) private(set) var pairs: Int
    /// The shelf of the thread that made this scratch, where it goes back when released (so a
    /// release needs no thread-local lookup). Scratches never leave their thread.
    private unowned(unsafe) let shelf: PerThreadPool<MatchScratch>.Shelf

    private init(pairs: Int, shelf: PerThreadPool<MatchScratch>.Shelf) {
        self.pairs = max(pairs, 16)
        self.data = pcre2_match_data_create_8(UInt32(self.pairs), nil)!
        self.shelf = shelf
    }

    /// A match context owned by this scratch, for matches that change per-call settings (the
    /// offset limit) and so cannot use a pattern's shared context.
    @exclusivity(unchecked) private var ownContext: OpaquePointer?

    deinit {
        pcre2_match_data_free_8(data)
        if let ownContext { pcre2_match_context_free_8(ownContext) }
    }

    /// This scratch's own match context, set to `limits` (cheaper than copying the pattern's).
    @inline(__always)
    func context(limits: MatchLimits) -> OpaquePointer {
        let context: OpaquePointer
        if let ownContext {
            context = ownContext
        } else {
            context = pcre2_match_context_create_8(nil)!
            ownContext = context
        }
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        return context
    }

    @inline(__always)
    private func ensure(pairs needed: Int) {
        guard needed > pairs else { return }
        pcre2_match_data_free_8(data)
        pairs = max(needed, pairs * 2)
        data = pcre2_match_data_create_8(UInt32(pairs), nil)!
    }

    /// The free scratches of each thread.
    private static let pool = PerThreadPool<MatchScratch>()

    static func acquire(pairs: Int) -> MatchScratch {
        let shelf = pool.shelf
        guard let scratch = shelf.take() else { return MatchScratch(pairs: pairs, shelf: shelf) }
        scratch.ensure(pairs: pairs)
        return scratch
    }

    static func release(_ scratch: MatchScratch) {
        scratch.shelf.give(scratch)
    }
}

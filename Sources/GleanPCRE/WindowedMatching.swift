import CGleanPCRE2

extension Pattern {
    /// Calls `body` for every non-overlapping match whose start lies in one of `windows`, scanning
    /// only there: the same matches, in the same order, as ``forEachMatch(inUTF8:from:_:)`` would
    /// give when every match of the pattern starts inside some window.
    ///
    /// A window `lo...hi` bounds where a match may start; the match itself may run past `hi` and
    /// lookarounds see the whole subject. Windows must be sorted by `lowerBound` (they may overlap).
    /// The pattern must be compiled with ``PatternOptions/offsetLimit``. Use it with a cheap prescan
    /// that finds the literal anchors every match must contain: the pattern then runs over a small
    /// part of the text instead of attempting a match at every word.
    public func forEachMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, startingIn windows: [ClosedRange<Int>],
                             _ body: (Match) throws -> Bool) throws {
        precondition(options.contains(.offsetLimit), "forEachMatch(startingIn:) needs a pattern compiled with .offsetLimit")
        guard !windows.isEmpty else { return }
        let scratch = MatchScratch.acquire(pairs: captureCount + 1)
        defer { MatchScratch.release(scratch) }
        // The offset limit lives in the match context: use the scratch's own (set to this
        // pattern's limits), the pattern's shared one is read by other threads.
        let context = scratch.context(limits: limits)
        var next = 0  // the scan position: where the previous match ended
        for window in windows {
            let limit = min(window.upperBound, bytes.count)
            let from = max(next, window.lowerBound)
            guard from <= limit else { continue }
            pcre2_set_offset_limit_8(context, limit)
            guard try scan(bytes, from: from, limit: limit, context: context, data: scratch.data, next: &next, body) else { return }
        }
    }
}

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
        // The offset limit lives in the match context: use a private copy, the shared one is read by other threads.
        let context = pcre2_match_context_copy_8(matchContext)!
        defer { pcre2_match_context_free_8(context) }
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let length = bytes.count
        var next = 0  // the scan position: where the previous match ended
        for window in windows {
            let limit = min(window.upperBound, length)
            var offset = max(next, window.lowerBound)
            var flags: UInt32 = 0
            while offset <= limit {
                pcre2_set_offset_limit_8(context, limit)
                let rc: Int32
                if isJITCompiled && flags & PCRE2_ANCHORED == 0 {
                    rc = pcre2_jit_match_8(code, base, length, offset, flags, scratch.data, context)
                } else {
                    rc = pcre2_match_8(code, base, length, offset, flags | PCRE2_NO_UTF_CHECK, scratch.data, context)
                }
                if rc == PCRE2_ERROR_NOMATCH {
                    if flags == 0 { break }
                    // After an empty match retried at the same place, step one code point on.
                    flags = 0
                    offset += 1
                    while offset < length, base[offset] & 0xC0 == 0x80 { offset += 1 }
                    next = offset
                    continue
                }
                if rc < 0 { throw PCRE2Error(kind: Pattern.isLimit(rc) ? .limit : .match, code: rc, pattern: source) }
                let ovector = pcre2_get_ovector_pointer_8(scratch.data)!
                let match = Match(subject: base, length: length, ovector: ovector, pairs: Int(rc), pattern: self)
                guard try body(match) else { return }
                let matchStart = Int(ovector[0]), matchEnd = Int(ovector[1])
                if matchEnd == matchStart {
                    if matchEnd == length { return }
                    flags = PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED
                } else {
                    flags = 0
                }
                offset = matchEnd
                next = matchEnd
            }
        }
    }

    static func isLimit(_ rc: Int32) -> Bool {
        rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT
    }
}

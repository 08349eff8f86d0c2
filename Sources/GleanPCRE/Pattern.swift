import CGleanPCRE2
import Synchronization

/// A compiled, JIT-compiled PCRE2 pattern in UTF mode.
///
/// A `Pattern` is immutable and safe to share between threads: each match borrows match data
/// from a per-thread pool. Subjects are Swift strings (always valid UTF-8), so matching skips
/// PCRE2's UTF check; offsets are UTF-8 byte offsets into the subject.
///
/// ```swift
/// let p = try Pattern(#"(?<n>\d+) drones"#, options: .caseless)
/// for m in try p.allMatches(in: "eight drones, 113 drones") { print(m.range, m["n"] as Any) }
/// ```
public final class Pattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    /// The compile options.
    public let options: PatternOptions
    /// The limits applied to every match.
    public let limits: MatchLimits
    /// The number of capturing groups (group 0, the whole match, not counted).
    public let captureCount: Int
    /// Named groups and their numbers.
    public let groupNumbers: [String: Int]
    /// Whether JIT compilation succeeded (matching falls back to the interpreter otherwise).
    public let isJITCompiled: Bool

    let code: OpaquePointer
    let matchContext: OpaquePointer
    /// The same pattern compiled with PCRE2_ANCHORED, made on first anchored match: PCRE2's JIT
    /// ignores PCRE2_ANCHORED given at match time (it falls back to the interpreter, several
    /// times slower), but honours it given at compile time.
    private let anchoredTwin = AnchoredTwin()

    /// Compiles `source`; throws a ``PCRE2Error`` naming the offset of a syntax error.
    public init(_ source: String, options: PatternOptions = [], limits: MatchLimits = .default) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | PCRE2_UTF
        let compiled: OpaquePointer? = source.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) {
                pcre2_compile_8($0, buffer.count - 1, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PCRE2Error(kind: .compile(offset: Int(errorOffset)), code: errorCode, pattern: source)
        }
        self.source = source
        self.options = options
        self.limits = limits
        self.code = compiled
        self.isJITCompiled = Pattern.jitCompile(compiled)

        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        self.captureCount = Int(count)
        self.groupNumbers = Pattern.readNameTable(compiled)

        let context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
        self.matchContext = context
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
        if let twin = anchoredTwin.code { pcre2_code_free_8(twin) }
    }

    /// Holds the anchored twin. Built once, under a lock, by whichever thread needs it first;
    /// after that every anchored match reads it with one atomic load, no lock.
    private final class AnchoredTwin: @unchecked Sendable {
        /// 0: not built yet; -1: could not be JIT-compiled; otherwise the compiled code's address.
        private let state = Atomic<Int>(0)
        private let building = Mutex<Void>(())

        /// The compiled twin, if it was built (for freeing).
        var code: OpaquePointer? {
            let value = state.load(ordering: .acquiring)
            return value > 0 ? OpaquePointer(bitPattern: value) : nil
        }

        func get(_ source: String, _ flags: UInt32) -> OpaquePointer? {
            let seen = state.load(ordering: .acquiring)
            if seen != 0 { return seen > 0 ? OpaquePointer(bitPattern: seen) : nil }
            return building.withLock { _ -> OpaquePointer? in
                let again = state.load(ordering: .acquiring)
                if again != 0 { return again > 0 ? OpaquePointer(bitPattern: again) : nil }
                var errorCode: Int32 = 0
                var errorOffset = 0
                let compiled: OpaquePointer? = source.utf8CString.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) {
                        pcre2_compile_8($0, buffer.count - 1, flags | PCRE2_ANCHORED, &errorCode, &errorOffset, nil)
                    }
                }
                guard let compiled, Pattern.jitCompile(compiled) else {
                    if let compiled { pcre2_code_free_8(compiled) }
                    state.store(-1, ordering: .releasing)
                    return nil
                }
                state.store(Int(bitPattern: UnsafeRawPointer(compiled)), ordering: .releasing)
                return compiled
            }
        }
    }

    /// JIT-compiles `code`; false when there is no JIT code to run, including for a pattern
    /// that starts with `(*NO_JIT)` (PCRE2 then reports success but makes nothing, and a JIT
    /// match would fail every time).
    private static func jitCompile(_ code: OpaquePointer) -> Bool {
        guard pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0 else { return false }
        var size = 0
        return pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_JITSIZE), &size) == 0 && size > 0
    }

    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0, entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [:] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            names[String(cString: entry + 2)] = number
        }
        return names
    }

    // MARK: Matching

    /// Calls `body` for every non-overlapping match in `subject`, starting at byte `start`.
    /// Return `false` from `body` to stop early. The ``Match`` is only valid inside `body`.
    public func forEachMatch(in subject: String, from start: Int = 0, _ body: (Match) throws -> Bool) throws {
        var subject = subject
        try subject.withUTF8 { bytes in
            try forEachMatch(inUTF8: bytes, from: start, body)
        }
    }

    /// Calls `body` for every non-overlapping match in valid UTF-8 `bytes` (see ``forEachMatch(in:from:_:)``).
    public func forEachMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                             _ body: (Match) throws -> Bool) throws {
        let scratch = MatchScratch.acquire(pairs: captureCount + 1)
        defer { MatchScratch.release(scratch) }
        var next = start
        _ = try scan(bytes, from: start, limit: bytes.count, context: matchContext, data: scratch.data, next: &next, body)
    }

    /// The match loop shared by every scan: matches starting at `start` ... `limit`, each handed to
    /// `body`; an empty match is retried once at the same place (not empty), then the scan steps
    /// one code point on. `next` ends as the position after the last match. Returns false when
    /// the scan must stop altogether (`body` said so, or an empty match at the very end).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, context: OpaquePointer,
              data: OpaquePointer, next: inout Int, _ body: (Match) throws -> Bool) throws -> Bool {
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let length = bytes.count
        var offset = start
        var flags: UInt32 = 0
        while offset <= limit {
            let rc = run(base, length, offset, flags, data, context)
            if rc == PCRE2_ERROR_NOMATCH {
                if flags == 0 { return true }
                // After an empty match retried at the same place, step one code point on.
                flags = 0
                offset += 1
                while offset < length, base[offset] & 0xC0 == 0x80 { offset += 1 }
                next = offset
                continue
            }
            if rc < 0 { throw matchError(rc) }
            let ovector = pcre2_get_ovector_pointer_8(data)!
            let match = Match(subject: base, length: length, ovector: ovector, pairs: Int(rc), pattern: self)
            guard try body(match) else { return false }
            let matchStart = Int(ovector[0]), matchEnd = Int(ovector[1])
            if matchEnd == matchStart {
                if matchEnd == length { return false }
                flags = PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED
            } else {
                flags = 0
            }
            offset = matchEnd
            next = matchEnd
        }
        return true
    }

    /// The first match at or after byte `start`, copied out.
    public func firstMatch(in subject: String, from start: Int = 0) throws -> MatchResult? {
        var found: MatchResult?
        try forEachMatch(in: subject, from: start) { match in
            found = match.result()
            return false
        }
        return found
    }

    /// A match that starts exactly at byte `start`, copied out (an anchored match).
    public func match(in subject: String, anchoredAt start: Int) throws -> MatchResult? {
        var subject = subject
        return try subject.withUTF8 { bytes in try match(inUTF8: bytes, anchoredAt: start) }
    }

    /// A match that starts exactly at byte `start` of `bytes`, copied out.
    public func match(inUTF8 bytes: UnsafeBufferPointer<UInt8>, anchoredAt start: Int) throws -> MatchResult? {
        guard start <= bytes.count else { return nil }
        let scratch = MatchScratch.acquire(pairs: captureCount + 1)
        defer { MatchScratch.release(scratch) }
        let rc = try runAnchored(bytes, start, scratch.data)
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        let ovector = pcre2_get_ovector_pointer_8(scratch.data)!
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        return Match(subject: base, length: bytes.count, ovector: ovector, pairs: Int(rc), pattern: self).result()
    }

    /// Whether a match starts exactly at byte `start` of `bytes` (nothing copied out).
    public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>, anchoredAt start: Int) throws -> Bool {
        guard start <= bytes.count else { return false }
        let scratch = MatchScratch.acquire(pairs: captureCount + 1)
        defer { MatchScratch.release(scratch) }
        return try runAnchored(bytes, start, scratch.data) != PCRE2_ERROR_NOMATCH
    }

    /// One anchored match attempt: on the JIT through the anchored twin when there is one (PCRE2's
    /// JIT ignores PCRE2_ANCHORED given at match time and falls back to the interpreter).
    /// Returns PCRE2's result code; errors other than "no match" are thrown.
    private func runAnchored(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ data: OpaquePointer) throws -> Int32 {
        let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let rc: Int32
        if isJITCompiled && options.contains(.anchored) {
            rc = pcre2_jit_match_8(code, base, bytes.count, start, 0, data, matchContext)
        } else if isJITCompiled, let twin = anchoredTwin.get(source, options.rawValue | PCRE2_UTF) {
            rc = pcre2_jit_match_8(twin, base, bytes.count, start, 0, data, matchContext)
        } else {
            rc = run(base, bytes.count, start, PCRE2_ANCHORED, data, matchContext)
        }
        if rc < 0 && rc != PCRE2_ERROR_NOMATCH { throw matchError(rc) }
        return rc
    }

    /// Every match in `subject`, copied out.
    public func allMatches(in subject: String) throws -> [MatchResult] {
        var results: [MatchResult] = []
        try forEachMatch(in: subject) { match in
            results.append(match.result())
            return true
        }
        return results
    }

    /// Whether the pattern matches anywhere in `subject`.
    public func matches(_ subject: String) throws -> Bool {
        try firstMatch(in: subject) != nil
    }

    private func run(_ base: UnsafePointer<UInt8>, _ length: Int, _ offset: Int, _ flags: UInt32,
                     _ data: OpaquePointer, _ context: OpaquePointer) -> Int32 {
        if isJITCompiled && flags & PCRE2_ANCHORED == 0 {
            return pcre2_jit_match_8(code, base, length, offset, flags, data, context)
        }
        return pcre2_match_8(code, base, length, offset, flags | PCRE2_NO_UTF_CHECK, data, context)
    }

    private func matchError(_ rc: Int32) -> PCRE2Error {
        switch rc {
        case PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_JIT_STACKLIMIT:
            return PCRE2Error(kind: .limit, code: rc, pattern: source)
        default:
            return PCRE2Error(kind: .match, code: rc, pattern: source)
        }
    }

    /// Escapes `literal` so that it matches itself inside a pattern.
    public static func escape(_ literal: String) -> String {
        var out = ""
        out.reserveCapacity(literal.utf8.count + 4)
        for scalar in literal.unicodeScalars {
            if "\\^$.|?*+()[]{}#-/ ".unicodeScalars.contains(scalar) {
                out += scalar == " " ? "\\x20" : "\\" + String(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

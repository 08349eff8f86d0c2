/// A byte trie of spellings, for the longest spelling at a position followed by no ASCII letter
/// or digit: what a trie alternation (``TrieAlternation``: longer spellings first) followed by
/// `(?![A-Za-z0-9])` matches.
final class ByteTrie: @unchecked Sendable {
    /// Per node: whether a spelling ends there, and its edges `edgeStart[node]..<edgeStart[node + 1]`.
    private let terminal: UnsafeMutablePointer<Bool>
    /// Per terminal node: the index in ``spellings`` of the spelling that ends there.
    private let spellingIndex: UnsafeMutablePointer<Int32>
    /// The spellings as given (lowercased when `caseless`), by index.
    let spellings: [String]
    private let edgeStart: UnsafeMutablePointer<Int32>
    private let edgeByte: UnsafeMutablePointer<UInt8>
    private let edgeChild: UnsafeMutablePointer<Int32>
    /// The root's children by byte (-1: none).
    private let root: UnsafeMutablePointer<Int32>
    private let caseless: Bool

    /// `spellings` as given (exact) or lowercased (`caseless`: ASCII letters are folded on lookup).
    init<S: Sequence>(_ spellings: S, caseless: Bool) where S.Element == String {
        self.caseless = caseless
        // Built with one open-addressing table of edges (`node << 8 | byte` → child), not a
        // dictionary per node: start-up stays cheap.
        let distinct = Array(Set(spellings.filter { !$0.isEmpty }.map { caseless ? $0.lowercased() : $0 }))
        self.spellings = distinct
        let keys = distinct.map { Array($0.utf8) }
        let totalBytes = keys.reduce(0) { $0 + $1.count }
        var slots = 1024
        while slots < 2 * totalBytes + 2 { slots <<= 1 }
        var tableKey = [Int](repeating: -1, count: slots)
        var tableChild = [Int32](repeating: -1, count: slots)
        var ends = [false]
        ends.reserveCapacity(totalBytes + 1)
        var endIndex: [Int32] = [-1]
        endIndex.reserveCapacity(totalBytes + 1)
        var parents: [Int] = [-1]  // (only to count edges per node)
        parents.reserveCapacity(totalBytes + 1)
        var via: [UInt8] = [0]
        via.reserveCapacity(totalBytes + 1)
        for (keyIndex, key) in keys.enumerated() {
            var node = 0
            for b in key {
                let k = node << 8 | Int(b)
                var slot = (k &* 0x9E37_79B9) & (slots - 1)
                while tableKey[slot] != -1 && tableKey[slot] != k { slot = (slot + 1) & (slots - 1) }
                if tableKey[slot] == k {
                    node = Int(tableChild[slot])
                } else {
                    let child = ends.count
                    ends.append(false)
                    endIndex.append(-1)
                    parents.append(node)
                    via.append(b)
                    tableKey[slot] = k
                    tableChild[slot] = Int32(child)
                    node = child
                }
            }
            ends[node] = true
            endIndex[node] = Int32(keyIndex)
        }
        let count = ends.count
        let edges = count - 1
        terminal = .allocate(capacity: count)
        spellingIndex = .allocate(capacity: count)
        spellingIndex.initialize(from: endIndex, count: count)
        edgeStart = .allocate(capacity: count + 1)
        edgeByte = .allocate(capacity: max(edges, 1))
        edgeChild = .allocate(capacity: max(edges, 1))
        root = .allocate(capacity: 256)
        root.initialize(repeating: -1, count: 256)
        var degree = [Int](repeating: 0, count: count + 1)
        for child in 1..<max(count, 1) { degree[parents[child]] += 1 }
        var e = 0
        for node in 0..<count {
            terminal[node] = ends[node]
            edgeStart[node] = Int32(e)
            e += degree[node]
        }
        edgeStart[count] = Int32(e)
        var fill = [Int](repeating: 0, count: count)
        for node in 0..<count { fill[node] = Int(edgeStart[node]) }
        for child in 1..<max(count, 1) {
            let parent = parents[child]
            edgeByte[fill[parent]] = via[child]
            edgeChild[fill[parent]] = Int32(child)
            fill[parent] += 1
            if parent == 0 { root[Int(via[child])] = Int32(child) }
        }
    }

    deinit {
        terminal.deallocate(); spellingIndex.deallocate(); edgeStart.deallocate(); edgeByte.deallocate(); edgeChild.deallocate(); root.deallocate()
    }

    @inline(__always) private func child(_ node: Int, _ b: UInt8) -> Int {
        if node == 0 { return Int(root[Int(b)]) }
        var e = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while e < end {
            if edgeByte[e] == b { return Int(edgeChild[e]) }
            e += 1
        }
        return -1
    }

    /// The longest spelling at `start` that no ASCII letter or digit follows: its end and its
    /// index in ``spellings``; nil when there is none; an end of -1 when a byte above ASCII meets
    /// a caseless node with children (PCRE2 folds some of them onto ASCII letters: the Kelvin
    /// sign, "ſ"), so that only the pattern can tell.
    @inline(__always) func longest(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (end: Int, spelling: Int)? {
        let n = bytes.count
        var node = 0
        var i = start
        var best: (end: Int, spelling: Int)?
        while true {
            if terminal[node] {
                if i >= n { return (i, Int(spellingIndex[node])) }
                let b = bytes[i]
                if !((b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10) { best = (i, Int(spellingIndex[node])) }
            }
            guard i < n else { return best }
            var b = bytes[i]
            if caseless {
                if b >= 0x80 {
                    if edgeStart[node + 1] > edgeStart[node] { return (-1, -1) }
                    return best
                }
                if b &- 0x41 < 26 { b |= 0x20 }
            }
            let next = child(node, b)
            if next < 0 { return best }
            node = next
            i += 1
        }
    }
}

/// The first match of ``UnitGrammar/unitPattern`` at a position, found without PCRE2: the
/// separator alternatives in the pattern's order, and for each the longest symbol (exact case),
/// then the longest name (any case), that no ASCII letter or digit follows.
struct UnitMatch {
    var separator: Range<Int>
    var symbol: Range<Int>?
    var name: Range<Int>?
    var end: Int
    /// The spelling's index in ``UnitGrammar/symbolTrie`` or ``UnitGrammar/nameTrie`` (-1: not known).
    var spelling = -1
}

extension UnitGrammar {
    enum FastUnit {
        case match(UnitMatch)
        case none
        case unknown
    }

    func matchUnit(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> FastUnit {
        let n = bytes.count
        @inline(__always) func at(_ i: Int) -> UInt8 { i < n ? bytes[i] : 0 }
        // (?<sep>\x20?-\x20?|\x20|\x{a0}|), each in turn, the optional spaces greedy.
        var seps: (Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1)  // separator ends, in order
        var count = 0
        @inline(__always) func add(_ e: Int) {
            switch count {
            case 0: seps.0 = e
            case 1: seps.1 = e
            case 2: seps.2 = e
            case 3: seps.3 = e
            default: seps.4 = e
            }
            count += 1
        }
        let b0 = at(p)
        if b0 == 0x20 {
            if at(p + 1) == UInt8(ascii: "-") {
                if at(p + 2) == 0x20 { add(p + 3) }
                add(p + 2)
            }
            add(p + 1)
        } else if b0 == UInt8(ascii: "-") {
            if at(p + 1) == 0x20 { add(p + 2) }
            add(p + 1)
        } else if b0 == 0xC2 && at(p + 1) == 0xA0 {
            add(p + 2)
        }
        add(p)
        for k in 0..<count {
            let s: Int
            switch k {
            case 0: s = seps.0
            case 1: s = seps.1
            case 2: s = seps.2
            case 3: s = seps.3
            default: s = seps.4
            }
            if let (e, k) = symbolTrie.longest(bytes, s) {
                if e < 0 { return .unknown }
                return .match(UnitMatch(separator: p..<s, symbol: s..<e, name: nil, end: e, spelling: k))
            }
            if let (e, k) = nameTrie.longest(bytes, s) {
                if e < 0 { return .unknown }
                return .match(UnitMatch(separator: p..<s, symbol: nil, name: s..<e, end: e, spelling: k))
            }
        }
        return .none
    }
}

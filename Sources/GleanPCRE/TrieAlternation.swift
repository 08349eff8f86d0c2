/// Builds a trie-factored alternation from a large set of literal names (a gazetteer).
///
/// A flat `Kazan|Kaluga|Kursk|...` pattern is refused by PCRE2 past a few thousand names and
/// scans tens of times slower than the factored form `K(?:a(?:zan|luga)|ursk)`, in which each
/// position tries each distinct next character once. Longer names win over their prefixes
/// (`New York(?: City)?`).
///
/// A compiled pattern is limited to 64 KiB, which a trie reaches at some 5,000-15,000 names
/// (depending on how much they share); split larger sets with ``shards(_:namesPerShard:caseless:)``
/// or look candidates up in a hash table.
///
/// ```swift
/// let names = TrieAlternation(["Kazan", "Kaluga", "Kursk"], caseless: false)
/// let pattern = try Pattern(#"\b"# + names.pattern + #"\b"#)
/// ```
public struct TrieAlternation: Sendable {
    /// The alternation as a non-capturing pattern fragment, e.g. `(?:K(?:a(?:zan|luga)|ursk))`.
    public let pattern: String
    /// How many distinct names it holds.
    public let count: Int

    /// Factors `names`; with `caseless`, names that differ only in case are merged (compile the
    /// pattern with ``PatternOptions/caseless`` then).
    public init<S: Sequence>(_ names: S, caseless: Bool = false) where S.Element == String {
        let root = Node()
        var count = 0
        for name in names where !name.isEmpty {
            var node = root
            for scalar in (caseless ? name.lowercased() : name).unicodeScalars {
                if let next = node.children[scalar] {
                    node = next
                } else {
                    let next = Node()
                    node.children[scalar] = next
                    node.order.append(scalar)
                    node = next
                }
            }
            if !node.terminal { count += 1 }
            node.terminal = true
        }
        self.count = count
        self.pattern = count == 0 ? "(?!)" : "(?:" + TrieAlternation.render(root) + ")"
    }

    /// Splits a large name set into several alternations of at most `namesPerShard` names
    /// each (sorted, so that shards share prefixes), each small enough to compile.
    public static func shards<S: Sequence>(_ names: S, namesPerShard: Int = 4_000, caseless: Bool = false) -> [TrieAlternation]
    where S.Element == String {
        let sorted = Array(Set(names.map { caseless ? $0.lowercased() : $0 })).sorted()
        return stride(from: 0, to: sorted.count, by: namesPerShard).map {
            TrieAlternation(sorted[$0..<min($0 + namesPerShard, sorted.count)], caseless: caseless)
        }
    }

    private final class Node {
        var children: [Unicode.Scalar: Node] = [:]
        var order: [Unicode.Scalar] = []
        var terminal = false
    }

    private static func render(_ node: Node) -> String {
        // Collapse chains of single children into one literal run.
        var branches: [String] = []
        for scalar in node.order.sorted(by: { $0.value < $1.value }) {
            var literal = Pattern.escape(String(scalar))
            var next = node.children[scalar]!
            while next.children.count == 1 && !next.terminal {
                let only = next.order[0]
                literal += Pattern.escape(String(only))
                next = next.children[only]!
            }
            if next.children.isEmpty {
                branches.append(literal)
            } else {
                branches.append(literal + "(?:" + render(next) + ")" + (next.terminal ? "?" : ""))
            }
        }
        return branches.joined(separator: "|")
    }
}

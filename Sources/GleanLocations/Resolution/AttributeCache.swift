import GleanCore
import Synchronization

/// The attributes of reported places, by gazetteer index and the rest of what they hold (the
/// rounded confidence, whether a demonym), shared by all documents and threads: a place reported
/// again with the same confidence costs a reference to its object instead of nine appends and
/// three strings, and its JSON is written once (``PreparedObjectCache``).
final class AttributeCache: ProcessCache {
    let placeCount: Int
    /// At most this many objects are kept (a few MB): memory stays bounded however many places
    /// a long run reports; places beyond it have their objects built each time.
    private let objects = PreparedObjectCache<Int>(capacity: 16_384)

    private static let slot = Mutex<AttributeCache?>(nil)
    /// The process's cache for a gazetteer of `placeCount` places (kept to the end).
    static func shared(placeCount: Int) -> AttributeCache { shared(in: slot, placeCount: placeCount) }

    init(placeCount: Int) { self.placeCount = placeCount }

    /// The attributes of a `location` (or `demonym`) extraction of the place at `index`: its fields
    /// (``Gazetteer/appendFields(of:to:)``), kind demonym for a demonym, and the confidence
    /// (hundredths: `percent` / 100).
    func attributes(of index: Int, percent: Int, demonym: Bool, in gazetteer: Gazetteer) -> JSONObject {
        func build() -> JSONObject {
            var object = JSONObject(capacity: 9)
            gazetteer.appendFields(of: index, to: &object)
            if demonym { object.append("kind", "demonym") }
            object.append("confidence", .double(Double(percent) / 100))
            return object
        }
        // (Confidences are hundredths of at most 1: seven bits. Anything else is built as is.)
        guard (0..<128).contains(percent) else { return build() }
        let key = index << 8 | percent << 1 | (demonym ? 1 : 0)
        // A multiplicative hash: the low bits of `key` alone would crowd a few slots.
        let hash = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> 20)
        return objects.object(for: key, hash: hash, build: build)
    }
}

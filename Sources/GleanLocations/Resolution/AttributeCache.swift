import GleanCore
import Synchronization

/// The attributes of reported places, by gazetteer index and the rest of what they hold (the
/// rounded confidence, whether a demonym), shared by all documents and threads: a place reported
/// again with the same confidence costs a reference to its object instead of nine appends and
/// three strings.
final class AttributeCache: Sendable {
    /// Per place, the objects made so far with their keys (see ``key(confidence:demonym:)``).
    private let objects: Mutex<[[(key: Int, object: JSONObject)]]>
    /// At most this many objects are kept per place.
    private static let perPlace = 8

    init(placeCount: Int) {
        objects = Mutex([[(key: Int, object: JSONObject)]](repeating: [], count: placeCount))
    }

    /// The attributes of a `location` (or `demonym`) extraction of the place at `index`: its fields
    /// (``Gazetteer/appendFields(of:to:)``), kind demonym for a demonym, and the confidence
    /// (hundredths: `percent` / 100).
    func attributes(of index: Int, percent: Int, demonym: Bool, in gazetteer: Gazetteer) -> JSONObject {
        let key = percent << 1 | (demonym ? 1 : 0)
        let cached = objects.withLock { objects -> JSONObject? in
            for entry in objects[index] where entry.key == key { return entry.object }
            return nil
        }
        if let cached { return cached }
        var object = JSONObject(capacity: 9)
        gazetteer.appendFields(of: index, to: &object)
        if demonym { object.append("kind", "demonym") }
        object.append("confidence", .double(Double(percent) / 100))
        objects.withLock { objects in
            if objects[index].count < AttributeCache.perPlace { objects[index].append((key, object)) }
        }
        return object
    }
}

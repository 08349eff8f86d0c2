import GleanCore
import Synchronization

/// The attributes of reported places, by gazetteer index and the rest of what they hold (the
/// rounded confidence, whether a demonym), shared by all documents and threads: a place reported
/// again with the same confidence costs a reference to its object instead of nine appends and
/// three strings.
final class AttributeCache: ProcessCache {
    /// The objects made so far, each with its key (see ``attributes(of:percent:demonym:in:)``) and
    /// the next of its place's (+1; 0 ends); `first` holds each place's first (+1; 0: none yet).
    /// (`first` is a plain allocation of zeros: nothing to set up or tear down per place.)
    private struct State {
        var first: UnsafeMutablePointer<Int32>
        var entries: [(key: Int, object: JSONObject, next: Int32)] = []
    }
    private let state: Mutex<State>
    let placeCount: Int
    /// At most this many objects are kept per place.
    private static let perPlace = 8
    /// At most this many objects are kept in all (a few MB): memory stays bounded however many
    /// places a long run reports; places beyond it have their objects built each time.
    private static let capacity = 16_384

    private static let slot = Mutex<AttributeCache?>(nil)
    /// The process's cache for a gazetteer of `placeCount` places (kept to the end).
    static func shared(placeCount: Int) -> AttributeCache { shared(in: slot, placeCount: placeCount) }

    init(placeCount: Int) {
        self.placeCount = placeCount
        let first = UnsafeMutablePointer<Int32>.allocate(capacity: max(placeCount, 1))
        first.initialize(repeating: 0, count: max(placeCount, 1))
        state = Mutex(State(first: first))
    }

    deinit {
        state.withLock { $0.first.deallocate() }
    }

    /// The attributes of a `location` (or `demonym`) extraction of the place at `index`: its fields
    /// (``Gazetteer/appendFields(of:to:)``), kind demonym for a demonym, and the confidence
    /// (hundredths: `percent` / 100).
    func attributes(of index: Int, percent: Int, demonym: Bool, in gazetteer: Gazetteer) -> JSONObject {
        let key = percent << 1 | (demonym ? 1 : 0)
        let cached = state.withLock { state -> JSONObject? in
            var e = Int(state.first[index])
            while e != 0 {
                if state.entries[e - 1].key == key { return state.entries[e - 1].object }
                e = Int(state.entries[e - 1].next)
            }
            return nil
        }
        if let cached { return cached }
        var object = JSONObject(capacity: 9)
        gazetteer.appendFields(of: index, to: &object)
        if demonym { object.append("kind", "demonym") }
        object.append("confidence", .double(Double(percent) / 100))
        // Shared by every mention of the place at this confidence: written once, then copied.
        object.prepareForOutput()
        state.withLock { state in
            var length = 0
            var e = Int(state.first[index])
            while e != 0 {
                if state.entries[e - 1].key == key { return }  // (made meanwhile by another thread)
                length += 1
                e = Int(state.entries[e - 1].next)
            }
            guard length < AttributeCache.perPlace, state.entries.count < AttributeCache.capacity else { return }
            state.entries.append((key, object, state.first[index]))
            state.first[index] = Int32(state.entries.count)
        }
        return object
    }
}

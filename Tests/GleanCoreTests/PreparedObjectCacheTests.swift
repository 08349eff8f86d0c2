import Testing
import GleanCore

@Suite("PreparedObjectCache")
struct PreparedObjectCacheTests {
    @Test("builds once per key, returns prepared objects equal to the built ones")
    func buildsOncePerKey() {
        let cache = PreparedObjectCache<String>(capacity: 4)
        var builds = 0
        func attributes(_ value: String) -> JSONObject {
            // Every key hashes to the same slot: lookups must compare keys, not only hashes.
            cache.object(for: value, hash: 7) {
                builds += 1
                return ["value": .string(value)]
            }
        }
        let first = attributes("2024")
        #expect(first.isPreparedForOutput)
        #expect(first == ["value": "2024"])
        #expect(attributes("2024") == first)
        #expect(builds == 1)
        #expect(attributes("2025") == ["value": "2025"])
        #expect(builds == 2)
        #expect(cache.count == 2)
    }

    @Test("keeps at most its capacity and still answers beyond it")
    func boundedByCapacity() {
        let cache = PreparedObjectCache<Int>(capacity: 3)
        var builds = 0
        for round in 0..<2 {
            for key in 0..<10 {
                let object = cache.object(for: key, hash: key &* 31) {
                    builds += 1
                    return ["n": .int(key)]
                }
                #expect(object == ["n": .int(key)])
                #expect(object.isPreparedForOutput == (key < 3), "round \(round), key \(key)")
            }
        }
        #expect(cache.count == 3)
        #expect(builds == 3 + 7 * 2)
    }
}

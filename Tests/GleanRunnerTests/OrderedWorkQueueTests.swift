import Foundation
import Synchronization
import Testing
@testable import GleanRunner

@Suite struct OrderedWorkQueueTests {
    /// Counts live instances, to prove the queue lets go of what it has handed out.
    final class Tracked: @unchecked Sendable {
        static let live = Atomic<Int>(0)
        let value: Int
        init(_ value: Int) { self.value = value; Self.live.add(1, ordering: .relaxed) }
        deinit { Self.live.subtract(1, ordering: .relaxed) }
    }

    @Test func releasesItemsAndKeepsOrder() {
        let queue = OrderedWorkQueue<Tracked, Int>(capacity: 4)
        let producer = Thread {
            for i in 0..<2000 { queue.put(Tracked(i)) }
            queue.close()
        }
        producer.start()
        for _ in 0..<3 {
            Thread {
                while let (sequence, item) = queue.take() {
                    let value = item.value
                    queue.complete(sequence, value * 2)
                }
            }.start()
        }
        var results: [Int] = []
        var mostAlive = 0
        while let value = queue.next() {
            results.append(value)
            mostAlive = max(mostAlive, Tracked.live.load(ordering: .relaxed))
        }
        #expect(results == (0..<2000).map { $0 * 2 })
        // In flight at most `capacity` items (plus the one being built by the producer).
        #expect(mostAlive <= 6)
    }
}

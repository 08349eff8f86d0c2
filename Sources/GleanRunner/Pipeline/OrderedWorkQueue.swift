import Foundation

/// A bounded, ordered hand-off between one producer, several workers and one consumer:
/// at most `capacity` items are in flight (read but not yet consumed), so memory stays bounded
/// however large the input; results come out in the order items went in.
final class OrderedWorkQueue<Input, Output>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Items not yet taken; taken slots are cleared at once so their memory is released.
    private var pending: [(Int, Input)?] = []
    private var pendingHead = 0
    private var done: [Int: Output] = [:]
    private var inFlight = 0
    private var nextIn = 0
    private var nextOut = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Producer: blocks while `capacity` items are in flight.
    func put(_ item: Input) {
        condition.lock()
        while inFlight >= capacity { condition.wait() }
        pending.append((nextIn, item))
        nextIn += 1
        inFlight += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Producer: no more items.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Worker: the next item to process, or nil when the queue is closed and drained.
    func take() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while pendingHead >= pending.count && !closed { condition.wait() }
        guard pendingHead < pending.count, let item = pending[pendingHead] else { return nil }
        pending[pendingHead] = nil
        pendingHead += 1
        if pendingHead >= 64 && pendingHead * 2 >= pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        return item
    }

    /// Worker: the result for item `sequence`.
    func complete(_ sequence: Int, _ output: Output) {
        condition.lock()
        done[sequence] = output
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: the next result in input order, or nil when all are consumed.
    func next() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while done[nextOut] == nil && !(closed && nextOut >= nextIn) { condition.wait() }
        guard let output = done.removeValue(forKey: nextOut) else { return nil }
        nextOut += 1
        inFlight -= 1
        condition.broadcast()
        return output
    }
}

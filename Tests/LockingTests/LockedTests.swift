import Dispatch
import Locking
import Testing

@Suite struct LockedTests {
    /// Eight threads, each adding 1 a hundred thousand times and keeping a running list: without mutual
    /// exclusion updates get lost (or the array's storage is corrupted); with it every one counts.
    @Test func serializesEveryUpdate() {
        let counter = Locked((total: 0, recent: [Int]()))
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for step in 0..<100_000 {
                counter.withLock { state in
                    state.total += 1
                    state.recent.append(thread * step)
                    if state.recent.count > 64 { state.recent.removeAll(keepingCapacity: true) }
                }
            }
        }
        #expect(counter.withLock { $0.total } == 800_000)
    }

    @Test func returnsAndRethrowsWhatTheBodyDoes() {
        struct Refused: Error {}
        let value = Locked(41)
        let incremented = value.withLock { number -> Int in
            number += 1
            return number
        }
        #expect(incremented == 42)
        #expect(throws: Refused.self) { try value.withLock { _ in throw Refused() } }
        // The lock was released on the throw: taking it again does not deadlock.
        #expect(value.withLock { $0 } == 42)
    }
}

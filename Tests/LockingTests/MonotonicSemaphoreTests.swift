import Dispatch
import Glibc
import Locking
import Testing

/// ``MonotonicSemaphore``: counts like a semaphore, and its timed wait ends on the monotonic clock. (That a
/// wall-clock step leaves the wait alone is shown end to end, under a clock shim:
/// `ClockAndPauseTests.aWallClockStepBackDoesNotStretchTheGroupCommitWindow`.)
@Suite struct MonotonicSemaphoreTests {
    @Test func aSignalGivenBeforeTheWaitIsTakenAtOnce() {
        let semaphore = MonotonicSemaphore()
        semaphore.signal()
        semaphore.signal()
        #expect(semaphore.wait(nanoseconds: 0))
        #expect(semaphore.wait(nanoseconds: 0))
        #expect(!semaphore.wait(nanoseconds: 0))
    }

    @Test func aWaitWithoutASignalEndsAtItsTimeout() {
        let semaphore = MonotonicSemaphore()
        let start = DispatchTime.now().uptimeNanoseconds
        #expect(!semaphore.wait(nanoseconds: 50_000_000))
        let waited = DispatchTime.now().uptimeNanoseconds - start
        #expect(waited >= 50_000_000, "returned after \(waited) ns")
        #expect(waited < 2_000_000_000, "returned after \(waited) ns")
    }

    @Test func aSignalFromAnotherThreadWakesTheWaiter() {
        let semaphore = MonotonicSemaphore()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) { semaphore.signal() }
        let start = DispatchTime.now().uptimeNanoseconds
        #expect(semaphore.wait(nanoseconds: 10_000_000_000))
        #expect(DispatchTime.now().uptimeNanoseconds - start < 5_000_000_000)
    }
}

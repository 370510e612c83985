import Glibc

/// A counting semaphore whose timed wait runs on the monotonic clock.
///
/// In place of `DispatchSemaphore.wait(timeout:)`, which on Linux turns its deadline into a wall-clock time
/// and waits on that (`sem_timedwait`): when the wall clock steps back while it waits (NTP, an operator's
/// `date -s`), the wait lasts as much longer as the step, a day for a day. newsdrop's log writer waits so
/// for company before an `fsync`, with records in hand: a step back would hold them unacknowledged and
/// silence the watchdog until systemd killed the daemon. A condition variable set to `CLOCK_MONOTONIC`
/// (`pthread_condattr_setclock`) does not see wall-clock steps.
public final class MonotonicSemaphore: @unchecked Sendable {
    // Heap-allocated once and never moved: a pthread mutex and condition must keep their addresses.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var count: Int

    public init(value: Int = 0) {
        self.count = value
        self.mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        self.mutex.initialize(to: pthread_mutex_t())
        precondition(pthread_mutex_init(self.mutex, nil) == 0, "pthread_mutex_init failed")
        self.condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        self.condition.initialize(to: pthread_cond_t())
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        defer { pthread_condattr_destroy(&attributes) }
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        precondition(pthread_cond_init(self.condition, &attributes) == 0, "pthread_cond_init failed")
    }

    deinit {
        pthread_cond_destroy(self.condition)
        pthread_mutex_destroy(self.mutex)
        self.condition.deallocate()
        self.mutex.deallocate()
    }

    /// Adds one to the count and wakes a waiter.
    public func signal() {
        pthread_mutex_lock(self.mutex)
        self.count += 1
        pthread_cond_signal(self.condition)
        pthread_mutex_unlock(self.mutex)
    }

    /// ``wait(nanoseconds:)`` for at most `timeout` (negative: not at all).
    @discardableResult
    public func wait(for timeout: Duration) -> Bool {
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0, attoseconds >= 0 else { return self.wait(nanoseconds: 0) }
        return self.wait(nanoseconds: UInt64(seconds) * 1_000_000_000 + UInt64(attoseconds / 1_000_000_000))
    }

    /// Takes one from the count, waiting at most `nanoseconds` (monotonic) for it to be above zero; `true`
    /// if it was taken, `false` on the timeout.
    @discardableResult
    public func wait(nanoseconds: UInt64) -> Bool {
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let total = UInt64(deadline.tv_nsec) + nanoseconds % 1_000_000_000
        deadline.tv_sec += Int(nanoseconds / 1_000_000_000) + Int(total / 1_000_000_000)
        deadline.tv_nsec = Int(total % 1_000_000_000)
        pthread_mutex_lock(self.mutex)
        defer { pthread_mutex_unlock(self.mutex) }
        while self.count == 0 {
            // ETIMEDOUT ends the wait; a spurious or stolen wake-up waits on to the same deadline.
            if pthread_cond_timedwait(self.condition, self.mutex, &deadline) == ETIMEDOUT && self.count == 0 {
                return false
            }
        }
        self.count -= 1
        return true
    }
}

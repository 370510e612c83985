import Glibc

/// A value that one thread at a time may touch, guarded by a `pthread_mutex_t`.
///
/// In place of the standard library's `Synchronization.Mutex`, which on Linux waits on a futex inside its own
/// uninstrumented library: ThreadSanitizer sees neither its lock nor its unlock once threads contend, and so
/// reports every contended access as a race (`make sanitize` found dozens, all false). ThreadSanitizer
/// intercepts `pthread_mutex_lock`, so with this lock it sees exactly the ordering the program has, and a race
/// it reports is real. Uncontended, both cost about the same: an atomic exchange each way.
public final class Locked<Value>: @unchecked Sendable {
    // Heap-allocated once and never moved: a pthread mutex must keep its address.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        self.mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        self.mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(self.mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(self.mutex)
        self.mutex.deallocate()
    }

    /// Runs `body` with the value, holding the lock; never call `withLock` on the same lock inside it.
    @inline(__always)
    public func withLock<Result, Failure: Error>(
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        pthread_mutex_lock(self.mutex)
        defer { pthread_mutex_unlock(self.mutex) }
        return try body(&self.value)
    }
}

import Dispatch
import Locking
public import SystemPackage
public import SystemdSupport

/// Sends states to the service manager from a queue of its own, so that no part of the daemon ever
/// waits for it.
///
/// `sd_notify(3)` blocks while the manager's socket is full: a datagram socket holds only
/// `net.unix.max_dgram_qlen` (10 by default) unread messages. A manager that stops reading (a
/// busy PID 1, a supervisor that reads `READY=1` and nothing after) would otherwise hold the timer
/// that sends `STATUS=`, and with it the queue that handles SIGTERM: the daemon could not stop.
/// Here a blocked send holds only this queue. Unsent `STATUS=`, `WATCHDOG=1` and
/// `EXTEND_TIMEOUT_USEC=` are replaced by newer ones of their kind rather than queued behind them.
public final class QueuedNotifier: ServiceManagerNotifier, Sendable {
    private let base: any ServiceManagerNotifier
    private let queue = DispatchQueue(label: "newsdrop.notify")
    private let pending = Locked(Pending())

    /// States waiting to be sent, in order; the first is being sent while `sending` is set.
    private struct Pending {
        var states: [ServiceManagerState] = []
        var sending = false
    }

    public init(_ base: any ServiceManagerNotifier) {
        self.base = base
    }

    /// Queues `state`; always `true` (whether a manager listens is known only when it is sent).
    @discardableResult
    public func notify(_ state: ServiceManagerState) throws(Errno) -> Bool {
        let schedule = self.pending.withLock { pending -> Bool in
            // The one being sent is not replaced: it is on its way.
            let unsent = (pending.sending ? 1 : 0)..<pending.states.count
            if let index = unsent.first(where: { Self.replaces(state, pending.states[$0]) }) {
                pending.states[index] = state
                return false
            }
            pending.states.append(state)
            return !pending.sending && pending.states.count == 1
        }
        if schedule { self.queue.async { self.sendPending() } }
        return true
    }

    /// Waits until every queued state was handed to the manager, at most `timeout`; `false` if the
    /// manager is not reading. Called before exit, so that `STOPPING=1` is not lost in the queue.
    @discardableResult
    public func flush(timeout: Duration) -> Bool {
        let done = MonotonicSemaphore()
        self.queue.async { done.signal() }
        return done.wait(for: timeout)
    }

    /// Sends until nothing is queued. `sending` is set exactly while `states` is not empty, and changes
    /// in the same lock that removes a sent state: a `notify` between two sends must never see it set
    /// over an empty queue (its range of unsent states would run backwards, a trap that killed the daemon).
    private func sendPending() {
        var next = self.pending.withLock { pending -> ServiceManagerState? in
            pending.sending = !pending.states.isEmpty
            return pending.states.first
        }
        while let state = next {
            _ = try? self.base.notify(state)
            next = self.pending.withLock { pending -> ServiceManagerState? in
                pending.states.removeFirst()
                pending.sending = !pending.states.isEmpty
                return pending.states.first
            }
        }
    }

    /// Whether `new` makes the unsent `old` pointless: the same kind of periodic report.
    private static func replaces(_ new: ServiceManagerState, _ old: ServiceManagerState) -> Bool {
        switch (new, old) {
        case (.status, .status), (.watchdog, .watchdog), (.extendTimeout, .extendTimeout): true
        default: false
        }
    }
}

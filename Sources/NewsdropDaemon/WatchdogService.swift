@preconcurrency import Dispatch
import Locking
public import SystemdSupport

/// Sends `WATCHDOG=1` at half the watchdog timeout, but only after every probe has answered.
///
/// A probe is a round trip through one of the daemon's queues (the watch queue, a parse slot, the
/// log writer) plus a progress check, so a wedged queue stops the pings and systemd restarts the
/// daemon (go-systemd's "every time / 2").
public final class WatchdogService: Sendable {
    /// Calls its argument once the part it checks has shown it is alive; never calls it when wedged.
    public typealias Probe = @Sendable (_ alive: @escaping @Sendable () -> Void) -> Void

    private let notifier: any ServiceManagerNotifier
    private let probes: [Probe]
    private let interval: DispatchTimeInterval
    private let queue = DispatchQueue(label: "newsdrop.watchdog")
    private let state = Locked<State>(State())

    private struct State {
        var probeInFlight = false
        // Not Sendable on Linux; touched only under this lock.
        var timer: (any DispatchSourceTimer)?
        var pings = 0
    }

    /// - Parameter timeoutMicroseconds: `WATCHDOG_USEC`; pings go out every half of it.
    public init(timeoutMicroseconds: UInt64, notifier: any ServiceManagerNotifier, probes: [Probe]) {
        self.notifier = notifier
        self.probes = probes
        self.interval = .microseconds(Int(max(1, timeoutMicroseconds / 2)))
    }

    /// How many pings were sent (for tests and the shutdown summary).
    public var pings: Int { self.state.withLock { $0.pings } }

    public func start() {
        let timer = DispatchSource.makeTimerSource(queue: self.queue)
        timer.schedule(deadline: .now(), repeating: self.interval, leeway: .milliseconds(1))
        timer.setEventHandler { [weak self] in self?.tick() }
        self.state.withLock { $0.timer = timer }
        timer.activate()
    }

    public func stop() {
        let timer = self.state.withLock { state -> (any DispatchSourceTimer)? in
            defer { state.timer = nil }
            return state.timer
        }
        timer?.cancel()
    }

    private func tick() {
        // A probe still out from the last tick means something is wedged: no ping this time.
        let start = self.state.withLock { state -> Bool in
            guard !state.probeInFlight, state.timer != nil else { return false }
            state.probeInFlight = true
            return true
        }
        guard start else { return }
        let group = DispatchGroup()
        for probe in self.probes {
            group.enter()
            let answered = Locked(false)
            probe {
                // A probe that answers twice must not unbalance the group.
                if answered.withLock({ done in
                    defer { done = true }
                    return !done
                }) {
                    group.leave()
                }
            }
        }
        group.notify(queue: self.queue) { [weak self] in
            guard let self else { return }
            let send = self.state.withLock { state -> Bool in
                state.probeInFlight = false
                guard state.timer != nil else { return false }
                state.pings += 1
                return true
            }
            if send { _ = try? self.notifier.notify(.watchdog) }
        }
    }
}

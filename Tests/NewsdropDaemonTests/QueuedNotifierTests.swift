import Dispatch
import Glibc
import Locking
import NewsdropDaemon
import SystemPackage
import SystemdSupport
import Testing

/// A manager whose socket is full until ``open()``: every send waits, as `sd_notify(3)` does.
private final class BlockedManager: ServiceManagerNotifier {
    private let gate = DispatchSemaphore(value: 0)
    private let log = Locked<(attempted: [ServiceManagerState], sent: [ServiceManagerState])>(([], []))
    var attempted: [ServiceManagerState] { self.log.withLock { $0.attempted } }
    var sent: [ServiceManagerState] { self.log.withLock { $0.sent } }

    func notify(_ state: ServiceManagerState) throws(Errno) -> Bool {
        self.log.withLock { $0.attempted.append(state) }
        self.gate.wait()
        self.gate.signal()
        self.log.withLock { $0.sent.append(state) }
        return true
    }

    func open() { self.gate.signal() }
}

@Suite struct QueuedNotifierTests {
    @Test func neverWaitsForTheManagerKeepsOrderAndSendsOnlyTheLatestOfAReport() throws {
        let manager = BlockedManager()
        defer { manager.open() }
        let notifier = QueuedNotifier(manager)
        let clock = ContinuousClock()
        let start = clock.now
        try notifier.notify(.status("first"))
        // The first send is under way (and stuck) before the rest arrive.
        while manager.attempted.isEmpty { usleep(1_000) }
        try notifier.notify(.status("second"))
        try notifier.notify(.watchdog)
        try notifier.notify(.status("third"))  // replaces "second", still unsent
        try notifier.notify(.watchdog)  // one unsent ping is enough
        try notifier.notify(.stopping)
        #expect(clock.now - start < .seconds(1), "notify waited for a manager that does not read")
        #expect(!notifier.flush(timeout: .milliseconds(100)))

        manager.open()
        #expect(notifier.flush(timeout: .seconds(5)))
        #expect(manager.sent == [.status("first"), .status("third"), .watchdog, .stopping])
    }
}

/// A manager that reads at once and keeps what it was sent.
private final class ReadingManager: ServiceManagerNotifier {
    private let log = Locked<[ServiceManagerState]>([])
    var sent: [ServiceManagerState] { self.log.withLock { $0 } }

    func notify(_ state: ServiceManagerState) throws(Errno) -> Bool {
        self.log.withLock { $0.append(state) }
        return true
    }
}

extension QueuedNotifierTests {
    /// Reports from many threads while the queue keeps draining: the moment between one send's end
    /// and the next must never leave the queue in a state a new `notify` cannot read (it once trapped
    /// there, killing the daemon), and the latest status is the last status sent.
    @Test func reportsFromManyThreadsWhileItDrainsEndWithTheLatest() throws {
        let manager = ReadingManager()
        let notifier = QueuedNotifier(manager)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for round in 0..<20_000 {
                _ = try? notifier.notify(round.isMultiple(of: 2) ? .watchdog : .status("\(thread) \(round)"))
            }
        }
        try notifier.notify(.status("latest"))
        #expect(notifier.flush(timeout: .seconds(10)))
        // (An unsent status is replaced where it stands in the queue, so a ping may follow the latest.)
        let statuses = manager.sent.filter { if case .status = $0 { true } else { false } }
        #expect(statuses.last == .status("latest"))
    }
}

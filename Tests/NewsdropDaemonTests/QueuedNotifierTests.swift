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

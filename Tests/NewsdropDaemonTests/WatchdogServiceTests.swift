import Foundation
import Locking
import SystemdSupport
import Testing

@testable import NewsdropDaemon

@Suite struct WatchdogServiceTests {
    func pings(_ notifier: RecordingNotifier) -> Int {
        notifier.states.filter { $0 == .watchdog }.count
    }

    @Test func pingsAtHalfTheTimeoutWhileEveryProbeAnswers() {
        // A serial queue of its own: the global concurrent queue shares threads with the test
        // runner's blocked ones and may not run at all meanwhile.
        let elsewhere = DispatchQueue(label: "newsdrop.test.probe")
        let notifier = RecordingNotifier()
        let service = WatchdogService(
            timeoutMicroseconds: 100_000,
            notifier: notifier,
            probes: [{ $0() }, { alive in elsewhere.async { alive() } }]
        )
        service.start()
        usleep(520_000)
        service.stop()
        // Every 50 ms for about half a second.
        #expect((6...12).contains(self.pings(notifier)), "pings: \(self.pings(notifier))")
    }

    @Test func sendsNothingWhileAProbeIsWedged() {
        let notifier = RecordingNotifier()
        let wedged = Locked(false)
        let service = WatchdogService(
            timeoutMicroseconds: 100_000,
            notifier: notifier,
            probes: [{ $0() }, { alive in if !wedged.withLock({ $0 }) { alive() } }]
        )
        service.start()
        usleep(200_000)
        let beforeWedge = self.pings(notifier)
        #expect(beforeWedge >= 2)
        wedged.withLock { $0 = true }
        usleep(100_000)
        let atWedge = self.pings(notifier)
        usleep(400_000)
        service.stop()
        #expect(self.pings(notifier) == atWedge, "no pings once a probe stops answering")
    }

    @Test func stopsPingingWhenStopped() {
        let notifier = RecordingNotifier()
        let service = WatchdogService(timeoutMicroseconds: 100_000, notifier: notifier, probes: [{ $0() }])
        service.start()
        usleep(150_000)
        service.stop()
        let stopped = self.pings(notifier)
        usleep(200_000)
        #expect(self.pings(notifier) == stopped)
    }
}

@Suite struct MessageBudgetTests {
    @Test func allowsUpToTheBudgetPerSecondAndCountsTheRest() {
        var budget = MessageBudget(perSecond: 3)
        let second: UInt64 = 1_000_000_000
        let allowed = (0..<5).map { _ in budget.allow("ingested", now: 10 * second) }
        #expect(allowed == [true, true, true, false, false])
        let overBudget = budget.allow("rejected", now: 10 * second + 1)
        #expect(!overBudget)
        let suppressed = budget.takeSuppressed()
        #expect(suppressed == ["ingested": 2, "rejected": 1])
        let again = budget.takeSuppressed()
        #expect(again.isEmpty)
        // A new second, a new budget.
        let nextSecond = budget.allow("ingested", now: 11 * second)
        #expect(nextSecond)
    }
}

import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// The sd_notify protocol against a real `AF_UNIX` datagram socket passed as `NOTIFY_SOCKET`, as systemd does.
    @Suite("sd_notify protocol")
    struct NotifyProtocolTests {
        /// `STATUS=` is a live summary: it changes as files arrive.
        @Test(.timeLimit(.minutes(1)))
        func statusChangesAsFilesArrive() async throws {
            let tree = try TestTree("status")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let notify = try #require(daemon.notify)
            try await notify.wait(
                for: "STATUS=ingested 0, queued 0, rejected 0, duplicates 0, last error none",
                timeout: .seconds(5)
            )
            try Writers.moveIn(Fixtures.generatedArticle(1), as: "one.txt", tree: tree)
            try Writers.moveIn(Data(), as: "empty.txt", tree: tree)
            try await notify.wait(
                for: "STATUS=ingested 1, queued 0, rejected 1, duplicates 0, last error none",
                timeout: .seconds(5)
            )
            await daemon.expectCleanStop()
        }

        /// `WATCHDOG=1` at about half of `WATCHDOG_USEC`, and none once the daemon is frozen.
        @Test(.timeLimit(.minutes(1)))
        func watchdogPingsAtHalfTheTimeoutAndStopsWhenFrozen() async throws {
            let tree = try TestTree("watchdog")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree, environment: ["WATCHDOG_USEC": "400000"])
            defer { daemon.kill() }
            let notify = try #require(daemon.notify)
            notify.drain()
            let before = notify.assignments.filter { $0 == "WATCHDOG=1" }.count
            let start = Date()
            while Date().timeIntervalSince(start) < 1.0 { notify.awaitDatagram(milliseconds: 50) }
            let pings = notify.assignments.filter { $0 == "WATCHDOG=1" }.count - before
            // Every 200 ms: about 5 in a second; allow for a loaded machine, but not for "never" or "flooding".
            #expect((3...7).contains(pings), "WATCHDOG=1 pings in 1 s: \(pings)")

            daemon.signal(SIGSTOP)
            usleep(100_000)
            notify.drain()
            let frozen = notify.assignments.count
            usleep(800_000)
            notify.drain()
            #expect(notify.assignments.count == frozen, "a frozen daemon sent \(notify.assignments[frozen...])")
            daemon.signal(SIGCONT)
            await daemon.expectCleanStop()
        }

        /// Without `WATCHDOG_USEC` there are no pings at all.
        @Test(.timeLimit(.minutes(1)))
        func noWatchdogPingsUnlessAsked() async throws {
            let tree = try TestTree("no-watchdog")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let notify = try #require(daemon.notify)
            usleep(500_000)
            #expect(!notify.hasReceived("WATCHDOG=1"))
            await daemon.expectCleanStop()
        }

        /// `SIGHUP`: `RELOADING=1` with `MONOTONIC_USEC`, then `READY=1` again; `SIGTERM`: `STOPPING=1`.
        @Test(.timeLimit(.minutes(1)))
        func reloadAndStopAreAnnounced() async throws {
            let tree = try TestTree("reload")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let notify = try #require(daemon.notify)
            daemon.signal(SIGHUP)
            try await notify.wait(for: "RELOADING=1", timeout: .seconds(5))
            try await eventuallyReceived(notify) { $0.filter { $0 == "READY=1" }.count == 2 }
            let reloading = try #require(notify.assignments.firstIndex(of: "RELOADING=1"))
            let monotonic = notify.assignments.dropFirst(reloading).first { $0.hasPrefix("MONOTONIC_USEC=") }
            let microseconds = monotonic.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let nowMicroseconds = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
            #expect(
                microseconds.map { $0 <= nowMicroseconds && nowMicroseconds - $0 < 10_000_000 } == true,
                "MONOTONIC_USEC must be CLOCK_MONOTONIC at the reload: \(notify.assignments)"
            )
            let termination = try await daemon.terminate()
            #expect(termination == .exited(0))
            #expect(notify.hasReceived("STOPPING=1"))
        }

        private func eventuallyReceived(_ notify: NotifySocket, _ condition: ([String]) -> Bool) async throws {
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline {
                notify.awaitDatagram(milliseconds: 20)
                if condition(notify.assignments) { return }
            }
            throw E2EError("condition not met; received \(notify.assignments)")
        }
    }
}

import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Issue 5, fault 7: the wall clock jumps (an NTP step, `date -s`) and the daemon is paused for a long time
    /// (`SIGSTOP`, a VM frozen). Settling, watchdog pings and backoff run on the monotonic clock; only
    /// `ingested_at` and the journal's timestamps read the wall clock. So: no spurious rejection, no file taken
    /// before its writer is done, no stall, and the watchdog keeps pinging.
    @Suite(.serialized)
    struct ClockAndPauseTests {
        /// The daemon's wall clock is moved by a ``PreloadShim`` (the machine's clock is shared, and
        /// libfaketime, tried first, hides a Swift program's arguments from it): `CLOCK_REALTIME`,
        /// `gettimeofday` and `time` run the number of seconds in a file ahead, re-read on every call, so the test
        /// steps the clock while the daemon runs. The monotonic clocks are left alone, as a real clock step
        /// leaves them.
        static let clockShimSource = """
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <sys/time.h>
            #include <time.h>

            static long long offset_seconds(void) {
                const char *path = getenv("NEWSDROP_TEST_CLOCK_OFFSET_FILE");
                if (path == NULL) return 0;
                FILE *file = fopen(path, "re");
                if (file == NULL) return 0;
                long long seconds = 0;
                if (fscanf(file, "%lld", &seconds) != 1) seconds = 0;
                fclose(file);
                return seconds;
            }

            int clock_gettime(clockid_t clock, struct timespec *time) {
                int (*real)(clockid_t, struct timespec *) =
                    (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
                int result = real(clock, time);
                if (result == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) {
                    time->tv_sec += offset_seconds();
                }
                return result;
            }

            int gettimeofday(struct timeval *restrict time, void *restrict zone) {
                int (*real)(struct timeval *, void *) = (int (*)(struct timeval *, void *))dlsym(RTLD_NEXT, "gettimeofday");
                int result = real(time, zone);
                if (result == 0 && time != NULL) time->tv_sec += offset_seconds();
                return result;
            }

            time_t time(time_t *out) {
                struct timespec now;
                clock_gettime(CLOCK_REALTIME, &now);
                if (out != NULL) *out = now.tv_sec;
                return now.tv_sec;
            }

            """

        @Test(.timeLimit(.minutes(2)), .enabled(if: PreloadShim.compiler != nil, "needs cc to build the clock shim"))
        func wallClockJumpsChangeOnlyTheTimestamps() async throws {
            let tree = try TestTree("clock-jumps")
            defer { tree.remove() }
            try tree.writeConfig([("settle_ms", .int(400))])
            let shim = try await PreloadShim.build("clock-offset", source: Self.clockShimSource, in: tree.root)
            let offset = tree.root.appendingPathComponent("clock-offset")
            try "0".write(to: offset, atomically: true, encoding: .utf8)
            let environment = [
                "LD_PRELOAD": shim.path, "NEWSDROP_TEST_CLOCK_OFFSET_FILE": offset.path, "WATCHDOG_USEC": "1000000",
            ]
            let daemon = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { daemon.kill() }
            let notify = try #require(daemon.notify)

            // A day back, then two days forward, each time in the middle of a file written in place in chunks
            // (200 ms apart, under settle_ms): a settle timer on the wall clock would take it early (a cut
            // body, a wrong sha256) or, after the step back, a day late.
            var expected: [(name: String, data: Data, days: Int)] = []
            for (step, jump) in ["-86400", "86400"].enumerated() {
                let moved = Fixtures.generatedArticle(10 * step + 1, tag: "moved")
                let written = Fixtures.generatedArticle(10 * step + 2, tag: "inplace")
                let movedName = "moved-\(step).txt"
                let writtenName = "inplace-\(step).txt"
                let target = tree.drop.appendingPathComponent(writtenName)
                let writer = Task {
                    try await Writers.writeInPlace(written, to: target, chunks: 4, pause: .milliseconds(200))
                }
                try await Task.sleep(for: .milliseconds(250))
                try jump.write(to: offset, atomically: true, encoding: .utf8)
                try Writers.moveIn(moved, as: movedName, tree: tree)
                try await writer.value
                let days = step == 0 ? -1 : 1
                expected += [(movedName, moved, days), (writtenName, written, days)]
                _ = try await tree.log.waitForRecords(expected.count, daemon: daemon)

                // The watchdog keeps its beat across the step: pings at about 500 ms.
                notify.drain()
                let before = notify.assignments.filter { $0 == "WATCHDOG=1" }.count
                let start = ContinuousClock.now
                while ContinuousClock.now - start < .milliseconds(1_500) { notify.awaitDatagram(milliseconds: 50) }
                let pings = notify.assignments.filter { $0 == "WATCHDOG=1" }.count - before
                #expect(pings >= 2, "\(pings) WATCHDOG=1 in 1.5 s after the clock moved \(jump)")
            }

            try await tree.waitUntilDrained(daemon)
            let records = try tree.log.records()
            #expect(records.map(\.seq) == Array(1...4))
            #expect(TestTree.entries(below: tree.rejected).isEmpty, "spurious rejections")
            let now = Date()
            for (name, data, days) in expected {
                guard let record = records.first(where: { $0.source.path == name }) else {
                    Issue.record("no record of \(name)")
                    continue
                }
                #expect(record.source.sha256 == FileDigest.hex(data), "\(name) was read before it was whole")
                #expect(record.source.bytes == data.count)
                // The jump took effect (the test would prove nothing otherwise): ingested_at is a day off.
                let ingested = try #require(Self.date(record.ingestedAt), "\(record.ingestedAt)")
                let off = ingested.timeIntervalSince(now) / 86_400
                #expect(abs(off - Double(days)) < 0.1, "\(name): ingested_at \(record.ingestedAt), \(off) days off")
            }
            await daemon.expectCleanStop()
            // verify reads seq and sha256, not time: a log whose ingested_at goes back a day is a sound log.
            let verified = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verified.exitStatus == 0, "\(verified)")
        }

        /// A wall clock that reads a day ahead of the kernel's (as it does to a wait that began just before the
        /// clock stepped back a day): a single file, whose record the writer holds for company before its
        /// `fsync`, is still acknowledged at once. A group-commit window timed on the wall clock
        /// (`DispatchSemaphore.wait(timeout:)` on Linux) lasted a day here: the record written, the source
        /// left in drop/, the watchdog silent (the flaky `wallClockJumpsChangeOnlyTheTimestamps` run).
        @Test(.timeLimit(.minutes(1)), .enabled(if: PreloadShim.compiler != nil, "needs cc to build the clock shim"))
        func aWallClockStepBackDoesNotStretchTheGroupCommitWindow() async throws {
            let tree = try TestTree("clock-window")
            defer { tree.remove() }
            try tree.writeConfig([("fsync", .string("batch"))])
            let shim = try await PreloadShim.build("clock-offset", source: Self.clockShimSource, in: tree.root)
            let offset = tree.root.appendingPathComponent("clock-offset")
            try "86400".write(to: offset, atomically: true, encoding: .utf8)
            let environment = ["LD_PRELOAD": shim.path, "NEWSDROP_TEST_CLOCK_OFFSET_FILE": offset.path]
            let daemon = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { daemon.kill() }
            for number in 0..<3 {
                try Writers.moveIn(Fixtures.generatedArticle(number, tag: "window"), as: "w\(number).txt", tree: tree)
                // One at a time: each is a batch of one that waits out the window alone.
                try await tree.waitUntilDrained(daemon, timeout: .seconds(5))
            }
            #expect(try tree.log.records().map(\.seq) == [1, 2, 3])
            await daemon.expectCleanStop()
        }

        /// How long the daemon stays frozen: 10 s in `make test`, 3 minutes in `make torture`.
        static var pauseSeconds: Int { ProcessInfo.processInfo.environment["NEWSDROP_TORTURE"] == nil ? 10 : 180 }

        /// Frozen (`SIGSTOP`) while files arrive, one of them written in place and still open when the daemon
        /// wakes: every complete file is recorded once, nothing is rejected, and the open one is taken only
        /// after its writer closes it, whole.
        @Test(.timeLimit(.minutes(6)))
        func aLongPauseLosesNothingAndTakesNoFileEarly() async throws {
            let tree = try TestTree("long-pause")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(Fixtures.generatedArticle(0), as: "before.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)

            let open = Fixtures.generatedArticle(99, tag: "open")
            let halves = Writers.split(open, into: 2)
            let openURL = tree.drop.appendingPathComponent("open.txt")
            var descriptor = Glibc.open(openURL.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            try #require(descriptor >= 0)
            defer { if descriptor >= 0 { close(descriptor) } }
            #expect(halves[0].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == halves[0].count)

            daemon.signal(SIGSTOP)
            let names = (1...50).map { "paused-\($0).txt" }
            for (number, name) in names.enumerated() {
                try Writers.moveIn(Fixtures.generatedArticle(number + 1, tag: "paused"), as: name, tree: tree)
            }
            try await Task.sleep(for: .seconds(Self.pauseSeconds))
            daemon.signal(SIGCONT)

            // Every complete file arrives; the open one waits (well past settle_ms) for its writer.
            _ = try await tree.log.waitForRecords(1 + names.count, daemon: daemon)
            try await tree.waitUntilDrained(daemon, leftAlone: ["open.txt"])
            try await Task.sleep(for: .seconds(1))
            #expect(try tree.log.records().allSatisfy { $0.source.path != "open.txt" }, "taken while still open")
            #expect(TestTree.entries(below: tree.drop) == ["open.txt"])

            #expect(halves[1].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == halves[1].count)
            close(descriptor)
            descriptor = -1
            try await tree.waitUntilDrained(daemon)
            let records = try tree.log.records()
            #expect(records.map(\.seq) == Array(1...(names.count + 2)))
            #expect(Set(records.map(\.source.path)) == Set(["before.txt", "open.txt"] + names))
            let opened = try #require(records.first { $0.source.path == "open.txt" })
            #expect(opened.source.sha256 == FileDigest.hex(open))
            #expect(TestTree.entries(below: tree.rejected).isEmpty, "spurious rejections")
            #expect(daemon.isRunning)
            await daemon.expectCleanStop()
        }

        static func date(_ text: String) -> Date? {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.date(from: text)
        }
    }
}

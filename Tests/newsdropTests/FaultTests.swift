import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Issue 5, faults 3 and 4: a full disk under the log, a read-only log, the log's folder gone, a source file
    /// the daemon may not read.
    ///
    /// Each fault is real (a tiny tmpfs, the immutable attribute, `mv` and `rm -r`, a daemon without the
    /// capabilities that let root ignore permission bits), and each test checks what the contract promises: the
    /// daemon stays up, says what is wrong (stderr, which is the journal under systemd, and `STATUS=`), holds the
    /// files it could not record in `drop/`, leaves a log that `newsdrop verify` accepts, retries with backoff and
    /// not in a busy loop, and records every file exactly once, `seq` gap-free, once the fault is cleared, without
    /// a restart.
    @Suite(.serialized)
    struct FaultTests {
        /// The log's folder is a 64 KiB tmpfs with one page left free; each held article's record is bigger than
        /// that, so every try writes part of a record, fails with ENOSPC and must cut it back.
        @Test(.timeLimit(.minutes(2)), .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
        func diskFullHoldsFilesBacksOffAndRecoversWhenSpaceReturns() async throws {
            let tree = try TestTree("fault-disk-full")
            defer { tree.remove() }
            try tree.writeConfig()
            let logFolder = tree.logURL.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: logFolder, withIntermediateDirectories: true)
            // The tmpfs exists only in the daemon's own mount namespace: it goes with the daemon, however the
            // test ends, and nothing is mounted where anyone else can see it. The test reaches it through
            // /proc/<pid>/root.
            let launcher = [
                "/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                "mount -t tmpfs -o size=64k,mode=0755 newsdrop-e2e \"$1\" && shift && exec \"$@\"", "sh",
                logFolder.path,
            ]
            let daemon = try await DaemonProcess.startReady(tree: tree, launcher: launcher)
            defer { daemon.kill() }
            let inside = URL(fileURLWithPath: "/proc/\(daemon.pid)/root" + logFolder.path)
            #expect(Self.fileSystemType(of: logFolder.path, pid: daemon.pid) == "tmpfs")
            let log = LogFile(inside.appendingPathComponent("articles.jsonl"))

            try Writers.moveIn(Fixtures.generatedArticle(0, tag: "before"), as: "before.txt", tree: tree)
            _ = try await log.waitForRecords(1, daemon: daemon)
            let goodBytes = log.data()

            let filler = inside.appendingPathComponent("filler")
            try Self.fillAllButOnePage(filler)

            let held = (1...4).map { "held-\($0).txt" }
            for (number, name) in held.enumerated() {
                try Writers.moveIn(Self.bigArticle(number + 1), as: name, tree: tree)
            }
            try await waitUntil(timeout: .seconds(20), "a failed append of each held file") {
                let text = daemon.stderr()
                return held.allSatisfy { text.contains("Failed to append '\($0)' to the log") } || !daemon.isRunning
            }
            try #require(daemon.isRunning, "newsdrop died on a full disk: \(daemon.state)\n\(daemon.stderrTail())")

            // Backoff, not a busy loop: over 4 s, each file is tried at most three times (1 s, 2 s, 4 s apart)
            // and the daemon uses little CPU.
            let attemptsBefore = Self.count("Failed to append '", in: daemon.stderr())
            let cpuBefore = try Self.cpuSeconds(daemon.pid)
            try await Task.sleep(for: .seconds(4))
            let attempts = Self.count("Failed to append '", in: daemon.stderr()) - attemptsBefore
            let cpu = try Self.cpuSeconds(daemon.pid) - cpuBefore
            #expect(attempts <= held.count * 3, "\(attempts) append attempts in 4 s:\n\(daemon.stderrTail())")
            #expect(cpu < 0.5, "newsdrop used \(cpu) s of CPU in 4 s while the disk was full")

            #expect(daemon.isRunning)
            #expect(Set(TestTree.entries(below: tree.drop)) == Set(held), "files not recorded must stay in drop/")
            #expect(log.data() == goodBytes, "a partial record was left in the log (or a record got through)")
            let verified = try await CommandResult.run(["verify", "--log", log.url.path])
            #expect(verified.exitStatus == 0, "\(verified)")
            let stderr = daemon.stderr()
            #expect(stderr.contains("No space left on device"), "\(stderr)")
            #expect(stderr.contains("(free space on the log's file system)"))
            #expect(stderr.contains("it stays in the drop folder, retrying in"))
            try await Self.waitForStatus(daemon, "full-disk STATUS=") {
                $0.hasPrefix("STATUS=LOG FAILING: ") && $0.contains("No space left on device")
            }

            // Space returns: every held file is recorded once, by the same process.
            #expect(unlink(filler.path) == 0)
            try await tree.waitUntilDrained(daemon, timeout: .seconds(30))
            let records = try log.records()
            #expect(records.hasGapFreeSeq)
            #expect(records.map(\.source.path).sorted() == (["before.txt"] + held).sorted())
            #expect(Set(records.map(\.source.sha256)).count == records.count)
            #expect(log.lines().trailing.isEmpty)
            #expect(Set(TestTree.entries(below: tree.processed)) == Set(["before.txt"] + held))
            let recovered = try await CommandResult.run(["verify", "--log", log.url.path])
            #expect(recovered.exitStatus == 0, "\(recovered)")
            #expect(daemon.stderr().contains("The log accepts records again; retrying now the 4 files held back"))
            try await Self.waitForStatus(daemon, "a STATUS= without LOG FAILING after recovery") {
                $0.hasPrefix("STATUS=ingested 5, ")
            }
            await daemon.expectCleanStop()
        }

        /// The log file made immutable (`chattr +i`): even root's writes to the open file fail (EPERM), which is
        /// what a read-only log looks like to a daemon that holds it open (a read-only remount of its file
        /// system is refused while a file is open for writing; the kernel's own remount after an I/O error
        /// gives EROFS in the same place).
        @Test(.timeLimit(.minutes(1)), .enabled(if: getuid() == 0, "chattr +i needs CAP_LINUX_IMMUTABLE"))
        func readOnlyLogHoldsFilesAndRecoversWhenWritable() async throws {
            let tree = try TestTree("fault-read-only")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(Fixtures.generatedArticle(1), as: "first.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            let goodBytes = tree.log.data()

            let attribute = try await Self.run(["/usr/bin/chattr", "+i", tree.logURL.path])
            defer { _ = try? Self.runBlocking(["/usr/bin/chattr", "-i", tree.logURL.path]) }
            try #require(
                attribute.exitStatus == 0,
                "this test needs a file system with the immutable attribute (ext4, xfs, btrfs) under /tmp: \(attribute)"
            )
            let held = ["second.txt", "third.txt"]
            for (number, name) in held.enumerated() {
                try Writers.moveIn(Fixtures.generatedArticle(number + 2), as: name, tree: tree)
            }
            try await waitUntil(timeout: .seconds(20), "a failed append of each held file") {
                let text = daemon.stderr()
                return held.allSatisfy { text.contains("Failed to append '\($0)' to the log") } || !daemon.isRunning
            }
            try await Self.waitForStatus(daemon, "a read-only STATUS=") {
                $0.hasPrefix("STATUS=LOG FAILING: ") && $0.contains("Operation not permitted")
            }
            #expect(daemon.isRunning)
            #expect(daemon.stderr().contains("(the log refuses writes (immutable? see lsattr); make it writable)"))
            #expect(Set(TestTree.entries(below: tree.drop)) == Set(held))
            #expect(tree.log.data() == goodBytes)

            let cleared = try await Self.run(["/usr/bin/chattr", "-i", tree.logURL.path])
            #expect(cleared.exitStatus == 0, "\(cleared)")
            try await tree.waitUntilDrained(daemon, timeout: .seconds(30))
            let records = try tree.log.records()
            #expect(records.hasGapFreeSeq)
            #expect(records.map(\.source.path).sorted() == ["first.txt", "second.txt", "third.txt"])
            await daemon.expectCleanStop()
            let verified = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verified.exitStatus == 0, "\(verified)")
        }

        /// The log's folder moved away (`mv`), then back; later removed (`rm -r`), then restored from the copy
        /// that the daemon's message points to. While it is gone nothing is appended and the files wait in
        /// `drop/`; a new empty log is never started behind the operator's back.
        @Test(.timeLimit(.minutes(1)))
        func logFolderGoneHoldsFilesUntilTheLogIsBack() async throws {
            let tree = try TestTree("fault-log-gone")
            defer { tree.remove() }
            try tree.writeConfig()
            let logFolder = tree.logURL.deletingLastPathComponent()
            let away = tree.root.appendingPathComponent("log-away")
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(Fixtures.generatedArticle(1), as: "a.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)

            // Moved away: the open file still takes writes, but nobody would find them at the log's path.
            try Writers.move(logFolder, to: away)
            try Writers.moveIn(Fixtures.generatedArticle(2), as: "b.txt", tree: tree)
            try await waitUntil(timeout: .seconds(20), "the report that the log is not at its path") {
                daemon.stderr().contains("is no longer at its path") || !daemon.isRunning
            }
            try await Self.waitForStatus(daemon, "a log-gone STATUS=") {
                $0.hasPrefix("STATUS=LOG FAILING: ") && $0.contains("is no longer at its path")
            }
            #expect(daemon.isRunning)
            #expect(TestTree.entries(below: tree.drop) == ["b.txt"])
            #expect(!TestTree.exists(tree.logURL), "a new log was started while the old one was away")
            #expect(LogFile(away.appendingPathComponent("articles.jsonl")).completeLineCount() == 1)

            try Writers.move(away, to: logFolder)
            try await tree.waitUntilDrained(daemon)
            #expect(try tree.log.records().map(\.seq) == [1, 2])

            // Removed: the open file is deleted; its records are readable through /proc until the daemon exits.
            try FileManager.default.removeItem(at: logFolder)
            try Writers.moveIn(Fixtures.generatedArticle(3), as: "c.txt", tree: tree)
            try await waitUntil(timeout: .seconds(20), "the report that the log was deleted") {
                daemon.stderr().contains("was deleted while open") || !daemon.isRunning
            }
            let stderr = daemon.stderr()
            let copy = try #require(
                Self.word(after: "cp ", startingWith: "/proc/", in: stderr),
                "no /proc path to copy the deleted log from:\n\(stderr)"
            )
            #expect(daemon.isRunning)
            #expect(TestTree.entries(below: tree.drop) == ["c.txt"])
            #expect(!TestTree.exists(logFolder), "the log's folder was re-created behind the operator's back")

            // What the message says to do: make the folder, copy the records back.
            try FileManager.default.createDirectory(at: logFolder, withIntermediateDirectories: true)
            let restored = try await Self.run([
                "/bin/sh", "-c", "cp \"$1\" \"$2.new\" && mv \"$2.new\" \"$2\"", "sh", copy, tree.logURL.path,
            ])
            #expect(restored.exitStatus == 0, "\(restored)")
            try await tree.waitUntilDrained(daemon)
            let records = try tree.log.records()
            #expect(records.map(\.seq) == [1, 2, 3])
            #expect(records.map(\.source.path) == ["a.txt", "b.txt", "c.txt"])
            #expect(daemon.stderr().contains("A file is at the log's path"))
            #expect(Set(TestTree.entries(below: tree.processed)) == ["a.txt", "b.txt", "c.txt"])
            await daemon.expectCleanStop()
            let verified = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verified.exitStatus == 0, "\(verified)")
        }

        /// A source file with mode 000. Root reads it anyway (CAP_DAC_OVERRIDE), so the daemon runs as root
        /// without the two capabilities that bypass permission bits, like a service user would: the file is
        /// reported and left in `drop/`, the others go on, and it is recorded once it is readable.
        @Test(.timeLimit(.minutes(1)), .enabled(if: getuid() == 0, "setpriv --bounding-set needs root"))
        func unreadableSourceIsReportedHeldAndTakenWhenReadable() async throws {
            let tree = try TestTree("fault-unreadable")
            defer { tree.remove() }
            try tree.writeConfig()
            let launcher = ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"]
            let daemon = try await DaemonProcess.startReady(tree: tree, launcher: launcher)
            defer { daemon.kill() }

            let locked = try tree.stage("locked.txt", Fixtures.generatedArticle(1))
            #expect(chmod(locked.path, 0) == 0)
            try Writers.move(locked, to: tree.drop.appendingPathComponent("locked.txt"))
            try Writers.moveIn(Fixtures.generatedArticle(2), as: "open.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            try await waitUntil(timeout: .seconds(20), "the report of the unreadable file") {
                daemon.stderr().contains("Failed to read 'locked.txt': Permission denied; retrying in")
                    || !daemon.isRunning
            }
            try await Self.waitForStatus(daemon, "a STATUS= naming the unreadable file") {
                $0.contains("last error failed to read 'locked.txt': Permission denied")
            }
            // Backoff: tries 1 s, 2 s, 4 s apart (plus settle_ms), so at most two in any 3 s.
            let attemptsBefore = Self.count("Failed to read 'locked.txt'", in: daemon.stderr())
            let cpuBefore = try Self.cpuSeconds(daemon.pid)
            try await Task.sleep(for: .seconds(3))
            #expect(try Self.cpuSeconds(daemon.pid) - cpuBefore < 0.5)
            #expect(Self.count("Failed to read 'locked.txt'", in: daemon.stderr()) - attemptsBefore <= 2)
            #expect(daemon.isRunning)
            #expect(TestTree.entries(below: tree.drop) == ["locked.txt"])
            #expect(try tree.log.records().map(\.source.path) == ["open.txt"])

            #expect(chmod(tree.drop.appendingPathComponent("locked.txt").path, 0o644) == 0)
            try await tree.waitUntilDrained(daemon, timeout: .seconds(30))
            let records = try tree.log.records()
            #expect(records.map(\.source.path) == ["open.txt", "locked.txt"])
            #expect(records.hasGapFreeSeq)
            await daemon.expectCleanStop()
        }

        // MARK: - Helpers

        /// An article whose record (about 12 KiB) is bigger than a free page plus the slack in the log's last page.
        static func bigArticle(_ number: Int) -> Data {
            var text = "Harbour council minutes \(number)\n\n"
            for paragraph in 1...90 {
                text += "Item \(paragraph) of meeting \(number): the council heard that the quay at berth "
                text += "\(paragraph * 7 + number) needs repairs before winter, and asked for costs by spring.\n\n"
            }
            return Data(text.utf8)
        }

        /// Writes `url` until the file system is full, then shortens it by one page: one page stays free.
        static func fillAllButOnePage(_ url: URL) throws {
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw E2EError("open('\(url.path)'): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            let page = 4096
            let chunk = [UInt8](repeating: 0x2e, count: page)
            var written = 0
            while true {
                let count = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    written += count
                    continue
                }
                if count < 0 && errno == EINTR { continue }
                guard count < 0, errno == ENOSPC else {
                    throw E2EError("filling '\(url.path)': \(String(cString: strerror(errno)))")
                }
                break
            }
            let pages = (written + page - 1) / page
            guard pages > 0, ftruncate(descriptor, off_t((pages - 1) * page)) == 0 else {
                throw E2EError("could not fill '\(url.path)' (\(written) bytes written)")
            }
        }

        /// The file system type of the mount at `path` in the mount namespace of `pid` (`/proc/pid/mountinfo`).
        static func fileSystemType(of path: String, pid: pid_t) -> String? {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/mountinfo", encoding: .utf8) else { return nil }
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count > 6, fields[4] == path, let dash = fields.firstIndex(of: "-"),
                    dash + 1 < fields.count
                else { continue }
                return String(fields[dash + 1])
            }
            return nil
        }

        /// User plus system CPU time of `pid`, in seconds (`/proc/pid/stat`, fields 14 and 15).
        static func cpuSeconds(_ pid: pid_t) throws -> Double {
            let text = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            // The command name (field 2) may hold spaces; the fields after it start behind the last ')'.
            guard let close = text.lastIndex(of: ")") else { throw E2EError("unreadable /proc/\(pid)/stat") }
            let fields = text[text.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
                throw E2EError("unexpected /proc/\(pid)/stat: \(text)")
            }
            return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
        }

        /// The first space-delimited word that follows `marker` and starts with `prefix`.
        static func word(after marker: String, startingWith prefix: String, in text: String) -> String? {
            guard let range = text.range(of: marker + prefix) else { return nil }
            return String(text[text.index(range.lowerBound, offsetBy: marker.count)...].prefix { $0 != " " })
        }

        static func count(_ needle: String, in text: String) -> Int {
            text.components(separatedBy: needle).count - 1
        }

        /// Waits for a `STATUS=` assignment that `matches` (status updates come once a second).
        static func waitForStatus(
            _ daemon: DaemonProcess,
            _ what: String,
            timeout: Duration = .seconds(10),
            _ matches: @escaping (String) -> Bool
        ) async throws {
            let notify = try #require(daemon.notify)
            let found = try await eventually(timeout: timeout, interval: .milliseconds(1)) {
                notify.awaitDatagram(milliseconds: 20)
                return notify.assignments.contains(where: matches)
            }
            guard found else {
                throw E2EError(
                    "no \(what) within \(timeout); STATUS= seen: "
                        + "\(notify.assignments.filter { $0.hasPrefix("STATUS=") }.suffix(5))"
                )
            }
        }

        /// Runs a tool (absolute path first) to completion, output captured.
        static func run(_ command: [String]) async throws -> CommandResult {
            let scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("newsdrop-e2e-tool-\(getpid())-\(UUID().uuidString)")
            defer { unlink(scratch.path) }
            let child = try ChildProcess(
                executable: command[0],
                arguments: Array(command.dropFirst()),
                environment: childEnvironment(),
                stdout: scratch.path,
                stderr: scratch.path
            )
            let termination = try await child.waitForExit(timeout: .seconds(10), what: command.joined(separator: " "))
            return CommandResult(
                termination: termination,
                stdout: (try? String(contentsOf: scratch, encoding: .utf8)) ?? "",
                stderr: ""
            )
        }

        /// ``run(_:)`` for a `defer`, which cannot wait asynchronously.
        static func runBlocking(_ command: [String]) throws -> Termination? {
            let child = try ChildProcess(
                executable: command[0],
                arguments: Array(command.dropFirst()),
                environment: childEnvironment(),
                stdout: "/dev/null",
                stderr: "/dev/null"
            )
            for _ in 0..<1000 {
                if let ended = child.poll() { return ended }
                usleep(10_000)
            }
            return nil
        }
    }
}

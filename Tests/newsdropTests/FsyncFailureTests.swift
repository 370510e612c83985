import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Issue 5, fault 6: `fsync` of the log fails. The daemon must stop with a clear error (exit status 74, so
    /// that systemd restarts it), acknowledge nothing the failed `fsync` covered, and leave a log from which the
    /// restart records every held file exactly once.
    ///
    /// The failure is injected into the real release binary at the C library boundary: `LD_PRELOAD` of a small
    /// shim (built here with `cc`, ``PreloadShim``) whose `fsync`/`fdatasync` of the log fail with EIO while a
    /// flag file exists.
    /// A real failing device was tried and rejected as a test bed: no device-mapper here (`dm-error`,
    /// `dm-flakey`), and a loop device on a full tmpfs reported some `fsync`s as successful while the data never
    /// reached its backing file, a device that lies, against which no program can keep its promises.
    @Suite(.serialized)
    struct FsyncFailureTests {
        @Test(.timeLimit(.minutes(2)), .enabled(if: PreloadShim.compiler != nil, "needs cc to build the fsync shim"))
        func aFailedFsyncStopsTheDaemonAndTheRestartRecordsTheHeldFilesOnce() async throws {
            let tree = try TestTree("fault-fsync")
            defer { tree.remove() }
            try tree.writeConfig()
            let shim = try await PreloadShim.build("fail-fsync", source: Self.shimSource, in: tree.root)
            let flag = tree.root.appendingPathComponent("fail-fsync-now")
            // The shim compares /proc/self/fd links, which name the canonical path.
            try FileManager.default.createDirectory(
                at: tree.logURL.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            let logFolder = try #require(Fixtures.realPath(tree.logURL.deletingLastPathComponent().path))
            let environment = [
                "LD_PRELOAD": shim.path,
                "NEWSDROP_TEST_FAIL_FSYNC_OF": logFolder + "/" + tree.logURL.lastPathComponent,
                "NEWSDROP_TEST_FAIL_FSYNC_WHILE": flag.path,
            ]

            let first = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { first.kill() }
            for number in 1...2 {
                try Writers.moveIn(Fixtures.generatedArticle(number), as: "before-\(number).txt", tree: tree)
            }
            _ = try await tree.log.waitForRecords(2, daemon: first)
            try await tree.waitUntilDrained(first)
            let durable = tree.log.data()

            #expect(FileManager.default.createFile(atPath: flag.path, contents: Data()))
            try Writers.moveIn(Fixtures.generatedArticle(3), as: "held.txt", tree: tree)
            let ended = try await first.waitForExit(timeout: .seconds(20))
            #expect(ended == .exited(74), "EX_IOERR, for systemd's Restart=on-failure")
            let stderr = first.stderr()
            #expect(
                stderr.contains(
                    "fsync of '\(tree.logURL.path)' failed: Input/output error; the 1 record written since the last "
                        + "good fsync was cut off the log (their files stay in the drop folder and are recorded again)"
                ),
                "\(first.stderrTail())"
            )
            #expect(stderr.contains("Failed to append 'held.txt' to the log: fsync of"))
            #expect(stderr.contains("it stays in the drop folder, for the restart"))
            #expect(!stderr.contains("Ingested 'held.txt'"))
            // Nothing the failed fsync covered is acknowledged or left behind: the held file is still in drop/,
            // and the log holds exactly what the last good fsync made durable. (A record left in the file would
            // be read back by the restart from the page cache, though the disk may never have got it, and its
            // file taken for a duplicate and moved to processed/.)
            #expect(TestTree.entries(below: tree.drop) == ["held.txt"])
            #expect(Set(TestTree.entries(below: tree.processed)) == ["before-1.txt", "before-2.txt"])
            #expect(tree.log.data() == durable, "the record of held.txt was not cut off the log")

            // systemd's restart, with the fault gone: the held file is recorded once, under the next seq.
            #expect(unlink(flag.path) == 0)
            let second = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { second.kill() }
            try await tree.waitUntilDrained(second)
            let records = try tree.log.records()
            #expect(records.map(\.seq) == [1, 2, 3])
            // The two files before the fault may be taken in either order; the held one comes after both.
            #expect(Set(records.prefix(2).map(\.source.path)) == ["before-1.txt", "before-2.txt"])
            #expect(records.last?.source.path == "held.txt")
            #expect(second.stderr().contains("Ingested 'held.txt' as seq 3"))
            #expect(!second.stderr().contains("duplicate"))
            #expect(Set(TestTree.entries(below: tree.processed)) == ["before-1.txt", "before-2.txt", "held.txt"])
            await second.expectCleanStop()
            let verified = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verified.exitStatus == 0, "\(verified)")
        }

        static let shimSource = """
            // fsync(2) and fdatasync(2) of the file named $NEWSDROP_TEST_FAIL_FSYNC_OF fail with EIO, without
            // syncing anything, while the file named $NEWSDROP_TEST_FAIL_FSYNC_WHILE exists. Everything else
            // goes to the C library.
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <errno.h>
            #include <limits.h>
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <unistd.h>

            static int injected(int fd) {
                const char *target = getenv("NEWSDROP_TEST_FAIL_FSYNC_OF");
                const char *flag = getenv("NEWSDROP_TEST_FAIL_FSYNC_WHILE");
                if (target == NULL || flag == NULL || access(flag, F_OK) != 0) return 0;
                char link[64], path[PATH_MAX];
                snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
                ssize_t length = readlink(link, path, sizeof path - 1);
                if (length < 0) return 0;
                path[length] = 0;
                return strcmp(path, target) == 0;
            }

            int fsync(int fd) {
                if (injected(fd)) { errno = EIO; return -1; }
                int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
                return real(fd);
            }

            int fdatasync(int fd) {
                if (injected(fd)) { errno = EIO; return -1; }
                int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
                return real(fd);
            }

            """
    }
}

import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Issue 5, "Inputs to contain": links, special files, huge and sparse files, hostile text and hostile names.
    ///
    /// Each test drops a family of inputs at once, then a good article (proof that nothing hung the daemon), and
    /// checks what the README's fate table promises: a record only for an article, with `source.path` the exact
    /// relative path; everything else in `rejected/` with a one-line `.reason`; a log that `newsdrop verify`
    /// accepts; and an `outside/` folder exactly as it was.
    @Suite(.serialized)
    struct HostileInputTests {
        /// A symlink to a folder, a symlink loop, a socket: moved to `rejected/` as they are, never followed or
        /// opened; nothing behind the folder link is read, moved or changed.
        @Test(.timeLimit(.minutes(1)))
        func linksAndSocketsAreRejectedUnfollowed() async throws {
            let tree = try TestTree("hostile-links")
            defer { tree.remove() }
            try tree.writeConfig()
            let secretFolder = tree.outside.appendingPathComponent("folder")
            try FileManager.default.createDirectory(at: secretFolder, withIntermediateDirectories: true)
            try Fixtures.seedData(0).write(to: secretFolder.appendingPathComponent("secret.txt"))
            let before = try Outside(tree)

            try Writers.makeSymlink(at: tree.staging.appendingPathComponent("folder-link"), to: secretFolder)
            try Writers.makeSymlink(at: tree.staging.appendingPathComponent("folder-link.txt"), to: secretFolder)
            // A loop: each name points at the other (relative, so the loop survives the move into drop/).
            try Self.symlink("loop-b.txt", at: tree.staging.appendingPathComponent("loop-a.txt"))
            try Self.symlink("loop-a.txt", at: tree.staging.appendingPathComponent("loop-b.txt"))
            try Self.symlink("loop-self.txt", at: tree.staging.appendingPathComponent("loop-self.txt"))
            try Self.bindSocket(at: tree.staging.appendingPathComponent("socket.txt"))
            let rejectedNames = [
                "folder-link", "folder-link.txt", "loop-a.txt", "loop-b.txt", "loop-self.txt", "socket.txt",
            ]

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for name in rejectedNames {
                try Writers.move(tree.staging.appendingPathComponent(name), to: tree.drop.appendingPathComponent(name))
            }
            // A folder link inside a real subfolder too, reached by the scan of a new folder.
            let sub = tree.staging.appendingPathComponent("sub")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Writers.makeSymlink(at: sub.appendingPathComponent("escape"), to: tree.outside)
            try Writers.move(sub, to: tree.drop.appendingPathComponent("sub"))
            let allRejected = rejectedNames + ["sub/escape"]

            let records = try await Self.dropGoodFileAndSettle(tree, daemon, rejected: allRejected)
            await daemon.expectCleanStop()

            #expect(records.map(\.source.path) == ["good.txt"])
            #expect(try Outside(tree) == before, "something outside the drop folder changed")
            #expect(TestTree.entries(below: tree.processed) == ["good.txt"])
            #expect(
                Set(TestTree.entries(below: tree.rejected)) == Set(allRejected + allRejected.map { $0 + ".reason" })
            )
            // A name without an extension fails the extension check first; either way nothing is opened.
            for name in allRejected {
                let expected =
                    name.hasSuffix(".txt")
                    ? (name == "socket.txt" ? "not a regular file: socket" : "not a regular file: symbolic link")
                    : "unsupported file type: a name without an extension; accepted: .txt, .text, .md, .markdown"
                #expect(try Self.reason(tree, name) == expected, "\(name)")
            }
            let link = tree.rejected.appendingPathComponent("folder-link")
            #expect(TestTree.fileType(link.path) == S_IFLNK)
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == secretFolder.path)
            #expect(TestTree.fileType(tree.rejected.appendingPathComponent("sub/escape").path) == S_IFLNK)
            #expect(TestTree.fileType(tree.rejected.appendingPathComponent("loop-a.txt").path) == S_IFLNK)
            #expect(TestTree.fileType(tree.rejected.appendingPathComponent("socket.txt").path) == S_IFSOCK)
        }

        /// A character device with the numbers of `/dev/null` (made with `mknod`, so root only): rejected unopened.
        @Test(.timeLimit(.minutes(1)), .enabled(if: getuid() == 0, "mknod(2) of a device needs root"))
        func aDeviceNodeIsRejectedUnopened() async throws {
            let tree = try TestTree("hostile-device")
            defer { tree.remove() }
            try tree.writeConfig()
            let staged = tree.staging.appendingPathComponent("null.txt")
            // makedev(1, 3) in the old encoding, which the kernel still reads for small numbers.
            guard mknod(staged.path, S_IFCHR | 0o666, dev_t(0x103)) == 0 else {
                throw E2EError("mknod('\(staged.path)') failed: \(String(cString: strerror(errno)))")
            }
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.move(staged, to: tree.drop.appendingPathComponent("null.txt"))
            let records = try await Self.dropGoodFileAndSettle(tree, daemon, rejected: ["null.txt"])
            await daemon.expectCleanStop()

            #expect(records.map(\.source.path) == ["good.txt"])
            #expect(TestTree.fileType(tree.rejected.appendingPathComponent("null.txt").path) == S_IFCHR)
            #expect(try Self.reason(tree, "null.txt") == "not a regular file: character device")
        }

        /// A hard link is a second name of a regular file, so its bytes are the file's own: it is ingested (or
        /// rejected) like any file, and only its name inside the drop folder is moved. The outside name keeps
        /// its bytes and its place.
        @Test(.timeLimit(.minutes(1)))
        func hardLinksAreTakenByTheirNameInTheDropFolder() async throws {
            let tree = try TestTree("hostile-hardlink")
            defer { tree.remove() }
            try tree.writeConfig()
            let article = Fixtures.generatedArticle(7, tag: "hard link")
            let shared = tree.outside.appendingPathComponent("shared.txt")
            try article.write(to: shared)
            let binary = tree.outside.appendingPathComponent("binary.txt")
            try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]).write(to: binary)
            let before = try Outside(tree)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            // link(2) straight into the drop folder (an IN_CREATE, no write at all).
            try Self.hardLink(shared, at: tree.drop.appendingPathComponent("linked.txt"))
            try Self.hardLink(binary, at: tree.drop.appendingPathComponent("linked-binary.txt"))
            let records = try await Self.dropGoodFileAndSettle(
                tree,
                daemon,
                rejected: ["linked-binary.txt"],
                records: 2
            )
            await daemon.expectCleanStop()

            #expect(records.map(\.source.path).sorted() == ["good.txt", "linked.txt"])
            #expect(records.first { $0.source.path == "linked.txt" }?.source.sha256 == FileDigest.hex(article))
            #expect(try Outside(tree) == before, "the outside names lost or changed bytes")
            #expect(TestTree.entries(below: tree.processed) == ["good.txt", "linked.txt"])
            // Still one file with two names: the outside one and the one now in processed/.
            #expect(Self.inode(shared) == Self.inode(tree.processed.appendingPathComponent("linked.txt")))
            #expect(Self.inode(binary) == Self.inode(tree.rejected.appendingPathComponent("linked-binary.txt")))
            #expect(try Self.reason(tree, "linked-binary.txt").hasPrefix("binary"))
        }

        /// `max_bytes` + 1 bytes, and a sparse file of 8 GiB: rejected from their size alone, at once, unread.
        @Test(.timeLimit(.minutes(1)))
        func oversizeFilesAreRejectedUnread() async throws {
            let tree = try TestTree("hostile-size")
            defer { tree.remove() }
            let maxBytes = 16_384
            try tree.writeConfig([("max_bytes", .int(maxBytes))])
            var justOver = Data()
            while justOver.count <= maxBytes { justOver += Fixtures.generatedArticle(justOver.count) }
            justOver = justOver.prefix(maxBytes + 1)
            try tree.stage("just-over.txt", justOver)
            let huge = tree.staging.appendingPathComponent("huge.txt")
            let hugeSize: Int64 = 8 << 30
            let descriptor = open(huge.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0, ftruncate(descriptor, off_t(hugeSize)) == 0 else {
                throw E2EError("a sparse file of \(hugeSize) bytes: \(String(cString: strerror(errno)))")
            }
            close(descriptor)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let readBefore = try Self.bytesRead(by: daemon.pid)
            let clock = ContinuousClock()
            let start = clock.now
            for name in ["huge.txt", "just-over.txt"] {
                try Writers.move(tree.staging.appendingPathComponent(name), to: tree.drop.appendingPathComponent(name))
            }
            for name in ["huge.txt", "just-over.txt"] {
                try await tree.waitForEntry(name + ".reason", in: tree.rejected, daemon: daemon, timeout: .seconds(5))
            }
            let elapsed = clock.now - start
            let readAfter = try Self.bytesRead(by: daemon.pid)
            let records = try await Self.dropGoodFileAndSettle(tree, daemon, rejected: ["huge.txt", "just-over.txt"])
            await daemon.expectCleanStop()

            #expect(elapsed < .seconds(3), "rejecting by size took \(elapsed)")
            // rchar counts every read(2); reading either file would add at least max_bytes.
            #expect(readAfter - readBefore < Int64(maxBytes), "the daemon read \(readAfter - readBefore) bytes")
            #expect(records.map(\.source.path) == ["good.txt"])
            #expect(try Self.reason(tree, "huge.txt") == "oversize: \(hugeSize) bytes, over max_bytes (\(maxBytes))")
            #expect(
                try Self.reason(tree, "just-over.txt")
                    == "oversize: \(maxBytes + 1) bytes, over max_bytes (\(maxBytes))"
            )
            #expect(try Data(contentsOf: tree.rejected.appendingPathComponent("just-over.txt")) == justOver)
            var info = stat()
            #expect(lstat(tree.rejected.appendingPathComponent("huge.txt").path, &info) == 0)
            #expect(Int64(info.st_size) == hugeSize)
            #expect(info.st_blocks < 64, "the sparse file got \(info.st_blocks) blocks: it was written to")
        }

        /// Invalid UTF-16 and a NUL in good text are rejected; a 100,000-character line, 10,000 nested tags and
        /// tags that never close are recorded, as well-formed JSON, in a log that `newsdrop verify` accepts.
        @Test(.timeLimit(.minutes(1)))
        func hostileTextIsRejectedOrRecordedWellFormed() async throws {
            let tree = try TestTree("hostile-text")
            defer { tree.remove() }
            try tree.writeConfig()
            let article = Fixtures.generatedArticle(11, tag: "text")
            let prose = "The harbour council met on Tuesday to talk about the quay. "
            let longLine = String(String(repeating: prose, count: 100_000 / prose.count + 1).prefix(100_000))
            func utf16(_ text: String, bigEndian: Bool) -> Data {
                Data(
                    text.utf16.flatMap { unit in
                        bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                    }
                )
            }
            let text = String(decoding: article, as: UTF8.self)
            let middle = article.count / 2
            let rejected: [(name: String, data: Data, reason: String)] = [
                (
                    "utf16-high-alone.txt",
                    Data([0xFF, 0xFE]) + utf16(text, bigEndian: false) + Data([0x00, 0xD8])
                        + utf16(" end", bigEndian: false),
                    "undecodable: invalid UTF-16 (an unpaired surrogate)"
                ),
                (
                    "utf16-low-alone.txt",
                    Data([0xFE, 0xFF]) + Data([0xDC, 0x00]) + utf16(text, bigEndian: true),
                    "undecodable: invalid UTF-16 (an unpaired surrogate)"
                ),
                (
                    "nul.txt", article.prefix(middle) + Data([0]) + article.dropFirst(middle),
                    "binary: binary data: 1 NUL bytes in \(article.count + 1)"
                ),
            ]
            let recorded: [(name: String, data: Data)] = [
                ("long-line.txt", Data("Harbour council, one long line\n\n\(longLine)\n".utf8) + article),
                (
                    "nested.txt",
                    Data(String(repeating: "<div><span>", count: 5_000).utf8) + article
                        + Data(String(repeating: "</span></div>", count: 5_000).utf8)
                ),
                (
                    "unterminated.txt",
                    Data(String(repeating: "<div <span class=\"x <p ", count: 3_000).utf8) + Data("\n\n".utf8) + article
                        + Data("<!-- never closed\n<a href=\"".utf8)
                ),
            ]
            for file in rejected { try tree.stage(file.name, file.data) }
            for file in recorded { try tree.stage(file.name, file.data) }

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for name in rejected.map(\.name) + recorded.map(\.name) {
                try Writers.move(tree.staging.appendingPathComponent(name), to: tree.drop.appendingPathComponent(name))
            }
            let records = try await Self.dropGoodFileAndSettle(
                tree,
                daemon,
                rejected: rejected.map(\.name),
                records: recorded.count + 1
            )
            await daemon.expectCleanStop()

            #expect(Set(records.map(\.source.path)) == Set(recorded.map(\.name) + ["good.txt"]))
            for file in recorded {
                let record = records.first { $0.source.path == file.name }
                #expect(record?.source.sha256 == FileDigest.hex(file.data), "\(file.name)")
                #expect(record?.body.contains("proposal number 11") == true, "\(file.name): the article's text is lost")
                if file.name == "nested.txt" {
                    #expect(record?.body.contains("<div") == false, "a tag left in the body")
                }
            }
            let longRecord = records.first { $0.source.path == "long-line.txt" }
            #expect(longRecord?.body.contains(longLine.trimmingCharacters(in: .whitespaces)) == true)
            for file in rejected {
                #expect(try Self.reason(tree, file.name) == file.reason)
                #expect(try Data(contentsOf: tree.rejected.appendingPathComponent(file.name)) == file.data)
            }
        }

        /// Names with a newline, quotes, a backslash or a leading dash are recorded exactly (JSON escapes);
        /// a 255-byte name is recorded, and still moves when `processed/` has it already; a 255-byte name that
        /// is rejected is cut so that its `.reason` fits; a name that is not UTF-8 is rejected with a reason.
        @Test(.timeLimit(.minutes(1)))
        func awkwardNamesAreRecordedExactlyOrRejected() async throws {
            let tree = try TestTree("hostile-names")
            defer { tree.remove() }
            try tree.writeConfig()
            let longName = String(repeating: "L", count: 251) + ".txt"
            let longRejected = String(repeating: "R", count: 251) + ".txt"
            let names = ["line\nbreak.txt", "quote\"d'.txt", "back\\slash.txt", "-n.txt", "--help.txt", longName]
            var articles: [String: Data] = [:]
            for (index, name) in names.enumerated() {
                articles[name] = Fixtures.generatedArticle(100 + index, tag: "names")
                try tree.stage(name, articles[name]!)
            }
            try tree.stage(longRejected, Data())
            // Not UTF-8: a Latin-1 é and a lone continuation byte.
            let rawName: [UInt8] = Array("caf".utf8) + [0xE9, 0x80] + Array(".txt".utf8)
            let rawStaged = Array(tree.staging.path.utf8) + [0x2F] + rawName
            try Self.writeFile(atRawPath: rawStaged, Fixtures.generatedArticle(200, tag: "names"))

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for name in names + [longRejected] {
                try Writers.move(tree.staging.appendingPathComponent(name), to: tree.drop.appendingPathComponent(name))
            }
            try Self.rename(rawPath: rawStaged, to: Array(tree.drop.path.utf8) + [0x2F] + rawName)
            var records = try await tree.log.waitForRecords(names.count, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            // The same 255-byte name again, other bytes: processed/ has the name, so a numeric suffix must fit.
            let second = Fixtures.generatedArticle(300, tag: "names")
            try Writers.move(tree.stage("second.txt", second), to: tree.drop.appendingPathComponent(longName))
            records = try await tree.log.waitForRecords(names.count + 1, daemon: daemon)
            let cutRejected = String(repeating: "R", count: 255 - ".reason".utf8.count - ".txt".utf8.count) + ".txt"
            records = try await Self.dropGoodFileAndSettle(
                tree,
                daemon,
                rejected: [cutRejected],
                records: names.count + 2
            )
            await daemon.expectCleanStop()

            #expect(Set(records.prefix(names.count).map(\.source.path)) == Set(names))
            #expect(records.dropFirst(names.count).map(\.source.path) == [longName, "good.txt"])
            for record in records.prefix(names.count) {
                #expect(record.source.sha256 == FileDigest.hex(articles[record.source.path]!), "\(record.source.path)")
            }
            // The escapes as they are in the log's bytes: `\n`, `\"` and `\\`, never a raw newline.
            let raw = String(decoding: tree.log.data(), as: UTF8.self)
            for escaped in [#""path":"line\nbreak.txt""#, #""path":"quote\"d'.txt""#, #""path":"back\\slash.txt""#] {
                #expect(raw.contains(escaped), "no \(escaped) in the log")
            }
            let secondName = String(repeating: "L", count: 255 - ".1.txt".utf8.count) + ".1.txt"
            #expect(Set(TestTree.entries(below: tree.processed)) == Set(names + [secondName, "good.txt"]))
            #expect(try Data(contentsOf: tree.processed.appendingPathComponent(secondName)) == second)

            let rejectedNames = Self.rawNames(in: tree.rejected)
            let expectedRejected: Set<[UInt8]> = [
                rawName, rawName + Array(".reason".utf8), Array(cutRejected.utf8),
                Array((cutRejected + ".reason").utf8),
            ]
            #expect(Set(rejectedNames) == expectedRejected)
            #expect(try Self.reason(tree, cutRejected).hasPrefix("empty"))
            #expect(try Self.reason(tree, cutRejected).contains("255"), "the reason should say the name was cut")
            let rawReason = try Self.readFile(
                atRawPath: Array(tree.rejected.path.utf8) + [0x2F] + rawName + Array(".reason".utf8)
            )
            #expect(rawReason == "file name is not valid UTF-8\n")
        }

        /// A file 100 folders deep is found, recorded with its whole relative path and moved to the same path.
        @Test(.timeLimit(.minutes(1)))
        func filesHundredFoldersDeepAreTaken() async throws {
            let tree = try TestTree("hostile-deep")
            defer { tree.remove() }
            try tree.writeConfig()
            let folders = (1...100).map { String(format: "level-%03d", $0) }
            let deep = folders.joined(separator: "/")
            let article = Fixtures.generatedArticle(5, tag: "deep")
            try tree.stage(deep + "/deep.txt", article)
            try tree.stage(deep + "/empty.txt", Data())

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            // One rename brings the whole tree in; its 100 folders must be watched and listed.
            try Writers.move(
                tree.staging.appendingPathComponent(folders[0]),
                to: tree.drop.appendingPathComponent(folders[0])
            )
            let records = try await Self.dropGoodFileAndSettle(
                tree,
                daemon,
                rejected: [deep + "/empty.txt"],
                records: 2
            )
            await daemon.expectCleanStop()

            #expect(records.map(\.source.path).sorted() == [deep + "/deep.txt", "good.txt"].sorted())
            #expect(records.first { $0.source.path.hasSuffix("deep.txt") }?.source.sha256 == FileDigest.hex(article))
            #expect(try Data(contentsOf: tree.processed.appendingPathComponent(deep + "/deep.txt")) == article)
            #expect(try Self.reason(tree, deep + "/empty.txt").hasPrefix("empty"))
        }

        /// A file renamed over while the daemon has it open for reading: the bytes it was reading are not mixed
        /// with the new ones, the new file is recorded and moved, and the old one never reaches `processed/`.
        ///
        /// The test waits until the daemon holds the first file open (`/proc/PID/fd`), then renames the second
        /// over it, so the replacement lands inside the read.
        @Test(.timeLimit(.minutes(1)))
        func aFileReplacedWhileBeingReadIsNotUsed() async throws {
            let tree = try TestTree("hostile-replace")
            defer { tree.remove() }
            // Big enough that reading it takes tens of milliseconds: time to land the rename inside the read.
            let oldSize = 160 << 20
            try tree.writeConfig([("max_bytes", .int(256 << 20)), ("log_level", .string("debug"))])
            let paragraph = Fixtures.generatedArticle(1, tag: "old")
            var chunk = Data()
            while chunk.count < 1 << 20 { chunk += paragraph }
            let staged = tree.staging.appendingPathComponent("old.txt")
            let descriptor = open(staged.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw E2EError("open('\(staged.path)'): \(String(cString: strerror(errno)))") }
            for offset in stride(from: 0, to: oldSize, by: chunk.count) {
                let piece = chunk.prefix(oldSize - offset)
                _ = piece.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            }
            close(descriptor)
            let new = Fixtures.generatedArticle(2, tag: "new")
            try tree.stage("new.txt", new)
            let target = tree.drop.appendingPathComponent("x.txt")

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.move(staged, to: target)
            let seenOpen = Self.waitUntilOpen(target.path, by: daemon.pid, timeout: .seconds(10))
            try Writers.move(tree.staging.appendingPathComponent("new.txt"), to: target)
            // How long the daemon still held the old file (now unlinked) open after the rename.
            let clock = ContinuousClock()
            let renamed = clock.now
            _ = Self.waitUntilOpen(target.path + " (deleted)", by: daemon.pid, timeout: .seconds(1), closed: true)
            let heldAfter = clock.now - renamed
            #expect(seenOpen, "the daemon never had the file open")

            // The new file's record, then good.txt's; the old one's only if it was read before the replacement.
            try await waitUntil(timeout: .seconds(30), "a record of the new x.txt") {
                (try? tree.log.records().contains { $0.source.sha256 == FileDigest.hex(new) }) ?? false
            }
            let count = try tree.log.records().count
            let records = try await Self.dropGoodFileAndSettle(tree, daemon, rejected: [], records: count + 1)
            await daemon.expectCleanStop()

            let oldRecorded = records.contains { $0.source.bytes == oldSize }
            #expect(
                records.map(\.source.path).sorted()
                    == (oldRecorded ? ["good.txt", "x.txt", "x.txt"] : ["good.txt", "x.txt"])
            )
            #expect(records.contains { $0.source.path == "x.txt" && $0.source.sha256 == FileDigest.hex(new) })
            #expect(try TestTree.digests(below: tree.processed)["x.txt"] == FileDigest.hex(new))
            #expect(Set(TestTree.entries(below: tree.processed)) == ["x.txt", "good.txt"])
            // Still open 20 ms after the rename: the read's last check came after it, so the read is not used.
            // Only a rename in the instant between that check and the close may leave the old bytes recorded
            // (complete and unchanged: the descriptor kept the old file).
            let notUsed = daemon.stderr().contains("'x.txt' is still changing")
            print(
                "newsdrop e2e: held \(heldAfter) after the rename; the old file was \(oldRecorded ? "recorded" : "not used")"
            )
            if heldAfter > .milliseconds(20) {
                #expect(notUsed && !oldRecorded, "read while replaced, yet used; stderr:\n\(daemon.stderrTail())")
            } else {
                #expect(notUsed || oldRecorded, "stderr:\n\(daemon.stderrTail())")
            }
        }
    }
}

// MARK: - Helpers

extension EndToEndTests.HostileInputTests {
    /// Every entry below `outside/` with its type, size, and its bytes (regular files) or target (links).
    struct Outside: Equatable {
        var entries: [String: String]

        init(_ tree: TestTree) throws {
            self.entries = [:]
            for path in TestTree.entries(below: tree.outside) {
                let url = tree.outside.appendingPathComponent(path)
                var info = stat()
                guard lstat(url.path, &info) == 0 else { continue }
                var summary = "mode \(info.st_mode) size \(info.st_size)"
                if TestTree.fileType(url.path) == S_IFREG {
                    summary += " sha256 " + (try FileDigest.hex(contentsOf: url))
                }
                self.entries[path] = summary
            }
        }
    }

    /// Drops `good.txt`, waits for `records` records, an empty drop folder and every `rejected` reason.
    static func dropGoodFileAndSettle(
        _ tree: TestTree,
        _ daemon: DaemonProcess,
        rejected: [String],
        records count: Int = 1
    ) async throws -> [Record] {
        try Writers.moveIn(Fixtures.seedData(2), as: "good.txt", tree: tree)
        _ = try await tree.log.waitForRecords(count, daemon: daemon)
        try await tree.waitUntilDrained(daemon)
        for name in rejected {
            try await tree.waitForEntry(name + ".reason", in: tree.rejected, daemon: daemon, timeout: .seconds(5))
        }
        try await Task.sleep(for: .milliseconds(300))  // one settle period more: nothing else may come
        #expect(daemon.isRunning, "the daemon ended: \(daemon.state); stderr:\n\(daemon.stderrTail())")
        let verify = try await CommandResult.run(["verify", "--log", tree.logURL.path])
        #expect(verify.exitStatus == 0, "newsdrop verify: \(verify)")
        let records = try tree.log.records()
        #expect(records.count == count, "records: \(records.map(\.source.path))")
        #expect(records.hasGapFreeSeq)
        return records
    }

    /// The one line of `rejected/<relativePath>.reason`, without its newline; fails unless it is exactly one line.
    static func reason(_ tree: TestTree, _ relativePath: String) throws -> String {
        let text = try String(
            contentsOf: tree.rejected.appendingPathComponent(relativePath + ".reason"),
            encoding: .utf8
        )
        guard text.hasSuffix("\n"), text.dropLast().firstIndex(of: "\n") == nil, text.count > 1 else {
            throw E2EError("the reason for '\(relativePath)' is not one line: \(text.debugDescription)")
        }
        return String(text.dropLast())
    }

    static func symlink(_ target: String, at url: URL) throws {
        guard Glibc.symlink(target, url.path) == 0 else {
            throw E2EError("symlink('\(url.path)') failed: \(String(cString: strerror(errno)))")
        }
    }

    static func hardLink(_ existing: URL, at url: URL) throws {
        guard link(existing.path, url.path) == 0 else {
            throw E2EError("link('\(url.path)') failed: \(String(cString: strerror(errno)))")
        }
    }

    static func inode(_ url: URL) -> ino_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_ino : nil
    }

    /// Leaves a UNIX stream socket file at `url` (bound, then closed: the name stays).
    static func bindSocket(at url: URL) throws {
        let descriptor = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw E2EError("socket(AF_UNIX) failed: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try UnixSocketAddress.bind(descriptor, to: url.path)
    }

    /// `rchar` of `/proc/PID/io`: the bytes the process got from `read(2)` and friends so far.
    static func bytesRead(by pid: pid_t) throws -> Int64 {
        let text = try String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8)
        for line in text.split(separator: "\n") where line.hasPrefix("rchar:") {
            if let value = Int64(line.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) { return value }
        }
        throw E2EError("no rchar in /proc/\(pid)/io: \(text)")
    }

    /// Polls `/proc/PID/fd` without sleeping until one of its descriptors is `path`; false after `timeout`.
    /// With `closed`, waits instead until none is.
    static func waitUntilOpen(_ path: String, by pid: pid_t, timeout: Duration, closed: Bool = false) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        let folder = "/proc/\(pid)/fd"
        var buffer = [CChar](repeating: 0, count: 4096)
        while clock.now < deadline {
            guard let directory = opendir(folder) else { return false }
            defer { closedir(directory) }
            var found = false
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                let count = readlink(folder + "/" + name, &buffer, buffer.count - 1)
                guard count > 0 else { continue }
                buffer[count] = 0
                if String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) == path {
                    found = true
                    break
                }
            }
            if found != closed { return true }
        }
        return false
    }

    /// The raw bytes of every name in `folder` (names that are not UTF-8 included).
    static func rawNames(in folder: URL) -> [[UInt8]] {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) {
                    Array(
                        UnsafeBufferPointer(
                            start: $0,
                            count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                        )
                    )
                }
            }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    static func writeFile(atRawPath path: [UInt8], _ data: Data) throws {
        let descriptor = (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            }
        }
        guard descriptor >= 0 else { throw E2EError("open(raw name) failed: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count else { throw E2EError("write(raw name) failed") }
    }

    static func readFile(atRawPath path: [UInt8]) throws -> String {
        let descriptor = (path + [0]).withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { throw E2EError("open(raw name) failed: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        guard count >= 0 else { throw E2EError("read(raw name) failed") }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }

    static func rename(rawPath source: [UInt8], to destination: [UInt8]) throws {
        let result = (source + [0]).withUnsafeBufferPointer { from in
            (destination + [0]).withUnsafeBufferPointer { to in
                from.withMemoryRebound(to: CChar.self) { from in
                    to.withMemoryRebound(to: CChar.self) { Glibc.rename(from.baseAddress!, $0.baseAddress!) }
                }
            }
        }
        guard result == 0 else { throw E2EError("rename(raw name) failed: \(String(cString: strerror(errno)))") }
    }
}

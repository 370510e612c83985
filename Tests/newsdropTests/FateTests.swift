import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// What happens to files that do not become a new record: duplicates, rejections, ignored names.
    @Suite(.serialized)
    struct FateTests {
        @Test(.timeLimit(.minutes(1)))
        func identicalRedropGetsNoSecondRecord() async throws {
            let tree = try TestTree("duplicate")
            defer { tree.remove() }
            try tree.writeConfig()
            let data = try Fixtures.seedData(0)
            let other = try Fixtures.seedData(1)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(data, as: "a.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            // The same bytes, three more times: twice under the same name, once under another.
            for (name, expectedName) in [("a.txt", "a.1.txt"), ("a.txt", "a.2.txt"), ("copy.txt", "copy.txt")] {
                try Writers.moveIn(data, as: name, tree: tree)
                try await tree.waitForEntry(expectedName, in: tree.processed, daemon: daemon)
                try await tree.waitUntilDrained(daemon)
            }
            // A different article afterwards still gets the next seq.
            try Writers.moveIn(other, as: "b.txt", tree: tree)
            let records = try await tree.log.waitForRecords(2, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            #expect(try await daemon.terminate() == .exited(0))

            #expect(records.map(\.seq) == [1, 2])
            #expect(records.map(\.source.path) == ["a.txt", "b.txt"])
            #expect(try tree.log.records().count == 2)
            let digest = FileDigest.hex(data)
            #expect(
                try TestTree.digests(below: tree.processed) == [
                    "a.txt": digest, "a.1.txt": digest, "a.2.txt": digest, "copy.txt": digest,
                    "b.txt": FileDigest.hex(other),
                ]
            )
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            let duplicateLines = daemon.stderr().split(separator: "\n").filter { $0.contains("duplicate of seq 1") }
            #expect(duplicateLines.count >= 3, "stderr:\n\(daemon.stderrTail())")
        }

        /// Every kind of file that cannot become an article lands in rejected/ with a one-line reason and no record;
        /// a FIFO does not hang the daemon and a symbolic link is moved, never followed.
        @Test(.timeLimit(.minutes(1)))
        func unusableFilesAreRejectedWithAReason() async throws {
            let tree = try TestTree("reject")
            defer { tree.remove() }
            let maxBytes = 16_384
            try tree.writeConfig([("max_bytes", .int(maxBytes))])
            let article = try Fixtures.seedData(0)

            var generator = SeededGenerator(seed: 0x5EED)
            var binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
            binary += Data(
                (0..<4096).map { index in index % 7 == 0 ? 0 : UInt8.random(in: 0...255, using: &generator) }
            )
            // Bytes that are invalid UTF-8, unassigned in Windows-1252 and C1 controls in Latin-1.
            let undefined: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
            let garbage = Data(
                (0..<3000).map { index in
                    index % 61 == 60 ? 0x0A : undefined.randomElement(using: &generator)!
                }
            )
            var oversize = Data()
            while oversize.count <= maxBytes * 2 { oversize += article + Data("\n\n".utf8) }
            let noBody = Data(
                """
                Title: Harbour council to vote on quay plan
                Date: 5 February 2025
                Source: Harbour Gazette
                Author: Staff reporter

                Advertisement

                """.utf8
            )
            let secret = tree.outside.appendingPathComponent("secret.txt")
            try article.write(to: secret)

            let files: [(name: String, data: Data)] = [
                ("empty.txt", Data()), ("binary.txt", binary), ("garbage.txt", garbage), ("oversize.txt", oversize),
                ("article.pdf", article), ("nobody.txt", noBody),
            ]
            for file in files { try tree.stage(file.name, file.data) }
            try Writers.makeFIFO(at: tree.staging.appendingPathComponent("pipe.txt"))
            try Writers.makeSymlink(at: tree.staging.appendingPathComponent("link.txt"), to: secret)
            let rejectedNames = ["pipe.txt", "link.txt"] + files.map(\.name)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for name in rejectedNames {  // the FIFO first
                try Writers.move(tree.staging.appendingPathComponent(name), to: tree.drop.appendingPathComponent(name))
            }
            // A good file after all of them: proof that nothing hung the daemon.
            try Writers.moveIn(Fixtures.seedData(2), as: "good.txt", tree: tree)
            let records = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            for name in rejectedNames {
                try await tree.waitForEntry(name + ".reason", in: tree.rejected, daemon: daemon, timeout: .seconds(5))
            }
            try await Task.sleep(for: .milliseconds(300))
            #expect(try await daemon.terminate() == .exited(0))

            #expect(records.map(\.source.path) == ["good.txt"])
            #expect(try tree.log.records().count == 1)
            #expect(TestTree.entries(below: tree.processed) == ["good.txt"])
            #expect(
                Set(TestTree.entries(below: tree.rejected)) == Set(rejectedNames + rejectedNames.map { $0 + ".reason" })
            )
            for name in rejectedNames {
                let reason = try String(
                    contentsOf: tree.rejected.appendingPathComponent(name + ".reason"),
                    encoding: .utf8
                )
                let lines = reason.split(separator: "\n", omittingEmptySubsequences: true)
                #expect(lines.count == 1, "reason for \(name) should be one line: \(reason.debugDescription)")
                #expect(!reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty reason for \(name)")
            }
            for file in files {  // moved intact
                #expect(
                    try Data(contentsOf: tree.rejected.appendingPathComponent(file.name)) == file.data,
                    "\(file.name)"
                )
            }
            // The link itself was moved; its target is where it was, untouched.
            let link = tree.rejected.appendingPathComponent("link.txt")
            #expect(TestTree.fileType(link.path) == S_IFLNK)
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == secret.path)
            #expect(try Data(contentsOf: secret) == article)
            #expect(TestTree.fileType(tree.rejected.appendingPathComponent("pipe.txt").path) == S_IFIFO)
        }

        /// Names matching the default `ignore` globs are never touched, however they arrive.
        @Test(.timeLimit(.minutes(1)))
        func ignoredNamesAreLeftAlone() async throws {
            let tree = try TestTree("ignore")
            defer { tree.remove() }
            try tree.writeConfig()
            let article = try Fixtures.seedData(1)
            let moved = [".hidden", "x.part", "x.filepart", ".draft.txt"]
            let written = ["x.tmp", "y.partial", "notes.txt~"]

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for name in moved { try Writers.moveIn(article, as: name, tree: tree) }
            for name in written {
                try await Writers.writeInPlace(
                    article,
                    to: tree.drop.appendingPathComponent(name),
                    chunks: 2,
                    pause: .milliseconds(10)
                )
            }
            try Writers.moveIn(Fixtures.seedData(2), as: "real.txt", tree: tree)
            let ignored = Set(moved + written)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon, leftAlone: ignored)
            try await Task.sleep(for: .milliseconds(800))  // several settle periods

            #expect(try tree.log.records().map(\.source.path) == ["real.txt"])
            #expect(Set(TestTree.entries(below: tree.drop)) == ignored)
            for name in ignored {
                #expect(try Data(contentsOf: tree.drop.appendingPathComponent(name)) == article, "\(name) changed")
            }
            #expect(TestTree.entries(below: tree.processed) == ["real.txt"])
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try await daemon.terminate() == .exited(0))
        }
    }
}

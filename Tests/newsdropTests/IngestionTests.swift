import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// How files get in: present at start-up, `mv`, `rsync`, in-place writers, subfolders.
    @Suite(.serialized)
    struct IngestionTests {
        @Test(.timeLimit(.minutes(1)))
        func fileAlreadyThereAtStartUpIsIngested() async throws {
            let tree = try TestTree("startup")
            defer { tree.remove() }
            try tree.writeConfig()
            try tree.makeDropFolder()
            let data = try Fixtures.seedData(0)
            try data.write(to: tree.drop.appendingPathComponent("kremlin.txt"))

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let records = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            #expect(records.count == 1)
            let record = try #require(records.first)
            #expect(record.schema == 1)
            #expect(record.seq == 1)
            #expect(record.source.path == "kremlin.txt")
            #expect(record.source.bytes == data.count)
            #expect(record.source.sha256 == FileDigest.hex(data))
            #expect(record.format == "text")
            #expect(!record.body.isEmpty)
            #expect(record.wordCount > 0)
            #expect(record.ingestedAt.contains(try Regex(#"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z$"#)))
            #expect(
                record.source.modified.contains(
                    try Regex(#"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#)
                )
            )

            // Every field of schema 1 is present, even when null.
            let line = try #require(tree.log.lines().complete.first)
            let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            let fields: Set<String> = [
                "schema", "seq", "ingested_at", "source", "format", "title", "published", "url", "site", "language",
                "body", "word_count",
            ]
            #expect(fields.isSubset(of: Set(object.keys)), "missing: \(fields.subtracting(object.keys))")
            let source = try #require(object["source"] as? [String: Any])
            #expect(Set(["path", "bytes", "sha256", "modified"]).isSubset(of: Set(source.keys)))

            // The file moved to processed/ intact.
            let moved = tree.processed.appendingPathComponent("kremlin.txt")
            #expect(try Data(contentsOf: moved) == data)

            // `run` builds the same article that `parse` prints.
            let parsed = try await CommandResult.run(["parse", moved.path])
            #expect(parsed.exitStatus == 0, "\(parsed)")
            let article = try JSONDecoder().decode(ParsedArticle.self, from: Data(parsed.stdout.utf8))
            #expect(article.body == record.body)
            #expect(article.title == record.title)
            #expect(article.published == record.published)
            #expect(article.url == record.url)
            #expect(article.language == record.language)
            #expect(article.wordCount == record.wordCount)

            #expect(try await daemon.terminate() == .exited(0))
        }

        /// Paths come from flags here (the config only sets `settle_ms`); the daemon creates every folder.
        @Test(.timeLimit(.minutes(1)))
        func movedInFileIsIngestedAndFoldersAreCreated() async throws {
            let tree = try TestTree("mv")
            defer { tree.remove() }
            try tree.writeConfig(includePaths: false)
            let arguments = [
                "--config", tree.configURL.path, "--drop", tree.drop.path, "--log", tree.logURL.path,
                "--processed", tree.processed.path, "--rejected", tree.rejected.path,
            ]
            let daemon = try await DaemonProcess.startReady(tree: tree, arguments: arguments)
            defer { daemon.kill() }
            for folder in [tree.drop, tree.processed, tree.rejected, tree.logURL.deletingLastPathComponent()] {
                #expect(TestTree.fileType(folder.path) == S_IFDIR, "'\(folder.path)' was not created")
            }

            let data = try Fixtures.seedData(1)
            try Writers.moveIn(data, as: "story.txt", tree: tree)
            let records = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            #expect(records.map(\.source.path) == ["story.txt"])
            #expect(records.first?.source.sha256 == FileDigest.hex(data))
            #expect(try TestTree.digests(below: tree.processed) == ["story.txt": FileDigest.hex(data)])
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try await daemon.terminate() == .exited(0))
        }

        /// rsync's default: `.name.XXXXXX` written in the target folder (ignored), then renamed.
        @Test(.timeLimit(.minutes(1)))
        func rsyncedFilesAreIngested() async throws {
            let tree = try TestTree("rsync")
            defer { tree.remove() }
            try tree.writeConfig()
            let seeds = try Fixtures.seeds()
            var expected: [String: String] = [:]
            var sources: [URL] = []
            for (index, seed) in seeds.enumerated() {
                let name = "wire-\(index).txt"
                let data = try Data(contentsOf: seed)
                sources.append(try tree.stage("rsync/" + name, data))
                expected[name] = FileDigest.hex(data)
            }

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try await Writers.rsync(sources, to: tree.drop)
            let records = try await tree.log.waitForRecords(seeds.count, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            #expect(records.count == seeds.count)
            #expect(
                Dictionary(records.map { ($0.source.path, $0.source.sha256) }, uniquingKeysWith: { a, _ in a })
                    == expected
            )
            #expect(records.hasGapFreeSeq)
            #expect(try TestTree.digests(below: tree.processed) == expected)
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try await daemon.terminate() == .exited(0))
        }

        /// An scp-like writer: one open, chunks with pauses (both shorter and longer than `settle_ms`), one close.
        /// The file must be parsed once, whole, after the close.
        @Test(.timeLimit(.minutes(1)), arguments: [150, 300])
        func inPlaceWriterWithPausesIsIngestedWhole(pauseMilliseconds: Int) async throws {
            let tree = try TestTree("scp")
            defer { tree.remove() }
            try tree.writeConfig([("settle_ms", .int(200))])
            let data = try Fixtures.seedData(4)
            let staged = try tree.stage("reference.txt", data)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try await Writers.writeInPlace(
                data,
                to: tree.drop.appendingPathComponent("scp.txt"),
                chunks: 5,
                pause: .milliseconds(pauseMilliseconds)
            )
            let records = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            try await Task.sleep(for: .milliseconds(600))  // room for a wrong second record to show up

            let all = try tree.log.records()
            #expect(all.count == 1, "records: \(all.map { ($0.seq, $0.source.bytes) })")
            let record = try #require(records.first)
            #expect(record.source.bytes == data.count)
            #expect(record.source.sha256 == FileDigest.hex(data))
            let reference = try await CommandResult.run(["parse", staged.path])
            let article = try JSONDecoder().decode(ParsedArticle.self, from: Data(reference.stdout.utf8))
            #expect(record.body == article.body)
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try Data(contentsOf: tree.processed.appendingPathComponent("scp.txt")) == data)
            #expect(try await daemon.terminate() == .exited(0))
        }

        /// A writer that closes and reopens within the quiet period: several `IN_CLOSE_WRITE`s, one article.
        @Test(.timeLimit(.minutes(1)))
        func writerThatReopensWithinQuietPeriodYieldsOneFullRecord() async throws {
            let tree = try TestTree("reopen")
            defer { tree.remove() }
            try tree.writeConfig([("settle_ms", .int(200))])
            let data = try Fixtures.seedData(3)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try await Writers.writeWithReopens(
                data,
                to: tree.drop.appendingPathComponent("reopened.txt"),
                parts: 4,
                gap: .milliseconds(100)
            )
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            try await Task.sleep(for: .milliseconds(600))

            let records = try tree.log.records()
            #expect(records.count == 1, "records: \(records.map { ($0.seq, $0.source.bytes) })")
            #expect(records.first?.source.sha256 == FileDigest.hex(data))
            #expect(records.first?.source.bytes == data.count)
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try TestTree.digests(below: tree.processed) == ["reopened.txt": FileDigest.hex(data)])
            #expect(try await daemon.terminate() == .exited(0))
        }

        /// New subfolders are watched: files written right after `mkdir`, and a whole folder moved in.
        @Test(.timeLimit(.minutes(1)))
        func newSubfoldersKeepRelativePaths() async throws {
            let tree = try TestTree("subdirs")
            defer { tree.remove() }
            try tree.writeConfig()
            let seeds = try Fixtures.seeds().map { try Data(contentsOf: $0) }
            let expected: [String: String] = [
                "new/deeper/a.txt": FileDigest.hex(seeds[0]),
                "new/b.txt": FileDigest.hex(seeds[1]),
                "bundle/x.txt": FileDigest.hex(seeds[2]),
                "bundle/inner/y.txt": FileDigest.hex(seeds[3]),
            ]
            try tree.stage("bundle/x.txt", seeds[2])
            try tree.stage("bundle/inner/y.txt", seeds[3])
            let stagedA = try tree.stage("a.txt", seeds[0])

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            // mkdir, then files at once: the daemon must catch what arrived before its new watch.
            try FileManager.default.createDirectory(
                at: tree.drop.appendingPathComponent("new/deeper"),
                withIntermediateDirectories: true
            )
            try Writers.move(stagedA, to: tree.drop.appendingPathComponent("new/deeper/a.txt"))
            try await Writers.writeInPlace(
                seeds[1],
                to: tree.drop.appendingPathComponent("new/b.txt"),
                chunks: 2,
                pause: .milliseconds(20)
            )
            // A prepared folder moved in as a whole (`mv bundle drop/`).
            try Writers.move(
                tree.staging.appendingPathComponent("bundle"),
                to: tree.drop.appendingPathComponent("bundle")
            )

            let records = try await tree.log.waitForRecords(expected.count, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            #expect(records.count == expected.count)
            #expect(
                Dictionary(records.map { ($0.source.path, $0.source.sha256) }, uniquingKeysWith: { a, _ in a })
                    == expected
            )
            #expect(records.hasGapFreeSeq)
            #expect(try TestTree.digests(below: tree.processed) == expected)
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(try await daemon.terminate() == .exited(0))
        }

        @Test(.timeLimit(.minutes(1)))
        func onSuccessDeleteRemovesIngestedFiles() async throws {
            let tree = try TestTree("delete")
            defer { tree.remove() }
            try tree.writeConfig([("on_success", .string("delete"))])
            let first = try Fixtures.seedData(0)
            let second = try Fixtures.seedData(2)

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(first, as: "one.txt", tree: tree)
            try Writers.moveIn(second, as: "two.txt", tree: tree)
            let records = try await tree.log.waitForRecords(2, daemon: daemon)
            try await tree.waitUntilDrained(daemon)

            #expect(Set(records.map(\.source.sha256)) == [FileDigest.hex(first), FileDigest.hex(second)])
            #expect(TestTree.entries(below: tree.processed).isEmpty)
            #expect(TestTree.entries(below: tree.rejected).isEmpty)
            #expect(TestTree.entries(below: tree.drop).isEmpty)
            #expect(try await daemon.terminate() == .exited(0))
        }
    }
}

import Foundation
import Testing

extension EndToEndTests {
    /// `newsdrop verify` and recovery of a torn last line.
    @Suite(.serialized)
    struct LogIntegrityTests {
        /// Runs a daemon over `count` seeds and stops it; returns the log's lines.
        private static func makeLog(in tree: TestTree, count: Int) async throws -> [Data] {
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            for index in 0..<count {
                try Writers.moveIn(Fixtures.seedData(index), as: "seed-\(index).txt", tree: tree)
            }
            _ = try await tree.log.waitForRecords(count, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            let termination = try await daemon.terminate()
            guard termination == .exited(0) else { throw E2EError("daemon ended with \(termination)") }
            let lines = tree.log.lines()
            guard lines.trailing.isEmpty, lines.complete.count == count else {
                throw E2EError("unexpected log: \(lines.complete.count) lines, trailing \(lines.trailing.count) bytes")
            }
            return lines.complete
        }

        /// Re-encodes a line after changing its JSON object.
        private static func edit(_ line: Data, _ change: (inout [String: Any]) -> Void) throws -> Data {
            guard var object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                throw E2EError("not a JSON object")
            }
            change(&object)
            return try JSONSerialization.data(withJSONObject: object)
        }

        /// The duplicate index covers the whole log but lives in a nameless file beside it, not in the daemon:
        /// started on a log of 100,001 records the daemon is as big as on a log of one (with the index in a
        /// `Dictionary` it was 4.9 MB bigger), and still finds a duplicate of the first record and numbers on
        /// after the last.
        @Test(.timeLimit(.minutes(2)))
        func aLongLogDoesNotGrowTheDaemon() async throws {
            let tree = try TestTree("longlog")
            defer { tree.remove() }
            try tree.writeConfig([("log_level", .string("notice"))])
            let article = Data("Short Notice\n\nA brief item of news, the whole of it in one short line.\n".utf8)
            var daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            try Writers.moveIn(article, as: "first.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            let small = try #require(StressTests.residentKiB(daemon.pid))
            await daemon.expectCleanStop()

            // 100,000 more records: the first one with `seq` and `sha256` changed (the scan at start-up and the
            // index read no more than those).
            let first = String(decoding: try #require(tree.log.lines().complete.first), as: UTF8.self)
            let sha256 = FileDigest.hex(article)
            try #require(first.contains("\"seq\":1,") && first.contains(sha256))
            var text = first + "\n"
            text.reserveCapacity(first.utf8.count * 100_002)
            for seq in 2...100_001 {
                let hex = String(seq, radix: 16)
                let fake = String(repeating: "f", count: 64 - hex.count) + hex
                text +=
                    first.replacingOccurrences(of: "\"seq\":1,", with: "\"seq\":\(seq),")
                    .replacingOccurrences(of: sha256, with: fake) + "\n"
            }
            try Data(text.utf8).write(to: tree.logURL)

            daemon = try await DaemonProcess.startReady(tree: tree, timeout: .seconds(60))
            let large = try #require(StressTests.residentKiB(daemon.pid))
            print("newsdrop e2e long log: VmRSS \(small) KiB on a log of 1 record, \(large) KiB on 100,001")
            #expect(large - small < 2_048, "VmRSS \(small) KiB on a log of 1 record, \(large) KiB on 100,001")

            try Writers.moveIn(article, as: "again.txt", tree: tree)
            try Writers.moveIn(
                Data("Another Notice\n\nA second item, different bytes.\n".utf8),
                as: "new.txt",
                tree: tree
            )
            try await tree.waitUntilDrained(daemon)
            await daemon.expectCleanStop()
            let lines = tree.log.lines().complete
            #expect(lines.count == 100_002, "the copy of the first article was recorded again")
            let lastLine = try #require(lines.last)
            let last = try JSONSerialization.jsonObject(with: lastLine) as? [String: Any]
            #expect(last?["seq"] as? Int == 100_002)
            #expect(TestTree.entries(below: tree.processed).sorted() == ["again.txt", "first.txt", "new.txt"])
        }

        @Test(.timeLimit(.minutes(1)))
        func verifyAcceptsAGoodLogAndNamesTheFirstBadLine() async throws {
            let tree = try TestTree("verify")
            defer { tree.remove() }
            let lines = try await Self.makeLog(in: tree, count: 3)

            let good = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(good.exitStatus == 0, "\(good)")
            #expect(good.stdoutLines.count == 1, "expected a one-line summary: \(good)")

            func offset(ofLine number: Int) -> Int {  // 1-based line number → byte offset of its start
                lines.prefix(number - 1).reduce(0) { $0 + $1.count + 1 }
            }
            let sha1 = try #require(
                (try JSONSerialization.jsonObject(with: lines[0]) as? [String: Any]).flatMap {
                    ($0["source"] as? [String: Any])?["sha256"] as? String
                }
            )
            let damages: [(name: String, lines: [Data], trailing: Data, badLine: Int)] = [
                (
                    "bad JSON",
                    [lines[0], Data(#"{"schema":1,"seq":2,"source":{"#.utf8) + Data("garbage".utf8), lines[2]],
                    Data(), 2
                ),
                ("seq gap", [lines[0], lines[1], try Self.edit(lines[2]) { $0["seq"] = 5 }], Data(), 3),
                (
                    "duplicate sha256",
                    [
                        lines[0], lines[1],
                        try Self.edit(lines[2]) { object in
                            var source = object["source"] as? [String: Any] ?? [:]
                            source["sha256"] = sha1
                            object["source"] = source
                        },
                    ], Data(), 3
                ),
                ("torn last line", lines, Data(#"{"schema":1,"se"#.utf8), 4),
            ]
            for damage in damages {
                let url = tree.root.appendingPathComponent("damaged.jsonl")
                var data = Data()
                for line in damage.lines { data += line + Data("\n".utf8) }
                data += damage.trailing
                try data.write(to: url)

                let result = try await CommandResult.run(["verify", "--log", url.path])
                let output = result.stdout + result.stderr
                #expect(result.exitStatus == 1, "\(damage.name): \(result)")
                #expect(
                    output.contains(try Regex("(?i)line\\D{0,3}\(damage.badLine)(?!\\d)")),
                    "\(damage.name): should name line \(damage.badLine): \(output)"
                )
                let offset = offset(ofLine: damage.badLine)
                #expect(
                    output.contains(try Regex("(?:^|\\D)\(offset)(?!\\d)")),
                    "\(damage.name): should name byte offset \(offset): \(output)"
                )
            }
        }

        @Test(.timeLimit(.minutes(1)))
        func tornLastLineIsCutAtStartAndSeqContinues() async throws {
            let tree = try TestTree("torn")
            defer { tree.remove() }
            let lines = try await Self.makeLog(in: tree, count: 2)
            let handle = try FileHandle(forWritingTo: tree.logURL)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"schema":1,"se"#.utf8))
            try handle.close()

            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let third = try Fixtures.seedData(2)
            try Writers.moveIn(third, as: "third.txt", tree: tree)
            _ = try await tree.log.waitForRecords(3, daemon: daemon)
            try await tree.waitUntilDrained(daemon)
            #expect(try await daemon.terminate() == .exited(0))

            let after = tree.log.lines()
            #expect(after.trailing.isEmpty)
            #expect(Array(after.complete.prefix(2)) == lines, "the good lines must stay byte for byte")
            let records = try tree.log.records()
            #expect(records.map(\.seq) == [1, 2, 3])
            #expect(records.last?.source.sha256 == FileDigest.hex(third))
            let verify = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verify.exitStatus == 0, "\(verify)")
        }
    }
}

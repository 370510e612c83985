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

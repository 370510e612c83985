import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// The README's resumable consumer (`examples/resumable_consumer.py`), as an operator would run it.
    @Suite(.serialized)
    struct ConsumerExampleTests {
        /// Stopped (SIGTERM) and started again on the same state file while the log grows and rotates, it hands
        /// over every record once, in order, and the state file ends at the last `seq`.
        @Test(.timeLimit(.minutes(1)))
        func theResumableConsumerHandsOverEveryRecordOnce() async throws {
            let tree = try TestTree("consumer")
            defer { tree.remove() }
            try tree.writeConfig([("max_log_bytes", .int(5_000))])
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let count = 40
            let state = tree.root.appendingPathComponent("consumer.state").path
            var outputs: [String] = []
            // The first run finds 15 records and is stopped; the second finds the rest, written meanwhile.
            for (run, until) in [(1, 15), (2, count)] {
                for number in (run == 1 ? 0 : 15)..<until {
                    try Writers.moveIn(
                        Fixtures.generatedArticle(number, tag: "consumer"),
                        as: "c\(number).txt",
                        tree: tree
                    )
                }
                try await tree.waitUntilDrained(daemon)
                let output = tree.root.appendingPathComponent("consumer-\(run).out").path
                outputs.append(output)
                let consumer = try ChildProcess(
                    executable: "/usr/bin/python3",
                    arguments: [
                        Fixtures.repositoryRoot.appendingPathComponent("examples/resumable_consumer.py").path, state,
                        "--log", tree.logURL.path,
                    ],
                    environment: [
                        "PATH": Fixtures.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
                    ],
                    stdout: output,
                    stderr: output + ".err"
                )
                defer { consumer.killAndReap() }
                let reached = try await eventually(timeout: .seconds(20), interval: .milliseconds(20)) {
                    (Int(
                        (try? String(contentsOfFile: state, encoding: .utf8))?.trimmingCharacters(
                            in: .whitespacesAndNewlines
                        ) ?? ""
                    ) ?? 0) >= until
                }
                #expect(reached, "run \(run) did not get to seq \(until)")
                consumer.signal(SIGTERM)
                #expect(try await consumer.waitForExit(timeout: .seconds(10), what: "the consumer") == .exited(0))
            }
            let seqs = outputs.flatMap { path in
                ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").map {
                    Int($0.split(separator: "\t").first ?? "") ?? -1
                }
            }
            #expect(seqs == Array(1...count))
            let saved = try String(contentsOfFile: state, encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines
            )
            #expect(saved == "\(count)")
        }

        /// The README's first consumer, as written there: `tail -F` on the active file piped into `jq`. Through
        /// rotations it prints every record's `seq`, `title` and `site`, once, in order.
        @Test(.timeLimit(.minutes(1)))
        func theReadmesTailAndJqPipelinePrintsEveryRecord() async throws {
            let readme = try String(
                contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"),
                encoding: .utf8
            )
            let command = "tail -F /var/lib/newsdrop/log/articles.jsonl | jq --unbuffered -c '{seq, title, site}'"
            #expect(readme.contains(command), "the README no longer shows the pipeline this test runs")
            let tree = try TestTree("jq-consumer")
            defer { tree.remove() }
            try tree.writeConfig([("max_log_bytes", .int(5_000))])
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            let output = tree.root.appendingPathComponent("jq.out").path
            // `-n +1`: from the first line, as the README's command does on a log it starts with.
            let pipeline = try ChildProcess(
                executable: "/bin/sh",
                arguments: [
                    "-c",
                    command.replacingOccurrences(
                        of: "tail -F /var/lib/newsdrop/log/articles.jsonl",
                        with: "tail -n +1 -F '\(tree.logURL.path)'"
                    ),
                ],
                environment: ["PATH": "/usr/bin:/bin"],
                stdout: output,
                stderr: output + ".err",
                ownGroup: true
            )
            defer { pipeline.killAndReap() }
            let count = 30
            // In three waves, each drained before the next: the log rotates between batches.
            for wave in 0..<3 {
                for number in (wave * 10)..<(wave * 10 + 10) {
                    try Writers.moveIn(Fixtures.generatedArticle(number, tag: "jq"), as: "j\(number).txt", tree: tree)
                }
                try await tree.waitUntilDrained(daemon)
            }
            let printed = try await eventually(timeout: .seconds(20), interval: .milliseconds(50)) {
                LogFile(URL(fileURLWithPath: output)).lines().complete.count >= count
            }
            #expect(printed, "jq printed \(LogFile(URL(fileURLWithPath: output)).lines().complete.count) of \(count)")
            let objects = try LogFile(URL(fileURLWithPath: output)).lines().complete.map { line in
                try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            }
            #expect(objects.allSatisfy { Set($0.keys) == ["seq", "title", "site"] })
            #expect(objects.map { $0["seq"] as? Int ?? -1 } == Array(1...count))
            let rotated = try FileManager.default.contentsOfDirectory(
                atPath: tree.logURL.deletingLastPathComponent().path
            )
            .filter { $0.hasPrefix("articles.") && $0 != "articles.jsonl" }
            #expect(rotated.count >= 2, "the log rotated \(rotated.count) times")
        }
    }
}

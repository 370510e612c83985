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
    }
}

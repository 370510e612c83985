import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Rotation by size (`max_log_bytes`) in the running daemon, under load, with `tail -F` following the log.
    @Suite(.serialized)
    struct RotationEndToEndTests {
        /// 600 files in bursts into a daemon that rotates about every 20 records: every record is in exactly one
        /// segment (or the active file), the segments are named by their first `seq` and `newsdrop verify` reads
        /// them in order; `tail -F` (following by name, as log shippers do), `newsdrop tail --follow` and a consumer
        /// killed midway and resumed with `--from-seq` print every `seq` once, in order; `--from-seq` starts where
        /// asked.
        @Test(.timeLimit(.minutes(2)))
        func rotationUnderLoadLosesAndRepeatsNothing() async throws {
            let tree = try TestTree("rotation")
            defer { tree.remove() }
            try tree.writeConfig([("max_log_bytes", .int(20_000)), ("log_level", .string("info"))])
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }

            let tailOutput = tree.root.appendingPathComponent("tail.out").path
            let tail = try ChildProcess(
                executable: "/usr/bin/tail",
                arguments: ["-F", "-n", "+1", "-s", "0.05", tree.logURL.path],
                environment: [:],
                stdout: tailOutput,
                stderr: tree.root.appendingPathComponent("tail.err").path
            )
            defer { tail.killAndReap() }
            // `newsdrop tail --follow` from the start, and a consumer that is killed after a while and resumes
            // from the `seq` after the last line it printed (what a consumer that stores its position does).
            let followOutput = tree.root.appendingPathComponent("follow.out").path
            let follow = try Self.newsdropTail(["--follow"], tree: tree, output: followOutput)
            defer { follow.killAndReap() }
            let firstRunOutput = tree.root.appendingPathComponent("consumer-1.out").path
            let resumedOutput = tree.root.appendingPathComponent("consumer-2.out").path
            let consumer = try Self.newsdropTail(["--follow"], tree: tree, output: firstRunOutput)
            var resumed: ChildProcess?
            defer { resumed?.killAndReap() }

            let count = 600
            for burst in 0..<6 {
                for number in (burst * 100)..<((burst + 1) * 100) {
                    try Writers.moveIn(
                        Fixtures.generatedArticle(number, tag: "rotation"),
                        as: "r\(number).txt",
                        tree: tree
                    )
                }
                try await Task.sleep(for: .milliseconds(150))
                if burst == 2 {
                    consumer.signal(SIGKILL)
                    _ = try await consumer.waitForExit(timeout: .seconds(5), what: "the first consumer")
                    let printed = try LogFile(URL(fileURLWithPath: firstRunOutput)).lines().complete.map(Self.seq)
                    resumed = try Self.newsdropTail(
                        ["--follow", "--from-seq", "\((printed.last ?? 0) + 1)"],
                        tree: tree,
                        output: resumedOutput
                    )
                }
            }
            try await tree.waitUntilDrained(daemon, timeout: .seconds(60))

            // Each segment: named by its first seq, whole records, consecutive with the one before.
            let folder = tree.logURL.deletingLastPathComponent()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix("articles.") && $0 != "articles.jsonl"
            }.sorted()
            #expect(names.count >= 10, "only \(names.count) segments: \(names)")
            var seqs: [Int] = []
            for name in names {
                let lines = LogFile(folder.appendingPathComponent(name)).lines()
                #expect(lines.trailing.isEmpty, "\(name) ends in a partial line")
                let segmentSeqs = try lines.complete.map(Self.seq)
                let named = Int(name.dropFirst("articles.".count).prefix(20))
                #expect(segmentSeqs.first == named, "\(name) starts at seq \(segmentSeqs.first ?? -1)")
                seqs += segmentSeqs
            }
            seqs += try tree.log.lines().complete.map(Self.seq)
            #expect(seqs == Array(1...count))

            let verified = try await CommandResult.run(["verify", "--log", tree.logURL.path])
            #expect(verified.exitStatus == 0, "\(verified)")
            #expect(verified.stdout.contains("OK, \(count) records in \(names.count) rotated segments"))
            // (Any rotation: the first one may lie further back than the 400 lines kept.)
            #expect(daemon.stderrTail(lines: 400).contains("Rotated the log: records "))

            // What a follower by name printed: every record once, in order, none torn.
            let followed = try await eventually(timeout: .seconds(20), interval: .milliseconds(100)) {
                LogFile(URL(fileURLWithPath: tailOutput)).lines().complete.count >= count
            }
            let printed = LogFile(URL(fileURLWithPath: tailOutput)).lines().complete
            #expect(followed, "tail -F printed \(printed.count) of \(count) lines")
            #expect(try printed.map(Self.seq) == Array(1...count))

            // `newsdrop tail --follow`: the same; and the killed consumer's two runs together.
            for (what, files) in [
                ("newsdrop tail --follow", [followOutput]), ("the resumed consumer", [firstRunOutput, resumedOutput]),
            ] {
                let complete = try await eventually(timeout: .seconds(20), interval: .milliseconds(100)) {
                    files.map { LogFile(URL(fileURLWithPath: $0)).lines().complete.count }.reduce(0, +) >= count
                }
                let seqs = try files.flatMap { try LogFile(URL(fileURLWithPath: $0)).lines().complete.map(Self.seq) }
                // What the follower said, if it stopped early (its stderr: an error it exited with).
                let said = files.map { (try? String(contentsOfFile: $0 + ".err", encoding: .utf8)) ?? "" }.joined()
                #expect(
                    complete && seqs == Array(1...count),
                    "\(what) printed \(seqs.count) records, the last \(seqs.last ?? 0); its stderr: \(said)"
                )
                #expect(files.allSatisfy { LogFile(URL(fileURLWithPath: $0)).lines().trailing.isEmpty })
            }
            follow.signal(SIGINT)
            #expect(try await follow.waitForExit(timeout: .seconds(5), what: "newsdrop tail") == .exited(0))

            // --from-seq at the start, the middle (inside a segment), the end, and past the end.
            for (start, expected) in [
                (1, Array(1...count)), (333, Array(333...count)), (count, [count]), (count + 1, []),
            ] {
                let result = try await CommandResult.run(["tail", "--log", tree.logURL.path, "--from-seq", "\(start)"])
                #expect(result.exitStatus == 0)
                let seqs = try result.stdout.split(separator: "\n").map { try Self.seq(Data($0.utf8)) }
                #expect(seqs == expected, "--from-seq \(start): \(seqs.prefix(3))… \(seqs.count) records")
            }

            // A reader that goes away (`| head -n 1`): newsdrop tail ends with status 0, not killed by SIGPIPE.
            let piped = try ChildProcess(
                executable: "/bin/bash",
                arguments: [
                    "-c", "set -o pipefail; \"$0\" tail --log \"$1\" | head -n 1 > /dev/null",
                    Fixtures.binary.path, tree.logURL.path,
                ],
                environment: [:],
                stdout: tree.root.appendingPathComponent("piped.out").path,
                stderr: tree.root.appendingPathComponent("piped.err").path
            )
            let pipedEnd = try await piped.waitForExit(timeout: .seconds(10), what: "newsdrop tail | head")
            #expect(pipedEnd == .exited(0), "newsdrop tail | head -n 1 ended with \(pipedEnd)")
        }

        /// `newsdrop tail ARGUMENTS --log <the tree's log>`, its stdout to `output`.
        private static func newsdropTail(_ arguments: [String], tree: TestTree, output: String) throws -> ChildProcess {
            try ChildProcess(
                executable: Fixtures.binary.path,
                arguments: ["tail"] + arguments + ["--log", tree.logURL.path],
                environment: [:],
                stdout: output,
                stderr: output + ".err"
            )
        }

        private static func seq(_ line: Data) throws -> Int {
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                let seq = object["seq"] as? Int
            else { throw E2EError("not a record: \(String(decoding: line, as: UTF8.self).prefix(100))") }
            return seq
        }
    }
}

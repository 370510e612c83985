import Foundation
import Testing

extension EndToEndTests {
    /// Rotation by size (`max_log_bytes`) in the running daemon, under load, with `tail -F` following the log.
    @Suite(.serialized)
    struct RotationEndToEndTests {
        /// 600 files in bursts into a daemon that rotates about every 20 records: every record is in exactly one
        /// segment (or the active file), the segments are named by their first `seq` and `newsdrop verify` reads
        /// them in order; `tail -F` (following by name, as log shippers do) prints every `seq` once, in order.
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
            #expect(daemon.stderrTail(lines: 400).contains("Rotated the log: records 1–"))

            // What a follower by name printed: every record once, in order, none torn.
            let followed = try await eventually(timeout: .seconds(20), interval: .milliseconds(100)) {
                LogFile(URL(fileURLWithPath: tailOutput)).lines().complete.count >= count
            }
            let printed = LogFile(URL(fileURLWithPath: tailOutput)).lines().complete
            #expect(followed, "tail -F printed \(printed.count) of \(count) lines")
            #expect(try printed.map(Self.seq) == Array(1...count))
        }

        private static func seq(_ line: Data) throws -> Int {
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                let seq = object["seq"] as? Int
            else { throw E2EError("not a record: \(String(decoding: line, as: UTF8.self).prefix(100))") }
            return seq
        }
    }
}

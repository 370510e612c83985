import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// The command line around the daemon: `parse`, configuration errors, signals and `$NOTIFY_SOCKET`.
    @Suite(.serialized)
    struct CommandLineTests {
        @Test(.timeLimit(.minutes(1)))
        func parsePrintsOneLinePerSeedAndFailsOnAnEmptyFile() async throws {
            let seeds = try Fixtures.seeds()
            let before = try seeds.map { try FileDigest.hex(contentsOf: $0) }
            let result = try await CommandResult.run(["parse"] + seeds.map(\.path))
            #expect(result.exitStatus == 0, "\(result)")
            #expect(result.stdoutLines.count == seeds.count, "\(result)")
            for (index, line) in result.stdoutLines.enumerated() where index < seeds.count {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["seq"] == nil && object["ingested_at"] == nil, "parse prints no seq/ingested_at")
                let article = try JSONDecoder().decode(ParsedArticle.self, from: Data(line.utf8))
                #expect(
                    article.source.sha256 == before[index],
                    "line \(index + 1) is not \(seeds[index].lastPathComponent)"
                )
                #expect(article.source.bytes == (try Data(contentsOf: seeds[index])).count)
                #expect(article.format == "text")
                #expect(!article.body.isEmpty && article.wordCount > 0)
            }
            #expect(try seeds.map { try FileDigest.hex(contentsOf: $0) } == before, "parse touches nothing")

            let tree = try TestTree("parse")
            defer { tree.remove() }
            let empty = try tree.stage("empty.txt", Data())
            let failed = try await CommandResult.run(["parse", empty.path])
            #expect(failed.exitStatus == 1, "\(failed)")
            #expect(failed.stdoutLines.isEmpty, "\(failed)")
            #expect(!failed.stderr.isEmpty, "the reason goes to stderr")
            #expect(TestTree.exists(empty), "parse touches nothing")

            let mixed = try await CommandResult.run(["parse", seeds[0].path, empty.path])
            #expect(mixed.exitStatus == 1, "\(mixed)")
            #expect(mixed.stdoutLines.count == 1, "the good file is still printed: \(mixed)")
        }

        @Test(.timeLimit(.minutes(1)))
        func badConfigurationExits78NamingTheKey() async throws {
            let tree = try TestTree("config")
            defer { tree.remove() }
            let cases: [(key: String, value: TOMLValue)] = [
                ("frobnicate_level", .int(3)),  // unknown key
                ("settle_ms", .string("soon")),  // wrong type
                ("fsync", .string("sometimes")),  // not one of the choices
                ("on_success", .string("archive")),
            ]
            for bad in cases {
                try tree.writeConfig([(bad.key, bad.value)])
                let result = try await CommandResult.run(
                    ["run", "--config", tree.configURL.path],
                    timeout: .seconds(15)
                )
                #expect(result.exitStatus == 78, "\(bad.key): \(result)")
                #expect(result.stderr.contains(bad.key), "\(bad.key): stderr should name the key: \(result.stderr)")
                #expect(
                    result.stderr.contains(tree.configURL.lastPathComponent),
                    "\(bad.key): stderr should name the file: \(result.stderr)"
                )
            }

            try tree.writeConfig()
            let usage = try await CommandResult.run(
                ["run", "--config", tree.configURL.path, "--no-such-flag"],
                timeout: .seconds(15)
            )
            #expect(usage.exitStatus == 64, "bad usage: \(usage)")
        }

        @Test(.timeLimit(.minutes(1)))
        func versionAndHelp() async throws {
            let version = try await CommandResult.run(["--version"])
            #expect(version.exitStatus == 0, "\(version)")
            #expect(!version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            let help = try await CommandResult.run(["--help"])
            #expect(help.exitStatus == 0, "\(help)")
            for command in ["run", "parse", "verify"] {
                #expect(help.stdout.contains(command), "--help should list '\(command)': \(help.stdout)")
            }
            for command in ["run", "parse", "verify"] {
                let sub = try await CommandResult.run([command, "--help"])
                #expect(sub.exitStatus == 0, "\(command) --help: \(sub)")
            }
        }

        /// `READY=1` after start-up, `STOPPING=1` on `SIGTERM`, exit 0; files moved in just before are either fully
        /// handled or left untouched.
        @Test(.timeLimit(.minutes(1)))
        func sigtermNotifiesStoppingAndExitsCleanly() async throws {
            let tree = try TestTree("sigterm")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            var digests: [String: String] = [:]
            for index in 0..<3 {
                let data = try Fixtures.seedData(index)
                try Writers.moveIn(data, as: "late-\(index).txt", tree: tree)
                digests["late-\(index).txt"] = FileDigest.hex(data)
            }
            let termination = try await daemon.terminate(timeout: .seconds(20))
            #expect(termination == .exited(0), "stderr:\n\(daemon.stderrTail())")

            let notify = try #require(daemon.notify)
            notify.drain()
            let ready = notify.assignments.firstIndex(of: "READY=1")
            let stopping = notify.assignments.firstIndex(of: "STOPPING=1")
            #expect(ready != nil && stopping != nil, "received: \(notify.assignments)")
            if let ready, let stopping { #expect(ready < stopping, "received: \(notify.assignments)") }

            let records = try tree.log.records()
            #expect(tree.log.lines().trailing.isEmpty)
            let logged = Set(records.map(\.source.path))
            let inDrop = Set(TestTree.entries(below: tree.drop))
            let processed = try TestTree.digests(below: tree.processed)
            for (name, digest) in digests {
                if logged.contains(name) {
                    #expect(processed[name] == digest, "\(name) was logged but not moved to processed/")
                } else {
                    #expect(inDrop.contains(name), "\(name) has no record yet left drop/")
                }
            }
        }

        /// Once `READY=1` is out, a `SIGTERM` must stop the daemon, however soon it follows (`systemctl start` then
        /// `systemctl stop`). Repeated, because a lost signal shows up only now and then.
        @Test(.timeLimit(.minutes(1)))
        func sigtermRightAfterReadyIsNotLost() async throws {
            let tree = try TestTree("sigterm-early")
            defer { tree.remove() }
            try tree.writeConfig()
            for round in 1...25 {
                let daemon = try await DaemonProcess.startReady(tree: tree)
                defer { daemon.kill() }
                daemon.signal(SIGTERM)
                do {
                    let termination = try await daemon.waitForExit(timeout: .seconds(5))
                    #expect(termination == .exited(0), "round \(round); stderr:\n\(daemon.stderrTail())")
                } catch {
                    Issue.record("round \(round): SIGTERM sent right after READY=1 was lost: \(error)")
                    return
                }
            }
        }

        @Test(.timeLimit(.minutes(1)))
        func sigintExitsCleanly() async throws {
            let tree = try TestTree("sigint")
            defer { tree.remove() }
            try tree.writeConfig()
            let daemon = try await DaemonProcess.startReady(tree: tree)
            defer { daemon.kill() }
            daemon.signal(SIGINT)
            #expect(try await daemon.waitForExit(timeout: .seconds(20)) == .exited(0))
        }
    }
}

import Foundation
import Glibc
import Logging
import SystemdSupport
import Testing

/// ``JournalLogHandler`` against a real, private `systemd-journald`, read back with `journalctl -o json`.
///
/// A test process cannot enter a new mount namespace (`unshare(2)` refuses multi-threaded callers), so the test
/// runs `Tests/journal/with-private-journald.sh`, which starts journald in a namespace of its own and runs this
/// very test executable again inside it, filtered to ``emitJournalEntries()`` and told what to emit through
/// `$NEWSDROP_JOURNAL_EMIT`. The script then prints the journal as JSON, which the test checks field by field.
@Suite struct PrivateJournaldTests {
    /// What ``emitJournalEntries()`` should emit; set only by the script's command line below.
    static let emitMode = ProcessInfo.processInfo.environment["NEWSDROP_JOURNAL_EMIT"]

    static let identifier = "newsdrop-journal-test"
    static let sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    static let journald = "/lib/systemd/systemd-journald"

    /// The level each event is logged at, so that every entry checks a different `PRIORITY`.
    static let levels: [JournalEvent: Logger.Level] = [
        .ingested: .info, .rejected: .warning, .duplicate: .notice, .overflow: .warning, .rescan: .debug,
        .fault: .critical, .reload: .error, .lifecycle: .notice,
    ]

    /// Why the real-journald test cannot run here, or `nil` when it can.
    static var missingRequirement: String? {
        if geteuid() != 0 { return "needs root (unshare --mount)" }
        if access(Self.journald, X_OK) != 0 { return "needs \(Self.journald) (apt-get install systemd)" }
        for tool in ["unshare", "journalctl", "systemd-cat", "timeout", "stat"] {
            let found = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].contains { access("\($0)/\(tool)", X_OK) == 0 }
            if !found { return "needs \(tool) on PATH" }
        }
        return nil
    }

    // MARK: - Inside the namespace

    @Test(.enabled(if: Self.emitMode != nil, "emits journal entries only when with-private-journald.sh runs it"))
    func emitJournalEntries() throws {
        switch Self.emitMode {
        case "direct":
            var logger = Logger(label: "newsdrop.journal-test") {
                JournalLogHandler(label: $0, identifier: Self.identifier)
            }
            logger.logLevel = .trace
            for (index, kind) in JournalEvent.allCases.enumerated() {
                logger.log(
                    level: Self.levels[kind] ?? .info,
                    "journal test: \(kind.rawValue)",
                    metadata: [
                        "newsdrop.event": "\(kind.rawValue)",
                        "newsdrop.path": "inbox/\(kind.rawValue) file.txt",
                        "newsdrop.seq": "\(index + 1)",
                        "newsdrop.sha256": "\(Self.sha256)",
                        "newsdrop.reason": "reason for \(kind.rawValue)\nsecond line",
                    ]
                )
            }
            logger.error("journal test: first line\nsecond line", metadata: ["weird key!": "x"])
        case "stream":
            // The script made $JOURNAL_STREAM name our stderr, as systemd does for StandardError=journal.
            #expect(LogBackend.stderrIsJournalStream)
            let logger = Logger(label: "newsdrop.journal-test", factory: LogBackend.makeHandler(label:))
            logger.notice(
                "journal test: via LogBackend",
                metadata: ["newsdrop.event": "lifecycle", "newsdrop.path": "inbox/stream.txt"]
            )
        case "plain":
            #expect(!LogBackend.stderrIsJournalStream)
            let logger = Logger(label: "newsdrop.journal-test", factory: LogBackend.makeHandler(label:))
            logger.warning("journal test: via stderr", metadata: ["newsdrop.path": "inbox/plain.txt"])
        default:
            Issue.record("unknown NEWSDROP_JOURNAL_EMIT=\(Self.emitMode ?? "")")
        }
    }

    // MARK: - The driver

    @Test(
        .enabled(if: Self.emitMode == nil, "not inside the emitter's own run"),
        .disabled(if: Self.missingRequirement != nil, Comment(rawValue: Self.missingRequirement ?? "")),
        .timeLimit(.minutes(1))
    )
    func entriesReadBackFromAPrivateJournald() async throws {
        let entries = try await Self.runUnderPrivateJournald()

        // The structured entries, one per kind of event, straight through sd_journal_sendv.
        for (index, kind) in JournalEvent.allCases.enumerated() {
            let matching = entries.filter { $0["MESSAGE"] == "journal test: \(kind.rawValue)" }
            #expect(matching.count == 1, "one entry for \(kind)")
            guard let entry = matching.first else { continue }
            let expected: [String: String] = [
                "_TRANSPORT": "journal",
                "PRIORITY": "\(Self.priority(Self.levels[kind] ?? .info))",
                "SYSLOG_IDENTIFIER": Self.identifier,
                "CODE_FILE": "SystemdSupportTests/PrivateJournaldTests.swift",
                "CODE_FUNC": "emitJournalEntries()",
                "MESSAGE_ID": kind.messageID,
                "NEWSDROP_EVENT": kind.rawValue,
                "NEWSDROP_PATH": "inbox/\(kind.rawValue) file.txt",
                "NEWSDROP_SEQ": "\(index + 1)",
                "NEWSDROP_SHA256": Self.sha256,
                "NEWSDROP_REASON": "reason for \(kind.rawValue)\nsecond line",
            ]
            for (field, value) in expected.sorted(by: { $0.key < $1.key }) {
                #expect(entry[field] == value, "\(kind): \(field)")
            }
            #expect(Int(entry["CODE_LINE"] ?? "").map { $0 > 0 } == true, "\(kind): CODE_LINE")
        }

        let multiline = entries.filter { $0["MESSAGE"] == "journal test: first line\nsecond line" }
        #expect(multiline.count == 1, "a multi-line MESSAGE is one entry")
        #expect(multiline.first?["PRIORITY"] == "3")
        #expect(multiline.first?["WEIRD_KEY_"] == "x", "sanitized field name")
        #expect(multiline.first?["MESSAGE_ID"] == nil)

        // LogBackend picks the journal when $JOURNAL_STREAM names stderr …
        let stream = entries.filter { $0["MESSAGE"] == "journal test: via LogBackend" }
        #expect(stream.count == 1, "LogBackend with a matching JOURNAL_STREAM")
        #expect(stream.first?["_TRANSPORT"] == "journal")
        #expect(stream.first?["SYSLOG_IDENTIFIER"] == "newsdrop")
        #expect(stream.first?["MESSAGE_ID"] == JournalEvent.lifecycle.messageID)
        #expect(stream.first?["NEWSDROP_PATH"] == "inbox/stream.txt")

        // … and readable text on stderr otherwise (here stderr is a journal stream that JOURNAL_STREAM does not
        // name, so the line arrives as plain stdout-transport text without structured fields).
        #expect(!entries.contains { $0["MESSAGE"] == "journal test: via stderr" })
        let plain = entries.filter { $0["MESSAGE"]?.contains("journal test: via stderr") == true }
        #expect(plain.count == 1, "LogBackend without JOURNAL_STREAM writes one stderr line")
        #expect(plain.first?["_TRANSPORT"] == "stdout")
        #expect(plain.first?["NEWSDROP_PATH"] == nil)
        #expect(plain.first?["MESSAGE"]?.contains("warning newsdrop.journal-test: ") == true)
        #expect(plain.first?["MESSAGE"]?.hasSuffix(" newsdrop.path=inbox/plain.txt") == true)
    }

    // MARK: - Helpers

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// The repository's `Tests/journal/with-private-journald.sh`, found from this source file.
    static var script: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // SystemdSupportTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("journal/with-private-journald.sh")
    }

    /// Runs the three emitters under a private journald and returns its entries, one dictionary each.
    static func runUnderPrivateJournald() async throws -> [[String: String]] {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdrop-journal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("journal.json")
        let errors = temporary.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        // This test executable, run again inside the namespace with only the emitter selected. In "stream" mode
        // systemd-cat connects stdout and stderr to journald and JOURNAL_STREAM is set to that stream's
        // DEVICE:INODE, as systemd does for a service; in "plain" mode the stream is there but not named.
        let emitter = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let commands = #"""
            set -eu
            run() { "$EMITTER" --testing-library swift-testing --filter 'PrivateJournaldTests/emitJournalEntries'; }
            NEWSDROP_JOURNAL_EMIT=direct run
            systemd-cat -t newsdrop-stream /bin/sh -c \
                'JOURNAL_STREAM=$(stat -L -c %d:%i /proc/self/fd/2) NEWSDROP_JOURNAL_EMIT=stream exec "$0" "$@"' \
                "$EMITTER" --testing-library swift-testing --filter 'PrivateJournaldTests/emitJournalEntries'
            systemd-cat -t newsdrop-stream env -u JOURNAL_STREAM NEWSDROP_JOURNAL_EMIT=plain \
                "$EMITTER" --testing-library swift-testing --filter 'PrivateJournaldTests/emitJournalEntries'
            """#

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "timeout", "-k", "5", "40", Self.script.path, temporary.appendingPathComponent("journal").path,
            "/bin/bash", "-c", commands,
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["EMITTER"] = emitter
        environment["JOURNALD"] = Self.journald
        environment.removeValue(forKey: "JOURNAL_STREAM")
        environment.removeValue(forKey: "NEWSDROP_JOURNAL_EMIT")
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)

        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        let diagnostics = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
        try #require(status == 0, "with-private-journald.sh exited \(status):\n\(diagnostics.suffix(4000))")

        let json = try Data(contentsOf: output)
        var entries: [[String: String]] = []
        for line in json.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            entries.append(object.compactMapValues(Self.text(ofJSONValue:)))
        }
        try #require(!entries.isEmpty, "journalctl printed no entries:\n\(diagnostics.suffix(4000))")
        return entries
    }

    /// A field of `journalctl -o json`: a string, or an array of byte values for binary data.
    ///
    /// A field with several values (an array of strings) is joined with `|`, so a duplicate shows up.
    static func text(ofJSONValue value: Any) -> String? {
        if let string = value as? String { return string }
        if let bytes = value as? [Int] {
            return String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        }
        if let values = value as? [Any] { return values.compactMap(Self.text(ofJSONValue:)).joined(separator: "|") }
        return nil
    }
}

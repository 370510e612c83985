import Logging
import SystemPackage
import SystemdSupport
import Testing

@Suite struct JournalFieldsTests {
    private func event(
        _ level: Logger.Level = .info,
        _ message: Logger.Message = "hello",
        error: (any Error)? = nil
    ) -> LogEvent {
        LogEvent(
            level: level,
            message: message,
            error: error,
            metadata: nil,
            source: nil,
            file: "NewsdropDaemon/IngestPipeline.swift",
            function: "ingest(_:)",
            line: 42
        )
    }

    @Test func standardFieldsComeFirstInAFixedOrder() {
        let fields = JournalLogHandler.fields(
            for: self.event(.warning, "Failed to open 'a.txt', skipping"),
            metadata: [:],
            identifier: "newsdrop"
        )
        #expect(
            fields == [
                "MESSAGE=Failed to open 'a.txt', skipping",
                "PRIORITY=4",
                "SYSLOG_IDENTIFIER=newsdrop",
                "CODE_FILE=NewsdropDaemon/IngestPipeline.swift",
                "CODE_LINE=42",
                "CODE_FUNC=ingest(_:)",
            ]
        )
    }

    @Test(
        arguments: [
            (Logger.Level.trace, "7"), (.debug, "7"), (.info, "6"), (.notice, "5"), (.warning, "4"), (.error, "3"),
            (.critical, "2"),
        ]
    )
    func priorityFollowsSyslog(level: Logger.Level, priority: String) {
        let fields = JournalLogHandler.fields(for: self.event(level), metadata: [:], identifier: "newsdrop")
        #expect(fields.values(of: "PRIORITY") == [priority])
    }

    @Test func metadataBecomesUppercaseFieldsSortedByName() {
        let metadata: Logger.Metadata = [
            "newsdrop.sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "newsdrop.path": "inbox/a.txt",
            "newsdrop.seq": "17",
            "newsdrop.reason": "no body text",
        ]
        let fields = JournalLogHandler.fields(for: self.event(), metadata: metadata, identifier: "newsdrop")
        #expect(
            Array(fields.dropFirst(6)) == [
                "NEWSDROP_PATH=inbox/a.txt",
                "NEWSDROP_REASON=no body text",
                "NEWSDROP_SEQ=17",
                "NEWSDROP_SHA256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            ]
        )
    }

    @Test(arguments: JournalEvent.allCases)
    func eventSetsItsMessageIDAndNewsdropEvent(kind: JournalEvent) {
        let fields = JournalLogHandler.fields(
            for: self.event(),
            metadata: ["newsdrop.event": "\(kind.rawValue)"],
            identifier: "newsdrop"
        )
        #expect(fields.values(of: "MESSAGE_ID") == [kind.messageID])
        #expect(fields.values(of: "NEWSDROP_EVENT") == [kind.rawValue])
    }

    @Test func unknownEventIsSentWithoutMessageID() {
        let fields = JournalLogHandler.fields(for: self.event(), metadata: ["newsdrop.event": "bogus"], identifier: "x")
        #expect(fields.values(of: "MESSAGE_ID").isEmpty)
        #expect(fields.values(of: "NEWSDROP_EVENT") == ["bogus"])
    }

    @Test func messageIDsAreFixedDistinct128BitIDs() {
        let ids = JournalEvent.allCases.map(\.messageID)
        #expect(Set(ids).count == JournalEvent.allCases.count)
        for id in ids {
            #expect(id.count == 32)
            #expect(id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
        // Saved queries depend on these never changing.
        #expect(JournalEvent.ingested.messageID == "db93ea1bedf54cda8c40ecf10ea51b05")
        #expect(JournalEvent.rejected.messageID == "3233a12ce76d4dd099b6c577607776d1")
    }

    @Test(
        arguments: [
            ("newsdrop.path", "NEWSDROP_PATH"),
            ("file-path", "FILE_PATH"),
            ("record.offset", "RECORD_OFFSET"),
            ("Already_OK9", "ALREADY_OK9"),
            ("_private", "PRIVATE"),
            ("__x.y", "X_Y"),
            ("9lives", "METADATA_9LIVES"),
            ("", "METADATA_"),
            ("...", "METADATA_"),
            ("message", "METADATA_MESSAGE"),
            ("priority", "METADATA_PRIORITY"),
            ("message.id", "METADATA_MESSAGE_ID"),
            ("syslog_identifier", "METADATA_SYSLOG_IDENTIFIER"),
            ("code.file", "METADATA_CODE_FILE"),
            ("grüße", "GR____E"),
            ("a b=c\nd", "A_B_C_D"),
        ]
    )
    func fieldNamesAreSanitized(key: String, expected: String) {
        #expect(JournalLogHandler.fieldName(for: key) == expected)
    }

    @Test func fieldNamesAreAtMost64Characters() {
        let name = JournalLogHandler.fieldName(for: String(repeating: "a.", count: 100))
        #expect(name.count == 64)
        #expect(name.hasPrefix("A_A_"))
    }

    @Test func everyFieldNameIsValidForJournald() {
        let keys = ["", "_", "1", "a", "ä", "-x", "message", String(repeating: "z", count: 80), "newsdrop.seq"]
        for key in keys {
            let name = JournalLogHandler.fieldName(for: key)
            #expect(!name.isEmpty && name.count <= 64, "\(key) → \(name)")
            #expect(name.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == 95 })
            #expect(name.first != "_" && !(name.first?.isNumber ?? true))
        }
    }

    @Test func newlinesStayInsideOneWholeAssignment() {
        let fields = JournalLogHandler.fields(
            for: self.event(.error, "first line\nsecond line"),
            metadata: ["newsdrop.reason": "a\nb\n"],
            identifier: "newsdrop"
        )
        #expect(fields.first == "MESSAGE=first line\nsecond line")
        #expect(fields.values(of: "NEWSDROP_REASON") == ["a\nb\n"])
        #expect(fields.allSatisfy { $0.contains("=") })
    }

    @Test func errnoErrorsAddERRNO() {
        let fields = JournalLogHandler.fields(
            for: self.event(.error, error: Errno.noSpace),
            metadata: [:],
            identifier: "newsdrop"
        )
        #expect(fields.values(of: "ERRNO") == ["\(Errno.noSpace.rawValue)"])
        #expect(fields.values(of: "NEWSDROP_ERROR") == ["\(Errno.noSpace)"])
    }

    @Test func metadataMergesHandlerThenProviderThenCall() {
        let merged = JournalLogHandler.mergedMetadata(
            handler: ["a": "handler", "b": "handler", "c": "handler"],
            provider: ["b": "provider", "c": "provider"],
            call: ["c": "call"]
        )
        #expect(merged == ["a": "handler", "b": "provider", "c": "call"])
    }
}

@Suite struct JournalLogHandlerTests {
    @Test func aLoggerSendsOneEntryWithMergedMetadata() {
        let sender = RecordingJournalSender()
        let provider = Logger.MetadataProvider { ["newsdrop.seq": "provider", "newsdrop.path": "provider"] }
        var logger = Logger(label: "newsdrop.test") {
            JournalLogHandler(label: $0, identifier: "newsdrop-test", sender: sender, metadataProvider: provider)
        }
        logger[metadataKey: "newsdrop.seq"] = "handler"
        logger[metadataKey: "newsdrop.sha256"] = "handler"

        logger.notice("Ingested 'a.txt'", metadata: ["newsdrop.path": "a.txt", "newsdrop.event": "ingested"])
        let line = #line - 1

        #expect(sender.entries.count == 1)
        let fields = sender.entries.first ?? []
        #expect(fields.values(of: "MESSAGE") == ["Ingested 'a.txt'"])
        #expect(fields.values(of: "PRIORITY") == ["5"])
        #expect(fields.values(of: "SYSLOG_IDENTIFIER") == ["newsdrop-test"])
        #expect(fields.values(of: "CODE_FILE") == ["SystemdSupportTests/JournalFieldsTests.swift"])
        #expect(fields.values(of: "CODE_LINE") == ["\(line)"])
        #expect(fields.values(of: "CODE_FUNC") == ["aLoggerSendsOneEntryWithMergedMetadata()"])
        #expect(fields.values(of: "MESSAGE_ID") == [JournalEvent.ingested.messageID])
        #expect(fields.values(of: "NEWSDROP_PATH") == ["a.txt"])  // call beats provider
        #expect(fields.values(of: "NEWSDROP_SEQ") == ["provider"])  // provider beats handler
        #expect(fields.values(of: "NEWSDROP_SHA256") == ["handler"])
    }

    @Test func levelBelowTheHandlersIsNotSent() {
        let sender = RecordingJournalSender()
        var logger = Logger(label: "t") { JournalLogHandler(label: $0, sender: sender, metadataProvider: nil) }
        logger.logLevel = .notice
        logger.info("quiet")
        logger.debug("quieter")
        #expect(sender.entries.isEmpty)
    }

    @Test func metadataIsAValuePerHandler() {
        let sender = RecordingJournalSender()
        var first = Logger(label: "t") { JournalLogHandler(label: $0, sender: sender, metadataProvider: nil) }
        let second = first
        first[metadataKey: "newsdrop.path"] = "only-first"
        second.info("second")
        #expect(sender.entries.first?.values(of: "NEWSDROP_PATH") == [])
        #expect(first[metadataKey: "newsdrop.path"] == "only-first")
    }

    @Test func aRefusedEntryIsStillAttempted() {
        // The fallback goes to stderr; here it is enough that logging neither crashes nor retries.
        let sender = RecordingJournalSender(failingWith: .messageTooLong)
        let logger = Logger(label: "t") { JournalLogHandler(label: $0, sender: sender, metadataProvider: nil) }
        logger.error("too big")
        #expect(sender.entries.count == 1)
    }
}

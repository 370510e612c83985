import Logging
import SystemdSupport
import Testing

@Suite struct StderrLogHandlerTests {
    private func event(_ message: Logger.Message, metadata: Logger.Metadata) -> LogEvent {
        LogEvent(
            level: .warning,
            message: message,
            metadata: metadata,
            source: nil,
            file: "F.swift",
            function: "f()",
            line: 1
        )
    }

    @Test func oneReadableLineWithSortedKeyValueMetadata() {
        let line = StderrLogHandler.line(
            for: self.event(
                "Failed to open 'a b.txt', skipping",
                metadata: ["newsdrop.reason": "no body text", "newsdrop.path": "a b.txt", "newsdrop.seq": "3"]
            ),
            label: "newsdrop",
            timestamp: "2025-02-05T10:42:07.123+01:00"
        )
        #expect(
            line == "2025-02-05T10:42:07.123+01:00 warning newsdrop: Failed to open 'a b.txt', skipping "
                + "newsdrop.path=\"a b.txt\" newsdrop.reason=\"no body text\" newsdrop.seq=3\n"
        )
    }

    @Test func newlinesAndControlCharactersAreEscaped() {
        let line = StderrLogHandler.line(
            for: self.event("two\nlines\u{7}", metadata: ["k": "x\n\"y\"", "empty": ""]),
            label: "l",
            timestamp: "T"
        )
        #expect(line == "T warning l: two\\nlines\\u{7} empty=\"\" k=\"x\\n\\\"y\\\"\"\n")
        #expect(line.filter { $0 == "\n" }.count == 1)
    }

    @Test func theDefaultTimestampIsRFC3339WithMillisecondsAndOffset() throws {
        let line = StderrLogHandler.line(for: self.event("m", metadata: [:]), label: "l")
        let timestamp = try #require(line.split(separator: " ").first)
        #expect(
            timestamp.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}/) != nil,
            "\(timestamp)"
        )
    }
}

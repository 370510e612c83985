import Foundation
import RecordLog
import SystemPackage
import Testing

@Suite struct LogVerifierTests {
    private func line(seq: UInt64, number: Int, sha256: String? = nil) -> [UInt8] {
        RecordEncoding.line(
            for: Record(
                seq: seq,
                ingestedAt: "2025-02-05T10:11:12.123456Z",
                source: sampleSource(number, sha256: sha256),
                article: sampleArticle(number)
            )
        )
    }

    /// Writes `lines` to a fresh log and verifies it.
    private func verify(_ lines: [[UInt8]]) throws -> VerifyReport {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        writeFile(path, lines.flatMap { $0 })
        return try LogVerifier.verify(path: path)
    }

    @Test func aGoodLogIsSound() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        for number in 1...10 {
            _ = await appendAndWait(log, sampleEntry(number))
        }
        log.close()
        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 10, firstSeq: 1, lastSeq: 10, problem: nil))
    }

    @Test func anEmptyFileIsSound() throws {
        #expect(try self.verify([]) == VerifyReport(records: 0, firstSeq: nil, lastSeq: nil, problem: nil))
    }

    @Test func aRotatedLogMayStartAboveOne() throws {
        let report = try self.verify([self.line(seq: 41, number: 1), self.line(seq: 42, number: 2)])
        #expect(report == VerifyReport(records: 2, firstSeq: 41, lastSeq: 42, problem: nil))
    }

    @Test func reportsAGapWithLineAndOffset() throws {
        let lines = [self.line(seq: 1, number: 1), self.line(seq: 2, number: 2), self.line(seq: 4, number: 3)]
        let report = try self.verify(lines)
        #expect(report.records == 2 && report.lastSeq == 2)
        #expect(
            report.problem
                == VerifyProblem(
                    lineNumber: 3,
                    byteOffset: lines[0].count + lines[1].count,
                    message: "seq 4 follows seq 2; expected 3"
                )
        )
    }

    @Test func reportsARepeatedSHA256() throws {
        let lines = [self.line(seq: 1, number: 1), self.line(seq: 2, number: 2, sha256: fakeSHA256(1))]
        let problem = try #require(try self.verify(lines).problem)
        #expect(problem.lineNumber == 2 && problem.byteOffset == lines[0].count)
        #expect(problem.message == "source.sha256 \(fakeSHA256(1)) already appeared in the record with seq 1")
    }

    @Test func reportsATornLastLine() throws {
        let lines = [
            self.line(seq: 1, number: 1), self.line(seq: 2, number: 2), Array(self.line(seq: 3, number: 3).prefix(99)),
        ]
        let report = try self.verify(lines)
        #expect(report.records == 2)
        #expect(report.problem?.lineNumber == 3)
        #expect(report.problem?.byteOffset == lines[0].count + lines[1].count)
        #expect(report.problem?.message.contains("no final newline") == true)
    }

    @Test func reportsBadJSON() throws {
        let lines = [
            self.line(seq: 1, number: 1), Array("{\"schema\":1,\"seq\":2,\n".utf8), self.line(seq: 2, number: 2),
        ]
        let problem = try #require(try self.verify(lines).problem)
        #expect(
            problem == VerifyProblem(lineNumber: 2, byteOffset: lines[0].count, message: "not a complete JSON object")
        )
        #expect(problem.description == "line 2 (byte offset \(lines[0].count)): not a complete JSON object")
    }

    @Test func reportsAnEmptyLine() throws {
        let lines = [self.line(seq: 1, number: 1), Array("\n".utf8)]
        #expect(try self.verify(lines).problem?.lineNumber == 2)
    }

    @Test(arguments: [
        (#""title":"Title 1""#, #""title":5"#, "'title' must be a string or null"),
        (#""schema":1"#, #""schema":2"#, "'schema' must be the integer 1"),
        (#""seq":1,"#, #""seq":0,"#, "'seq' must be an integer of at least 1"),
        (#""seq":1,"#, #""seq":true,"#, "'seq' must be an integer of at least 1"),
        (#""word_count":"#, #""word_count":1.5,"x":"#, "unexpected field 'x'"),
        (#""language":"en","#, "", "missing field 'language'"),
        (#""bytes":1001"#, #""bytes":"1001""#, "'source.bytes' must be a non-negative integer"),
        (#""sha256":"0000"#, #""sha256":"ABCD"#, "'source.sha256' must be 64 lowercase hex digits"),
        (#""body":""#, #""body":null,"was":""#, "unexpected field 'was'"),
    ])
    func reportsSchemaViolations(original: String, replacement: String, message: String) throws {
        let text = String(decoding: self.line(seq: 1, number: 1), as: UTF8.self)
        #expect(text.contains(original))
        let broken = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
        let report = try self.verify([broken])
        #expect(report.problem == VerifyProblem(lineNumber: 1, byteOffset: 0, message: message))
    }

    @Test func missingFileThrowsNamingIt() {
        #expect(throws: LogError.self) {
            try LogVerifier.verify(path: "/nonexistent/log.jsonl")
        }
    }
}

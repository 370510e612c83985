import Foundation
import SystemPackage
import Testing

@testable import RecordLog

@Suite struct RecoveryTests {
    /// A log with `count` good records; returns its bytes.
    private func writeGoodLog(_ path: FilePath, count: Int) async throws -> [UInt8] {
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        for number in 1...count {
            _ = await appendAndWait(log, sampleEntry(number))
        }
        log.close()
        return fileBytes(path)
    }

    private func goodLine(seq: UInt64, number: Int) -> [UInt8] {
        RecordEncoding.line(
            for: Record(
                seq: seq,
                ingestedAt: RFC3339.now(),
                source: sampleSource(number),
                article: sampleArticle(number)
            )
        )
    }

    @Test(arguments: [
        Array(#"{"schema":1,"seq":3,"ingest"#.utf8),
        Array("garbage without a newline".utf8),
        [UInt8](repeating: 0, count: 4096),
    ])
    func cutsOffATornTailWithoutNewline(tail: [UInt8]) async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let good = try await self.writeGoodLog(path, count: 2)
        appendToFile(path, tail)

        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(log.recovery == RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: tail.count))
        #expect(fileBytes(path) == good)
        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 3)
        log.close()
        #expect(try LogVerifier.verify(path: path).records == 3)
    }

    @Test func cutsOffHalfARecordLine() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let good = try await self.writeGoodLog(path, count: 3)
        let half = Array(self.goodLine(seq: 4, number: 4).prefix(150))
        appendToFile(path, half)

        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(log.recovery == RecoveryReport(records: 3, nextSeq: 4, truncatedBytes: 150))
        #expect(fileBytes(path) == good)
        // The torn record's source was never acknowledged, so it is not a duplicate now.
        #expect(log.lookup(sha256: fakeSHA256(4)) == nil)
        // The records before it are indexed, the last good one too.
        #expect(log.lookup(sha256: fakeSHA256(1)) == 1 && log.lookup(sha256: fakeSHA256(3)) == 3)
        log.close()
    }

    @Test func cutsOffALastLineThatEndsInNewlineButIsNotCompleteJSON() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let good = try await self.writeGoodLog(path, count: 2)
        // Shaped like our record at both ends (prefix, sha256, closing brace) but with its middle missing.
        var line = self.goodLine(seq: 3, number: 3)
        let bodyStart = try #require(String(decoding: line, as: UTF8.self).range(of: "\"body\""))
        let offset = String(decoding: line, as: UTF8.self).utf8.distance(
            from: String(decoding: line, as: UTF8.self).startIndex,
            to: bodyStart.lowerBound
        )
        line.removeSubrange(offset..<(offset + 10))
        appendToFile(path, line)

        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(log.recovery == RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: line.count))
        #expect(fileBytes(path) == good)
        #expect(log.lookup(sha256: fakeSHA256(3)) == nil)
        #expect(log.lookup(sha256: fakeSHA256(2)) == 2)
        log.close()
    }

    @Test func refusesToOpenALogWithABadLineBeforeTheLast() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let first = self.goodLine(seq: 1, number: 1)
        writeFile(path, first + Array("not a record\n".utf8) + self.goodLine(seq: 2, number: 2))
        #expect {
            try JSONLinesLog(path: path, fsync: .batch) { _ in }
        } throws: { error in
            let error = error as? LogError
            return error?.code == .corrupt && error?.description.contains("line 2 (byte offset \(first.count))") == true
        }
    }

    @Test func emptyAndTornOnlyFilesStartAtSeqOne() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        writeFile(path, Array(#"{"schema":1,"se"#.utf8))
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(log.recovery == RecoveryReport(records: 0, nextSeq: 1, truncatedBytes: 15))
        #expect(fileBytes(path).isEmpty)
        log.close()
    }

    @Test func recoversARecordLongerThanTheReadChunk() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        _ = await appendAndWait(log, sampleEntry(1, bodyBytes: 9 << 20))
        _ = await appendAndWait(log, sampleEntry(2))
        log.close()
        let reopened = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(reopened.recovery == RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: 0))
        #expect(reopened.lookup(sha256: fakeSHA256(1)) == 1)
        reopened.close()
    }

    @Test func scannerReadsSeqAndDigestAndRejectsOtherShapes() {
        let line = self.goodLine(seq: 1234, number: 77).dropLast()  // without "\n"
        let scanned = Array(line).withUnsafeBytes { RecordLineScanner.scan($0) }
        #expect(scanned?.seq == 1234)
        #expect(scanned?.digest == SHA256Digest(hex: fakeSHA256(77)))
        for bad in [
            #"{"schema":2,"seq":1}"#, #"{"schema":1,"seq":x,"#, "", String(decoding: line.dropLast(), as: UTF8.self),
        ] {
            #expect(Array(bad.utf8).withUnsafeBytes { RecordLineScanner.scan($0) } == nil)
        }
    }
}

import Foundation
import Locking
import SystemPackage
import Testing

@testable import RecordLog

/// Rotation by size: rename then create, segments named by their first `seq`, each one whole records; retention;
/// a start on a rotated log (index and `seq` across segments); verify across segments.
@Suite struct RotationTests {
    private func open(
        _ path: FilePath,
        _ rotation: LogRotation,
        events: Locked<[LogRotationEvent]> = Locked([])
    ) throws -> JSONLinesLog {
        try JSONLinesLog(
            path: path,
            fsync: .batch,
            rotation: rotation,
            onFatal: { _ in },
            onRotate: { event in events.withLock { $0.append(event) } }
        )
    }

    /// Appends entries `numbers` one at a time (each its own batch, so rotation can follow any of them).
    private func append(_ log: JSONLinesLog, _ numbers: ClosedRange<Int>) async {
        for number in numbers {
            let outcome = await appendAndWait(log, sampleEntry(number))
            #expect(outcome.committedSeq == UInt64(number))
        }
    }

    private func seqs(_ path: FilePath) -> [Int] {
        decodedLines(path).compactMap { $0["seq"] as? Int }
    }

    @Test func rotatesBySizeIntoSegmentsNamedByTheirFirstSeq() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let events = Locked<[LogRotationEvent]>([])
        let recordBytes = fileBytes(try await self.probeRecordPath(directory)).count
        // Rotation after the batch that reaches two and a half records' worth of bytes: every third.
        let log = try self.open(path, LogRotation(maxBytes: Int64(5 * recordBytes / 2)), events: events)
        await self.append(log, 1...10)
        log.close()

        let segments = try LogSegments(activePath: path).list()
        #expect(segments.map(\.firstSeq) == [1, 4, 7])
        #expect(
            segments.map(\.path.lastComponent!.string)
                == [1, 4, 7].map { "articles.\(String(format: "%020d", $0)).jsonl" }
        )
        for (segment, first) in zip(segments, [1, 4, 7]) {
            #expect(self.seqs(segment.path) == Array(first...(first + 2)))
            #expect(fileBytes(segment.path).last == UInt8(ascii: "\n"))
        }
        #expect(self.seqs(path) == [10])
        let rotated = events.withLock { $0 }.compactMap { event -> [UInt64]? in
            if case .rotated(_, let first, let last, let removed) = event, removed.isEmpty { return [first, last] }
            return nil
        }
        #expect(rotated == [[1, 3], [4, 6], [7, 9]])
        let report = try LogVerifier.verify(path: path)
        #expect(
            report.isSound && report.records == 10 && report.segments == 3 && report.firstSeq == 1
                && report.lastSeq == 10
        )
    }

    /// The size of one sample record, from a scratch log.
    private func probeRecordPath(_ directory: TemporaryDirectory) async throws -> FilePath {
        let path = directory.file("probe/probe.jsonl")
        try FileManager.default.createDirectory(
            atPath: directory.file("probe").string,
            withIntermediateDirectories: true
        )
        let log = try JSONLinesLog(path: path, fsync: .never) { _ in }
        _ = await appendAndWait(log, sampleEntry(99))
        log.close()
        return path
    }

    @Test func keepsOnlyMaxSegmentsRemovingTheOldest() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let events = Locked<[LogRotationEvent]>([])
        // Every record is a rotation; two segments kept.
        let log = try self.open(path, LogRotation(maxBytes: 1, maxSegments: 2), events: events)
        await self.append(log, 1...5)
        log.close()
        #expect(try LogSegments(activePath: path).list().map(\.firstSeq) == [4, 5])
        #expect(self.seqs(path).isEmpty)
        let removed = events.withLock { $0 }.flatMap { event -> [String] in
            if case .rotated(_, _, _, let removed) = event { return removed.map { $0.lastComponent!.string } }
            return []
        }
        #expect(removed == [1, 2, 3].map { "articles.\(String(format: "%020d", $0)).jsonl" })
    }

    @Test func aStartReadsTheSegmentsForSeqAndDuplicates() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let first = try self.open(path, LogRotation(maxBytes: 1))
        await self.append(first, 1...4)
        first.close()
        #expect(try LogSegments(activePath: path).list().count == 4)

        let again = try self.open(path, .off)
        defer { again.close() }
        #expect(again.recovery.segments == 4 && again.recovery.records == 4 && again.recovery.nextSeq == 5)
        // A duplicate of a record in the oldest segment is still known.
        #expect(again.lookup(sha256: fakeSHA256(1)) == 1)
        let outcome = await appendAndWait(again, sampleEntry(1))
        guard case .duplicate(of: 1) = outcome else {
            Issue.record("expected a duplicate of seq 1, got \(outcome)")
            return
        }
        #expect(await appendAndWait(again, sampleEntry(5)).committedSeq == 5)
    }

    @Test func aCrashBetweenRenameAndCreateLosesNothing() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let log = try self.open(path, .off)
        await self.append(log, 1...3)
        log.close()
        // What the rotation's rename leaves when the process dies before creating the new file.
        let segment = LogSegments(activePath: path).path(firstSeq: 1)
        #expect(rename(path.string, segment.string) == 0)

        #expect(try LogVerifier.verify(path: path).isSound)
        let again = try self.open(path, .off)
        defer { again.close() }
        #expect(again.recovery.nextSeq == 4 && again.recovery.segments == 1)
        #expect(await appendAndWait(again, sampleEntry(4)).committedSeq == 4)
        #expect(self.seqs(path) == [4])
    }

    @Test func verifyFindsAGapBetweenSegmentsAndAMisnamedSegment() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let log = try self.open(path, LogRotation(maxBytes: 1))
        await self.append(log, 1...4)
        log.close()
        let segments = LogSegments(activePath: path)
        #expect(try LogVerifier.verify(path: path).isSound)

        // A segment lost from the middle: seq 3 follows seq 1.
        let second = segments.path(firstSeq: 2)
        let kept = fileBytes(second)
        #expect(unlink(second.string) == 0)
        let gap = try LogVerifier.verify(path: path)
        #expect(gap.problem?.message == "seq 3 follows seq 1; expected 2")
        #expect(gap.problem?.segment == segments.path(firstSeq: 3).string && gap.problem?.lineNumber == 1)

        // Back in place: sound again. Then the last segment under a wrong name.
        writeFile(second, kept)
        #expect(try LogVerifier.verify(path: path).isSound)
        #expect(rename(segments.path(firstSeq: 4).string, segments.path(firstSeq: 5).string) == 0)
        let misnamed = try LogVerifier.verify(path: path)
        #expect(misnamed.problem?.message == "the segment's name says it starts at seq 5, its first record is seq 4")
    }

    @Test func aSegmentEndingInAPartialLineStopsTheStart() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let log = try self.open(path, LogRotation(maxBytes: 1))
        await self.append(log, 1...2)
        log.close()
        let segment = LogSegments(activePath: path).path(firstSeq: 1)
        appendToFile(segment, Array("{\"schema\":1,\"seq\":".utf8))
        let error = #expect(throws: LogError.self) { try self.open(path, .off) }
        #expect(error?.code == .corrupt && error?.message.contains(segment.string) == true)
    }

    @Test func segmentNamesAreRecognisedExactly() {
        let segments = LogSegments(activePath: "/var/lib/newsdrop/articles.jsonl")
        #expect(segments.path(firstSeq: 42) == "/var/lib/newsdrop/articles.00000000000000000042.jsonl")
        #expect(segments.firstSeq(ofName: "articles.00000000000000000042.jsonl") == 42)
        #expect(segments.firstSeq(ofName: "articles.18446744073709551615.jsonl") == UInt64.max)
        for other in [
            "articles.jsonl", "articles.42.jsonl", "articles.0000000000000000004x.jsonl",
            "other.00000000000000000042.jsonl",
            "articles.00000000000000000042.jsonl.gz", "articles.99999999999999999999.jsonl",
        ] {
            #expect(segments.firstSeq(ofName: other) == nil, "\(other)")
        }
        let plain = LogSegments(activePath: "log")
        #expect(plain.path(firstSeq: 7) == "./log.00000000000000000007")
        #expect(plain.firstSeq(ofName: "log.00000000000000000007") == 7)
    }
}

import Dispatch
import Foundation
import Locking
import SystemPackage
import Testing

@testable import RecordLog

@Suite struct JSONLinesLogTests {
    private func open(
        _ path: FilePath,
        _ policy: FsyncPolicy = .batch,
        window: Duration = .milliseconds(1)
    ) throws -> JSONLinesLog {
        try JSONLinesLog(path: path, fsync: policy, groupCommitWindow: window) { _ in }
    }

    @Test func appendsCommitWithRisingSeqAndOneLineEach() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path)
        #expect(log.recovery == RecoveryReport(records: 0, nextSeq: 1, truncatedBytes: 0))

        for number in 1...3 {
            let outcome = await appendAndWait(log, sampleEntry(number))
            #expect(outcome.committedSeq == UInt64(number))
        }
        log.close()

        let lines = decodedLines(path)
        #expect(lines.map { $0["seq"] as? Int } == [1, 2, 3])
        #expect(lines.map { ($0["source"] as? [String: Any])?["sha256"] as? String } == (1...3).map(fakeSHA256))
        let ingestedAt = try #require(lines.first?["ingested_at"] as? String)
        #expect(ingestedAt.hasSuffix("Z") && ingestedAt.utf8.count == 27)
        #expect(log.committedCount == 3)
        #expect(log.lookup(sha256: fakeSHA256(2)) == 2)
        #expect(log.lookup(sha256: fakeSHA256(9)) == nil)
        #expect(try LogVerifier.verify(path: path).isSound)
    }

    @Test func createsTheFileWithMode0644() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path)
        defer { log.close() }
        let attributes = try FileManager.default.attributesOfItem(atPath: path.string)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o644 & ~Int(self.currentUmask()))
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    @Test func seqCarriesOnAfterCloseAndANewInstance() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        var log = try self.open(path)
        _ = await appendAndWait(log, sampleEntry(1))
        _ = await appendAndWait(log, sampleEntry(2))
        log.close()

        log = try self.open(path)
        #expect(log.recovery == RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: 0))
        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 3)
        log.close()
        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 3, firstSeq: 1, lastSeq: 3, problem: nil))
    }

    @Test func reopenOfTheSamePathCarriesSeqOn() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path)
        _ = await appendAndWait(log, sampleEntry(1))
        _ = await appendAndWait(log, sampleEntry(2))
        try log.reopen()
        #expect(log.recovery == RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: 0))
        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 3)
        #expect(await appendAndWait(log, sampleEntry(1)).duplicateOf == 1)
        log.close()
        #expect(try LogVerifier.verify(path: path).records == 3)
    }

    @Test func reopenAfterRotationStartsANewFileAndCarriesSeqAndDuplicatesOn() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path)
        _ = await appendAndWait(log, sampleEntry(1))
        _ = await appendAndWait(log, sampleEntry(2))
        #expect(rename(path.string, directory.file("log.jsonl.1").string) == 0)

        try log.reopen()
        #expect(log.recovery == RecoveryReport(records: 0, nextSeq: 3, truncatedBytes: 0))
        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 3)
        #expect(await appendAndWait(log, sampleEntry(1)).duplicateOf == 1)
        log.close()

        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 1, firstSeq: 3, lastSeq: 3, problem: nil))
        #expect(try LogVerifier.verify(path: directory.file("log.jsonl.1")).records == 2)
    }

    @Test func duplicateOfARecordEarlierInTheSameBatchWritesNothing() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path)
        let outcomes = Locked<[Int: AppendOutcome]>([:])
        let group = DispatchGroup()
        let release = holdWriter(log)
        for (key, entry) in [(1, sampleEntry(1)), (2, sampleEntry(2)), (3, sampleEntry(99, sha256: fakeSHA256(1)))] {
            group.enter()
            log.append(entry) { outcome in
                outcomes.withLock { $0[key] = outcome }
                group.leave()
            }
        }
        release()
        group.wait()
        log.close()

        let results = outcomes.withLock { $0 }
        #expect(results[1]?.committedSeq == 1)
        #expect(results[2]?.committedSeq == 2)
        #expect(results[3]?.duplicateOf == 1)
        #expect(decodedLines(path).count == 2)
        #expect(log.fsyncCount == 1)
    }

    @Test func duplicateDetectionSurvivesARestart() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        var log = try self.open(path)
        for number in 1...5 {
            _ = await appendAndWait(log, sampleEntry(number))
        }
        log.close()

        log = try self.open(path)
        #expect(log.lookup(sha256: fakeSHA256(4)) == 4)
        #expect(await appendAndWait(log, sampleEntry(40, sha256: fakeSHA256(4))).duplicateOf == 4)
        #expect(await appendAndWait(log, sampleEntry(6)).committedSeq == 6)
        log.close()
        #expect(decodedLines(path).count == 6)
    }

    @Test func rejectsAMalformedSHA256WithoutUsingASeq() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let log = try self.open(directory.file("log.jsonl"))
        defer { log.close() }
        let outcome = await appendAndWait(log, sampleEntry(1, sha256: "ABC"))
        #expect(outcome.error?.code == .invalidEntry)
        #expect(await appendAndWait(log, sampleEntry(2)).committedSeq == 1)
    }

    @Test func groupCommitSharesOneFsyncAmongManyRecords() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path, .batch)
        let seqs = Locked<[UInt64]>([])
        let group = DispatchGroup()
        DispatchQueue.concurrentPerform(iterations: 1000) { number in
            group.enter()
            log.append(sampleEntry(number + 1)) { outcome in
                if let seq = outcome.committedSeq {
                    seqs.withLock { $0.append(seq) }
                }
                group.leave()
            }
        }
        group.wait()
        log.close()

        #expect(seqs.withLock { $0.sorted() } == Array(1...1000))
        #expect(log.committedCount == 1000)
        #expect(log.fsyncCount >= 1)
        #expect(log.fsyncCount <= 100, "1,000 concurrent appends took \(log.fsyncCount) fsyncs")
        #expect(try LogVerifier.verify(path: path).records == 1000)
    }

    @Test func alwaysPolicyFsyncsEveryRecord() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let log = try self.open(directory.file("log.jsonl"), .always)
        let group = DispatchGroup()
        let release = holdWriter(log)
        for number in 1...20 {
            group.enter()
            log.append(sampleEntry(number)) { _ in group.leave() }
        }
        release()
        group.wait()
        log.close()
        #expect(log.committedCount == 20)
        #expect(log.fsyncCount == 20)
    }

    @Test func neverPolicyDoesNotFsync() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let log = try self.open(directory.file("log.jsonl"), .never)
        for number in 1...5 {
            #expect(await appendAndWait(log, sampleEntry(number)).committedSeq == UInt64(number))
        }
        log.close()
        #expect(log.fsyncCount == 0)
    }

    @Test func flushWaitsForEverythingAppendedSoFar() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try self.open(path, .batch)
        for number in 1...50 {
            log.append(sampleEntry(number)) { _ in }
        }
        log.flush()
        #expect(log.committedCount == 50)
        #expect(decodedLines(path).count == 50)
        log.close()
    }

    @Test func pingAnswersFromTheWriterQueue() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let log = try self.open(directory.file("log.jsonl"))
        defer { log.close() }
        await withCheckedContinuation { continuation in
            log.ping { continuation.resume() }
        }
    }

    @Test func appendsAfterCloseFail() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let log = try self.open(directory.file("log.jsonl"))
        log.close()
        #expect(await appendAndWait(log, sampleEntry(1)).error?.code == .unavailable)
    }

    @Test func openFailureNamesThePath() throws {
        let path = FilePath("/nonexistent-dir/log.jsonl")
        #expect {
            try JSONLinesLog(path: path, fsync: .batch) { _ in }
        } throws: { error in
            let error = error as? LogError
            return error?.code == .openFailed && error?.cause == .noSuchFileOrDirectory
                && error?.description == "Failed to open '/nonexistent-dir/log.jsonl': No such file or directory"
        }
    }
}

import Dispatch
import Foundation
import Glibc
import Locking
import SystemPackage
import Testing

@testable import RecordLog

@Suite struct WriteFailureTests {
    @Test func shortWriteIsCutBackAndTheLogCarriesOn() async throws {
        let fixture = try FaultyLog()
        defer { fixture.remove() }
        let (path, syscalls, log) = (fixture.path, fixture.syscalls, fixture.log)
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)
        let sizeAfterFirst = fileBytes(path).count

        syscalls.failNextWrite(.short(100))
        let failed = await appendAndWait(log, sampleEntry(2))
        let error = try #require(failed.error)
        #expect(error.code == .writeFailed)
        #expect(error.description.hasPrefix("Failed to write to '\(path)': only 100 of "))
        #expect(fileBytes(path).count == sizeAfterFirst)
        #expect(syscalls.truncations == 1)

        // Gap-free: the failed entry used no seq, and a retry of the same source is not a duplicate.
        #expect(await appendAndWait(log, sampleEntry(2)).committedSeq == 2)
        log.close()
        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 2, firstSeq: 1, lastSeq: 2, problem: nil))
    }

    @Test func failedWriteFailsTheRestOfItsBatchButNotTheRecordsBefore() async throws {
        let fixture = try FaultyLog()
        defer { fixture.remove() }
        let (path, syscalls, log) = (fixture.path, fixture.syscalls, fixture.log)
        // The batch's first write hits a full disk; entries 2 to 4 share its batch.
        syscalls.failNextWrite(.error(.noSpace))
        let outcomes = Locked<[Int: AppendOutcome]>([:])
        let group = DispatchGroup()
        let release = holdWriter(log)
        for number in 1...4 {
            group.enter()
            log.append(sampleEntry(number)) { outcome in
                outcomes.withLock { $0[number] = outcome }
                group.leave()
            }
        }
        release()
        group.wait()

        let results = outcomes.withLock { $0 }
        #expect(results[1]?.error?.cause == .noSpace)
        #expect(
            results[1]?.error?.description == "Failed to write to '\(path)': No space left on device"
        )
        #expect(results[2]?.error != nil && results[3]?.error != nil && results[4]?.error != nil)
        #expect(fileBytes(path).isEmpty)

        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)
        log.close()
    }

    @Test func recordsBeforeAFailedWriteInTheSameBatchAreCommitted() async throws {
        let fixture = try FaultyLog()
        defer { fixture.remove() }
        let (path, syscalls, log) = (fixture.path, fixture.syscalls, fixture.log)
        syscalls.failNextWrite(.succeed)
        syscalls.failNextWrite(.short(50))
        let outcomes = Locked<[Int: AppendOutcome]>([:])
        let group = DispatchGroup()
        let release = holdWriter(log)
        for number in 1...4 {
            group.enter()
            log.append(sampleEntry(number)) { outcome in
                outcomes.withLock { $0[number] = outcome }
                group.leave()
            }
        }
        release()
        group.wait()

        let results = outcomes.withLock { $0 }
        #expect(results[1]?.committedSeq == 1)
        #expect(results[2]?.error?.code == .writeFailed)
        #expect(results[3]?.error?.code == .writeFailed)
        #expect(results[4]?.error?.code == .writeFailed)
        #expect(syscalls.writes == 2)  // nothing more was tried in that batch
        #expect(decodedLines(path).count == 1)
        #expect(log.fsyncCount == 1)  // the record before the failure was still made durable

        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 2)
        log.close()
        #expect(try LogVerifier.verify(path: path).lastSeq == 2)
    }

    @Test func failedFsyncIsFatalAndNeverRetried() async throws {
        let fixture = try FaultyLog()
        defer { fixture.remove() }
        let (path, syscalls, fatal, log) = (fixture.path, fixture.syscalls, fixture.fatal, fixture.log)
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)

        syscalls.failNextFsync(.ioError)
        let outcomes = Locked<[Int: AppendOutcome]>([:])
        let group = DispatchGroup()
        let release = holdWriter(log)
        // Entry 2, then a duplicate of it in the same batch: neither may be acknowledged.
        for (key, entry) in [(2, sampleEntry(2)), (3, sampleEntry(3, sha256: fakeSHA256(2)))] {
            group.enter()
            log.append(entry) { outcome in
                outcomes.withLock { $0[key] = outcome }
                group.leave()
            }
        }
        release()
        group.wait()
        let results = outcomes.withLock { $0 }
        #expect(results[2]?.error?.code == .fsyncFailed)
        #expect(results[3]?.error?.code == .fsyncFailed)
        let fsyncsAfterFailure = syscalls.fsyncs

        let later = await appendAndWait(log, sampleEntry(4))
        #expect(later.error?.code == .fsyncFailed)
        #expect(syscalls.fsyncs == fsyncsAfterFailure)
        #expect(log.lookup(sha256: fakeSHA256(2)) == nil)
        #expect(fatal.recorded.count == 1)
        #expect(
            fatal.recorded.first?.description
                == "fsync of '\(path)' failed: Input/output error; the 1 record written since the last good fsync was "
                + "cut off the log (their files stay in the drop folder and are recorded again); stopping, a restart "
                + "recovers from the last good line"
        )
        // Record 2 reached the page cache, never (as far as anyone can know) the disk: it is cut off, so that no
        // restart reads it from the cache and takes its file for recorded.
        #expect(decodedLines(path).count == 1)
        #expect(syscalls.truncations == 1)
        log.close()

        // A restart recovers from the last good line, record 1: entry 2 is recorded again, `seq` carries on from 2.
        let restarted = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        #expect(restarted.recovery.nextSeq == 2)
        #expect(await appendAndWait(restarted, sampleEntry(2)).committedSeq == 2)
        #expect(await appendAndWait(restarted, sampleEntry(4)).committedSeq == 3)
        restarted.close()
        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 3, firstSeq: 1, lastSeq: 3, problem: nil))
    }

    /// With `fsync = "always"` each record is synced alone: a failure cuts off only the record it was for.
    @Test func failedFsyncWithAlwaysCutsOffOnlyTheLastRecord() async throws {
        let fixture = try FaultyLog(.always)
        defer { fixture.remove() }
        let (path, syscalls, fatal, log) = (fixture.path, fixture.syscalls, fixture.fatal, fixture.log)
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)
        #expect(await appendAndWait(log, sampleEntry(2)).committedSeq == 2)
        let durable = fileBytes(path)
        syscalls.failNextFsync(.ioError)
        #expect(await appendAndWait(log, sampleEntry(3)).error?.code == .fsyncFailed)
        #expect(fileBytes(path) == durable)
        #expect(fatal.recorded.first?.description.contains("the 1 record written since the last good fsync") == true)
        log.close()
    }

    /// When even the cut fails (a file system gone read-only refuses `ftruncate` too), the message says so and
    /// tells the operator to repair the file system before restarting, so that only the disk's content is read.
    @Test func failedFsyncWhoseCutFailsSaysToRepairBeforeRestarting() async throws {
        let fixture = try FaultyLog()
        defer { fixture.remove() }
        let (syscalls, fatal, log) = (fixture.syscalls, fixture.fatal, fixture.log)
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)
        syscalls.failNextFsync(.ioError)
        syscalls.failNextTruncate(.readOnlyFileSystem)
        #expect(await appendAndWait(log, sampleEntry(2)).error?.code == .fsyncFailed)
        let message = try #require(fatal.recorded.first?.description)
        #expect(message.contains("cutting off the 1 record written since the last good fsync failed too (Read-only"))
        #expect(message.contains("Repair the file system (dmesg; umount, fsck, mount) before restarting newsdrop"))
        log.close()
    }

    /// A real full disk: a 64 KiB tmpfs, filled up, then given space again. Needs root (for mount).
    @Test(.enabled(if: getuid() == 0)) func realDiskFullIsCutBackAndRecoversWhenSpaceReturns() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        guard let mountPoint = mountSmallTmpfs(in: directory) else { return }
        defer { unmountSmallTmpfs(mountPoint) }

        let filler = mountPoint.appending("filler")
        writeFile(filler, [UInt8](repeating: 1, count: 16 << 10))
        let path = mountPoint.appending("log.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        var committed: UInt64 = 0
        var failure: LogError?
        for number in 1...100 {
            switch await appendAndWait(log, sampleEntry(number, bodyBytes: 4000)) {
            case .committed(let seq): committed = seq
            case .failed(let error): failure = error
            case .duplicate: Issue.record("unexpected duplicate")
            }
            if failure != nil { break }
        }
        let error = try #require(failure, "the 64 KiB tmpfs never filled up")
        #expect(error.code == .writeFailed)
        // Also when the write was short rather than refused: the message names the cause and advice follows.
        #expect(error.cause == .noSpace)
        #expect(error.description.contains("No space left on device"), "\(error)")
        #expect(committed > 0)
        #expect(
            try LogVerifier.verify(path: path)
                == VerifyReport(records: Int(committed), firstSeq: 1, lastSeq: committed, problem: nil)
        )

        // Space returns: the next append takes the next seq.
        #expect(unlink(filler.string) == 0)
        let next = await appendAndWait(log, sampleEntry(1000, bodyBytes: 4000))
        #expect(next.committedSeq == committed + 1)
        log.close()
        #expect(try LogVerifier.verify(path: path).records == Int(committed) + 1)
    }

    /// No room for the duplicate index to grow (its folder's file system is full): the batch fails before
    /// anything is written, with the cause and advice, and goes through once space returns. Needs root.
    @Test(.enabled(if: getuid() == 0)) func anIndexWithoutRoomFailsTheBatchUnwrittenUntilSpaceReturns() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        guard let mountPoint = mountSmallTmpfs(in: directory, size: "256k") else { return }
        defer { unmountSmallTmpfs(mountPoint) }
        let path = mountPoint.appending("log.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        // The index holds half its slots: the next record needs a bigger one.
        let full = DigestTable.initialCapacity / 2
        for number in 1...full { #expect(await appendAndWait(log, sampleEntry(number)).committedSeq == UInt64(number)) }
        let filler = mountPoint.appending("filler")
        fillUp(filler)
        let before = fileBytes(path)

        guard case .failed(let error) = await appendAndWait(log, sampleEntry(full + 1)) else {
            Issue.record("an append without room for the index did not fail")
            return
        }
        #expect(error.code == .indexFailed && error.cause == .noSpace && !error.stopsTheLog, "\(error)")
        #expect(error.advice == "free space on the log's file system")
        #expect(fileBytes(path) == before)

        #expect(unlink(filler.string) == 0)
        #expect(await appendAndWait(log, sampleEntry(full + 1)).committedSeq == UInt64(full + 1))
        #expect(await appendAndWait(log, sampleEntry(1)).duplicateOf == 1)
        log.close()
        #expect(try LogVerifier.verify(path: path).records == full + 1)
    }
}

/// A log in a fresh temporary folder whose system calls fail when a test says so.
private struct FaultyLog {
    let directory = TemporaryDirectory()
    let syscalls = FaultInjectingSyscalls()
    let fatal = FatalRecorder()
    let path: FilePath
    let log: JSONLinesLog

    init(_ policy: FsyncPolicy = .batch) throws {
        self.path = self.directory.file("log.jsonl")
        self.log = try JSONLinesLog(
            path: self.path,
            fsync: policy,
            groupCommitWindow: .milliseconds(1),
            syscalls: self.syscalls,
            onFatal: { [fatal] in fatal.record($0) }
        )
    }

    func remove() { self.directory.remove() }
}

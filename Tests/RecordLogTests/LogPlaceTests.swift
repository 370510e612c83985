import Foundation
import Glibc
import Locking
import SystemPackage
import Testing

@testable import RecordLog

/// The writer checks before each batch that the log's path still names its open file: records written into a
/// deleted file, or one moved where no reader looks, would be lost while their sources went to `processed/`.
@Suite struct LogPlaceTests {
    @Test func aDeletedLogRefusesAppendsUntilACopyIsBackThenCarriesSeqOn() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.file("log")
        #expect(mkdir(folder.string, 0o755) == 0)
        let path = folder.appending("articles.jsonl")
        let reopened = Locked<[RecoveryReport]>([])
        let log = try JSONLinesLog(
            path: path,
            fsync: .batch,
            onFatal: { _ in },
            onReopen: { report in
                reopened.withLock { $0.append(report) }
            }
        )
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)
        #expect(await appendAndWait(log, sampleEntry(2)).committedSeq == 2)
        try FileManager.default.removeItem(atPath: folder.string)

        let refused = try #require(await appendAndWait(log, sampleEntry(3)).error)
        #expect(refused.code == .missing)
        #expect(refused.cause == .noSuchFileOrDirectory)
        #expect(refused.description.hasPrefix("The log '\(path)' was deleted while open (No such file or directory)"))
        // A second refusal, and still nothing created behind the operator's back.
        #expect(await appendAndWait(log, sampleEntry(3)).error?.code == .missing)
        #expect(access(folder.string, F_OK) != 0)

        // What the message says to do: copy the records back from /proc, under a new name, then rename.
        let marker = try #require(refused.description.range(of: "cp /proc/"))
        let open = refused.description[refused.description.index(marker.lowerBound, offsetBy: 3)...].prefix {
            $0 != " "
        }
        #expect(mkdir(folder.string, 0o755) == 0)
        let saved = try Data(contentsOf: URL(fileURLWithPath: String(open)))
        try saved.write(to: URL(fileURLWithPath: path.string + ".new"))
        #expect(rename(path.string + ".new", path.string) == 0)

        #expect(await appendAndWait(log, sampleEntry(3)).committedSeq == 3)
        #expect(reopened.withLock { $0 } == [RecoveryReport(records: 2, nextSeq: 3, truncatedBytes: 0)])
        #expect(await appendAndWait(log, sampleEntry(1)).duplicateOf == 1)  // the index kept what it knew
        log.close()
        #expect(try LogVerifier.verify(path: path) == VerifyReport(records: 3, firstSeq: 1, lastSeq: 3, problem: nil))
    }

    @Test func aLogMovedAwayRefusesAppendsAndCarriesOnInTheSameFileWhenBack() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.file("log")
        let away = directory.file("away")
        #expect(mkdir(folder.string, 0o755) == 0)
        let path = folder.appending("articles.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .always) { _ in }
        #expect(await appendAndWait(log, sampleEntry(1)).committedSeq == 1)

        #expect(rename(folder.string, away.string) == 0)
        let refused = try #require(await appendAndWait(log, sampleEntry(2)).error)
        #expect(refused.code == .missing)
        #expect(refused.description.contains("is no longer at its path"))
        #expect(decodedLines(away.appending("articles.jsonl")).count == 1)

        #expect(rename(away.string, folder.string) == 0)
        #expect(await appendAndWait(log, sampleEntry(2)).committedSeq == 2)
        log.close()
        #expect(decodedLines(path).count == 2)
    }

    @Test func adviceSaysWhatToDoForTheCausesAnOperatorCanFix() {
        func advice(_ cause: Errno?) -> String? {
            LogError(.writeFailed, path: "/l", message: "m", cause: cause).advice
        }
        #expect(advice(.noSpace) == "free space on the log's file system")
        #expect(advice(.readOnlyFileSystem) == "the log's file system is read-only; remount it read-write")
        #expect(advice(.notPermitted) == "the log refuses writes (immutable? see lsattr); make it writable")
        #expect(advice(.ioError) == nil)
        #expect(advice(nil) == nil)
    }
}

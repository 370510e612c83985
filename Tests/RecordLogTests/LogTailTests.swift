import Foundation
import Locking
import SystemPackage
import Testing

@testable import RecordLog

/// `newsdrop tail`'s reader: from any `seq`, across segments, following rotations, never a partial line, never
/// a record twice.
@Suite struct LogTailTests {
    /// A log of `count` records; with `maxBytes`, rotated about every `recordsPerSegment`.
    private func makeLog(_ path: FilePath, count: Int, rotation: LogRotation = .off) async throws {
        let log = try JSONLinesLog(path: path, fsync: .never, rotation: rotation) { _ in }
        for number in 1...count {
            #expect(await appendAndWait(log, sampleEntry(number)).committedSeq == UInt64(number))
        }
        log.close()
    }

    /// What the tail prints (not following), as `seq`s; every piece handed out must be whole lines.
    private func tailSeqs(_ path: FilePath, from seq: UInt64?) throws -> (seqs: [Int], bytesRead: Int) {
        var tail = LogTail(activePath: path)
        var output: [UInt8] = []
        try tail.run(fromSeq: seq, follow: false) { bytes in
            #expect(bytes.last == 0x0A, "a piece that does not end a line")
            output += bytes
            return true
        }
        return (Self.seqs(output), tail.bytesRead)
    }

    static func seqs(_ output: [UInt8]) -> [Int] {
        output.split(separator: 0x0A).map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            return object?["seq"] as? Int ?? -1
        }
    }

    @Test func startsAtAnySeqAcrossSegments() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 20, rotation: LogRotation(maxBytes: 2_500))
        let segments = try LogSegments(activePath: path).list()
        #expect(segments.count >= 3, "\(segments.count) segments")
        for start in [1, 2, 7, 13, 19, 20] {
            #expect(try self.tailSeqs(path, from: UInt64(start)).seqs == Array(start...20), "from \(start)")
        }
        #expect(try self.tailSeqs(path, from: nil).seqs == Array(1...20))
        #expect(try self.tailSeqs(path, from: 21).seqs.isEmpty)
        #expect(try self.tailSeqs(path, from: 1_000).seqs.isEmpty)
    }

    @Test func fromSeqNearTheEndOfALargeFileReadsLittle() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 3_000)
        let size = fileBytes(path).count
        let (seqs, bytesRead) = try self.tailSeqs(path, from: 2_990)
        #expect(seqs == Array(2_990...3_000))
        // The search reads a few pages and the last records, not the file (about 1.5 MB).
        #expect(bytesRead < size / 10, "read \(bytesRead) of \(size) bytes")
        for start in [1, 2, 1_499, 1_500, 2_999] {
            #expect(try self.tailSeqs(path, from: UInt64(start)).seqs.first == start)
        }
    }

    @Test func aPartialLastLineIsNotPrinted() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 3)
        appendToFile(path, Array("{\"schema\":1,\"seq\":4,\"ingested_at\":\"20".utf8))
        #expect(try self.tailSeqs(path, from: nil).seqs == [1, 2, 3])
    }

    /// A follower asked to start at a record whose line is still being written (only its opening there yet: a
    /// reader can see a write land a page at a time) starts at that line and prints it once it is whole.
    @Test func startingAtALineStillBeingWrittenWaitsForItsEnd() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 3)
        let fourth = self.decodedLineBytes(seq: 4)
        appendToFile(path, Array(fourth.prefix(14)))  // {"schema":1,"s
        let printed = try self.follow(path, from: 4, until: 5) { _, looks in
            if looks == 3 { appendToFile(path, Array(fourth.dropFirst(14)) + self.decodedLineBytes(seq: 5)) }
        }
        #expect(printed == [4, 5])
    }

    @Test func startsAtTheOldestKeptWhenRetentionRemovedTheSeq() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 6, rotation: LogRotation(maxBytes: 1, maxSegments: 3))
        #expect(try self.tailSeqs(path, from: 1).seqs == [4, 5, 6])
    }

    @Test func followsAcrossRotationsWhileTheLogIsWritten() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let count = 400
        let log = try JSONLinesLog(path: path, fsync: .never, rotation: LogRotation(maxBytes: 8_000)) { _ in }
        let output = Locked<[UInt8]>([])
        let done = DispatchSemaphore(value: 0)
        let failure = Locked<String?>(nil)
        let follower = Thread {
            var tail = LogTail(activePath: path)
            do {
                try tail.run(
                    fromSeq: nil,
                    follow: true,
                    poll: .milliseconds(2),
                    emit: { bytes in
                        output.withLock { $0 += bytes }
                        return true
                    },
                    shouldStop: { output.withLock { Self.seqs($0).count >= count } }
                )
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        follower.start()
        for number in 1...count {
            #expect(await appendAndWait(log, sampleEntry(number)).committedSeq == UInt64(number))
            if number % 50 == 0 { try await Task.sleep(for: .milliseconds(5)) }
        }
        log.close()
        #expect(done.wait(timeout: .now() + 20) == .success, "the follower did not see every record")
        #expect(failure.withLock { $0 } == nil)
        #expect(try LogSegments(activePath: path).list().count >= 10)
        #expect(output.withLock { Self.seqs($0) } == Array(1...count))
    }

    /// The log rotates twice while the follower reads a segment it planned: the second rotation leaves a new,
    /// empty active file that stays so (the writer has stopped). The follower, at that file, must still find the
    /// segment rotated meanwhile, though no record in the active file shows it skipped any.
    @Test func segmentsRotatedWhileAnotherIsReadAreFoundAtAnEmptyActiveFile() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        let segments = LogSegments(activePath: path)
        writeFile(path, (1...3).flatMap { self.decodedLineBytes(seq: $0) })
        var rotations = 0
        let printed = try self.follow(path, from: nil, until: 6) { printed, _ in
            if rotations == 0 && printed == [1, 2, 3] {
                // Records 1–3 become a segment; a new active file is created.
                #expect(rename(path.string, segments.path(firstSeq: 1).string) == 0)
                writeFile(path, [])
                rotations = 1
            } else if rotations == 1 {
                // At once (the follower has planned to read segment 1 again): records 4–6 written and rotated.
                appendToFile(path, (4...6).flatMap { self.decodedLineBytes(seq: $0) })
                #expect(rename(path.string, segments.path(firstSeq: 4).string) == 0)
                writeFile(path, [])
                rotations = 2
            }
        }
        #expect(rotations == 2)
        #expect(printed == [1, 2, 3, 4, 5, 6])
    }

    @Test func aCopyPutBackAtThePathRepeatsNothing() async throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("articles.jsonl")
        try await self.makeLog(path, count: 5)
        // The same records again in a new file at the path, then one more record: only the new one is printed.
        let copy = directory.file("copy.jsonl")
        writeFile(copy, fileBytes(path))
        let printed = try self.follow(path, from: nil, until: 6) { _, looks in
            if looks == 3 {
                #expect(rename(copy.string, path.string) == 0)
                appendToFile(path, self.decodedLineBytes(seq: 6))
            }
        }
        #expect(printed == [1, 2, 3, 4, 5, 6])
    }

    /// Follows the log at `path` from `fromSeq`, looking every millisecond, until `lastSeq` is printed or 300
    /// looks have passed; `look` runs at each look with the `seq`s printed so far and the looks so far (to
    /// change the log between reads). Returns the `seq`s printed.
    private func follow(
        _ path: FilePath,
        from fromSeq: UInt64?,
        until lastSeq: Int,
        look: (_ printed: [Int], _ looks: Int) -> Void
    ) throws -> [Int] {
        var tail = LogTail(activePath: path)
        var output: [UInt8] = []
        var looks = 0
        try tail.run(
            fromSeq: fromSeq,
            follow: true,
            poll: .milliseconds(1),
            emit: { bytes in
                output += bytes
                return true
            },
            shouldStop: {
                looks += 1
                look(Self.seqs(output), looks)
                return looks > 300 || Self.seqs(output).last == lastSeq
            }
        )
        return Self.seqs(output)
    }

    /// A record line of `seq` (shaped as the writer's: the tail reads only its opening).
    private func decodedLineBytes(seq: Int) -> [UInt8] {
        Array("{\"schema\":1,\"seq\":\(seq),\"ingested_at\":\"2026-01-01T00:00:00.000000Z\"}\n".utf8)
    }
}

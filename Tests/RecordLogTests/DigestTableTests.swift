import Foundation
import Glibc
import SystemPackage
import Testing

@testable import RecordLog

/// The duplicate index kept in a nameless file: it must answer like a dictionary through every growth, and
/// fail with an error (not a crash) when its folder has no room.
@Suite struct DigestTableTests {
    /// SplitMix64, seeded: reproducible digests.
    struct Digests {
        var state: UInt64
        mutating func next() -> SHA256Digest {
            SHA256Digest(word0: self.word(), word1: self.word(), word2: self.word(), word3: self.word())
        }
        private mutating func word() -> UInt64 {
            self.state &+= 0x9E37_79B9_7F4A_7C15
            var z = self.state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func answersLikeADictionaryThroughEveryGrowth() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let table = try DigestTable(beside: directory.file("log.jsonl"))
        var expected: [SHA256Digest: UInt64] = [:]
        var digests = Digests(state: 5)
        var inserted: [SHA256Digest] = []
        for seq in UInt64(1)...50_000 {
            // Every tenth entry repeats an earlier digest: the first seq stays.
            let digest = seq % 10 == 0 ? inserted[Int(seq) % inserted.count] : digests.next()
            try table.reserve(1)
            let stored = try table.insertIfAbsent(digest, seq: seq)
            #expect(stored == (expected[digest] == nil))
            if expected[digest] == nil {
                expected[digest] = seq
                inserted.append(digest)
            }
        }
        #expect(table.count == expected.count)
        #expect(table.capacity >= 2 * expected.count && table.capacity <= 4 * expected.count)
        for (digest, seq) in expected { #expect(try table.seq(for: digest) == seq) }
        var absent = Digests(state: 99)
        for _ in 0..<10_000 { #expect(try table.seq(for: absent.next()) == nil) }
        // Digests that share their first word (the one the home slot comes from) stay apart.
        let twin = SHA256Digest(word0: inserted[0].word0, word1: 1, word2: 2, word3: 3)
        #expect(try table.seq(for: twin) == nil)
        try table.reserve(1)
        #expect(try table.insertIfAbsent(twin, seq: 60_000))
        #expect(try table.seq(for: twin) == 60_000 && table.seq(for: inserted[0]) == expected[inserted[0]])

        var seen: [SHA256Digest: UInt64] = [:]
        try table.forEach { digest, seq in seen[digest] = seq }
        expected[twin] = 60_000
        #expect(seen == expected)
    }

    /// Entries put in many at a time (the start-up scan, a doubling) land where one-at-a-time lookups find
    /// them, the first `seq` of a repeated digest winning within a batch and across batches, including
    /// entries whose probe runs past the last slot (asserted to happen).
    @Test func insertsInBatchesLikeADictionary() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        var wrapped = 0
        for trial in 0..<20 {
            let table = try DigestTable(beside: directory.file("log.jsonl"))
            var expected: [SHA256Digest: UInt64] = [:]
            var digests = Digests(state: UInt64(trial) * 1_000)
            var inserted: [SHA256Digest] = []
            var seq: UInt64 = 0
            // Batch sizes from one entry to more than a sweep's run, so that growth happens mid-stream and a
            // batch both fits in a few runs and spreads over the whole table.
            for batchSize in [1, 3, 200, 17, 5_000, 1, 9_000, 128, 40_000, 2] {
                var batch: [DigestTable.Entry] = []
                for _ in 0..<batchSize {
                    seq += 1
                    // Every seventh entry repeats an earlier digest (or one earlier in this batch).
                    let repeats = seq % 7 == 0 && !inserted.isEmpty
                    let digest = repeats ? inserted[Int(seq) % inserted.count] : digests.next()
                    batch.append(DigestTable.Entry(digest: digest, seq: seq))
                    if expected[digest] == nil {
                        expected[digest] = seq
                        inserted.append(digest)
                    }
                }
                try table.insertAll(batch)
                #expect(table.count == expected.count)
            }
            #expect(table.capacity >= 2 * expected.count && table.capacity <= 4 * expected.count)
            for (digest, seq) in expected { #expect(try table.seq(for: digest) == seq) }
            var absent = Digests(state: 7 + UInt64(trial))
            for _ in 0..<1_000 { #expect(try table.seq(for: absent.next()) == nil) }
            // One at a time after batches: same table.
            let late = digests.next()
            try table.reserve(1)
            #expect(try table.insertIfAbsent(late, seq: seq + 1))
            #expect(try table.seq(for: late) == seq + 1)
            wrapped += table.wrappedInserts
        }
        #expect(wrapped > 0, "no batch entry wrapped past the last slot: that path went untested")
    }

    /// Digests that share words (as no two real SHA-256 digests do, but a crafted log or test might) still
    /// spread over the table: a probe stays one read on average, where a home from one word alone made it a
    /// walk through every earlier entry.
    @Test func digestsSharingWordsStillSpread() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let table = try DigestTable(beside: directory.file("log.jsonl"))
        let entries = 20_000
        for seq in 1...entries {
            let digest = SHA256Digest(word0: .max, word1: .max, word2: .max, word3: UInt64(seq))
            try table.reserve(1)
            #expect(try table.insertIfAbsent(digest, seq: UInt64(seq)))
        }
        let before = table.probeReads
        for seq in 1...entries {
            let digest = SHA256Digest(word0: .max, word1: .max, word2: .max, word3: UInt64(seq))
            #expect(try table.seq(for: digest) == UInt64(seq))
        }
        let perLookup = Double(table.probeReads - before) / Double(entries)
        #expect(perLookup < 1.5, "\(perLookup) reads a lookup")
    }

    /// The table lives in a nameless file: nothing is left in the folder, the file holds two slots for every
    /// entry at most four, and the process maps none of it.
    @Test func livesInANamelessFileThatIsNeverMapped() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let table = try DigestTable(beside: directory.file("log.jsonl"))
        var digests = Digests(state: 7)
        for seq in UInt64(1)...20_000 {
            try table.reserve(1)
            try table.insertIfAbsent(digests.next(), seq: seq)
        }
        #expect(
            table.fileSize >= 20_000 * 2 * DigestTable.slotSize && table.fileSize <= 20_000 * 4 * DigestTable.slotSize
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path.string).isEmpty)
        let maps = try #require(Self.procFile("/proc/self/maps"))
        #expect(!maps.contains(directory.path.string), "the table's file is mapped")
    }

    /// No room for a bigger table: `reserve` fails with the cause and the log's path, and the table still
    /// answers. Needs root (for mount).
    @Test(.enabled(if: getuid() == 0)) func noRoomToGrowIsAnErrorAndTheTableCarriesOn() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        guard let mountPoint = mountSmallTmpfs(in: directory) else { return }
        defer { unmountSmallTmpfs(mountPoint) }
        let logPath = mountPoint.appending("log.jsonl")
        let table = try DigestTable(beside: logPath)
        var digests = Digests(state: 11)
        var kept: [SHA256Digest] = []
        var failure: LogError?
        for seq in UInt64(1)...10_000 {
            do {
                try table.reserve(1)
            } catch {
                failure = error
                break
            }
            let digest = digests.next()
            try table.insertIfAbsent(digest, seq: seq)
            kept.append(digest)
        }
        let error = try #require(failure, "a 64 KiB tmpfs took a table of 10,000 entries")
        #expect(error.code == .indexFailed && error.cause == .noSpace)
        #expect(error.description.contains("duplicate index") && error.description.contains(logPath.string))
        #expect(!error.stopsTheLog && error.advice == "free space on the log's file system")
        for (offset, digest) in kept.enumerated() { #expect(try table.seq(for: digest) == UInt64(offset + 1)) }
    }

    /// A /proc file, read with read(2) to its end (such files say they are empty).
    static func procFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

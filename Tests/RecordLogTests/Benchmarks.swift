import ArticleParsing
import Dispatch
import Foundation
import RecordLog
import SystemPackage
import Testing

/// Throughput measurements, run on demand:
/// `NEWSDROP_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter Benchmarks`.
/// `NEWSDROP_BENCH_RECOVERY_MB` sets the size of the log the recovery scan reads (default 1024).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSDROP_BENCH"] != nil))
struct Benchmarks {
    /// Seconds since `start`.
    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    @Test func batchWriterThroughputOf4KiBRecords() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        let count = 50_000
        let entries = (1...count).map { sampleEntry($0, bodyBytes: 4000) }
        let group = DispatchGroup()
        let start = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: 4) { producer in
            for index in stride(from: producer, to: count, by: 4) {
                group.enter()
                log.append(entries[index]) { _ in group.leave() }
            }
        }
        group.wait()
        let seconds = self.seconds(since: start)
        log.close()
        let megabytes = fileBytes(path).count / 1_000_000
        let rate = Int(Double(count) / seconds)
        print("batch writer: \(count) records, \(megabytes) MB in \(seconds) s = \(rate) records/s")
        print("batch writer: \(log.fsyncCount) fsyncs")
        #expect(log.committedCount == UInt64(count))
        #expect(rate > 10_000)
    }

    @Test func recoveryScanSpeed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let targetBytes = (Int(ProcessInfo.processInfo.environment["NEWSDROP_BENCH_RECOVERY_MB"] ?? "") ?? 1024) << 20
        // Write records straight to the file: building 1 GB through the writer would measure fsyncs, not the scan.
        writeFile(path, [])
        let handle = try #require(FileHandle(forWritingAtPath: path.string))
        let article = sampleArticle(1, bodyBytes: 4000)
        var chunk: [UInt8] = []
        var written = 0
        var seq: UInt64 = 0
        while written < targetBytes {
            seq += 1
            let record = Record(
                seq: seq,
                ingestedAt: "2025-02-05T10:11:12.123456Z",
                source: sampleSource(Int(seq)),
                article: article
            )
            chunk += RecordEncoding.line(for: record)
            if chunk.count > 8 << 20 {
                handle.write(Data(chunk))
                written += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(chunk))
        written += chunk.count
        try handle.close()

        let start = DispatchTime.now()
        let log = try JSONLinesLog(path: path, fsync: .batch) { _ in }
        print("recovery: \(seq) records, \(written >> 20) MiB scanned in \(self.seconds(since: start)) s")
        #expect(log.recovery.records == Int(seq))
        #expect(log.recovery.nextSeq == seq + 1)
        log.close()
    }

    /// Encoding cost per 4 KB record, next to `Article.wordCount` (which the encoder avoids; see `WordCounter`).
    @Test func encodingSpeed() {
        let entry = sampleEntry(1, bodyBytes: 4000)
        var total = 0
        var start = DispatchTime.now()
        for seq in 1...20_000 {
            let record = Record(seq: UInt64(seq), ingestedAt: "x", source: entry.source, article: entry.article)
            total += RecordEncoding.line(for: record).count
        }
        print("encode: \(self.seconds(since: start) / 20_000 * 1e6) µs per record")
        start = DispatchTime.now()
        for _ in 1...2_000 {
            total += entry.article.wordCount
        }
        print("Article.wordCount: \(self.seconds(since: start) / 2_000 * 1e6) µs per record")
        start = DispatchTime.now()
        for _ in 1...20_000 {
            total += RFC3339.now().utf8.count
        }
        print("RFC3339.now: \(self.seconds(since: start) / 20_000 * 1e6) µs (\(total))")
    }
}

import ArticleParsing
import Dispatch
import Foundation
import RecordLog
import SystemPackage
import Testing

/// Throughput measurements, run on demand: `NEWSDROP_BENCH=1 swift test -c release -Xswiftc -enable-testing
/// --filter Benchmarks`. `NEWSDROP_BENCH_RECOVERY_MB` sets the size of the log the recovery scan reads.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSDROP_BENCH"] != nil))
struct Benchmarks {
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
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        log.close()
        let megabytes = Double(fileBytes(path).count) / 1e6
        print(
            "batch writer: \(count) records, \(Int(megabytes)) MB in \(seconds) s = \(Int(Double(count) / seconds)) records/s, \(log.fsyncCount) fsyncs"
        )
        #expect(log.committedCount == UInt64(count))
        #expect(Double(count) / seconds > 10_000)
    }

    @Test func recoveryScanSpeed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("log.jsonl")
        let targetBytes = (Int(ProcessInfo.processInfo.environment["NEWSDROP_BENCH_RECOVERY_MB"] ?? "") ?? 1024) << 20
        // Write records straight to the file: building 1 GB through the writer would measure fsyncs, not the scan.
        let handle = try #require(FileHandle(forWritingAtPath: { FileManager.default.createFile(atPath: path.string, contents: nil); return path.string }()))
        let article = sampleArticle(1, bodyBytes: 4000)
        var chunk: [UInt8] = []
        var written = 0
        var seq: UInt64 = 0
        while written < targetBytes {
            seq += 1
            chunk += RecordEncoding.line(
                for: Record(
                    seq: seq, ingestedAt: "2025-02-05T10:11:12.123456Z", source: sampleSource(Int(seq)), article: article))
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
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("recovery: \(seq) records, \(written >> 20) MiB scanned in \(seconds) s")
        #expect(log.recovery.records == Int(seq))
        #expect(log.recovery.nextSeq == seq + 1)
        log.close()
    }
}

extension Benchmarks {
    @Test func encodingSpeed() {
        let entry = sampleEntry(1, bodyBytes: 4000)
        var start = DispatchTime.now()
        var total = 0
        for seq in 1...20_000 {
            total += RecordEncoding.line(for: Record(seq: UInt64(seq), ingestedAt: "x", source: entry.source, article: entry.article)).count
        }
        print("encode: \(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 / 20_000 * 1e6) µs per record, \(total)")
        start = DispatchTime.now()
        for _ in 1...2_000 { total += entry.article.wordCount }
        print("wordCount: \(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 / 2_000 * 1e6) µs per record")
        start = DispatchTime.now()
        for _ in 1...20_000 { total += RFC3339.now().utf8.count }
        print("now: \(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 / 20_000 * 1e6) µs")
    }
}

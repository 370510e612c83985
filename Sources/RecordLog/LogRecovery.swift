import Foundation
internal import SystemPackage

/// What a start-up scan of the log found, and how much of the file to keep.
struct LogScan {
    var records: Int
    /// The `seq` of the first kept record.
    var firstSeq: UInt64?
    var lastSeq: UInt64?
    /// Bytes of whole, good records; anything after them is a torn tail to cut off.
    var keepLength: Int
    /// The file's length when scanned.
    var fileLength: Int
}

/// Scans a log at start-up: fills the duplicate index and finds the torn tail a crash may have left.
enum LogRecovery {
    /// Reads the whole log through `descriptor` (opened read-only), adding each kept record's digest and
    /// `seq` to `index` (where the digest is not there yet).
    ///
    /// A torn tail is what a crash mid-`write` or a lost page can leave: bytes after the last `\n`, or a last
    /// line that is not a complete record. It was never acknowledged, so it is safe to cut off. A bad line
    /// *before* the last one is different: newsdrop cannot have written it, so recovery stops and says where.
    ///
    /// - Throws: ``LogError/Code/corrupt`` naming the line; ``LogError/Code/readFailed``;
    ///   ``LogError/Code/indexFailed``.
    static func scan(descriptor: FileDescriptor, path: FilePath, into index: DigestTable) throws(LogError) -> LogScan {
        var records = 0
        var firstSeq: UInt64?
        var lastSeq: UInt64?
        var suspect: LogLine?
        // The last record is indexed only once it is known to be kept (the table has no removal): each
        // record goes in when the next one is read, the last one after the torn-tail check.
        var last: (offset: Int, previousSeq: UInt64?, digest: SHA256Digest, seq: UInt64)?
        // Records known to be kept, indexed a batch at a time (one sweep of the table each).
        var kept: [DigestTable.Entry] = []
        kept.reserveCapacity(Self.indexBatch)

        let end = try LogLineReader(descriptor: descriptor, path: path).forEachLine { line throws(LogError) in
            if let suspect {
                throw LogError(
                    .corrupt,
                    path: path.string,
                    message: "Failed to recover '\(path)': line \(suspect.number) (byte offset \(suspect.offset)) "
                        + "is not a record newsdrop wrote; check it with 'newsdrop verify'"
                )
            }
            guard let (seq, digest) = RecordLineScanner.scan(line.bytes) else {
                suspect = line
                return true
            }
            if let last {
                kept.append(DigestTable.Entry(digest: last.digest, seq: last.seq))
                if kept.count == Self.indexBatch {
                    try index.insertAll(kept)
                    kept.removeAll(keepingCapacity: true)
                }
            }
            last = (line.offset, lastSeq, digest, seq)
            if firstSeq == nil { firstSeq = seq }
            lastSeq = seq
            records += 1
            return true
        }

        var keepLength = end.terminatedLength
        var keepsLast = true
        if let suspect {
            keepLength = suspect.offset
        } else if let last, !(try Self.isCompleteObject(descriptor, path: path, from: last.offset, to: keepLength - 1))
        {
            // Shaped like a record at both ends but not valid JSON: a torn last line all the same.
            keepLength = last.offset
            records -= 1
            lastSeq = last.previousSeq
            keepsLast = false
        }
        if keepsLast, let last { kept.append(DigestTable.Entry(digest: last.digest, seq: last.seq)) }
        try index.insertAll(kept)
        return LogScan(
            records: records,
            firstSeq: records > 0 ? firstSeq : nil,
            lastSeq: lastSeq,
            keepLength: keepLength,
            fileLength: end.terminatedLength + end.unterminatedCount
        )
    }

    /// Records indexed at once by the scan (640 KB of entries while it runs).
    static let indexBatch = 16_384

    /// Whether the bytes `start..<end` parse as one JSON object (used for the last line only: correctness
    /// matters more than speed there, and it is one line).
    private static func isCompleteObject(
        _ descriptor: FileDescriptor,
        path: FilePath,
        from start: Int,
        to end: Int
    ) throws(LogError) -> Bool {
        var bytes = Data(count: end - start)
        var filled = 0
        while filled < bytes.count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(LogError) in
                    try LogFile.read(
                        descriptor,
                        into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]),
                        at: start + filled,
                        path: path
                    )
                }
            }
            let count = try read.get()
            guard count > 0 else { return false }
            filled += count
        }
        return (try? JSONSerialization.jsonObject(with: bytes)) is [String: Any]
    }
}

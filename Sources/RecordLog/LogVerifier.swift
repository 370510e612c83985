import Foundation
public import SystemPackage

/// Checks a log line by line against schema version 1: `newsdrop verify`.
///
/// Unlike recovery, which byte-scans only what it needs, this decodes every line with `JSONSerialization`
/// and checks every field's type: it is the independent check, so correctness beats speed here.
public enum LogVerifier {
    private static let recordKeys: Set<String> = [
        "schema", "seq", "ingested_at", "source", "format", "title", "published", "url", "site", "language",
        "body", "word_count",
    ]
    private static let sourceKeys: Set<String> = ["path", "bytes", "sha256", "modified"]

    /// Verifies the log at `path` and its rotated segments (``LogSegments``), oldest first, stopping at the first
    /// problem.
    ///
    /// Checks that each line is a complete JSON object with the schema's fields and types, that the first
    /// `seq` is at least 1 and each next one is exactly one more (across segments too: the first record of a
    /// segment or of the active file follows the last of the segment before it), that a segment's first record
    /// has the `seq` its name says, that no `source.sha256` appears twice in any of the files, and that each file
    /// ends with `"\n"`. An empty log is sound; so are segments without an active file (a crash between a
    /// rotation's rename and the new file).
    ///
    /// - Throws: ``LogError`` with ``LogError/Code/openFailed`` or ``LogError/Code/readFailed`` when a file
    ///   cannot be read; problems *in* the files are reported in ``VerifyReport/problem``, not thrown.
    public static func verify(path: FilePath) throws(LogError) -> VerifyReport {
        let segments = try LogSegments(activePath: path).list()
        var files: [(path: FilePath, namedFirstSeq: UInt64?)] = segments.map { ($0.path, $0.firstSeq) }
        if segments.isEmpty || (try? LogFile.identity(at: path).get()) != nil {
            files.append((path, nil))
        }

        var report = VerifyReport(records: 0, firstSeq: nil, lastSeq: nil, problem: nil)
        var seen: [SHA256Digest: UInt64] = [:]
        for file in files {
            let descriptor = try LogFile.openForReading(file.path)
            defer { LogFile.close(descriptor) }
            var problem: VerifyProblem?
            var isFirstLine = true
            let end = try LogLineReader(descriptor: descriptor, path: file.path).forEachLine { line in
                var checked = Self.check(line.bytes, after: report.lastSeq, seen: seen)
                if case .success(let record) = checked, isFirstLine, let named = file.namedFirstSeq, record.seq != named
                {
                    checked = .failure(
                        Complaint(
                            "the segment's name says it starts at seq \(named), its first record is seq \(record.seq)"
                        )
                    )
                }
                isFirstLine = false
                switch checked {
                case .success(let record):
                    report.records += 1
                    report.firstSeq = report.firstSeq ?? record.seq
                    report.lastSeq = record.seq
                    seen[record.digest] = record.seq
                    return true
                case .failure(let message):
                    problem = VerifyProblem(
                        lineNumber: line.number,
                        byteOffset: line.offset,
                        message: message.description
                    )
                    return false
                }
            }
            if problem == nil, end.unterminatedCount > 0 {
                problem = VerifyProblem(
                    lineNumber: end.lines + 1,
                    byteOffset: end.terminatedLength,
                    message: "the last line has no final newline (\(end.unterminatedCount) bytes; a torn write)"
                )
            }
            if var problem {
                if file.namedFirstSeq != nil { problem.segment = file.path.string }
                report.problem = problem
                return report
            }
            if file.namedFirstSeq != nil { report.segments += 1 }
        }
        return report
    }

    /// Why a line is bad.
    private struct Complaint: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private static func check(
        _ bytes: UnsafeRawBufferPointer,
        after previousSeq: UInt64?,
        seen: [SHA256Digest: UInt64]
    ) -> Result<(seq: UInt64, digest: SHA256Digest), Complaint> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)),
            let record = object as? [String: Any]
        else { return .failure(Complaint("not a complete JSON object")) }

        if let missing = Self.recordKeys.subtracting(record.keys).sorted().first {
            return .failure(Complaint("missing field '\(missing)'"))
        }
        if let unexpected = Set(record.keys).subtracting(Self.recordKeys).sorted().first {
            return .failure(Complaint("unexpected field '\(unexpected)'"))
        }
        guard let schema = Self.integer(record["schema"]), schema == 1 else {
            return .failure(Complaint("'schema' must be the integer 1"))
        }
        guard let seqValue = Self.integer(record["seq"]), seqValue >= 1 else {
            return .failure(Complaint("'seq' must be an integer of at least 1"))
        }
        let seq = UInt64(seqValue)
        if let previousSeq, seq != previousSeq + 1 {
            return .failure(Complaint("seq \(seq) follows seq \(previousSeq); expected \(previousSeq + 1)"))
        }
        for key in ["ingested_at", "format", "language", "body"] where !(record[key] is String) {
            return .failure(Complaint("'\(key)' must be a string"))
        }
        for key in ["title", "published", "url", "site"] where !(record[key] is String || record[key] is NSNull) {
            return .failure(Complaint("'\(key)' must be a string or null"))
        }
        guard let wordCount = Self.integer(record["word_count"]), wordCount >= 0 else {
            return .failure(Complaint("'word_count' must be a non-negative integer"))
        }

        guard let source = record["source"] as? [String: Any] else {
            return .failure(Complaint("'source' must be an object"))
        }
        if let missing = Self.sourceKeys.subtracting(source.keys).sorted().first {
            return .failure(Complaint("missing field 'source.\(missing)'"))
        }
        if let unexpected = Set(source.keys).subtracting(Self.sourceKeys).sorted().first {
            return .failure(Complaint("unexpected field 'source.\(unexpected)'"))
        }
        guard source["path"] is String, source["modified"] is String else {
            return .failure(Complaint("'source.path' and 'source.modified' must be strings"))
        }
        guard let sourceBytes = Self.integer(source["bytes"]), sourceBytes >= 0 else {
            return .failure(Complaint("'source.bytes' must be a non-negative integer"))
        }
        guard let sha256 = source["sha256"] as? String, let digest = SHA256Digest(hex: sha256) else {
            return .failure(Complaint("'source.sha256' must be 64 lowercase hex digits"))
        }
        if let original = seen[digest] {
            return .failure(Complaint("source.sha256 \(sha256) already appeared in the record with seq \(original)"))
        }
        return .success((seq, digest))
    }

    /// The value as an integer, or `nil` for anything else, including `true`/`false` and `1.0`.
    private static func integer(_ value: Any?) -> Int64? {
        guard let number = value as? NSNumber else { return nil }
        // JSONSerialization boxes every JSON number and boolean in NSNumber; the type code tells them apart
        // ("c" is a boolean, "d" a double on Linux's Foundation).
        switch String(cString: number.objCType) {
        case "s", "i", "l", "q", "S", "I", "L": return number.int64Value
        case "Q": return number.uint64Value <= UInt64(Int64.max) ? Int64(number.uint64Value) : nil
        default: return nil
        }
    }
}

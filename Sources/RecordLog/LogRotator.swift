import Glibc
internal import SystemPackage

/// Rotation of the active log file into a segment, between batches, on the writer queue; and the start-up read
/// of the segments.
///
/// Rename, then create: the full file gets its segment name (``LogSegments``), a new empty file takes the
/// configured name. A reader holding the old file (`tail -F`, `newsdrop tail`, a log shipper) reads it to its end
/// and then opens the new one; no record is copied, truncated or split, and every segment starts and ends with a
/// complete record because rotation happens only after a batch is written (and synced, per policy).
///
/// A crash after the rename and before the new file exists leaves only segments: the next start creates the
/// active file and carries `seq` on after the newest segment, so nothing is lost or repeated.
enum LogRotator {
    /// Reads the rotated segments `found` (oldest first, as ``LogSegments/list()`` gives them) into `index`.
    ///
    /// - Returns: How many records, and the last `seq` of the newest segment.
    /// - Throws: ``LogError/Code/corrupt`` for a segment with a line newsdrop did not write or that does not end
    ///   with a complete record (newsdrop rotates only complete records); ``LogError/Code/readFailed``.
    static func indexSegments(
        _ found: [LogSegments.Segment],
        into index: DigestTable
    ) throws(LogError) -> (records: Int, lastSeq: UInt64?) {
        var records = 0
        var lastSeq: UInt64?
        for segment in found {
            let reader = try LogFile.openForReading(segment.path)
            defer { LogFile.close(reader) }
            let scan = try LogRecovery.scan(descriptor: reader, path: segment.path, into: index)
            guard scan.keepLength == scan.fileLength else {
                throw LogError(
                    .corrupt,
                    path: segment.path.string,
                    message: "Failed to read the rotated segment '\(segment.path)': it does not end with a complete "
                        + "record (byte offset \(scan.keepLength)), and newsdrop rotates only complete records; check "
                        + "it with 'newsdrop verify'"
                )
            }
            records += scan.records
            if let last = scan.lastSeq { lastSeq = max(lastSeq ?? 0, last) }
        }
        return (records, lastSeq)
    }

    /// Rotates the active file when `rotation` says it is due (it reached `maxBytes`), then removes the oldest
    /// segments past `maxSegments`.
    ///
    /// - Returns: What happened, for the journal; `nil` when no rotation was due.
    static func rotateIfDue(
        _ writer: inout LogWriter,
        segments: LogSegments,
        rotation: LogRotation
    ) -> LogRotationEvent? {
        guard rotation.maxBytes > 0, Int64(writer.size) >= rotation.maxBytes, writer.descriptor != nil,
            writer.nextSeq > writer.firstSeq
        else { return nil }
        let path = writer.path
        let firstSeq = writer.firstSeq
        let lastSeq = writer.nextSeq - 1
        let segment = segments.path(firstSeq: firstSeq)
        // Never over another file: a segment of that name is a record range newsdrop already rotated.
        if case .success = LogFile.identity(at: segment) {
            return .failed(
                LogError(
                    .rotationFailed,
                    path: path.string,
                    message: "Failed to rotate '\(path)': '\(segment)' exists already; appending on to '\(path)'"
                )
            )
        }
        if let errno = Self.rename(path, to: segment) {
            return .failed(
                LogError(
                    .rotationFailed,
                    path: path.string,
                    message: "Failed to rotate '\(path)' to '\(segment)': \(errno); appending on to '\(path)'",
                    cause: errno
                )
            )
        }
        let fresh: FileDescriptor
        do throws(LogError) {
            fresh = try LogFile.openForAppending(path)
        } catch {
            // Put the full file back under its name, so that the writer (still holding it) and readers agree.
            _ = Self.rename(segment, to: path)
            return .failed(
                LogError(
                    .rotationFailed,
                    path: path.string,
                    message:
                        "Failed to create a new '\(path)' after rotating it: \(error); appending on to the old one",
                    cause: error.cause
                )
            )
        }
        writer.replaceFile(with: fresh, size: 0, nextSeq: writer.nextSeq)
        // The rename and the new file durable: after a crash the names say which records are where. (A failure
        // here changes nothing that is written; the next directory sync makes them durable.)
        try? LogFile.syncDirectory(containing: path)

        var removed: [FilePath] = []
        if rotation.maxSegments > 0 {
            do throws(LogError) {
                let all = try segments.list()
                for old in all.dropLast(rotation.maxSegments) {
                    if let errno = Self.unlink(old.path) {
                        return .failed(
                            LogError(
                                .rotationFailed,
                                path: path.string,
                                message: "Rotated '\(path)' to '\(segment)', but failed to remove the old segment "
                                    + "'\(old.path)' past max_log_segments = \(rotation.maxSegments): \(errno)",
                                cause: errno
                            )
                        )
                    }
                    removed.append(old.path)
                }
                if !removed.isEmpty { try? LogFile.syncDirectory(containing: path) }
            } catch {
                return .failed(error)
            }
        }
        return .rotated(segment: segment, firstSeq: firstSeq, lastSeq: lastSeq, removed: removed)
    }

    private static func rename(_ from: FilePath, to: FilePath) -> Errno? {
        let result = from.withPlatformString { source in
            to.withPlatformString { target in valueOrErrno { Glibc.rename(source, target) } }
        }
        if case .failure(let errno) = result { return errno }
        return nil
    }

    private static func unlink(_ path: FilePath) -> Errno? {
        if case .failure(let errno) = path.withPlatformString({ name in valueOrErrno { Glibc.unlink(name) } }) {
            return errno
        }
        return nil
    }
}

import DropFolder
import RecordLog

// What `run` and `parse` both derive from a source file, written once so the two cannot drift
// apart (the contract: `parse` prints records "exactly as `run` would build them").

extension SourceReadError {
    /// The `.reason` line when this error rejects the file for good (not a regular file, over
    /// `max_bytes`); `nil` when the file may yet be read (still changing, gone, a system error).
    var rejectionReason: String? {
        switch self {
        case .notRegular(let kind): return "not a regular file: \(kind.rawValue)"
        case .tooLarge(let size, let limit): return "oversize: \(size) bytes, over max_bytes (\(limit))"
        case .stillBeingWritten, .changedWhileReading, .vanished, .system: return nil
        }
    }
}

extension SourceInfo {
    /// The record's `source` object for a file read from `path`.
    init(path: String, file: SourceFile, sha256: String) {
        self.init(
            path: path,
            bytes: file.bytes.count,
            sha256: sha256,
            modified: RFC3339.format(
                seconds: file.identity.modifiedSeconds,
                nanoseconds: file.identity.modifiedNanoseconds
            )
        )
    }
}

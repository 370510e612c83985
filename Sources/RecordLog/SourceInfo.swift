/// Where a record's article came from: the `source` object of a log record.
public struct SourceInfo: Sendable, Equatable {
    /// The file's path relative to the drop folder.
    public var path: String
    /// The file's size in bytes when it was read.
    public var bytes: Int
    /// SHA-256 of the file's bytes as 64 lowercase hex digits; the log's duplicate key.
    public var sha256: String
    /// The file's modification time, RFC 3339 (see ``RFC3339``).
    public var modified: String

    public init(path: String, bytes: Int, sha256: String, modified: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.modified = modified
    }
}

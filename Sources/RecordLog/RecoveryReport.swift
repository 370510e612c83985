/// What opening (or reopening) the log found in the file.
public struct RecoveryReport: Sendable, Equatable {
    /// Complete records found in the files read: the active file, and at start-up its rotated segments.
    public var records: Int
    /// Rotated segments read (at start-up; 0 on a reopen).
    public var segments: Int = 0
    /// The `seq` the next appended record gets.
    public var nextSeq: UInt64
    /// Bytes of a torn last line that were cut off (0 when the file ended cleanly).
    public var truncatedBytes: Int

    public init(records: Int, nextSeq: UInt64, truncatedBytes: Int) {
        self.records = records
        self.nextSeq = nextSeq
        self.truncatedBytes = truncatedBytes
    }
}

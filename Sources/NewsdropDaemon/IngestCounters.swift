/// What the daemon has done since it started, for `STATUS=` and the shutdown summary.
public struct IngestCounters: Sendable, Equatable {
    public var ingested = 0
    public var rejected = 0
    public var duplicates = 0
    /// Files waiting to be taken (settling or queued for a parse worker).
    public var queued = 0
    public var lastError: String?

    /// One line, e.g. `ingested 1234, queued 0, rejected 2, duplicates 1, last error none`.
    public var summary: String {
        "ingested \(self.ingested), queued \(self.queued), rejected \(self.rejected), duplicates \(self.duplicates), last error \(self.lastError ?? "none")"
    }
}

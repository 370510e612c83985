/// What the daemon has done since it started, for `STATUS=` and the shutdown summary.
public struct IngestCounters: Sendable, Equatable {
    public var ingested = 0
    public var rejected = 0
    public var duplicates = 0
    /// Files waiting to be taken (settling or queued for a parse worker).
    public var queued = 0
    public var lastError: String?
    /// Set while appends to the log fail (disk full, read-only, gone): what is wrong now, unlike ``lastError``,
    /// which stays after the fault cleared. Cleared by the next record that reaches the log.
    public var logFault: String?

    /// One line, e.g. `ingested 1234, queued 0, rejected 2, duplicates 1, last error none`; while the log fails
    /// it starts with `LOG FAILING: <why>; `, so that `systemctl status` shows the fault first.
    public var summary: String {
        (self.logFault.map { "LOG FAILING: \($0); " } ?? "")
            + "ingested \(self.ingested), queued \(self.queued), rejected \(self.rejected), duplicates \(self.duplicates), last error \(self.lastError ?? "none")"
    }
}

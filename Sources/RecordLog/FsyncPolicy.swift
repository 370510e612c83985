/// When the log calls `fsync(2)`, which decides when an append counts as durable.
///
/// The raw values are the ones the configuration file's `fsync` key accepts.
public enum FsyncPolicy: String, Sendable, CaseIterable {
    /// One `fsync` per record, before that record's completion. Slowest, simplest.
    case always
    /// Group commit: every record written since the last `fsync` shares the next one. The default.
    case batch
    /// No `fsync` at all: a completion means only that the record reached the page cache.
    case never
}

/// How an ``JSONLinesLog/append(_:completion:)`` ended.
public enum AppendOutcome: Sendable {
    /// The record is in the log with this `seq`, durable as the ``FsyncPolicy`` promises.
    case committed(seq: UInt64)
    /// A record with the same `source.sha256` is already durable in the log under this `seq`; nothing was written.
    case duplicate(of: UInt64)
    /// Nothing was written for this entry and no `seq` was used; the source file must stay where it is.
    case failed(LogError)
}

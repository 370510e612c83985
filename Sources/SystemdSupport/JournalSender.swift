public import SystemPackage

/// Delivers one journal entry, given as its `KEY=value` fields.
///
/// ``JournalLogHandler`` builds the fields and hands them to a sender, so tests can record entries without a
/// running `systemd-journald`.
public protocol JournalSender: Sendable {
    /// Sends one entry.
    ///
    /// - Parameter fields: Whole `KEY=value` assignments, one per field, each without a trailing newline. A value
    ///   may contain newlines and any other bytes.
    /// - Throws: The `Errno` the transport reported.
    func send(_ fields: [String]) throws(Errno)
}

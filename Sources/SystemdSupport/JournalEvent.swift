/// Which kind of event a log message reports.
///
/// The daemon puts the raw value in the metadata key `newsdrop.event`; ``JournalLogHandler`` sends it as
/// `NEWSDROP_EVENT` and adds the event's fixed ``messageID`` as `MESSAGE_ID`, so an operator can pick every
/// message of one kind with `journalctl MESSAGE_ID=…` whatever its wording.
public enum JournalEvent: String, Sendable, CaseIterable {
    /// An article was parsed and its record appended to the log.
    case ingested
    /// A file could not become an article and was moved to `rejected/`.
    case rejected
    /// A file's bytes equal an article already in the log; it got no second record.
    case duplicate
    /// The inotify queue overflowed (`IN_Q_OVERFLOW`); a rescan follows.
    case overflow
    /// The drop folder's listing was scanned (start-up, after an overflow, or periodically).
    case rescan
    /// Something broke ingestion or needs an operator: disk full, a read-only log, a lost watch.
    case fault
    /// The configuration was re-read (`SIGHUP`, `systemctl reload`), or a new one was refused.
    case reload
    /// The daemon started, became ready, or is stopping.
    case lifecycle
    /// The log was rotated into a segment (`max_log_bytes`), or old segments removed (`max_log_segments`).
    case rotated

    /// The event's journal message id: 128 bits as 32 lowercase hexadecimal digits.
    ///
    /// Each id was generated once with `systemd-id128 new` and never changes, so saved `journalctl MESSAGE_ID=…`
    /// queries and alerts keep working when the message text is reworded.
    public var messageID: String {
        switch self {
        case .ingested: return "db93ea1bedf54cda8c40ecf10ea51b05"
        case .rejected: return "3233a12ce76d4dd099b6c577607776d1"
        case .duplicate: return "9850de3266f94350bdbc06027a55f234"
        case .overflow: return "67cf0ccb01604fb496abaee4f551085e"
        case .rescan: return "44132dfcb46c4a33852c94527036866d"
        case .fault: return "07395d6652bb420c891ce7f24a3009ef"
        case .reload: return "d280ff8fb34d462da86935e335cbb9e5"
        case .lifecycle: return "c98b78c8d6414a3b94827e084d8d2315"
        case .rotated: return "90f97adc96564767a106d52f910745f3"
        }
    }

    /// The metadata key that names the event of a log message: `newsdrop.event`.
    public static let metadataKey = "newsdrop.event"
}

public import Logging

/// A swift-log backend that writes structured entries to the systemd journal.
///
/// Each log call becomes one journal entry with `MESSAGE`, `PRIORITY` (from the level), `SYSLOG_IDENTIFIER`,
/// `CODE_FILE`, `CODE_LINE` and `CODE_FUNC`, plus one field per metadata key: `newsdrop.path` becomes
/// `NEWSDROP_PATH`, `newsdrop.seq` becomes `NEWSDROP_SEQ`, and so on (see ``fieldName(for:)``). The key
/// `newsdrop.event` also sets `MESSAGE_ID` to the ``JournalEvent/messageID`` of its event, so
/// `journalctl MESSAGE_ID=… NEWSDROP_PATH=…` finds what happened to one file.
///
/// Metadata is merged in swift-log's order: the handler's own, then the metadata provider's, then the log
/// call's; a later value wins.
///
/// If the journal refuses an entry (the sender throws), the entry is written to stderr as one readable line
/// instead, so it is not lost silently.
///
/// The corresponding C function is `sd_journal_sendv(3)`, behind ``JournalSender``.
public struct JournalLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// The logger's label, as given to `Logger(label:)`.
    public let label: String
    /// The value of `SYSLOG_IDENTIFIER`, which `journalctl -t` selects by.
    public let identifier: String
    private let sender: any JournalSender

    /// Creates a handler that sends to the local `systemd-journald`.
    ///
    /// - Parameters:
    ///   - label: The logger's label.
    ///   - identifier: The `SYSLOG_IDENTIFIER` of every entry.
    public init(label: String, identifier: String = "newsdrop") {
        self.init(
            label: label,
            identifier: identifier,
            sender: SystemdJournalSender(),
            metadataProvider: LoggingSystem.metadataProvider
        )
    }

    /// Creates a handler that hands its entries to `sender`.
    ///
    /// - Parameters:
    ///   - label: The logger's label.
    ///   - identifier: The `SYSLOG_IDENTIFIER` of every entry.
    ///   - sender: Where entries go; ``SystemdJournalSender`` for the real journal.
    ///   - metadataProvider: Supplies metadata at each log call, merged between the handler's and the call's.
    public init(
        label: String,
        identifier: String = "newsdrop",
        sender: any JournalSender,
        metadataProvider: Logger.MetadataProvider?
    ) {
        self.label = label
        self.identifier = identifier
        self.sender = sender
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let metadata = Self.mergedMetadata(
            handler: self.metadata,
            provider: self.metadataProvider?.get() ?? [:],
            call: event.metadata ?? [:]
        )
        let fields = Self.fields(for: event, metadata: metadata, identifier: self.identifier)
        do {
            try self.sender.send(fields)
        } catch {
            // The journal refused the entry: keep it readable on stderr rather than drop it.
            var fallback = event
            fallback.metadata = metadata
            fallback.metadata?["journal.error"] = "\(error)"
            StderrLogHandler.write(StderrLogHandler.line(for: fallback, label: self.label))
        }
    }
}

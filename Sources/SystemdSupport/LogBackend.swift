import Glibc
public import Logging
public import SystemPackage

/// Picks the log backend the way systemd services do.
///
/// A service whose stderr systemd connected to the journal (`StandardError=journal`, the default) finds
/// `$JOURNAL_STREAM` set to that stream's `DEVICE:INODE`. When it matches stderr, messages go to the journal as
/// structured entries (``JournalLogHandler``); otherwise (a terminal, a pipe, a file, or a child that inherited
/// the variable but not the descriptor) they go to stderr as readable lines (``StderrLogHandler``).
///
/// This is go-systemd's `StderrIsJournalStream`; see `systemd.exec(5)`, "`$JOURNAL_STREAM`".
public enum LogBackend {
    /// Whether stderr is the journal stream that `$JOURNAL_STREAM` names.
    public static var stderrIsJournalStream: Bool {
        let value = getenv("JOURNAL_STREAM").map { String(cString: $0) }
        return self.isJournalStream(.standardError, journalStream: value)
    }

    /// Whether `descriptor` is the stream that a `$JOURNAL_STREAM` value names.
    ///
    /// - Parameters:
    ///   - descriptor: The descriptor to compare, usually stderr.
    ///   - journalStream: The variable's value: the device and inode numbers of the stream in decimal, as
    ///     `DEVICE:INODE`. `nil`, an empty or a malformed value gives `false`.
    /// - Returns: `true` when `fstat(2)` of `descriptor` reports exactly that device and inode.
    ///
    /// The corresponding C function is `fstat(2)`.
    public static func isJournalStream(_ descriptor: FileDescriptor, journalStream: String?) -> Bool {
        guard let journalStream, let (device, inode) = self.parse(journalStream) else { return false }
        var status = stat()
        guard fstat(descriptor.rawValue, &status) == 0 else { return false }
        return UInt64(status.st_dev) == device && UInt64(status.st_ino) == inode
    }

    /// Makes the handler for a new `Logger`: a ``JournalLogHandler`` when ``stderrIsJournalStream``, else a
    /// ``StderrLogHandler``.
    ///
    /// Pass it to `LoggingSystem.bootstrap(LogBackend.makeHandler(label:))` in the executable, once.
    public static func makeHandler(label: String) -> any LogHandler {
        self.makeHandler(label: label, metadataProvider: LoggingSystem.metadataProvider)
    }

    /// Makes the handler for a new `Logger` with a metadata provider; see ``makeHandler(label:)``.
    ///
    /// Fits `LoggingSystem.bootstrap(LogBackend.makeHandler(label:metadataProvider:), metadataProvider: …)`.
    public static func makeHandler(label: String, metadataProvider: Logger.MetadataProvider?) -> any LogHandler {
        if self.stderrIsJournalStream {
            return JournalLogHandler(
                label: label,
                sender: SystemdJournalSender(),
                metadataProvider: metadataProvider
            )
        }
        return StderrLogHandler(label: label, metadataProvider: metadataProvider)
    }

    /// Splits `DEVICE:INODE` into two decimal numbers; anything else is `nil`.
    private static func parse(_ value: String) -> (device: UInt64, inode: UInt64)? {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let device = UInt64(parts[0]), let inode = UInt64(parts[1])
        else { return nil }
        return (device, inode)
    }
}

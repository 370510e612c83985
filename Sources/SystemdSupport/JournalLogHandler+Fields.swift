public import Logging
import SystemPackage

extension JournalLogHandler {
    /// The journal fields that the handler sets itself; a metadata key that maps to one of these is prefixed
    /// with `METADATA_` instead of overriding it.
    static let reservedFieldNames: Set<String> = [
        "MESSAGE", "MESSAGE_ID", "PRIORITY", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "ERRNO",
        "SYSLOG_IDENTIFIER", "SYSLOG_FACILITY", "SYSLOG_PID", "SYSLOG_TIMESTAMP", "SYSLOG_RAW",
        "DOCUMENTATION", "TID", "UNIT", "USER_UNIT", "INVOCATION_ID", "USER_INVOCATION_ID",
        "OBJECT_PID", "COREDUMP_UNIT", "COREDUMP_USER_UNIT",
    ]

    /// Merges metadata in swift-log's order: the handler's, then the provider's, then the log call's.
    ///
    /// A key present in more than one takes the later source's value.
    public static func mergedMetadata(
        handler: Logger.Metadata,
        provider: Logger.Metadata,
        call: Logger.Metadata
    ) -> Logger.Metadata {
        var merged = handler
        merged.merge(provider) { _, new in new }
        merged.merge(call) { _, new in new }
        return merged
    }

    /// Builds the `KEY=value` fields of the journal entry for one log event.
    ///
    /// The fields are, in order: `MESSAGE`, `PRIORITY`, `SYSLOG_IDENTIFIER`, `CODE_FILE`, `CODE_LINE`,
    /// `CODE_FUNC`; `MESSAGE_ID` when `metadata["newsdrop.event"]` names a ``JournalEvent``; `ERRNO` when the
    /// event's error is an `Errno`, and `NEWSDROP_ERROR` for any error; then one field per metadata key, sorted
    /// by field name, its value in swift-log's description (a string as it is, newlines included).
    ///
    /// - Parameters:
    ///   - event: The log call.
    ///   - metadata: The merged metadata (see ``mergedMetadata(handler:provider:call:)``); the event's own
    ///     `metadata` is ignored.
    ///   - identifier: The `SYSLOG_IDENTIFIER`.
    /// - Returns: Whole assignments without trailing newlines, ready for ``JournalSender/send(_:)``.
    public static func fields(for event: LogEvent, metadata: Logger.Metadata, identifier: String) -> [String] {
        var fields = [
            "MESSAGE=\(event.message)",
            "PRIORITY=\(event.level.syslogPriority)",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
        ]
        if let name = metadata[JournalEvent.metadataKey]?.description, let kind = JournalEvent(rawValue: name) {
            fields.append("MESSAGE_ID=\(kind.messageID)")
        }
        if let error = event.error {
            if let errno = error as? Errno {
                fields.append("ERRNO=\(errno.rawValue)")
            }
            fields.append("NEWSDROP_ERROR=\(error)")
        }
        let named = metadata.map { (name: self.fieldName(for: $0.key), value: $0.value) }
        for entry in named.sorted(by: { $0.name < $1.name }) {
            fields.append("\(entry.name)=\(entry.value)")
        }
        return fields
    }

    /// Turns a metadata key into a valid journal field name: `newsdrop.path` → `NEWSDROP_PATH`.
    ///
    /// Letters are uppercased; every character other than `A`–`Z`, `0`–`9` and `_` becomes `_`; leading
    /// underscores are dropped (they mark fields only journald may set). A name that is then empty, starts with
    /// a digit, or is one the handler sets itself (`MESSAGE`, `PRIORITY`, …) gets the prefix `METADATA_`. The
    /// result is cut to 64 characters, journald's limit.
    public static func fieldName(for key: String) -> String {
        var name = ""
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                name.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                name.append(Character(Unicode.Scalar(byte - 32)))
            default:
                name.append("_")
            }
        }
        name = String(name.drop { $0 == "_" })
        if name.isEmpty || name.first!.isNumber || self.reservedFieldNames.contains(name) {
            name = "METADATA_" + name
        }
        return String(name.prefix(64))
    }
}

extension Logger.Level {
    /// The syslog priority that journald stores in `PRIORITY`: 7 (debug) to 2 (critical).
    var syslogPriority: Int {
        switch self {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }
}

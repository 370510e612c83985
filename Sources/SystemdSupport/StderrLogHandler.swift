import Glibc
public import Logging

/// A swift-log backend that writes one readable line per message to stderr, for runs outside systemd.
///
/// A line reads `2025-02-05T10:42:07.123+01:00 warning newsdrop: Failed to open 'a.txt', skipping
/// newsdrop.path=a.txt newsdrop.reason="no body text"`: local time with its offset, the level, the label, the
/// message, then the merged metadata as `key=value` sorted by key. Newlines and other control characters are
/// escaped, so one message is always one line; each line goes out in a single `write(2)`.
public struct StderrLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// The logger's label, printed before the message.
    public let label: String

    /// Creates a handler for `label`, using swift-log's global metadata provider unless given another.
    public init(label: String, metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider) {
        self.label = label
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = event
        merged.metadata = JournalLogHandler.mergedMetadata(
            handler: self.metadata,
            provider: self.metadataProvider?.get() ?? [:],
            call: event.metadata ?? [:]
        )
        Self.write(Self.line(for: merged, label: self.label))
    }

    /// Formats one event as a line, newline included.
    ///
    /// - Parameters:
    ///   - event: The log call; its `metadata` is printed as it is (merge first).
    ///   - label: The logger's label.
    ///   - timestamp: The time to print; `nil` for the current local time.
    public static func line(for event: LogEvent, label: String, timestamp: String? = nil) -> String {
        var line =
            "\(timestamp ?? Self.timestamp()) \(event.level) \(label): \(Self.escaped(event.message.description))"
        if let error = event.error {
            line += " error=\(Self.quoted(String(describing: error)))"
        }
        for (key, value) in (event.metadata ?? [:]).sorted(by: { $0.key < $1.key }) {
            line += " \(Self.escaped(key))=\(Self.quoted(value.description))"
        }
        return line + "\n"
    }

    /// Escapes control characters (`\n`, `\t`, others as `\u{…}`) and backslashes.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An escaped value, in double quotes when it is empty or holds a space, `"` or `=`.
    static func quoted(_ value: String) -> String {
        let escaped = self.escaped(value)
        guard escaped.isEmpty || escaped.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else {
            return escaped
        }
        return "\"" + escaped.replacing("\"", with: "\\\"") + "\""
    }

    /// The current local time as `2025-02-05T10:42:07.123+01:00`.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let offset = parts.tm_gmtoff / 60
        let sign = offset < 0 ? "-" : "+"
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))"
            + "T\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2))"
            + ".\(pad(now.tv_nsec / 1_000_000, 3))\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
    }

    /// Writes `line` to stderr in one `write(2)` where possible, so concurrent lines do not interleave.
    ///
    /// Errors are ignored: there is nowhere left to report them.
    static func write(_ line: String) {
        var line = line
        line.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    guard errno == EINTR else { return }
                    continue
                }
                offset += written
            }
        }
    }
}

/// An error raised while running newsdrop: a code to switch over, a message for humans, and its cause.
public struct NewsdropError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable, Hashable {
        /// The configuration is missing or invalid. Restarting will not help (exit status 78).
        case invalidConfiguration
        /// A folder could not be created or watched.
        case watchFailed
        /// The log could not be opened, recovered, written or synced.
        case logFailed
    }

    public struct SourceLocation: Sendable {
        public var function: String
        public var fileID: String
        public var line: Int
    }

    public var code: Code
    /// What went wrong, naming the path in single quotes.
    public var message: String
    /// The underlying error, usually an `Errno`.
    public var cause: (any Error & Sendable)?
    public var location: SourceLocation

    public init(
        _ code: Code,
        _ message: String,
        cause: (any Error & Sendable)? = nil,
        function: String = #function,
        fileID: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = SourceLocation(function: function, fileID: fileID, line: line)
    }

    public var description: String {
        self.message + (self.cause.map { " (\($0))" } ?? "")
    }
}

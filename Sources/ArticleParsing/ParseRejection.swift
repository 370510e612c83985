/// Why some bytes cannot become an ``Article``. The file goes to `rejected/` with ``message`` as its reason.
public struct ParseRejection: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The file has no bytes, or only white space.
        case empty
        /// The bytes look like binary data (NUL bytes, many control characters), not text.
        case binary
        /// The bytes are not valid in any supported text encoding.
        case undecodable
        /// After headers and boilerplate are removed, no article text is left.
        case noBody
    }

    public var kind: Kind
    /// One line for humans: what was found, e.g. "binary data: 312 NUL bytes in the first 4096".
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(self.kind.rawValue): \(self.message)" }
}

/// The first thing wrong with a log, and where: what `newsdrop verify` prints.
public struct VerifyProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var lineNumber: Int
    /// Where the bad line starts in the file.
    public var byteOffset: Int
    public var message: String
    /// The rotated segment the line is in; `nil` for the active log file itself.
    public var segment: String?

    public init(lineNumber: Int, byteOffset: Int, message: String, segment: String? = nil) {
        self.lineNumber = lineNumber
        self.byteOffset = byteOffset
        self.message = message
        self.segment = segment
    }

    public var description: String { "line \(self.lineNumber) (byte offset \(self.byteOffset)): \(self.message)" }
}

/// The first thing wrong with a log, and where: what `newsdrop verify` prints.
public struct VerifyProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var lineNumber: Int
    /// Where the bad line starts in the file.
    public var byteOffset: Int
    public var message: String

    public init(lineNumber: Int, byteOffset: Int, message: String) {
        self.lineNumber = lineNumber
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { "line \(self.lineNumber) (byte offset \(self.byteOffset)): \(self.message)" }
}

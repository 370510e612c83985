/// The outcome of ``LogVerifier/verify(path:)``: what was sound, and the first problem if any.
public struct VerifyReport: Sendable, Equatable {
    /// Good records before the first problem (all of them when there is none).
    public var records: Int
    public var firstSeq: UInt64?
    /// The `seq` of the last good record.
    public var lastSeq: UInt64?
    public var problem: VerifyProblem?
    /// Rotated segments read before the active file (all of them when sound).
    public var segments = 0

    public init(records: Int, firstSeq: UInt64?, lastSeq: UInt64?, problem: VerifyProblem?) {
        self.records = records
        self.firstSeq = firstSeq
        self.lastSeq = lastSeq
        self.problem = problem
    }

    /// Whether the log passed every check.
    public var isSound: Bool { self.problem == nil }
}

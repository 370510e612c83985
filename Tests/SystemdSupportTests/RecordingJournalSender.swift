import Locking
import SystemPackage
import SystemdSupport

/// Records the entries a ``JournalLogHandler`` would have sent to journald, or refuses them with `failure`.
final class RecordingJournalSender: JournalSender {
    private let sent = Locked<[[String]]>([])
    private let failure: Errno?

    init(failingWith failure: Errno? = nil) {
        self.failure = failure
    }

    /// Every entry sent so far, oldest first.
    var entries: [[String]] { self.sent.withLock { $0 } }

    func send(_ fields: [String]) throws(Errno) {
        self.sent.withLock { $0.append(fields) }
        if let failure = self.failure { throw failure }
    }
}

extension Array where Element == String {
    /// The values of field `name` in one entry, in order.
    func values(of name: String) -> [String] {
        self.compactMap { field in
            guard field.hasPrefix(name + "=") else { return nil }
            return String(field.dropFirst(name.count + 1))
        }
    }
}

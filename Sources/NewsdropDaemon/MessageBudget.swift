import Dispatch

/// Caps per-file log messages so a burst of files cannot flood the journal.
///
/// journald drops a service's messages past its rate limit (by default 10,000 in 30 s) and then
/// loses the important ones too. Per-file messages get `perSecond` a second; the rest are counted
/// and summed up in one line a second ("… 4,812 more files ingested"). Errors are never capped.
/// Not thread-safe: keep it behind a lock.
struct MessageBudget {
    let perSecond: Int
    private var windowStart: UInt64 = 0
    private var spent = 0
    private(set) var suppressed: [String: Int] = [:]

    init(perSecond: Int) {
        self.perSecond = perSecond
    }

    /// Whether a per-file message of `kind` may be logged now; if not, it is counted under `kind`.
    mutating func allow(_ kind: String, now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        if now &- self.windowStart >= 1_000_000_000 {
            self.windowStart = now
            self.spent = 0
        }
        if self.spent < self.perSecond {
            self.spent += 1
            return true
        }
        self.suppressed[kind, default: 0] += 1
        return false
    }

    /// The counts of suppressed messages since the last call, by kind, and a reset.
    mutating func takeSuppressed() -> [String: Int] {
        defer { self.suppressed = [:] }
        return self.suppressed
    }
}

import Locking

/// An append waiting for the writer, already encoded except for `seq` and `ingested_at`.
struct PendingAppend: Sendable {
    /// `nil` when the entry's `sha256` is malformed; the writer rejects it.
    var digest: SHA256Digest?
    /// For messages about this entry.
    var sourcePath: String
    /// ``RecordEncoding/sourceAndArticle(source:article:)``.
    var encodedRest: [UInt8]
    var completion: @Sendable (AppendOutcome) -> Void

    init(_ entry: LogEntry, completion: @escaping @Sendable (AppendOutcome) -> Void) {
        self.digest = SHA256Digest(hex: entry.source.sha256)
        self.sourcePath = entry.source.path
        self.encodedRest =
            self.digest == nil ? [] : RecordEncoding.sourceAndArticle(source: entry.source, article: entry.article)
        self.completion = completion
    }
}

/// Appends waiting for the writer queue, and what the writer is doing about them.
///
/// Held in a `Locked` by ``JSONLinesLog``; `append` and the writer only ever hold it for a few instructions.
struct LogInbox {
    /// What `append` must do after adding its entry, outside the lock.
    enum Wakeup {
        /// The writer will see the entry anyway (a drain is queued or running).
        case none
        /// No drain is queued: queue one.
        case scheduleDrain
        /// The writer sleeps in its group-commit window: wake it.
        case signalWriter
    }

    var pending: [PendingAppend] = []
    /// A drain is queued or running on the writer queue, so a new append need not queue another.
    var drainScheduled = false
    /// The writer is waiting on its semaphore for more appends to share the next `fsync`.
    var writerWaiting = false

    mutating func add(_ append: PendingAppend) -> Wakeup {
        self.pending.append(append)
        if self.writerWaiting {
            // Clear it here so a burst of appends signals once, not once per append.
            self.writerWaiting = false
            return .signalWriter
        }
        if !self.drainScheduled {
            self.drainScheduled = true
            return .scheduleDrain
        }
        return .none
    }

    /// Everything pending, for the next batch.
    mutating func takeAll() -> [PendingAppend] {
        var taken: [PendingAppend] = []
        swap(&taken, &self.pending)
        return taken
    }

    /// Everything pending, or `nil` when there is nothing, in which case the drain ends: deciding both under
    /// one lock means an append either lands in this drain or schedules the next one.
    mutating func takeForDrain() -> [PendingAppend]? {
        if self.pending.isEmpty {
            self.drainScheduled = false
            return nil
        }
        return self.takeAll()
    }
}

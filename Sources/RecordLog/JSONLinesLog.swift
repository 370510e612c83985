import Dispatch
import Locking
import Synchronization
public import SystemPackage

/// The append-only JSON-lines article log: one serial writer, one `write(2)` per record, group commit.
///
/// Appends are asynchronous. A single writer on the `newsdrop.log` Dispatch queue assigns `seq`, checks for
/// duplicates and writes, so `seq` is gap-free and the duplicate check cannot race. Each completion runs on
/// that queue once its record is as durable as the ``FsyncPolicy`` promises; only then may the caller move or
/// delete the source file (guarantee 4).
///
/// With ``FsyncPolicy/batch`` the writer takes everything queued, writes each record, and calls `fsync` once
/// for all of them; appends that arrive meanwhile form the next batch. A small batch waits up to
/// ``groupCommitWindow`` for company before its `fsync`, so a burst of files shares a few `fsync`s.
///
/// Opening recovers the file: a torn last line left by a crash is cut off (it was never acknowledged), `seq`
/// carries on after the last good record, and the duplicate index is rebuilt from the log (in a nameless file
/// beside it, ``DigestTable``, so that the daemon's memory does not grow with the log).
///
/// - Important: Do not call ``flush()``, ``close()`` or ``reopen()`` from a completion handler: they wait for
///   the writer queue, which is running that handler.
public final class JSONLinesLog: Sendable {
    /// Below this many records in a batch, the writer waits (up to ``groupCommitWindow``) for more.
    static let groupCommitTarget = 64

    /// The log file's path; ``reopen()`` opens this path again.
    public let path: FilePath
    public let fsyncPolicy: FsyncPolicy
    /// How long a small ``FsyncPolicy/batch`` batch waits for more appends before its `fsync`.
    public let groupCommitWindow: Duration

    private let onFatal: @Sendable (LogError) -> Void
    private let onReopen: @Sendable (RecoveryReport) -> Void
    private let queue = DispatchQueue(label: "newsdrop.log")
    /// Wakes the writer in its group-commit window; signalled only while `inbox.writerWaiting` is set. On
    /// the monotonic clock: a wall-clock step back must not stretch the window (``MonotonicSemaphore``).
    private let arrival = MonotonicSemaphore()
    private let inbox = Locked(LogInbox())
    /// Locked only by the writer queue (and by `deinit`), so it is never contended.
    private let writer: Locked<LogWriter>
    /// sha256 → seq of durable records. Separate from `writer` so ``lookup(sha256:)`` never waits for an `fsync`.
    private let index: Locked<DigestTable>
    private let lastRecovery: Locked<RecoveryReport>
    /// The rotated segments beside ``path``.
    public let segments: LogSegments
    private let rotation: Locked<LogRotation>
    private let onRotate: @Sendable (LogRotationEvent) -> Void
    private let committed = Atomic<UInt64>(0)
    private let fsyncs = Atomic<UInt64>(0)

    /// Opens the log and recovers its tail.
    ///
    /// The file is opened `O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC`, mode `0644`.
    ///
    /// - Parameters:
    ///   - path: The log file; created if missing (its directory must exist).
    ///   - fsync: When records become durable.
    ///   - groupCommitWindow: How long a small batch waits for more appends before its `fsync`
    ///     (``FsyncPolicy/batch`` only; zero disables the wait).
    ///   - onFatal: Called once, on the writer queue, when the log stops for good (a failed `fsync`, or a failed
    ///     write that could not be cut back). The daemon should exit; a restart recovers.
    ///   - onReopen: Called on the writer queue when the writer found another file at `path` before a batch
    ///     (the log was copied back after it was deleted, or a new file was put there) and switched to it.
    ///   - rotation: When to rotate the active file into a segment (``LogSegments``), and how many to keep.
    ///   - onRotate: Called on the writer queue after each rotation, or a failed one.
    /// - Throws: ``LogError`` with ``LogError/Code/openFailed``, ``LogError/Code/readFailed``,
    ///   ``LogError/Code/truncateFailed``, ``LogError/Code/corrupt`` (a bad line before the last one, or a
    ///   rotated segment that does not end with a complete record) or ``LogError/Code/indexFailed`` (no room for
    ///   the duplicate index in the log's folder).
    public convenience init(
        path: FilePath,
        fsync: FsyncPolicy,
        groupCommitWindow: Duration = .milliseconds(1),
        rotation: LogRotation = .off,
        onFatal: @escaping @Sendable (LogError) -> Void,
        onReopen: @escaping @Sendable (RecoveryReport) -> Void = { _ in },
        onRotate: @escaping @Sendable (LogRotationEvent) -> Void = { _ in }
    ) throws(LogError) {
        try self.init(
            path: path,
            fsync: fsync,
            groupCommitWindow: groupCommitWindow,
            syscalls: SystemLogFileSyscalls(),
            rotation: rotation,
            onFatal: onFatal,
            onReopen: onReopen,
            onRotate: onRotate
        )
    }

    /// The designated initializer, with the system calls as a test seam.
    init(
        path: FilePath,
        fsync: FsyncPolicy,
        groupCommitWindow: Duration,
        syscalls: any LogFileSyscalls,
        rotation: LogRotation = .off,
        onFatal: @escaping @Sendable (LogError) -> Void,
        onReopen: @escaping @Sendable (RecoveryReport) -> Void = { _ in },
        onRotate: @escaping @Sendable (LogRotationEvent) -> Void = { _ in }
    ) throws(LogError) {
        let segments = LogSegments(activePath: path)
        // The rotated segments first, oldest first: their records are in the index before the active file's,
        // and `seq` carries on after the newest.
        let found = try segments.list()
        var (segmentRecords, segmentsLastSeq) = (0, UInt64?.none)
        var index: DigestTable?
        if !found.isEmpty {
            let segmentIndex = try DigestTable(beside: path)
            (segmentRecords, segmentsLastSeq) = try LogRotator.indexSegments(found, into: segmentIndex)
            index = segmentIndex
        }
        var opened = try Self.openAndRecover(
            path: path,
            syscalls: syscalls,
            carriedNextSeq: segmentsLastSeq.map { $0 + 1 } ?? 1,
            index: index
        )
        opened.report.records += segmentRecords
        opened.report.segments = found.count
        self.path = path
        self.segments = segments
        self.rotation = Locked(rotation)
        self.onRotate = onRotate
        self.fsyncPolicy = fsync
        self.groupCommitWindow = groupCommitWindow
        self.onFatal = onFatal
        self.onReopen = onReopen
        self.writer = Locked(
            LogWriter(
                path: path,
                syscalls: syscalls,
                descriptor: opened.descriptor,
                size: opened.size,
                nextSeq: opened.report.nextSeq,
                firstSeq: opened.firstSeq
            )
        )
        self.index = Locked(opened.index)
        self.lastRecovery = Locked(opened.report)
    }

    deinit {
        self.writer.withLock { $0.close() }
    }

    /// What the last open or ``reopen()`` found in the file.
    public var recovery: RecoveryReport { self.lastRecovery.withLock { $0 } }

    /// The rotation policy in force; a new one (a reloaded configuration) applies from the next batch on.
    public var rotationPolicy: LogRotation {
        get { self.rotation.withLock { $0 } }
        set { self.rotation.withLock { $0 = newValue } }
    }

    /// Records this instance committed (durable per policy) since it was created.
    public var committedCount: UInt64 { self.committed.load(ordering: .relaxed) }

    /// `fsync` calls the writer made for records; with ``FsyncPolicy/batch`` far fewer than ``committedCount``.
    public var fsyncCount: UInt64 { self.fsyncs.load(ordering: .relaxed) }

    /// Queues `entry`; `completion` runs on the writer queue once the outcome is final.
    ///
    /// `.committed` and `.duplicate` come only when the record (or its original) is durable per policy; a
    /// `.failed` entry used no `seq` and left nothing in the file.
    public func append(_ entry: LogEntry, completion: @escaping @Sendable (AppendOutcome) -> Void) {
        // Encode here, on the caller's thread: the serial writer then only stamps `seq` and copies.
        let pending = PendingAppend(entry, completion: completion)
        let wakeup = self.inbox.withLock { $0.add(pending) }
        switch wakeup {
        case .none: break
        case .scheduleDrain: self.queue.async { self.drain() }
        case .signalWriter: self.arrival.signal()
        }
    }

    /// The `seq` of a durable record whose source had these bytes, or `nil`.
    public func lookup(sha256: String) -> UInt64? {
        guard let digest = SHA256Digest(hex: sha256) else { return nil }
        // A failed read answers "not known": the writer asks again before writing, and fails the append then.
        return self.index.withLock { try? $0.seq(for: digest) }
    }

    /// Blocks until everything appended so far is written and (policy permitting) fsynced.
    public func flush() {
        dispatchPrecondition(condition: .notOnQueue(self.queue))
        // Drains run as queue blocks and end only when the inbox is empty, so an empty block queued behind
        // them returns once they are done.
        self.queue.sync {}
    }

    /// For `SIGHUP` and rotation: flushes, then opens ``path`` again (it may be a new file now), recovers that
    /// file's tail, and carries `seq` on. The duplicate index keeps what it knew and adds the new file's records.
    ///
    /// On failure the old file stays open and in use, so nothing is lost.
    public func reopen() throws(LogError) {
        dispatchPrecondition(condition: .notOnQueue(self.queue))
        let result: Result<Void, LogError> = self.queue.sync {
            self.writer.withLock { writer in
                do throws(LogError) {
                    _ = try self.openAgain(&writer)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
        }
        try result.get()
    }

    /// Calls `completion` from the writer queue once everything queued before it has run: proof of life for
    /// the watchdog.
    public func ping(_ completion: @escaping @Sendable () -> Void) {
        self.queue.async { completion() }
    }

    /// Flushes and closes the file. Later appends complete with ``LogError/Code/unavailable``.
    public func close() {
        dispatchPrecondition(condition: .notOnQueue(self.queue))
        self.queue.sync {
            self.writer.withLock { $0.close() }
        }
    }

    // MARK: - The writer (runs on `queue`)

    /// Opens ``path`` again and swaps it in; `seq` carries on, the index keeps what it knew and adds the new
    /// file's records. The new file is indexed on its own first, so that a failure leaves the index as it
    /// was; on failure the writer keeps its file.
    private func openAgain(_ writer: inout LogWriter) throws(LogError) -> RecoveryReport {
        let opened = try Self.openAndRecover(
            path: self.path,
            syscalls: writer.syscalls,
            carriedNextSeq: writer.nextSeq,
            index: nil
        )
        do throws(LogError) {
            try self.index.withLock { (index) throws(LogError) in try index.reserve(opened.index.count) }
        } catch {
            LogFile.close(opened.descriptor)
            throw error
        }
        do throws(LogError) {
            try self.index.withLock { (index) throws(LogError) in
                try opened.index.forEach { (digest, seq) throws(LogError) in
                    try index.insertIfAbsent(digest, seq: seq)
                }
            }
        } catch {
            // Part of the new file is in the index, which the old file stays under: stop, the restart rebuilds.
            LogFile.close(opened.descriptor)
            let lost = LogError.indexLost(error)
            writer.stopped = lost
            self.onFatal(lost)
            throw lost
        }
        writer.replaceFile(
            with: opened.descriptor,
            size: opened.size,
            nextSeq: opened.report.nextSeq,
            firstSeq: opened.firstSeq
        )
        self.lastRecovery.withLock { $0 = opened.report }
        return opened.report
    }

    /// Before a batch: the error that fails it because the log is not at ``path`` any more, or `nil` to write.
    /// Another file at the path is taken as the log from now on (`reopened` says so).
    private func checkPlace(_ writer: inout LogWriter, reopened: inout RecoveryReport?) -> LogError? {
        switch writer.place() {
        case .inPlace:
            return nil
        case .missing(let error):
            return error
        case .replaced:
            do throws(LogError) {
                reopened = try self.openAgain(&writer)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Takes batches until the inbox is empty.
    private func drain() {
        while let batch = self.inbox.withLock({ $0.takeForDrain() }) {
            if self.fsyncPolicy == .always {
                for append in batch {
                    self.commit([append])
                }
            } else {
                self.commit(batch)
            }
        }
    }

    /// Writes a batch (growing it during the group-commit window), syncs once, then completes every entry.
    private func commit(_ batch: [PendingAppend]) {
        // Outcomes in arrival order; `awaitsSync` marks those that become final only after the fsync.
        var results: [(append: PendingAppend, outcome: AppendOutcome, awaitsSync: Bool)] = []
        results.reserveCapacity(batch.count)
        var fatal: LogError?
        var reopened: RecoveryReport?
        var rotated: LogRotationEvent?

        self.writer.withLock { writer in
            var next = batch
            var written = 0
            var batchFailure: LogError? = self.checkPlace(&writer, reopened: &reopened)
            let deadline = DispatchTime.now() + self.groupCommitWindow.dispatchInterval
            let committedSeq = { (digest: SHA256Digest) throws(LogError) -> UInt64? in
                try self.index.withLock { (index) throws(LogError) in try index.seq(for: digest) }
            }

            while true {
                // Room in the index for every record of the batch, made before any is written: once a record
                // is durable its digest must go in, and nothing may fail then.
                if batchFailure == nil {
                    let room = results.count + next.count
                    do throws(LogError) {
                        try self.index.withLock { (index) throws(LogError) in try index.reserve(room) }
                    } catch {
                        batchFailure = error
                    }
                }
                for append in next {
                    if let batchFailure {
                        results.append((append, .failed(batchFailure), false))
                        continue
                    }
                    switch writer.write(append, committed: committedSeq) {
                    case .written(let seq):
                        written += 1
                        results.append((append, .committed(seq: seq), true))
                    case .duplicate(let original):
                        results.append((append, .duplicate(of: original), true))
                    case .rejected(let error):
                        results.append((append, .failed(error), false))
                    case .failed(let error):
                        batchFailure = error
                        results.append((append, .failed(error), false))
                    case .fatal(let error):
                        batchFailure = error
                        fatal = error
                        results.append((append, .failed(error), false))
                    }
                }
                guard self.fsyncPolicy == .batch, batchFailure == nil, written > 0,
                    results.count < Self.groupCommitTarget, DispatchTime.now() < deadline
                else { break }
                next = self.awaitArrivals(until: deadline)
            }

            if written > 0, self.fsyncPolicy != .never {
                self.fsyncs.add(1, ordering: .relaxed)
                if let error = writer.sync() {
                    fatal = error
                    for position in results.indices where results[position].awaitsSync {
                        results[position].outcome = .failed(error)
                    }
                    return
                }
            }
            let durable = writer.takeUncommitted()
            if !durable.isEmpty {
                do throws(LogError) {
                    try self.index.withLock { (index) throws(LogError) in
                        for (digest, seq) in durable { try index.insertIfAbsent(digest, seq: seq) }
                    }
                } catch {
                    // The records are durable (their files may move on), but the index may miss them: stop.
                    let lost = LogError.indexLost(error)
                    writer.stopped = lost
                    fatal = lost
                }
            }
            self.committed.add(UInt64(written), ordering: .relaxed)
            if fatal == nil, writer.stopped == nil {
                rotated = LogRotator.rotateIfDue(&writer, segments: self.segments, rotation: self.rotationPolicy)
            }
        }
        if let rotated {
            self.onRotate(rotated)
        }

        if let reopened {
            self.onReopen(reopened)
        }
        if let fatal {
            self.onFatal(fatal)
        }
        for result in results {
            result.append.completion(result.outcome)
        }
    }

    /// Waits until more appends arrive or `deadline` passes; returns what arrived (possibly nothing).
    private func awaitArrivals(until deadline: DispatchTime) -> [PendingAppend] {
        let ready = self.inbox.withLock { inbox in
            let taken = inbox.takeAll()
            if taken.isEmpty {
                inbox.writerWaiting = true
            }
            return taken
        }
        if !ready.isEmpty {
            return ready
        }
        // A late signal after a timeout leaves the semaphore at 1; the next wait then returns early and the
        // caller's loop simply looks again, so that is harmless.
        let now = DispatchTime.now().uptimeNanoseconds
        self.arrival.wait(nanoseconds: deadline.uptimeNanoseconds > now ? deadline.uptimeNanoseconds - now : 0)
        return self.inbox.withLock { inbox in
            inbox.writerWaiting = false
            return inbox.takeAll()
        }
    }

    // MARK: - Opening and recovery

    private struct Opened {
        var descriptor: FileDescriptor
        var size: Int
        /// The `seq` of the file's first record, if it has any.
        var firstSeq: UInt64?
        /// The file's records, indexed.
        var index: DigestTable
        var report: RecoveryReport
    }

    /// Opens `path` for appending and recovers it: scans it (through a second, read-only descriptor, since the
    /// append descriptor cannot read) into a new duplicate index, cuts a torn tail off, and makes that cut and
    /// the file's creation durable.
    private static func openAndRecover(
        path: FilePath,
        syscalls: any LogFileSyscalls,
        carriedNextSeq: UInt64,
        index given: DigestTable?
    ) throws(LogError) -> Opened {
        let descriptor = try LogFile.openForAppending(path)
        do throws(LogError) {
            let reader = try LogFile.openForReading(path)
            defer { LogFile.close(reader) }
            let appending = try LogFile.status(descriptor, path: path)
            let reading = try LogFile.status(reader, path: path)
            guard appending.device == reading.device, appending.inode == reading.inode else {
                throw LogError(
                    .openFailed,
                    path: path.string,
                    message: "Failed to open '\(path)': it was replaced while being opened"
                )
            }

            // A new index unless the segments' is given (made after the file opened, so that a missing folder is
            // reported as the log's, not the index's).
            let index: DigestTable
            if let given { index = given } else { index = try DigestTable(beside: path) }
            let scan = try LogRecovery.scan(descriptor: reader, path: path, into: index)
            let truncatedBytes = scan.fileLength - scan.keepLength
            if truncatedBytes > 0 {
                if case .failure(let errno) = syscalls.truncate(descriptor, to: scan.keepLength) {
                    throw .failed(
                        .truncateFailed,
                        "Failed to cut the torn last line off",
                        path: path.string,
                        cause: errno
                    )
                }
                if case .failure(let errno) = syscalls.fsync(descriptor) {
                    throw .fsyncFailed(path: path.string, cause: errno)
                }
            }
            try LogFile.syncDirectory(containing: path)

            let nextSeq = max(carriedNextSeq, (scan.lastSeq ?? 0) + 1)
            return Opened(
                descriptor: descriptor,
                size: scan.keepLength,
                firstSeq: scan.firstSeq,
                index: index,
                report: RecoveryReport(records: scan.records, nextSeq: nextSeq, truncatedBytes: truncatedBytes)
            )
        } catch {
            LogFile.close(descriptor)
            throw error
        }
    }
}

extension Duration {
    /// The duration for Dispatch deadlines (negative counts as zero).
    fileprivate var dispatchInterval: DispatchTimeInterval {
        let (seconds, attoseconds) = self.components
        let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        return .nanoseconds(Int(max(0, nanoseconds)))
    }
}

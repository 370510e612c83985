import ArticleParsing
import CLinux
@preconcurrency import Dispatch
public import DropFolder
import Glibc
import Locking
public import Logging
public import RecordLog
import SystemPackage
import SystemdSupport

/// Settings the pipeline reads per file; a reload replaces them as a whole.
public struct IngestSettings: Sendable, Equatable {
    public var ignore: IgnoreRules
    public var extensions: [String]
    public var maxBytes: Int64
    public var settleNanoseconds: UInt64
    public var onSuccess: SuccessAction
    public var parseWorkers: Int
    public var maxInFlight: Int

    public init(_ config: Configuration) {
        self.ignore = IgnoreRules(patterns: config.ignore)
        self.extensions = config.extensions
        self.maxBytes = config.maxBytes
        self.settleNanoseconds = UInt64(config.settleMilliseconds) * 1_000_000
        self.onSuccess = config.onSuccess
        self.parseWorkers = config.effectiveParseWorkers
        self.maxInFlight = config.maxInFlight
    }
}

/// Turns drop-folder events into records and file fates: settle → parse → append → move.
///
/// Queues: `newsdrop.watch` (serial) drains inotify and runs the settle timer, and does nothing
/// slow; `newsdrop.parse` (concurrent) runs at most `parse_workers` workers that read, hash and
/// parse files, and afterwards the file moves; `newsdrop.log` (inside ``JSONLinesLog``) writes and
/// syncs. A path is *claimed* from the moment it is queued for a worker until its fate is done, so
/// a file is never handled twice at once; at most `max_in_flight` claimed files are past the
/// queue at any time, which bounds memory in a burst.
public final class IngestPipeline: Sendable {
    let watchQueue = DispatchQueue(label: "newsdrop.watch")
    let parseQueue = DispatchQueue(label: "newsdrop.parse", attributes: .concurrent)
    let log: JSONLinesLog
    let reader: SourceFileReader
    let fates: FileFates
    let dropFolder: FilePath
    private let logger: Locked<Logger>
    private let state: Locked<State>
    private let inProgress = DispatchGroup()

    private struct State {
        var settings: IngestSettings
        var settle = SettleQueue()
        var timer: (any DispatchSourceTimer)?
        var armedDeadline: UInt64?
        var ready: [FilePath] = []
        var readyHead = 0
        var claimed: Set<FilePath> = []
        /// Claimed paths that saw a new event while claimed: look again once their fate is done.
        var dirty: Set<FilePath> = []
        var inProgress = 0
        var activeWorkers = 0
        var retries: [FilePath: Int] = [:]
        /// Files whose append failed while the log failed: retried at once when a record gets through again,
        /// rather than each after its own (up to 60 s) backoff.
        var waitingForLog: Set<FilePath> = []
        var stopping = false
        /// Files a parse crashed on before this start (``ParseCrashNote``): rejected, never parsed again.
        var crashedBefore: Set<String> = []
        var counters = IngestCounters()
        /// Per-file messages a second, so a burst cannot flood the journal.
        var budget = MessageBudget(perSecond: 100)
        /// When a file last finished, or work last started after a quiet spell (uptime ns).
        var lastProgress: UInt64 = DispatchTime.now().uptimeNanoseconds
        // Not Sendable on Linux; touched only under this lock, its handlers run on the watch queue.
        var watcher: DirectoryWatcher?

        var readyCount: Int { self.ready.count - self.readyHead }

        /// Once the last file of a large burst is done, drops the room its collections kept (a `Set` or
        /// `Dictionary` never shrinks by itself): `true` when there was such room to release.
        mutating func releaseBurstCapacity() -> Bool {
            guard self.claimed.isEmpty, self.readyCount == 0, self.claimed.capacity >= Self.burstSize else {
                return false
            }
            self.claimed = []
            self.ready = []
            self.readyHead = 0
            if self.dirty.isEmpty { self.dirty = [] }
            if self.retries.isEmpty { self.retries = [:] }
            if self.waitingForLog.isEmpty { self.waitingForLog = [] }
            return true
        }

        /// How many files in flight at once make a burst worth releasing memory after.
        static let burstSize = 4_096
    }

    public init(log: JSONLinesLog, configuration: Configuration, logger: Logger, crashedBefore: Set<String> = []) {
        self.log = log
        self.dropFolder = configuration.dropFolder
        self.reader = SourceFileReader(root: configuration.dropFolder)
        self.fates = FileFates(
            dropFolder: configuration.dropFolder,
            processedFolder: configuration.processedFolder,
            rejectedFolder: configuration.rejectedFolder
        )
        self.logger = Locked(logger)
        var state = State(settings: IngestSettings(configuration))
        state.crashedBefore = crashedBefore
        self.state = Locked(state)
    }

    // MARK: - Life cycle

    /// Waits (at most `timeout`) until the log's writer has finished its current batch and the completions it
    /// queued for the files of that batch have run. After the log stopped (a failed `fsync`), the daemon calls
    /// this before it exits, so that each held file's "stays in the drop folder" line reaches the journal
    /// rather than being cut off by the exit; bounded, because a writer stuck on a dead disk never finishes.
    func awaitLogCompletions(timeout: Duration) {
        let done = MonotonicSemaphore()
        self.log.ping { self.parseQueue.async(flags: .barrier) { done.signal() } }
        done.wait(for: timeout)
    }

    /// Sets the watches and queues the start-up scan.
    ///
    /// - Throws: ``NewsdropError`` `.watchFailed` when the drop folder cannot be watched.
    public func start() throws(NewsdropError) {
        let ignore = self.state.withLock { $0.settings.ignore }
        let watcher: DirectoryWatcher
        do {
            watcher = try DirectoryWatcher(root: self.dropFolder, queue: self.watchQueue, ignore: ignore) {
                [weak self] events in self?.handle(events)
            }
        } catch {
            throw NewsdropError(.watchFailed, "Failed to create an inotify instance: \(error)", cause: error)
        }
        self.state.withLock { $0.watcher = watcher }
        watcher.start()
        let result: Result<Int, Errno> = self.watchQueue.sync {
            Result { () throws(Errno) -> Int in try watcher.rescan() }
        }
        if case .failure(let error) = result {
            throw NewsdropError(
                .watchFailed,
                "Failed to watch drop folder '\(self.dropFolder)': \(error)"
                    + (error == .noSpace ? "; raise fs.inotify.max_user_watches" : ""),
                cause: error
            )
        }
    }

    /// Scans the whole drop folder again (the periodic backstop); call from any queue.
    public func rescan(reason: String) {
        self.watchQueue.async {
            guard let watcher = self.state.withLock({ $0.stopping ? nil : $0.watcher }) else { return }
            do {
                let found = try watcher.rescan()
                self.logger.withLock { $0 }.info(
                    "Rescanned the drop folder (\(reason)): \(found) files found",
                    metadata: ["newsdrop.event": "\(JournalEvent.rescan.rawValue)"]
                )
            } catch let error as Errno {
                self.noteRootLost(error: error)
            } catch {
                self.noteRootLost(error: nil)
            }
        }
    }

    /// Stops taking new files, finishes those in flight, and flushes the log.
    public func drain() {
        let watcher = self.state.withLock { state -> DirectoryWatcher? in
            state.stopping = true
            // Queued but untouched files stay in the drop folder for the next start.
            for path in state.ready[state.readyHead...] { state.claimed.remove(path) }
            state.ready = []
            state.readyHead = 0
            state.settle.removeAll()
            state.timer?.cancel()
            state.timer = nil
            return state.watcher
        }
        watcher?.stop()
        self.inProgress.wait()
        self.log.flush()
    }

    /// Applies reloaded settings (ignore, extensions, limits, settle, on_success, workers).
    public func apply(_ settings: IngestSettings, logger: Logger) {
        let watcher = self.state.withLock { state -> DirectoryWatcher? in
            state.settings = settings
            return state.watcher
        }
        watcher?.setIgnore(settings.ignore)
        self.logger.withLock { $0 = logger }
        self.kickWorkers()
    }

    public var counters: IngestCounters {
        self.state.withLock { state in
            var counters = state.counters
            counters.queued = state.settle.count + state.readyCount
            return counters
        }
    }

    /// Round trip through the watch queue and the parse queue (for the watchdog).
    public func ping(_ completion: @escaping @Sendable () -> Void) {
        self.watchQueue.async { self.parseQueue.async { completion() } }
    }

    /// Whether files in flight are moving: false when some are in flight and none has finished
    /// for `stallNanoseconds` (a read or parse that hangs).
    public func isMakingProgress(stallNanoseconds: UInt64) -> Bool {
        self.state.withLock { state in
            state.inProgress == 0 || DispatchTime.now().uptimeNanoseconds &- state.lastProgress < stallNanoseconds
        }
    }

    /// Logs one line per kind of per-file message the budget held back since the last call.
    public func logSuppressedMessages() {
        let (suppressed, perSecond) = self.state.withLock { ($0.budget.takeSuppressed(), $0.budget.perSecond) }
        guard !suppressed.isEmpty else { return }
        let logger = self.logger.withLock { $0 }
        for (kind, count) in suppressed.sorted(by: { $0.key < $1.key }) {
            let what = kind == JournalEvent.duplicate.rawValue ? "duplicates" : "files \(kind)"
            logger.notice(
                "… and \(count) more \(what) (per-file messages are capped at \(perSecond) a second)",
                metadata: ["newsdrop.event": "\(kind)"]
            )
        }
    }

    // MARK: - Events (watch queue)

    private func handle(_ events: [DropEvent]) {
        let logger = self.logger.withLock { $0 }
        for event in events {
            switch event {
            case .file(let path, .renamedIn):
                self.claim(path, fresh: true)
            case .file(let path, .scanned):
                let known = self.state.withLock { $0.claimed.contains(path) || $0.settle.contains(path) }
                if !known { self.noteSettle(path) }
            case .file(let path, _):
                let claimed = self.state.withLock { state -> Bool in
                    if state.claimed.contains(path) {
                        state.dirty.insert(path)
                        return true
                    }
                    return false
                }
                if !claimed { self.noteSettle(path) }
            case .overflowed:
                logger.warning(
                    "The inotify queue overflowed; rescanned the drop folder",
                    metadata: ["newsdrop.event": "\(JournalEvent.overflow.rawValue)"]
                )
            case .rootLost:
                self.noteRootLost(error: nil)
            case .watchFailed(let folder, let error):
                let name = String(decoding: folder)
                let advice = error == .noSpace ? "; raise fs.inotify.max_user_watches" : ""
                logger.error(
                    "Failed to watch folder '\(name)': \(error)\(advice); its files are taken only by rescans",
                    metadata: ["newsdrop.path": "\(name)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
                )
                self.state.withLock { $0.counters.lastError = "failed to watch '\(name)': \(error)" }
            }
        }
    }

    /// Starts a file's quiet period, unless it is gone already.
    private func noteSettle(_ path: FilePath) {
        guard let identity = try? self.reader.identity(of: path) else { return }
        if identity.kind == .directory { return }
        self.state.withLock { state in
            if state.stopping { return }
            if state.claimed.contains(path) {
                state.dirty.insert(path)
                return
            }
            state.settle.note(
                path,
                identity: identity,
                now: DispatchTime.now().uptimeNanoseconds,
                settleNanoseconds: state.settings.settleNanoseconds
            )
        }
        self.armTimer()
    }

    private func armTimer() {
        self.state.withLock { state in
            guard !state.stopping, let deadline = state.settle.nextDeadline() else { return }
            if let armed = state.armedDeadline, armed <= deadline { return }
            if state.timer == nil {
                let timer = DispatchSource.makeTimerSource(queue: self.watchQueue)
                timer.setEventHandler { [weak self] in self?.settleTimerFired() }
                timer.activate()
                state.timer = timer
            }
            state.armedDeadline = deadline
            state.timer?.schedule(
                deadline: DispatchTime(uptimeNanoseconds: deadline),
                repeating: .never,
                leeway: .milliseconds(2)
            )
        }
    }

    private func settleTimerFired() {
        let due = self.state.withLock { state -> [(FilePath, FileIdentity)] in
            state.armedDeadline = nil
            return state.settle.takeDue(now: DispatchTime.now().uptimeNanoseconds)
        }
        for (path, noted) in due {
            guard let now = try? self.reader.identity(of: path) else { continue }  // gone
            if now == noted {
                self.claim(path, fresh: false)
            } else {
                self.noteSettle(path)  // still changing: another quiet period
            }
        }
        self.armTimer()
    }

    private func noteRootLost(error: Errno?) {
        let logger = self.logger.withLock { $0 }
        logger.error(
            "Drop folder '\(self.dropFolder)' is gone\(error.map { " (\($0))" } ?? ""); watching for it to come back",
            metadata: ["newsdrop.path": "\(self.dropFolder)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
        )
        self.state.withLock { $0.counters.lastError = "drop folder gone" }
        self.watchForRoot(attempt: 0)
    }

    /// Re-creates and re-watches a lost drop folder, once a second, then rescans it.
    private func watchForRoot(attempt: Int) {
        self.watchQueue.asyncAfter(deadline: .now() + .seconds(1)) {
            guard let watcher = self.state.withLock({ $0.stopping ? nil : $0.watcher }) else { return }
            if watcher.isRootWatched { return }
            do {
                try createDirectories(self.dropFolder)
                try watcher.rescan()
                self.logger.withLock { $0 }.notice("Watching drop folder '\(self.dropFolder)' again")
                self.state.withLock { $0.counters.lastError = nil }
            } catch {
                self.watchForRoot(attempt: attempt + 1)
            }
        }
    }

    // MARK: - Claiming and workers

    /// Queues a complete file for a parse worker, unless it is already claimed.
    private func claim(_ path: FilePath, fresh: Bool) {
        self.state.withLock { state in
            if state.stopping { return }
            if state.claimed.contains(path) {
                if fresh { state.dirty.insert(path) }
                return
            }
            state.settle.remove(path)
            state.claimed.insert(path)
            state.ready.append(path)
        }
        self.kickWorkers()
    }

    /// Starts workers while there is queued work, worker capacity and in-flight room.
    private func kickWorkers() {
        let start = self.state.withLock { state -> Int in
            let wanted = min(state.readyCount, state.settings.parseWorkers - state.activeWorkers)
            let room = state.settings.maxInFlight - state.inProgress
            let count = max(0, min(wanted, room))
            state.activeWorkers += count
            return count
        }
        for _ in 0..<start {
            self.parseQueue.async { self.runWorker() }
        }
    }

    private func runWorker() {
        while let path = self.takeReady() {
            self.process(path)
        }
    }

    private func takeReady() -> FilePath? {
        self.state.withLock { state -> FilePath? in
            guard !state.stopping, state.readyCount > 0, state.inProgress < state.settings.maxInFlight else {
                state.activeWorkers -= 1
                return nil
            }
            let path = state.ready[state.readyHead]
            state.readyHead += 1
            if state.readyHead == state.ready.count {
                state.ready.removeAll(keepingCapacity: state.ready.count < 4096)
                state.readyHead = 0
            } else if state.readyHead > 4096, state.readyHead * 2 > state.ready.count {
                state.ready.removeFirst(state.readyHead)
                state.readyHead = 0
            }
            if state.inProgress == 0 { state.lastProgress = DispatchTime.now().uptimeNanoseconds }
            state.inProgress += 1
            self.inProgress.enter()
            return path
        }
    }

    /// Ends a file's claim. `retryAfter` schedules another look (a transient failure); a dirty
    /// path (it changed while claimed) is looked at again after a quiet period.
    private func finish(_ path: FilePath, retryAfter: Double? = nil) {
        let (lookAgain, drainedBurst) = self.state.withLock { state -> (Bool, Bool) in
            state.claimed.remove(path)
            state.inProgress -= 1
            state.lastProgress = DispatchTime.now().uptimeNanoseconds
            if retryAfter == nil { state.retries[path] = nil }
            let lookAgain = state.dirty.remove(path) != nil
            return (lookAgain, state.releaseBurstCapacity())
        }
        if drainedBurst {
            // The burst's paths are freed; hand the pages back so that the resident set returns to its size
            // before the burst (glibc keeps freed memory otherwise).
            newsdrop_release_free_memory()
        }
        if lookAgain {
            self.watchQueue.async { self.noteSettle(path) }
        }
        if let retryAfter {
            self.watchQueue.asyncAfter(deadline: .now() + retryAfter) { self.noteSettle(path) }
        }
        self.inProgress.leave()
        self.kickWorkers()
    }

    /// The next retry delay for `path`: 1 s, doubling to 60 s.
    private func backoff(_ path: FilePath) -> Double {
        self.state.withLock { state in
            let attempt = state.retries[path, default: 0]
            state.retries[path] = attempt + 1
            return min(60, Double(1 << min(attempt, 6)))
        }
    }

    // MARK: - One file (parse queue)

    private func process(_ path: FilePath) {
        let settings = self.state.withLock { $0.settings }
        let logger = self.logger.withLock { $0 }

        guard let name = String(validating: path) else {
            self.reject(path, reason: "file name is not valid UTF-8", logger: logger)
            return
        }
        if !settings.extensions.isEmpty {
            let ext = path.extension?.lowercased() ?? ""
            if !settings.extensions.contains(ext) {
                let kind = ext.isEmpty ? "a name without an extension" : "extension '.\(ext)'"
                self.reject(
                    path,
                    reason:
                        "unsupported file type: \(kind); accepted: \(settings.extensions.map { ".\($0)" }.joined(separator: ", "))",
                    logger: logger
                )
                return
            }
        }

        let source: SourceFile
        do {
            source = try self.reader.read(path, maxBytes: settings.maxBytes)
        } catch {
            if let reason = error.rejectionReason {
                self.reject(path, reason: reason, logger: logger)
                return
            }
            switch error {
            case .notRegular, .tooLarge:
                preconditionFailure("handled by rejectionReason")
            case .stillBeingWritten, .changedWhileReading:
                logger.debug("'\(name)' is still changing; waiting for it to settle")
                self.state.withLock { _ = $0.dirty.insert(path) }
                self.finish(path)
            case .vanished:
                logger.debug("'\(name)' vanished before it was read, skipping")
                self.finish(path)
            case .system(let errno):
                let delay = self.backoff(path)
                logger.warning(
                    "Failed to read '\(name)': \(errno); retrying in \(Int(delay)) s",
                    metadata: ["newsdrop.path": "\(name)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
                )
                self.state.withLock { $0.counters.lastError = "failed to read '\(name)': \(errno)" }
                self.finish(path, retryAfter: delay)
            }
            return
        }

        let sha256 = SourceDigest.sha256Hex(source.bytes)
        if let seq = self.log.lookup(sha256: sha256) {
            self.completeDuplicate(path, name: name, sha256: sha256, of: seq, read: source.identity, logger: logger)
            return
        }
        if self.state.withLock({ $0.crashedBefore.remove(name) != nil }) {
            self.reject(
                path,
                reason:
                    "the parser crashed on this file before the last restart; set aside unparsed (please report it)",
                logger: logger
            )
            return
        }
        switch ParseCrashNote.whileParsing(name, { ArticleParser.parse(source.bytes) }) {
        case .failure(let rejection):
            self.reject(path, reason: rejection.description, logger: logger)
        case .success(let article):
            let info = SourceInfo(path: name, file: source, sha256: sha256)
            let identity = source.identity
            self.log.append(LogEntry(source: info, article: article)) { outcome in
                self.parseQueue.async {
                    self.complete(
                        path,
                        name: name,
                        sha256: sha256,
                        outcome: outcome,
                        read: identity,
                        logger: logger
                    )
                }
            }
        }
    }

    private func complete(
        _ path: FilePath,
        name: String,
        sha256: String,
        outcome: AppendOutcome,
        read: FileIdentity,
        logger: Logger
    ) {
        switch outcome {
        case .committed(let seq):
            self.noteLogWorks(logger: logger)
            if self.state.withLock({ state in
                state.counters.ingested += 1
                return state.budget.allow(JournalEvent.ingested.rawValue)
            }) {
                logger.info(
                    "Ingested '\(name)' as seq \(seq)",
                    metadata: [
                        "newsdrop.path": "\(name)", "newsdrop.seq": "\(seq)", "newsdrop.sha256": "\(sha256)",
                        "newsdrop.event": "\(JournalEvent.ingested.rawValue)",
                    ]
                )
            }
            self.settleFate(path, name: name, read: read, logger: logger)
        case .duplicate(let seq):
            self.completeDuplicate(path, name: name, sha256: sha256, of: seq, read: read, logger: logger)
        case .failed(let error):
            let delay = self.backoff(path)
            let advice = error.advice.map { " (\($0))" } ?? ""
            let next = error.stopsTheLog ? "for the restart" : "retrying in \(Int(delay)) s"
            logger.error(
                "Failed to append '\(name)' to the log: \(error)\(advice); it stays in the drop folder, \(next)",
                metadata: [
                    "newsdrop.path": "\(name)", "newsdrop.sha256": "\(sha256)",
                    "newsdrop.event": "\(JournalEvent.fault.rawValue)",
                ]
            )
            self.state.withLock { state in
                state.counters.lastError = error.description
                // A bad entry is that file's problem; anything else is the log's, and every file waits for it.
                if error.code != .invalidEntry {
                    state.counters.logFault = error.description + advice
                    state.waitingForLog.insert(path)
                }
            }
            self.finish(path, retryAfter: delay)
        }
    }

    /// A record got through: ends a log fault, and retries at once the files held back by it.
    private func noteLogWorks(logger: Logger) {
        let held = self.state.withLock { state -> [FilePath]? in
            guard state.counters.logFault != nil else { return nil }
            state.counters.logFault = nil
            defer { state.waitingForLog.removeAll() }
            return Array(state.waitingForLog)
        }
        guard let held else { return }
        logger.notice(
            "The log accepts records again; retrying now the \(held.count == 1 ? "file" : "\(held.count) files") held back",
            metadata: ["newsdrop.event": "\(JournalEvent.fault.rawValue)"]
        )
        // Their scheduled retries still come; by then each is done (gone from the drop folder) or claimed.
        self.watchQueue.async {
            for path in held { self.noteSettle(path) }
        }
    }

    private func completeDuplicate(
        _ path: FilePath,
        name: String,
        sha256: String,
        of seq: UInt64,
        read: FileIdentity,
        logger: Logger
    ) {
        if self.state.withLock({ state in
            state.counters.duplicates += 1
            return state.budget.allow(JournalEvent.duplicate.rawValue)
        }) {
            logger.notice(
                "'\(name)' is a duplicate of seq \(seq); no new record",
                metadata: [
                    "newsdrop.path": "\(name)", "newsdrop.seq": "\(seq)", "newsdrop.sha256": "\(sha256)",
                    "newsdrop.event": "\(JournalEvent.duplicate.rawValue)",
                ]
            )
        }
        self.settleFate(path, name: name, read: read, logger: logger)
    }

    /// Moves (or deletes) a file whose record is durable, unless it was replaced after it was read.
    private func settleFate(_ path: FilePath, name: String, read: FileIdentity, logger: Logger) {
        if let now = try? self.reader.identity(of: path), now != read {
            // Someone dropped a new file under the same name meanwhile: leave it for its own turn.
            self.state.withLock { _ = $0.dirty.insert(path) }
            self.finish(path)
            return
        }
        let onSuccess = self.state.withLock { $0.settings.onSuccess }
        do {
            switch onSuccess {
            case .move: try self.fates.moveToProcessed(path)
            case .delete: try self.fates.delete(path)
            }
            self.finish(path)
        } catch .noSuchFileOrDirectory {
            self.finish(path)
        } catch {
            let delay = self.backoff(path)
            logger.error(
                "Failed to \(onSuccess == .move ? "move" : "delete") '\(name)' after recording it: \(error); retrying in \(Int(delay)) s",
                metadata: ["newsdrop.path": "\(name)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
            )
            self.state.withLock { $0.counters.lastError = "failed to move '\(name)': \(error)" }
            self.finish(path, retryAfter: delay)
        }
    }

    private func reject(_ path: FilePath, reason: String, logger: Logger) {
        let name = String(decoding: path)
        do {
            let destination = try self.fates.reject(path, reason: reason)
            if self.state.withLock({ state in
                state.counters.rejected += 1
                return state.budget.allow(JournalEvent.rejected.rawValue)
            }) {
                logger.warning(
                    "Rejected '\(name)': \(reason); moved to '\(destination)'",
                    metadata: [
                        "newsdrop.path": "\(name)", "newsdrop.reason": "\(reason)",
                        "newsdrop.event": "\(JournalEvent.rejected.rawValue)",
                    ]
                )
            }
            self.finish(path)
        } catch .noSuchFileOrDirectory {
            self.finish(path)
        } catch {
            let delay = self.backoff(path)
            logger.error(
                "Failed to move rejected '\(name)' to the rejected folder: \(error); retrying in \(Int(delay)) s",
                metadata: ["newsdrop.path": "\(name)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
            )
            self.state.withLock { $0.counters.lastError = "failed to reject '\(name)': \(error)" }
            self.finish(path, retryAfter: delay)
        }
    }
}

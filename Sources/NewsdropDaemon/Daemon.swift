import CLinux
@preconcurrency import Dispatch
import DropFolder
import Glibc
import Locking
public import Logging
import RecordLog
public import SystemPackage
public import SystemdSupport

/// `newsdrop run`: sets everything up, runs until SIGTERM/SIGINT (or a fatal log error), and
/// shuts down in order: STOPPING=1, stop watching, finish files in flight, flush the log.
public final class Daemon: Sendable {
    /// How the daemon ended, as a process exit status.
    public enum Outcome: Sendable, Equatable {
        case stopped
        /// The log failed in a way that must not be retried in-process (e.g. `fsync`).
        case fatal(String)

        public var exitStatus: Int32 {
            switch self {
            case .stopped: return 0
            case .fatal: return 74  // EX_IOERR: systemd restarts us; recovery starts from the last good line
            }
        }
    }

    private let configurationPath: FilePath?
    private let overrides: @Sendable (inout Configuration) -> Void
    /// Every state goes out through this queue: nothing in the daemon waits for the manager.
    private let notifier: QueuedNotifier
    private let makeLogger: @Sendable (Logger.Level) -> Logger
    private let state: Locked<State>
    private let finished = DispatchSemaphore(value: 0)
    private let signalQueue = DispatchQueue(label: "newsdrop.signals")
    private let handlesSignals: Bool

    private struct State {
        var configuration: Configuration
        var pipeline: IngestPipeline?
        var log: JSONLinesLog?
        var outcome: Outcome?
        // Dispatch sources are not Sendable on Linux; only touched under this lock.
        var sources: [any DispatchSourceProtocol] = []
        var watchdog: WatchdogService?
    }

    /// - Parameters:
    ///   - configuration: already loaded and overridden by flags.
    ///   - configurationPath: the file SIGHUP re-reads (`nil`: defaults only).
    ///   - overrides: the command-line flags, applied again after each reload.
    public init(
        configuration: Configuration,
        configurationPath: FilePath?,
        overrides: @escaping @Sendable (inout Configuration) -> Void,
        notifier: any ServiceManagerNotifier,
        makeLogger: @escaping @Sendable (Logger.Level) -> Logger,
        handlesSignals: Bool = true
    ) {
        self.handlesSignals = handlesSignals
        self.configurationPath = configurationPath
        self.overrides = overrides
        self.notifier = QueuedNotifier(notifier)
        self.makeLogger = makeLogger
        self.state = Locked(State(configuration: configuration))
    }

    /// Runs the daemon until it is told to stop; returns how it ended.
    ///
    /// - Throws: ``NewsdropError`` for start-up failures (folders, log, watches), before READY=1.
    public func run() throws(NewsdropError) -> Outcome {
        let configuration = self.state.withLock { $0.configuration }
        let logger = self.makeLogger(configuration.logLevel)

        // A lease probe can race a writer's open(2); the kernel then signals the lease holder
        // with SIGIO, whose default action would kill us.
        signal(SIGIO, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        // One malloc arena: after 50,000 files at once the resident set grew 6.3–8.0 MB with one, 9.4 MB with
        // two, 9.3–14.4 MB with glibc's default (one per busy thread, up to eight per core), with no
        // measurable cost in throughput on two cores (README, "Memory after a burst").
        newsdrop_limit_malloc_arenas(1)
        if self.handlesSignals {
            // Handled by Dispatch signal sources (installed below). On Linux, libdispatch reads
            // them from a signalfd, which sees a signal only while no thread can take it the
            // ordinary way: block them in this thread (threads started later inherit the mask;
            // Dispatch's own workers block everything) and ignore their default actions.
            var blocked = sigset_t()
            sigemptyset(&blocked)
            for signalNumber in [SIGTERM, SIGINT, SIGHUP] {
                sigaddset(&blocked, signalNumber)
                signal(signalNumber, SIG_IGN)
            }
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
        }
        // Recovering a large log or queueing a large backlog may outlast TimeoutStartSec=: ask for
        // more time every few seconds until READY=1.
        let startup = self.extendStartTimeout()
        defer { startup.cancel() }

        try Self.createFolders(configuration)
        let log: JSONLinesLog
        do {
            log = try JSONLinesLog(
                path: configuration.logPath,
                fsync: configuration.fsync,
                rotation: configuration.logRotation,
                onFatal: { [weak self] error in self?.fail(error.description) },
                onReopen: { report in
                    // After the log was gone (see LogWriter.place()): what the daemon found at its path.
                    let found = "\(report.records) records, next seq \(report.nextSeq)"
                    logger.notice(
                        "A file is at the log's path '\(configuration.logPath)' again; appending to it now (\(found))",
                        metadata: ["newsdrop.event": "\(JournalEvent.fault.rawValue)"]
                    )
                },
                onRotate: { [weak self] event in self?.noteRotation(event) }
            )
        } catch {
            throw NewsdropError(.logFailed, "Failed to open log '\(configuration.logPath)': \(error)", cause: error)
        }
        let recovery = log.recovery
        if recovery.truncatedBytes > 0 {
            logger.warning(
                "Cut a torn last line of \(recovery.truncatedBytes) bytes off '\(configuration.logPath)'; its file is still in the drop folder"
            )
        }
        let segments = recovery.segments > 0 ? " (with \(recovery.segments) rotated segments)" : ""
        logger.info(
            "Opened log '\(configuration.logPath)': \(recovery.records) records\(segments), next seq \(recovery.nextSeq)"
        )

        // A file the parser crashed on (the process died while a worker parsed it) is set aside, not parsed
        // again: without this, it would crash every restart.
        let crashNote = ParseCrashNote(logPath: configuration.logPath)
        var crashedBefore: Set<String> = []
        do {
            crashedBefore = try crashNote.open()
        } catch {
            logger.warning(
                "Failed to open the parse crash note '\(crashNote.path)': \(error); a file the parser crashed on would be parsed again after a restart",
                metadata: ["newsdrop.event": "\(JournalEvent.fault.rawValue)"]
            )
        }
        for name in crashedBefore.sorted() {
            logger.error(
                "The parser crashed on '\(name)' before this start; it will be rejected, not parsed again",
                metadata: ["newsdrop.path": "\(name)", "newsdrop.event": "\(JournalEvent.fault.rawValue)"]
            )
        }
        let pipeline = IngestPipeline(
            log: log,
            configuration: configuration,
            logger: logger,
            crashedBefore: crashedBefore
        )
        self.state.withLock {
            $0.pipeline = pipeline
            $0.log = log
        }
        try pipeline.start()
        if self.handlesSignals { self.installSignalHandlers() }
        self.startRescanTimer(every: configuration.rescanIntervalSeconds)
        self.startStatusUpdates()
        startup.cancel()
        _ = try? self.notifier.notify(.ready)
        self.startWatchdog(pipeline: pipeline, log: log, logger: logger)
        logger.notice(
            "Watching '\(configuration.dropFolder)' → '\(configuration.logPath)' (fsync \(configuration.fsync.rawValue), settle \(configuration.settleMilliseconds) ms)",
            metadata: ["newsdrop.event": "\(JournalEvent.lifecycle.rawValue)"]
        )

        self.finished.wait()
        let outcome = self.state.withLock { $0.outcome ?? .stopped }
        if case .fatal = outcome {
            // The log reports its failure from inside a batch, before that batch's files are told their fate.
            pipeline.awaitLogCompletions(timeout: .seconds(5))
        }
        return outcome
    }

    /// Graceful shutdown: what SIGTERM and SIGINT do.
    public func shutdown() {
        let (pipeline, log, watchdog, already) = self.state.withLock { state in
            defer { if state.outcome == nil { state.outcome = .stopped } }
            return (state.pipeline, state.log, state.watchdog, state.outcome != nil)
        }
        if already { return }
        _ = try? self.notifier.notify(.stopping)
        let logger = self.currentLogger()
        logger.notice(
            "Stopping: finishing files in flight",
            metadata: ["newsdrop.event": "\(JournalEvent.lifecycle.rawValue)"]
        )
        // Keep pinging while draining: TimeoutStopSec= bounds the drain, not the watchdog.
        pipeline?.drain()
        log?.close()
        watchdog?.stop()
        pipeline?.logSuppressedMessages()
        if let counters = pipeline?.counters {
            logger.notice(
                "Stopped: \(counters.summary)",
                metadata: ["newsdrop.event": "\(JournalEvent.lifecycle.rawValue)"]
            )
        }
        // STOPPING=1 and the last STATUS= out before exit, unless the manager stopped reading.
        self.notifier.flush(timeout: .seconds(1))
        self.finished.signal()
    }

    /// A fatal log failure: stop at once without draining (nothing more can be made durable).
    private func fail(_ message: String) {
        let first = self.state.withLock { state -> Bool in
            guard state.outcome == nil else { return false }
            state.outcome = .fatal(message)
            return true
        }
        guard first else { return }
        self.currentLogger().critical("\(message)", metadata: ["newsdrop.event": "\(JournalEvent.fault.rawValue)"])
        self.finished.signal()
    }

    // MARK: - Set-up

    private static func createFolders(_ configuration: Configuration) throws(NewsdropError) {
        let folders: [(String, FilePath)] = [
            ("drop_dir", configuration.dropFolder), ("processed_dir", configuration.processedFolder),
            ("rejected_dir", configuration.rejectedFolder), ("log_path", configuration.logPath.removingLastComponent()),
        ]
        for (key, folder) in folders {
            do {
                try createDirectories(folder)
            } catch {
                throw NewsdropError(
                    .watchFailed,
                    "Failed to create folder '\(folder)' (\(key)): \(error)",
                    cause: error
                )
            }
        }
        // Fates are renames; a rename cannot cross file systems.
        let drop = try? identityOfEntry(at: configuration.dropFolder)
        for (key, folder) in folders.dropFirst().prefix(2) {
            if let drop, let other = try? identityOfEntry(at: folder), other.device != drop.device {
                throw NewsdropError(
                    .invalidConfiguration,
                    "Folder '\(folder)' (\(key)) is on another file system than drop_dir '\(configuration.dropFolder)'; expected one file system, since files are moved by rename"
                )
            }
        }
    }

    private func currentLogger() -> Logger {
        self.makeLogger(self.state.withLock { $0.configuration.logLevel })
    }

    private func installSignalHandlers() {
        var sources: [any DispatchSourceProtocol] = []
        for signalNumber in [SIGTERM, SIGINT] {
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: self.signalQueue)
            source.setEventHandler { [weak self] in self?.shutdown() }
            source.activate()
            sources.append(source)
        }
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: self.signalQueue)
        hangup.setEventHandler { [weak self] in self?.reload() }
        hangup.activate()
        sources.append(hangup)
        self.state.withLock { $0.sources.append(contentsOf: sources) }
    }

    private func startRescanTimer(every seconds: Int) {
        guard seconds > 0 else { return }
        let timer = DispatchSource.makeTimerSource(queue: self.signalQueue)
        timer.schedule(deadline: .now() + .seconds(seconds), repeating: .seconds(seconds), leeway: .seconds(1))
        timer.setEventHandler { [weak self] in
            self?.state.withLock { $0.pipeline }?.rescan(reason: "every rescan_interval_s (\(seconds) s)")
        }
        timer.activate()
        self.state.withLock { $0.sources.append(timer) }
    }

    /// STATUS= once a second while it changes.
    private func startStatusUpdates() {
        let timer = DispatchSource.makeTimerSource(queue: self.signalQueue)
        timer.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1), leeway: .milliseconds(100))
        let last = Locked<String>("")
        timer.setEventHandler { [weak self] in
            guard let self, let pipeline = self.state.withLock({ $0.pipeline }) else { return }
            pipeline.logSuppressedMessages()
            let summary = pipeline.counters.summary
            let changed = last.withLock { previous -> Bool in
                defer { previous = summary }
                return previous != summary
            }
            if changed { _ = try? self.notifier.notify(.status(summary)) }
        }
        timer.activate()
        self.state.withLock { $0.sources.append(timer) }
    }

    /// Sends `EXTEND_TIMEOUT_USEC` every 5 s (asking for 15 s more each time) until cancelled.
    private func extendStartTimeout() -> any DispatchSourceTimer {
        let timer = DispatchSource.makeTimerSource(queue: self.signalQueue)
        timer.schedule(deadline: .now() + .seconds(5), repeating: .seconds(5), leeway: .milliseconds(100))
        let notifier = self.notifier
        timer.setEventHandler { _ = try? notifier.notify(.extendTimeout(microseconds: 15_000_000)) }
        timer.activate()
        return timer
    }

    /// Pings systemd's watchdog (when `WatchdogSec=` armed one) only while the watch queue, the
    /// parse queue and the log writer answer and files in flight keep finishing.
    private func startWatchdog(pipeline: IngestPipeline, log: JSONLinesLog, logger: Logger) {
        guard let timeout = ServiceManagerWatchdog.timeoutMicroseconds() else { return }
        let stall = timeout * 1000 / 2
        let watchdog = WatchdogService(
            timeoutMicroseconds: timeout,
            notifier: self.notifier,
            probes: [
                { alive in pipeline.ping(alive) },
                { alive in log.ping(alive) },
                { alive in if pipeline.isMakingProgress(stallNanoseconds: stall) { alive() } },
            ]
        )
        self.state.withLock { $0.watchdog = watchdog }
        watchdog.start()
        logger.info("Watchdog armed: pinging every \(timeout / 2000) ms while the pipeline makes progress")
    }

    // MARK: - Reload

    /// Journals a rotation of the log (notice), or a failed one (warning: appends go on).
    private func noteRotation(_ event: LogRotationEvent) {
        let logger = self.currentLogger()
        switch event {
        case .rotated(let segment, let firstSeq, let lastSeq, let removed):
            let dropped = removed.isEmpty ? "" : "; removed \(removed.map { "'\($0)'" }.joined(separator: ", "))"
            logger.notice(
                "Rotated the log: records \(firstSeq)–\(lastSeq) are now '\(segment)'\(dropped)",
                metadata: ["newsdrop.event": "\(JournalEvent.rotated.rawValue)"]
            )
        case .failed(let error):
            logger.warning("\(error)", metadata: ["newsdrop.event": "\(JournalEvent.fault.rawValue)"])
        }
    }

    /// SIGHUP: re-read the configuration (a bad one is refused, the old stays) and reopen the log.
    public func reload() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let usec = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
        _ = try? self.notifier.notify(.reloading(monotonicMicroseconds: usec))
        defer { _ = try? self.notifier.notify(.ready) }
        let logger = self.currentLogger()
        let (old, pipeline, log) = self.state.withLock { ($0.configuration, $0.pipeline, $0.log) }

        var fresh = Configuration()
        if let path = self.configurationPath {
            do {
                fresh = try Configuration.load(from: path)
            } catch {
                logger.error(
                    "Refused to reload: \(error); keeping the running configuration",
                    metadata: ["newsdrop.event": "\(JournalEvent.reload.rawValue)"]
                )
                return
            }
        }
        self.overrides(&fresh)
        do {
            try fresh.validate(origin: self.configurationPath?.string ?? "defaults")
        } catch {
            logger.error(
                "Refused to reload: \(error); keeping the running configuration",
                metadata: ["newsdrop.event": "\(JournalEvent.reload.rawValue)"]
            )
            return
        }
        for (key, before, after) in [
            ("drop_dir", old.dropFolder, fresh.dropFolder), ("log_path", old.logPath, fresh.logPath),
            ("processed_dir", old.processedFolder, fresh.processedFolder),
            ("rejected_dir", old.rejectedFolder, fresh.rejectedFolder),
        ] where before != after {
            logger.warning("'\(key)' changed to '\(after)'; restart newsdrop to apply it, keeping '\(before)'")
        }
        fresh.dropFolder = old.dropFolder
        fresh.logPath = old.logPath
        fresh.processedFolder = old.processedFolder
        fresh.rejectedFolder = old.rejectedFolder
        if fresh.fsync != old.fsync {
            logger.warning("'fsync' changed to '\(fresh.fsync.rawValue)'; restart newsdrop to apply it")
            fresh.fsync = old.fsync
        }
        self.state.withLock { $0.configuration = fresh }
        let newLogger = self.makeLogger(fresh.logLevel)
        pipeline?.apply(IngestSettings(fresh), logger: newLogger)
        log?.rotationPolicy = fresh.logRotation
        do {
            try log?.reopen()
        } catch {
            newLogger.error("Failed to reopen log '\(fresh.logPath)': \(error)")
        }
        newLogger.notice(
            "Reloaded configuration\(self.configurationPath.map { " from '\($0)'" } ?? "") and reopened the log",
            metadata: ["newsdrop.event": "\(JournalEvent.reload.rawValue)"]
        )
    }
}

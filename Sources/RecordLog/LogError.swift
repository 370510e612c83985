public import SystemPackage

/// A failure of the article log: a code to switch over, a sentence naming the log path, and the `Errno` cause.
public struct LogError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The log file could not be opened, created or inspected.
        case openFailed
        /// Reading the log (recovery, verification) failed.
        case readFailed
        /// `write(2)` failed or wrote only part of a record; the record was cut back and not counted.
        case writeFailed
        /// `ftruncate(2)` failed while cutting off a torn or failed line.
        case truncateFailed
        /// `fsync(2)` failed. Fatal: the kernel may have dropped the data, so the log stops accepting appends.
        case fsyncFailed
        /// The file holds a line in the middle that newsdrop did not write; recovery refuses to guess.
        case corrupt
        /// The entry itself cannot be written (for example a `sha256` that is not 64 lowercase hex digits).
        case invalidEntry
        /// The log was closed, or stopped after a fatal error; nothing more is appended.
        case unavailable
        /// The duplicate index (a nameless file in the log's folder) could not be made or grown. Nothing was
        /// written; appends are refused until it can be.
        case indexFailed
        /// The duplicate index could not be updated once records were durable (the file under it failed). Fatal:
        /// the log stops, and the restart rebuilds the index from the log.
        case indexLost
        /// The log's path no longer names the open file (it was deleted, or it or its folder was moved away) and
        /// nothing else is there. Nothing was written; appends are refused until a file is back at the path.
        case missing
        /// Rotating the active file into a segment, or removing a segment past `max_log_segments`, failed. Not
        /// fatal: the writer appends on to the file it has and tries again after the next batch.
        case rotationFailed
    }

    public var code: Code
    /// The log's path.
    public var path: String
    /// The whole message, naming ``path`` in single quotes and including the cause.
    public var message: String
    /// The system error behind it, when there is one.
    public var cause: Errno?

    public init(_ code: Code, path: String, message: String, cause: Errno? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.cause = cause
    }

    public var description: String { self.message }

    /// Whether the log accepts no more appends after this error (a failed `fsync`, a failed write that could
    /// not be cut back, or the duplicate index failing once records were durable): the daemon stops, and the
    /// restart recovers.
    public var stopsTheLog: Bool {
        self.code == .fsyncFailed || self.code == .truncateFailed || self.code == .indexLost
    }

    /// What an operator can do about it, when the cause says; `nil` when there is nothing specific to say.
    ///
    /// Appends that fail this way are retried, so the advice is about clearing the fault, not about restarting.
    public var advice: String? {
        // A stopped log is not retried: its message says what the restart does.
        guard !self.stopsTheLog else { return nil }
        switch self.cause {
        case .noSpace?, .diskQuotaExceeded?:
            return "free space on the log's file system"
        case .readOnlyFileSystem?:
            return "the log's file system is read-only; remount it read-write"
        case .notPermitted?:
            return "the log refuses writes (immutable? see lsattr); make it writable"
        case .permissionDenied?:
            return "check the permissions of the log and its folder"
        default:
            return nil
        }
    }
}

extension LogError {
    /// "`what` '`path`': `cause`", the house form of a failed operation on the log file.
    static func failed(_ code: Code, _ what: String, path: String, cause: Errno) -> LogError {
        LogError(code, path: path, message: "\(what) '\(path)': \(cause)", cause: cause)
    }

    /// The duplicate index failed (`cause`) after records became durable, so it may miss some of them.
    static func indexLost(_ cause: LogError) -> LogError {
        LogError(
            .indexLost,
            path: cause.path,
            message: "\(cause.message); the index may now miss records of the log, so the log stops: a restart "
                + "rebuilds the index from the log",
            cause: cause.cause
        )
    }

    /// The fatal `fsync` failure; the wording tells the operator why a restart is the fix, and what became of
    /// the `undurable` records written since the last good `fsync`: `cut` off the file, or (when cutting failed)
    /// left there for the operator. At start-up nothing was written yet: the defaults.
    static func fsyncFailed(
        path: String,
        cause: Errno,
        undurable: UInt64 = 0,
        cut: Result<Void, Errno> = .success(())
    ) -> LogError {
        let records = undurable == 1 ? "1 record" : "\(undurable) records"
        let were = undurable == 1 ? "was" : "were"
        let what: String
        switch cut {
        case .success where undurable == 0:
            what = "stopping, a restart recovers from the last good line"
        case .success:
            what =
                "the \(records) written since the last good fsync \(were) cut off the log (their files stay in the "
                + "drop folder and are recorded again); stopping, a restart recovers from the last good line"
        case .failure(let errno):
            what =
                "cutting off the \(records) written since the last good fsync failed too (\(errno)): they may read "
                + "as recorded though they never reached the disk; stopping. Repair the file system (dmesg; umount, "
                + "fsck, mount) before restarting newsdrop, so that only what is on the disk is read"
        }
        return LogError(.fsyncFailed, path: path, message: "fsync of '\(path)' failed: \(cause); \(what)", cause: cause)
    }
}

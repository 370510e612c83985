import Glibc
import Locking
internal import SystemPackage

/// The writer's state: the open descriptor, where the file ends, the next `seq`.
///
/// Only the writer queue (`newsdrop.log`) mutates it, inside the `Locked` that ``JSONLinesLog`` keeps it in.
struct LogWriter {
    /// What happened to one entry.
    enum Step {
        /// Written with this `seq`; durable after the next ``sync()`` (per policy).
        case written(seq: UInt64)
        /// The same bytes are already in the log (or earlier in this batch) under this `seq`.
        case duplicate(of: UInt64)
        /// The entry cannot be written at all; the rest of the batch is unaffected.
        case rejected(LogError)
        /// The write failed and was cut back; the rest of the batch fails too, later batches try again.
        case failed(LogError)
        /// The write failed and could not be cut back, or the log had stopped: no more appends.
        case fatal(LogError)
    }

    let path: FilePath
    let syscalls: any LogFileSyscalls
    /// `nil` once closed.
    var descriptor: FileDescriptor?
    /// The file's length: every record ends here, and a failed write is cut back to it.
    var size: Int
    var nextSeq: UInt64
    /// The `seq` of the open file's first record (``nextSeq`` while it has none): its name once rotated.
    var firstSeq: UInt64
    /// Where the file ended, and the next `seq`, at the last successful `fsync` (or when it was opened and
    /// recovered): what a failed `fsync` cuts the file back to.
    private(set) var durableSize: Int
    private(set) var durableNextSeq: UInt64
    /// Set by a fatal error; every later append fails with it.
    var stopped: LogError?
    /// Digests written since the last ``sync()``: duplicates of these wait for the same `fsync`.
    var uncommitted: [SHA256Digest: UInt64] = [:]
    /// Reused for every record, so encoding allocates nothing once warmed up.
    var buffer: [UInt8] = []
    /// Device and inode of the open file, read once when it is opened: ``place()`` compares the path with
    /// them before every batch. `nil` when `fstat` failed (then the path is not checked).
    private var openIdentity: (device: UInt64, inode: UInt64)?

    init(
        path: FilePath,
        syscalls: any LogFileSyscalls,
        descriptor: FileDescriptor,
        size: Int,
        nextSeq: UInt64,
        firstSeq: UInt64? = nil
    ) {
        self.path = path
        self.syscalls = syscalls
        self.descriptor = descriptor
        self.size = size
        self.nextSeq = nextSeq
        self.firstSeq = firstSeq ?? nextSeq
        self.durableSize = size
        self.durableNextSeq = nextSeq
        self.openIdentity = Self.identity(of: descriptor, path: path)
    }

    private static func identity(of descriptor: FileDescriptor, path: FilePath) -> (device: UInt64, inode: UInt64)? {
        (try? LogFile.status(descriptor, path: path)).map { ($0.device, $0.inode) }
    }

    /// Assigns the next `seq`, stamps `ingested_at` and writes the record with one `write(2)`.
    mutating func write(_ entry: PendingAppend, committed: (SHA256Digest) throws(LogError) -> UInt64?) -> Step {
        if let stopped = self.stopped {
            // Already reported through `onFatal` when it happened; now only refuse.
            return .failed(stopped)
        }
        guard let descriptor = self.descriptor else {
            return .rejected(
                LogError(
                    .unavailable,
                    path: self.path.string,
                    message: "Failed to append to '\(self.path)': the log is closed"
                )
            )
        }
        guard let digest = entry.digest else {
            return .rejected(
                LogError(
                    .invalidEntry,
                    path: self.path.string,
                    message: "Failed to append to '\(self.path)': source.sha256 of '\(entry.sourcePath)' "
                        + "is not 64 lowercase hex digits"
                )
            )
        }
        do throws(LogError) {
            if let original = self.uncommitted[digest] {
                return .duplicate(of: original)
            }
            if let original = try committed(digest) {
                return .duplicate(of: original)
            }
        } catch {
            // The index could not be read: nothing written, the batch fails and is tried again later.
            return .failed(error)
        }

        let seq = self.nextSeq
        self.buffer.removeAll(keepingCapacity: true)
        RecordEncoding.appendPrefix(seq: seq, ingestedAt: RFC3339.now(), to: &self.buffer)
        self.buffer.append(contentsOf: entry.encodedRest)
        // The whole line in one call: a reader (`tail -F`) sees the record entirely or not at all.
        let result = self.buffer.withUnsafeBytes { self.syscalls.write(descriptor, $0) }

        let error: LogError
        switch result {
        case .success(let count) where count == self.buffer.count:
            self.size += count
            self.nextSeq += 1
            self.uncommitted[digest] = seq
            return .written(seq: seq)
        case .success(let count):
            let written = "only \(count) of \(self.buffer.count) bytes were written"
            // A short write says no why; on a full file system (the usual reason) say so, so that the operator
            // reads "No space left on device" and the advice that goes with it.
            if Self.isFull(descriptor, needing: self.buffer.count - count) {
                error = LogError(
                    .writeFailed,
                    path: self.path.string,
                    message: "Failed to write to '\(self.path)': \(Errno.noSpace) (\(written))",
                    cause: .noSpace
                )
            } else {
                error = LogError(
                    .writeFailed,
                    path: self.path.string,
                    message: "Failed to write to '\(self.path)': \(written)"
                )
            }
        case .failure(let errno):
            error = .failed(.writeFailed, "Failed to write to", path: self.path.string, cause: errno)
        }
        if let fatal = self.cutBack(descriptor) {
            return .fatal(fatal)
        }
        return .failed(error)
    }

    /// Where the log's path points now, compared with the open file.
    enum Place {
        /// The path names the open file (or the log is closed or stopped, which ``write(_:committed:)`` reports).
        case inPlace
        /// Nothing is at the path; the error says what became of the open file and what to do.
        case missing(LogError)
        /// Another file is at the path (copied back, created afresh, rotated in): that one is the log now.
        case replaced
    }

    /// Checks that ``path`` still names the open file before a batch is written.
    ///
    /// Writing on through the descriptor regardless would be silent loss: after `rm -r` of the log's folder the
    /// records would go into a deleted file (and their sources to `processed/`), gone at the next exit; after a
    /// `mv` they would go where no reader follows. Costs a `stat` per batch.
    func place() -> Place {
        guard self.stopped == nil, let descriptor = self.descriptor, let open = self.openIdentity else {
            return .inPlace
        }
        switch LogFile.identity(at: self.path) {
        case .success(let named):
            return named.device == open.device && named.inode == open.inode ? .inPlace : .replaced
        case .failure(let errno) where errno == .noSuchFileOrDirectory || errno == .notDirectory:
            return .missing(self.missingError(descriptor, cause: errno))
        case .failure:
            // Anything else (a folder without search permission, ELOOP) is not proof that the file is gone;
            // the write itself reports what is wrong.
            return .inPlace
        }
    }

    private func missingError(_ descriptor: FileDescriptor, cause: Errno) -> LogError {
        let path = self.path.string
        let message: String
        if LogFile.linkCount(descriptor) == 0 {
            let open = "/proc/\(getpid())/fd/\(descriptor.rawValue)"
            message =
                "The log '\(path)' was deleted while open (\(cause)); nothing is appended until a log is back there. "
                + "Its records stay readable at '\(open)' while newsdrop runs: restore them with "
                + "cp \(open) '\(path).new' && mv '\(path).new' '\(path)' (make the folder first if it is gone; "
                + "the rename makes the whole copy appear at once); an empty file there instead starts a new file "
                + "that carries seq on"
        } else {
            message =
                "The log '\(path)' is no longer at its path (\(cause)): it or its folder was moved or unmounted; "
                + "nothing is appended until it is back there"
        }
        return LogError(.missing, path: path, message: message, cause: cause)
    }

    /// Whether the file system of `descriptor` has less than `bytes` free for us. The corresponding C function
    /// is `fstatvfs(3)`.
    private static func isFull(_ descriptor: FileDescriptor, needing bytes: Int) -> Bool {
        var info = statvfs()
        guard fstatvfs(descriptor.rawValue, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < UInt64(bytes)
    }

    /// Cuts the file back to ``size`` after a failed write, so no torn line is left for a reader, and the next
    /// record starts on a clean line. Returns the fatal error when that is impossible.
    private mutating func cutBack(_ descriptor: FileDescriptor) -> LogError? {
        switch self.syscalls.truncate(descriptor, to: self.size) {
        case .success:
            return nil
        case .failure(let errno):
            // A write that failed outright wrote nothing; then a failing truncate (EROFS) does not matter.
            if let status = try? LogFile.status(descriptor, path: self.path), status.size == self.size {
                return nil
            }
            let error = LogError(
                .truncateFailed,
                path: self.path.string,
                message: "Failed to cut back '\(self.path)' after a failed write: \(errno); "
                    + "stopping, a restart recovers from the last good line",
                cause: errno
            )
            self.stopped = error
            return error
        }
    }

    /// `fsync(2)`. A failure stops the log for good: after a failed `fsync` the kernel may have dropped the
    /// dirty pages and marked them clean, so a retry could "succeed" without the data.
    ///
    /// The records written since the last good `fsync` are then cut off the file. They stay readable in the page
    /// cache though they never reached the disk: left there, the restart would read them as part of the log,
    /// take their files for duplicates and move them to `processed/`, and a remount (or memory pressure) would
    /// make them vanish, files and records both. Cut off, their files (still in the drop folder) are recorded
    /// again after the restart.
    mutating func sync() -> LogError? {
        guard let descriptor = self.descriptor else { return nil }
        switch self.syscalls.fsync(descriptor) {
        case .success:
            self.durableSize = self.size
            self.durableNextSeq = self.nextSeq
            return nil
        case .failure(let errno):
            let undurable = self.nextSeq - self.durableNextSeq
            let cut: Result<Void, Errno> =
                self.size == self.durableSize ? .success(()) : self.syscalls.truncate(descriptor, to: self.durableSize)
            if case .success = cut {
                // Makes the cut itself durable where the disk still takes writes; the restart reads the cut file
                // either way.
                _ = self.syscalls.fsync(descriptor)
                self.size = self.durableSize
                self.nextSeq = self.durableNextSeq
            }
            let error = LogError.fsyncFailed(path: self.path.string, cause: errno, undurable: undurable, cut: cut)
            self.stopped = error
            // Those records are not durable, so nothing may ever be reported a duplicate of them.
            self.uncommitted.removeAll()
            return error
        }
    }

    /// The digests written since the last call, now durable, for the shared index.
    mutating func takeUncommitted() -> [SHA256Digest: UInt64] {
        var taken: [SHA256Digest: UInt64] = [:]
        swap(&taken, &self.uncommitted)
        return taken
    }

    /// Swaps in a freshly opened and recovered file (after rotation), closing the old one.
    mutating func replaceFile(with descriptor: FileDescriptor, size: Int, nextSeq: UInt64, firstSeq: UInt64? = nil) {
        if let old = self.descriptor {
            LogFile.close(old)
        }
        self.descriptor = descriptor
        self.openIdentity = Self.identity(of: descriptor, path: self.path)
        self.size = size
        self.nextSeq = nextSeq
        self.firstSeq = firstSeq ?? nextSeq
        self.durableSize = size
        self.durableNextSeq = nextSeq
        self.uncommitted.removeAll()
    }

    mutating func close() {
        if let descriptor = self.descriptor {
            LogFile.close(descriptor)
            self.descriptor = nil
        }
    }
}

import Glibc
public import SystemPackage

/// Reads a log's complete records in `seq` order, from a given `seq` on, across its rotated segments, and
/// (following) across rotations as they happen: `newsdrop tail`.
///
/// - The starting file is found by the segments' names (``LogSegments``), the starting line inside it by a
///   binary search over byte offsets (records are in `seq` order), so `--from-seq` near the end of a large log
///   reads a few pages, not the log.
/// - Only complete lines (ending in `\n`) are handed out; a line still being written waits for its newline.
/// - A line is handed out only if its `seq` is above every `seq` handed out before: a file put back at the path
///   with records already seen (a restored copy) repeats nothing.
/// - Following, at the end of the active file it waits; when the path names another file (a rotation: rename,
///   then create), it reads the old file to its end first, then goes on in the new one. Rotation happens only
///   between whole batches, so nothing is written to the old file after its rename. Segments rotated while it
///   read others are found by listing them once the active file is open (they were renamed before it was
///   created): a new active file may stay empty, and would never show that records were skipped.
public struct LogTail {
    public let segments: LogSegments
    /// Bytes read from files so far (for tests: a `--from-seq` search reads little).
    public private(set) var bytesRead = 0

    /// The size of each read.
    private static let chunkSize = 1 << 16
    /// Where the binary search hands over to reading line by line, and how much it reads looking for a newline.
    private static let searchWindow = 2_048

    public init(activePath: FilePath) {
        self.segments = LogSegments(activePath: activePath)
    }

    /// Hands complete record lines (each ending in `\n`), batched, to `emit` from the first record with `seq` at
    /// least `fromSeq` (all records when `nil`; from the oldest kept when retention removed the one asked for).
    ///
    /// - Parameters:
    ///   - follow: Wait for new records at the end, and go on across rotations, until `shouldStop` says so.
    ///   - poll: How long to sleep between looks while following.
    ///   - emit: Receives whole lines; returns `false` to stop (the reader went away).
    ///   - shouldStop: Asked between reads and sleeps.
    /// - Throws: ``LogError`` with ``LogError/Code/openFailed`` (there is no log, and not following) or
    ///   ``LogError/Code/readFailed``.
    public mutating func run(
        fromSeq: UInt64?,
        follow: Bool,
        poll: Duration = .milliseconds(50),
        emit: (UnsafeRawBufferPointer) -> Bool,
        shouldStop: () -> Bool = { false }
    ) throws(LogError) {
        var lastSeq: UInt64 = fromSeq.map { $0 > 0 ? $0 - 1 : 0 } ?? 0
        // The files written before the active one, oldest first, from the one holding `fromSeq`.
        var pending = try self.startingFiles(fromSeq: lastSeq + 1)
        var replannedAfter: UInt64?
        while !shouldStop() {
            // A rotated segment: read to its end. The active file: to its end, then (following) wait there.
            let isActive = pending.isEmpty
            let path = isActive ? self.segments.activePath : pending.removeFirst()
            guard let descriptor = try self.open(path, waitIfMissing: follow && isActive, shouldStop) else {
                // A segment removed by retention meanwhile, or (following) a stop while the log was missing.
                if !isActive || follow { continue }
                if lastSeq > 0 { return }  // segments and no active file: a crash mid-rotation
                throw LogError(
                    .openFailed,
                    path: path.string,
                    message: "Failed to open '\(path)': there is no log there"
                )
            }
            defer { LogFile.close(descriptor) }
            // The active file opened: every segment renamed before it was created is listed now. One holding
            // records after the last handed out means the log rotated (perhaps more than once) since `pending`
            // was planned, and this file, new and perhaps empty and staying so, would never show the gap: read
            // those segments first. Asked once per `seq`, as the gap below.
            if isActive, replannedAfter != lastSeq, try self.segments.list().contains(where: { $0.firstSeq > lastSeq })
            {
                replannedAfter = lastSeq
                pending = try self.startingFiles(fromSeq: lastSeq + 1)
                if !pending.isEmpty { continue }
            }
            var offset = lastSeq > 0 ? try self.offset(ofFirstSeqAbove: lastSeq, in: descriptor, path: path) : 0
            var carry: [UInt8] = []
            while true {
                if shouldStop() { return }
                let (read, more) = try self.read(descriptor, path: path, at: offset, after: &carry)
                offset += read
                // The active file must go on from the last `seq` handed out (or the first asked for). If its next
                // record is later, the log rotated since the segments were listed (its first record can come only
                // after the new file exists, so a listing now sees every segment before it): read those first.
                // Asked once per `seq`: when they are gone (retention, or a log starting above 1) the gap stands.
                if isActive, replannedAfter != lastSeq, let next = Self.firstSeq(in: carry), next > lastSeq + 1 {
                    replannedAfter = lastSeq
                    pending = try self.startingFiles(fromSeq: lastSeq + 1)
                    if !pending.isEmpty { break }
                }
                if !Self.emitLines(&carry, above: &lastSeq, emit) { return }
                if more { continue }
                // At the end of this file.
                guard isActive else { break }
                guard follow else { return }
                if self.pathNamesAnotherFile(than: descriptor) {
                    // Rotated (or replaced): whatever the old file still holds is read first. Then on from the
                    // segment holding the next `seq`: the log may have rotated more than once meanwhile.
                    let (finalRead, _) = try self.read(descriptor, path: path, at: offset, after: &carry)
                    offset += finalRead
                    if !Self.emitLines(&carry, above: &lastSeq, emit) { return }
                    if finalRead > 0 { continue }
                    pending = try self.startingFiles(fromSeq: lastSeq + 1)
                    break
                }
                Self.sleep(poll)
            }
        }
    }

    // MARK: - Finding the start

    /// The segments from the one whose name says it holds `seq` on (all of them when `seq` is before the oldest),
    /// or none when the active file holds it.
    private mutating func startingFiles(fromSeq seq: UInt64) throws(LogError) -> [FilePath] {
        let all = try self.segments.list()
        guard let holding = all.lastIndex(where: { $0.firstSeq <= seq }) else { return all.map(\.path) }
        // The active file starts after the newest segment; if it already starts at or before `seq`, skip them all.
        if holding == all.count - 1, let activeFirst = try self.firstSeq(of: self.segments.activePath),
            activeFirst <= seq
        {
            return []
        }
        return all[holding...].map(\.path)
    }

    /// The `seq` of the first record of the file at `path`, or `nil` (no file, or no record yet).
    ///
    /// The active path is missing for a moment in every rotation (rename, then create): a file that is gone when
    /// opened is no file, not an error that would end a follower.
    private mutating func firstSeq(of path: FilePath) throws(LogError) -> UInt64? {
        let descriptor: FileDescriptor
        do throws(LogError) {
            descriptor = try LogFile.openForReading(path)
        } catch  where error.cause == .noSuchFileOrDirectory {
            return nil
        }
        defer { LogFile.close(descriptor) }
        return try self.seq(ofLineAt: 0, in: descriptor, path: path)
    }

    /// The byte offset of the first line whose `seq` is above `seq` (the file's length when none is), by binary
    /// search: lines are in `seq` order.
    private mutating func offset(
        ofFirstSeqAbove seq: UInt64,
        in descriptor: FileDescriptor,
        path: FilePath
    ) throws(LogError) -> Int {
        let size = try LogFile.status(descriptor, path: path).size
        if let first = try self.seq(ofLineAt: 0, in: descriptor, path: path), first > seq { return 0 }
        // Invariant: the line at `low` has a `seq` of at most `seq`; the answer starts after `low`, at most at `high`.
        var low = 0
        var high = size
        while high - low > Self.searchWindow {
            let middle = low + (high - low) / 2
            guard let start = try self.lineStart(after: middle, in: descriptor, path: path), start < high else {
                high = middle
                continue
            }
            if let found = try self.seq(ofLineAt: start, in: descriptor, path: path), found <= seq {
                low = start
            } else {
                high = start
            }
        }
        // Then line by line from `low`. A line's end is found before its `seq` is read: in a file being written a
        // reader may see the start of a line before the rest (a write lands a page at a time), and a line not yet
        // whole is where the reading starts, to wait for its end.
        var position = low
        while position < high {
            guard let next = try self.lineStart(after: position, in: descriptor, path: path) else { return position }
            if let found = try self.seq(ofLineAt: position, in: descriptor, path: path), found > seq { return position }
            position = next
        }
        return high
    }

    /// Where the first line that starts after byte `position` starts (after the next `\n` at or after
    /// `position`), or `nil` when no complete line does.
    private mutating func lineStart(
        after position: Int,
        in descriptor: FileDescriptor,
        path: FilePath
    ) throws(LogError) -> Int? {
        var offset = position
        var buffer = [UInt8](repeating: 0, count: Self.searchWindow / 2)
        while true {
            let count = try buffer.withUnsafeMutableBytes { bytes in
                Result { () throws(LogError) in try LogFile.read(descriptor, into: bytes, at: offset, path: path) }
            }.get()
            self.bytesRead += count
            guard count > 0 else { return nil }
            if let newline = buffer[..<count].firstIndex(of: 0x0A) { return offset + newline + 1 }
            offset += count
        }
    }

    /// The `seq` of the record line starting at `position`, read from its opening (`{"schema":1,"seq":N,`).
    private mutating func seq(
        ofLineAt position: Int,
        in descriptor: FileDescriptor,
        path: FilePath
    ) throws(LogError)
        -> UInt64?
    {
        var buffer = [UInt8](repeating: 0, count: 48)
        let count = try buffer.withUnsafeMutableBytes { bytes in
            Result { () throws(LogError) in try LogFile.read(descriptor, into: bytes, at: position, path: path) }
        }.get()
        self.bytesRead += count
        return buffer[..<count].withUnsafeBytes { RecordLineScanner.leadingSeq($0) }
    }

    // MARK: - Reading and handing out

    /// Appends what the file holds from `offset` (one chunk) to `carry`; returns the bytes read and whether a
    /// full chunk came (more may follow at once).
    private mutating func read(
        _ descriptor: FileDescriptor,
        path: FilePath,
        at offset: Int,
        after carry: inout [UInt8]
    ) throws(LogError) -> (read: Int, more: Bool) {
        let start = carry.count
        carry.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        let count = try carry.withUnsafeMutableBytes { bytes in
            Result { () throws(LogError) in
                try LogFile.read(
                    descriptor,
                    into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]),
                    at: offset,
                    path: path
                )
            }
        }.get()
        carry.removeLast(Self.chunkSize - count)
        self.bytesRead += count
        return (count, count == Self.chunkSize)
    }

    /// The `seq` of the first complete line in `carry`.
    private static func firstSeq(in carry: [UInt8]) -> UInt64? {
        guard let newline = carry.firstIndex(of: 0x0A) else { return nil }
        return carry[..<newline].withUnsafeBytes { RecordLineScanner.leadingSeq($0) }
    }

    /// Hands out the complete lines at the front of `carry` whose `seq` is above `lastSeq` (raising it), keeping a
    /// trailing partial line; `false` when `emit` wants no more.
    private static func emitLines(
        _ carry: inout [UInt8],
        above lastSeq: inout UInt64,
        _ emit: (UnsafeRawBufferPointer) -> Bool
    ) -> Bool {
        guard let lastNewline = carry.lastIndex(of: 0x0A) else { return true }
        let keepsGoing = carry.withUnsafeBytes { bytes -> Bool in
            var runStart = 0
            var lineStart = 0
            while lineStart <= lastNewline {
                let lineEnd = bytes[lineStart...lastNewline].firstIndex(of: 0x0A)!
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if let seq = RecordLineScanner.leadingSeq(line), seq > lastSeq {
                    lastSeq = seq
                } else {
                    // Seen already (or not a record): hand out what came before it, skip it.
                    if lineStart > runStart, !emit(UnsafeRawBufferPointer(rebasing: bytes[runStart..<lineStart])) {
                        return false
                    }
                    runStart = lineEnd + 1
                }
                lineStart = lineEnd + 1
            }
            return lineStart <= runStart || emit(UnsafeRawBufferPointer(rebasing: bytes[runStart..<lineStart]))
        }
        carry.removeFirst(lastNewline + 1)
        return keepsGoing
    }

    // MARK: - Files

    /// Opens `path` to read; `nil` when it does not exist (after waiting for it, when asked, until `shouldStop`).
    private func open(
        _ path: FilePath,
        waitIfMissing: Bool,
        _ shouldStop: () -> Bool
    ) throws(LogError)
        -> FileDescriptor?
    {
        while true {
            do throws(LogError) {
                return try LogFile.openForReading(path)
            } catch  where error.cause == .noSuchFileOrDirectory {
                guard waitIfMissing, !shouldStop() else { return nil }
                Self.sleep(.milliseconds(50))
            }
        }
    }

    /// Whether the active path now names a file other than `descriptor`'s (or nothing): it was rotated.
    private func pathNamesAnotherFile(than descriptor: FileDescriptor) -> Bool {
        guard let open = try? LogFile.status(descriptor, path: self.segments.activePath) else { return false }
        switch LogFile.identity(at: self.segments.activePath) {
        case .success(let named): return named.device != open.device || named.inode != open.inode
        case .failure: return true
        }
    }

    private static func sleep(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        _ = nanosleep(&request, nil)
    }
}

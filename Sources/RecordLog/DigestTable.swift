import CLinux
import Glibc
internal import SystemPackage

/// The duplicate index: SHA-256 digest → `seq` of the first record with those source bytes, for every record
/// of the log.
///
/// It must cover the whole log, so it grows with the log. To keep the daemon's memory flat however long the
/// log gets, the table is a nameless file (`O_TMPFILE`) in the log's folder, read and written a few slots at
/// a time with `pread`/`pwrite`: its pages live in the kernel's page cache (or on disk, as memory allows),
/// never in the process. The file has no name, so a crash leaves nothing behind; the table is rebuilt from
/// the log at every start (the start-up scan reads the whole log anyway). Its blocks are allocated up front
/// (`posix_fallocate`), so writing a slot never needs disk space it might not get.
///
/// Open addressing with linear probing over 40-byte slots (the digest's four words, then `seq`; `seq` 0 marks
/// an empty slot), at most half full, so a probe nearly always ends in the first few slots read. A slot's
/// home comes from a hash of the whole digest with a per-process seed mixed in, so digests that share bits
/// cannot pile up in one place; and doubling the table keeps the slots' order.
///
/// Many entries at once (the start-up scan, a doubling) go in through ``insertAll(_:)``: sorted by their
/// hash, which orders them by home slot for any table size, they fill the table in one forward sweep that
/// reads and writes a run of slots per system call, instead of a `pread` and a `pwrite` per entry (a
/// 1 GiB log took 5 s to index one entry at a time).
///
/// Not thread-safe: ``JSONLinesLog`` keeps it in a `Locked`.
final class DigestTable {
    /// Bytes of one slot: the digest's four words, then `seq`.
    static let slotSize = 40
    /// Slots read at once while probing (320 bytes, one `pread`).
    private static let probeWindow = 8
    /// Slots of a new table (10 KiB of file); it doubles whenever it would be more than half full.
    static let initialCapacity = 256

    /// The log's path, for messages; the table's file is in its folder.
    private let logPath: FilePath
    private let seed = UInt64.random(in: .min ... .max)
    private var file: SlotFile
    /// Slots (a power of two).
    private(set) var capacity: Int
    private(set) var count = 0
    /// `pread`s made while probing, for tests: a probe nearly always needs one.
    private(set) var probeReads = 0
    /// Entries of ``insertAll(_:)`` whose probe wrapped past the last slot, for tests (that path is taken).
    private(set) var wrappedInserts = 0

    /// An empty table in a new nameless file beside `logPath`.
    ///
    /// - Throws: ``LogError/Code/indexFailed`` when the folder takes no such file (no space, no permission).
    init(beside logPath: FilePath) throws(LogError) {
        self.logPath = logPath
        self.capacity = Self.initialCapacity
        self.file = try SlotFile(beside: logPath, slots: Self.initialCapacity)
    }

    /// The `seq` stored for `digest`, or `nil`.
    ///
    /// - Throws: ``LogError/Code/indexFailed`` when the file cannot be read.
    func seq(for digest: SHA256Digest) throws(LogError) -> UInt64? {
        switch try self.probe(digest, in: self.file, capacity: self.capacity) {
        case .found(let seq): seq
        case .empty: nil
        }
    }

    /// Makes room for `additional` more entries (growing the file), so that the next `additional` inserts
    /// find a free slot.
    ///
    /// - Throws: ``LogError/Code/indexFailed`` when the bigger file cannot be made; the table is unchanged.
    func reserve(_ additional: Int) throws(LogError) {
        var capacity = self.capacity
        while (self.count + additional) * 2 > capacity { capacity *= 2 }
        if capacity > self.capacity { try self.grow(to: capacity) }
    }

    /// Stores `seq` for `digest` unless the digest is there already (the first record with those bytes is
    /// the one a duplicate names). Room must have been made with ``reserve(_:)``.
    ///
    /// - Returns: Whether it was stored.
    /// - Throws: ``LogError/Code/indexFailed`` when the file cannot be read or written.
    @discardableResult
    func insertIfAbsent(_ digest: SHA256Digest, seq: UInt64) throws(LogError) -> Bool {
        precondition(seq != 0, "seq 0 marks an empty slot")
        precondition((self.count + 1) * 2 <= self.capacity, "insert without reserve")
        let inserted = try self.place(digest, seq: seq, in: self.file, capacity: self.capacity)
        if inserted { self.count += 1 }
        return inserted
    }

    /// One entry for ``insertAll(_:)``.
    struct Entry {
        let digest: SHA256Digest
        let seq: UInt64
    }

    /// Stores each entry whose digest is not there yet (nor earlier in `entries`, which are in log order:
    /// the first record with those bytes wins), making room first.
    ///
    /// - Throws: ``LogError/Code/indexFailed`` when the table cannot grow (it is unchanged then) or its file
    ///   cannot be read or written (some entries may be in then).
    func insertAll(_ entries: [Entry]) throws(LogError) {
        guard !entries.isEmpty else { return }
        precondition(!entries.contains { $0.seq == 0 }, "seq 0 marks an empty slot")
        try self.reserve(entries.count)
        self.count += try self.placeAll(entries, in: self.file, capacity: self.capacity)
    }

    /// Calls `body` with every entry, in slot order.
    func forEach(_ body: (SHA256Digest, UInt64) throws(LogError) -> Void) throws(LogError) {
        try self.file.forEachEntry(slots: self.capacity, body)
    }

    /// The size of the table's file in bytes.
    var fileSize: Int { self.capacity * Self.slotSize }

    // MARK: - Slots

    /// The first slot to probe for `digest` in a table of `capacity` slots: the top bits of a seeded hash of
    /// all four words (digests that share a word still spread), which keep the order of the slots when the
    /// table doubles.
    @inline(__always)
    private func home(of digest: SHA256Digest, capacity: Int) -> Int {
        Self.home(hash: self.hash(of: digest), capacity: capacity)
    }

    /// A seeded hash of all four words of `digest`.
    @inline(__always)
    private func hash(of digest: SHA256Digest) -> UInt64 {
        var hash = (digest.word0 ^ self.seed) &* 0x9E37_79B9_7F4A_7C15
        hash ^= digest.word1 ^ (digest.word2 &* 0xC2B2_AE3D_27D4_EB4F) ^ (digest.word3 &* 0x1656_67B1_9E37_79F9)
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The home slot of a digest with `hash`: its top bits, so that hashes in order are homes in order
    /// whatever the capacity.
    @inline(__always)
    private static func home(hash: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash >> (64 - UInt64(capacity.trailingZeroBitCount)))
    }

    private enum Probe {
        case found(UInt64)
        /// The digest is absent; this slot is where it would go.
        case empty(slot: Int)
    }

    /// Slots as read by ``probe(_:in:capacity:)``: five words each (reused: the table is used under a lock).
    private var window = [UInt64](repeating: 0, count: 5 * DigestTable.probeWindow)

    /// Reads slots from the digest's home on, a window at a time, until the digest or an empty slot.
    private func probe(_ digest: SHA256Digest, in file: SlotFile, capacity: Int) throws(LogError) -> Probe {
        var start = self.home(of: digest, capacity: capacity)
        while true {
            let count = min(Self.probeWindow, capacity - start)
            self.probeReads += 1
            try self.window.withUnsafeMutableBytes { buffer in
                Result { () throws(LogError) in
                    try file.read(
                        into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<(count * Self.slotSize)]),
                        at: start
                    )
                }
            }.get()
            for offset in 0..<count {
                let word = 5 * offset
                let seq = self.window[word + 4]
                if seq == 0 { return .empty(slot: start + offset) }
                if self.window[word] == digest.word0 && self.window[word + 1] == digest.word1
                    && self.window[word + 2] == digest.word2 && self.window[word + 3] == digest.word3
                {
                    return .found(seq)
                }
            }
            start = (start + count) & (capacity - 1)
        }
    }

    /// Writes the entry into the first free slot from its home, unless the digest is there already.
    private func place(_ digest: SHA256Digest, seq: UInt64, in file: SlotFile, capacity: Int) throws(LogError) -> Bool {
        switch try self.probe(digest, in: file, capacity: capacity) {
        case .found:
            return false
        case .empty(let slot):
            try file.write(digest: digest, seq: seq, at: slot)
            return true
        }
    }

    /// Moves every entry into a new file of `capacity` slots, then drops the old file.
    private func grow(to capacity: Int) throws(LogError) {
        let bigger = try SlotFile(beside: self.logPath, slots: capacity)
        // The old slots in order are nearly in hash order: a chunk of them fills a narrow stretch of the new
        // table, in one sweep.
        var entries: [Entry] = []
        entries.reserveCapacity(Self.sweepBatch)
        try self.file.forEachEntry(slots: self.capacity) { (digest, seq) throws(LogError) in
            entries.append(Entry(digest: digest, seq: seq))
            if entries.count == Self.sweepBatch {
                _ = try self.placeAll(entries, in: bigger, capacity: capacity)
                entries.removeAll(keepingCapacity: true)
            }
        }
        _ = try self.placeAll(entries, in: bigger, capacity: capacity)
        self.file = bigger  // the old file is closed, and so gone
        self.capacity = capacity
    }

    /// Entries moved at once when the table doubles (640 KB of them).
    static let sweepBatch = 16_384

    /// Places `entries` (unsorted; in log order where digests repeat) in one forward sweep over `file`:
    /// sorted by hash (then `seq`), each probe starts at or after the previous one's home, so the slots are
    /// read and written in runs, a run per `pread` and `pwrite`. Entries whose probe would wrap past the
    /// last slot go in one at a time at the end.
    ///
    /// - Returns: How many were stored (the others' digests were there already).
    private func placeAll(_ entries: [Entry], in file: SlotFile, capacity: Int) throws(LogError) -> Int {
        guard !entries.isEmpty else { return 0 }
        var sorted = entries.map { (hash: self.hash(of: $0.digest), entry: $0) }
        sorted.sort { ($0.hash, $0.entry.seq) < ($1.hash, $1.entry.seq) }
        var sweep = SlotSweep(file: file, capacity: capacity)
        var wrapped: [Entry] = []
        var stored = 0
        for (position, item) in sorted.enumerated() {
            let home = Self.home(hash: item.hash, capacity: capacity)
            // A run read from here reaches the homes of the entries that follow closely (at most a run's
            // length on), and a little beyond for their probes.
            var reach = home + 1
            if home >= sweep.end {
                var next = position + 1
                while next < sorted.count {
                    let nextHome = Self.home(hash: sorted[next].hash, capacity: capacity)
                    guard nextHome - home < Self.runSlots else { break }
                    reach = nextHome + 1
                    next += 1
                }
            }
            switch try sweep.place(item.entry, home: home, reach: min(capacity, reach + Self.probeWindow)) {
            case .stored: stored += 1
            case .present: break
            case .wraps: wrapped.append(item.entry)
            }
        }
        try sweep.finish()
        self.wrappedInserts += wrapped.count
        for entry in wrapped where try self.place(entry.digest, seq: entry.seq, in: file, capacity: capacity) {
            stored += 1
        }
        return stored
    }

    /// Most slots a sweep reads at once (160 KB).
    static let runSlots = 4_096
}

/// The moving window of ``DigestTable``'s forward sweep: a run of slots read into memory, changed there, and
/// written back once the sweep moves past it.
private struct SlotSweep {
    enum Placement {
        case stored
        case present
        /// The probe would pass the table's last slot; the entry must go in another way.
        case wraps
    }

    let file: SlotFile
    let capacity: Int
    /// The run: five words per slot, from slot `start` on.
    private var words: [UInt64] = []
    private var start = 0
    private var dirty = false

    init(file: SlotFile, capacity: Int) {
        self.file = file
        self.capacity = capacity
    }

    /// The slot after the run.
    var end: Int { self.start + self.words.count / 5 }

    /// Probes from `home` (at or after every earlier home) for the entry's digest or a free slot. When
    /// `home` is past the run, the run is written back and the slots `home..<reach` read instead.
    mutating func place(_ entry: DigestTable.Entry, home: Int, reach: Int) throws(LogError) -> Placement {
        if home >= self.end {
            try self.finish()
            try self.load(from: home, to: max(reach, home + 1))
        }
        var slot = home
        while true {
            if slot == self.end {
                guard slot < self.capacity else { return .wraps }
                try self.extend(to: min(self.capacity, slot + DigestTable.runSlots))
            }
            let word = 5 * (slot - self.start)
            if self.words[word + 4] == 0 {
                self.words[word] = entry.digest.word0
                self.words[word + 1] = entry.digest.word1
                self.words[word + 2] = entry.digest.word2
                self.words[word + 3] = entry.digest.word3
                self.words[word + 4] = entry.seq
                self.dirty = true
                return .stored
            }
            if self.words[word] == entry.digest.word0 && self.words[word + 1] == entry.digest.word1
                && self.words[word + 2] == entry.digest.word2 && self.words[word + 3] == entry.digest.word3
            {
                return .present
            }
            slot += 1
        }
    }

    /// Writes the run back if it changed.
    mutating func finish() throws(LogError) {
        guard self.dirty else { return }
        try self.words.withUnsafeMutableBytes { buffer in
            Result { () throws(LogError) in try self.file.write(slots: buffer, at: self.start) }
        }.get()
        self.dirty = false
    }

    private mutating func load(from start: Int, to end: Int) throws(LogError) {
        self.start = start
        self.words = [UInt64](repeating: 0, count: 5 * (end - start))
        try self.words.withUnsafeMutableBytes { buffer in
            Result { () throws(LogError) in try self.file.read(into: buffer, at: start) }
        }.get()
    }

    /// Reads the slots from the run's end up to `end` onto it.
    private mutating func extend(to end: Int) throws(LogError) {
        let oldEnd = self.end
        self.words += [UInt64](repeating: 0, count: 5 * (end - oldEnd))
        try self.words.withUnsafeMutableBytes { buffer in
            Result { () throws(LogError) in
                try self.file.read(
                    into: UnsafeMutableRawBufferPointer(
                        rebasing: buffer[(DigestTable.slotSize * (oldEnd - self.start))...]
                    ),
                    at: oldEnd
                )
            }
        }.get()
    }
}

/// A nameless file of fixed size with all its blocks allocated, holding ``DigestTable`` slots; closed (and
/// so gone) when released.
private final class SlotFile {
    private let descriptor: FileDescriptor
    private let logPath: FilePath

    init(beside logPath: FilePath, slots: Int) throws(LogError) {
        self.logPath = logPath
        let folder = logPath.removingLastComponent()
        let descriptor = try Self.createNameless(in: folder.isEmpty ? "." : folder, logPath: logPath)
        // Blocks allocated now, zeroed (every slot empty): writing a slot never needs new space.
        let allocated = posix_fallocate(descriptor.rawValue, 0, off_t(slots * DigestTable.slotSize))
        guard allocated == 0 else {
            try? descriptor.close()
            throw Self.failure("make room for", logPath: logPath, cause: Errno(rawValue: allocated))
        }
        self.descriptor = descriptor
    }

    deinit {
        try? self.descriptor.close()
    }

    /// Fills `buffer` (whole slots) from slot `index` on.
    func read(into buffer: UnsafeMutableRawBufferPointer, at index: Int) throws(LogError) {
        try self.transfer(buffer, at: index, reading: true)
    }

    func write(digest: SHA256Digest, seq: UInt64, at index: Int) throws(LogError) {
        var words = (digest.word0, digest.word1, digest.word2, digest.word3, seq)
        try withUnsafeMutableBytes(of: &words) { buffer in
            Result { () throws(LogError) in try self.transfer(buffer, at: index, reading: false) }
        }.get()
    }

    /// Writes `buffer` (whole slots) from slot `index` on.
    func write(slots buffer: UnsafeMutableRawBufferPointer, at index: Int) throws(LogError) {
        try self.transfer(buffer, at: index, reading: false)
    }

    /// Calls `body` with every filled slot, reading the file front to back in 64,000-byte chunks.
    func forEachEntry(slots: Int, _ body: (SHA256Digest, UInt64) throws(LogError) -> Void) throws(LogError) {
        let chunk = 1_600
        var words = [UInt64](repeating: 0, count: 5 * chunk)
        var start = 0
        while start < slots {
            let count = min(chunk, slots - start)
            try words.withUnsafeMutableBytes { buffer in
                Result { () throws(LogError) in
                    try self.transfer(
                        UnsafeMutableRawBufferPointer(rebasing: buffer[..<(count * DigestTable.slotSize)]),
                        at: start,
                        reading: true
                    )
                }
            }.get()
            for offset in 0..<count where words[5 * offset + 4] != 0 {
                let word = 5 * offset
                let digest = SHA256Digest(
                    word0: words[word],
                    word1: words[word + 1],
                    word2: words[word + 2],
                    word3: words[word + 3]
                )
                try body(digest, words[word + 4])
            }
            start += count
        }
    }

    /// `pread`/`pwrite` of `buffer` (whole slots) from slot `index` on.
    private func transfer(_ buffer: UnsafeMutableRawBufferPointer, at index: Int, reading: Bool) throws(LogError) {
        let result = { () -> Errno? in
            var done = 0
            while done < buffer.count {
                let offset = off_t(index * DigestTable.slotSize + done)
                let pointer = buffer.baseAddress! + done
                let moved = valueOrErrno {
                    reading
                        ? pread(self.descriptor.rawValue, pointer, buffer.count - done, offset)
                        : pwrite(self.descriptor.rawValue, pointer, buffer.count - done, offset)
                }
                switch moved {
                case .success(0): return .ioError  // the file is never shorter than its slots
                case .success(let count): done += count
                case .failure(let errno): return errno
                }
            }
            return nil
        }()
        if let result { throw Self.failure(reading ? "read" : "write", logPath: self.logPath, cause: result) }
    }

    /// `O_TMPFILE` in `folder`; where the file system has no such thing, a new file unlinked at once.
    private static func createNameless(in folder: FilePath, logPath: FilePath) throws(LogError) -> FileDescriptor {
        let nameless = folder.withPlatformString { path in
            valueOrErrno { open(path, newsdrop_o_tmpfile() | O_RDWR | O_CLOEXEC, mode_t(0o600)) }
        }
        switch nameless {
        case .success(let rawValue):
            return FileDescriptor(rawValue: rawValue)
        case .failure(let errno) where errno == .notSupported || errno == .invalidArgument || errno == .isDirectory:
            break
        case .failure(let errno):
            throw Self.failure("create", logPath: logPath, cause: errno)
        }
        let name = folder.appending(".newsdrop-index-\(String(UInt64.random(in: .min ... .max), radix: 36))")
        let created = name.withPlatformString { path in
            valueOrErrno { open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600)) }
        }
        switch created {
        case .success(let rawValue):
            _ = name.withPlatformString { unlink($0) }
            return FileDescriptor(rawValue: rawValue)
        case .failure(let errno):
            throw Self.failure("create", logPath: logPath, cause: errno)
        }
    }

    private static func failure(_ what: String, logPath: FilePath, cause: Errno) -> LogError {
        LogError(
            .indexFailed,
            path: logPath.string,
            message: "Failed to \(what) the duplicate index (a nameless file) in the folder of '\(logPath)': \(cause)",
            cause: cause
        )
    }
}

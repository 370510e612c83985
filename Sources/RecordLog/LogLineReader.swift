import Glibc
internal import SystemPackage

/// One `\n`-terminated line of the log, without its `\n`; valid only inside the reader's callback.
struct LogLine {
    /// 1-based.
    var number: Int
    /// Where the line starts in the file.
    var offset: Int
    var bytes: UnsafeRawBufferPointer
}

/// Reads a log in large chunks and hands out its complete lines, without copying them.
///
/// Recovery scans the whole log at every start, so this stays at `pread` + `memchr` speed.
struct LogLineReader {
    /// What was left after the last complete line.
    struct End {
        /// Complete lines handed out.
        var lines: Int
        /// Bytes up to and including the last `\n`.
        var terminatedLength: Int
        /// Bytes after the last `\n` (a torn or unterminated last line), 0 when the file ends in `\n`.
        var unterminatedCount: Int
        /// `true` when the callback asked to stop; the other fields then describe only what was read.
        var stoppedEarly: Bool
    }

    let descriptor: FileDescriptor
    let path: FilePath
    var chunkSize = 4 << 20

    /// Calls `body` for each complete line in file order until it returns `false` or the file ends.
    func forEachLine(_ body: (LogLine) throws(LogError) -> Bool) throws(LogError) -> End {
        var capacity = self.chunkSize
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var bufferOffset = 0  // file offset of buffer[0]
        var filled = 0
        var lineNumber = 0
        while true {
            if filled == capacity {
                // One line longer than the buffer: grow, keeping what we have.
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 16)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let free = UnsafeMutableRawBufferPointer(rebasing: buffer[filled...])
            let count = try LogFile.read(self.descriptor, into: free, at: bufferOffset + filled, path: self.path)
            if count == 0 {
                return End(
                    lines: lineNumber,
                    terminatedLength: bufferOffset,
                    unterminatedCount: filled,
                    stoppedEarly: false
                )
            }
            filled += count
            let base = buffer.baseAddress!
            var start = 0
            while start < filled, let found = memchr(base + start, 0x0A, filled - start) {
                let end = base.distance(to: found)
                lineNumber += 1
                let line = LogLine(
                    number: lineNumber,
                    offset: bufferOffset + start,
                    bytes: UnsafeRawBufferPointer(start: base + start, count: end - start)
                )
                start = end + 1
                guard try body(line) else {
                    return End(
                        lines: lineNumber,
                        terminatedLength: bufferOffset + start,
                        unterminatedCount: 0,
                        stoppedEarly: true
                    )
                }
            }
            // Keep the partial line at the front for the next read.
            if start > 0 {
                memmove(base, base + start, filled - start)
                bufferOffset += start
                filled -= start
            }
        }
    }
}

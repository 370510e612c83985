import Glibc
internal import SystemPackage

/// The file-level system calls around the log that are not on the writer's hot path:
/// opening, sizing, reading, syncing the directory, closing.
enum LogFile {
    /// Opens the log for appending, creating it `0644` if needed.
    ///
    /// The corresponding C function is `open(2)` with `O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC`.
    static func openForAppending(_ path: FilePath) throws(LogError) -> FileDescriptor {
        let result = path.withPlatformString { cPath in
            valueOrErrno { Glibc.open(cPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, mode_t(0o644)) }
        }
        switch result {
        case .success(let rawValue): return FileDescriptor(rawValue: rawValue)
        case .failure(let errno): throw .failed(.openFailed, "Failed to open", path: path.string, cause: errno)
        }
    }

    /// Opens the log read-only, for recovery and verification (the append descriptor cannot read).
    static func openForReading(_ path: FilePath) throws(LogError) -> FileDescriptor {
        let result = path.withPlatformString { cPath in
            valueOrErrno { Glibc.open(cPath, O_RDONLY | O_CLOEXEC) }
        }
        switch result {
        case .success(let rawValue): return FileDescriptor(rawValue: rawValue)
        case .failure(let errno): throw .failed(.openFailed, "Failed to open", path: path.string, cause: errno)
        }
    }

    /// Device, inode and size. The corresponding C function is `fstat(2)`.
    static func status(
        _ descriptor: FileDescriptor,
        path: FilePath
    ) throws(LogError) -> (
        device: UInt64, inode: UInt64, size: Int
    ) {
        var info = stat()
        switch valueOrErrno({ fstat(descriptor.rawValue, &info) }) {
        case .success: return (UInt64(info.st_dev), UInt64(info.st_ino), Int(info.st_size))
        case .failure(let errno): throw .failed(.openFailed, "Failed to stat", path: path.string, cause: errno)
        }
    }

    /// Device and inode of what `path` names now (following symbolic links, as `open(2)` does).
    /// The corresponding C function is `stat(2)`.
    static func identity(at path: FilePath) -> Result<(device: UInt64, inode: UInt64), Errno> {
        var info = stat()
        let result = path.withPlatformString { cPath in valueOrErrno { stat(cPath, &info) } }
        return result.map { _ in (UInt64(info.st_dev), UInt64(info.st_ino)) }
    }

    /// How many names the open file has; 0 once it was deleted. The corresponding C function is `fstat(2)`.
    static func linkCount(_ descriptor: FileDescriptor) -> Int? {
        var info = stat()
        guard case .success = valueOrErrno({ fstat(descriptor.rawValue, &info) }) else { return nil }
        return Int(info.st_nlink)
    }

    /// Reads up to `buffer.count` bytes at `offset`. The corresponding C function is `pread(2)`.
    static func read(
        _ descriptor: FileDescriptor,
        into buffer: UnsafeMutableRawBufferPointer,
        at offset: Int,
        path: FilePath
    ) throws(LogError) -> Int {
        switch valueOrErrno({ pread(descriptor.rawValue, buffer.baseAddress, buffer.count, off_t(offset)) }) {
        case .success(let count): return count
        case .failure(let errno): throw .failed(.readFailed, "Failed to read", path: path.string, cause: errno)
        }
    }

    /// Makes the log's directory entry durable: a record fsynced into a file whose creation was
    /// not is lost with the file after a crash.
    static func syncDirectory(containing path: FilePath) throws(LogError) {
        let directory = path.removingLastComponent()
        let directoryPath = directory.isEmpty ? FilePath(".") : directory
        let opened = directoryPath.withPlatformString { cPath in
            valueOrErrno { Glibc.open(cPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        guard case .success(let rawValue) = opened else {
            if case .failure(let errno) = opened {
                throw .failed(.openFailed, "Failed to open the directory of", path: path.string, cause: errno)
            }
            return
        }
        defer { Self.close(FileDescriptor(rawValue: rawValue)) }
        // Some file systems cannot sync a directory (EINVAL); they have nothing to lose that way.
        if case .failure(let errno) = valueOrErrno({ Glibc.fsync(rawValue) }), errno != .invalidArgument {
            throw .failed(.fsyncFailed, "Failed to sync the directory of", path: path.string, cause: errno)
        }
    }

    /// Closes without retrying: Linux releases the descriptor even when `close(2)` reports `EINTR`.
    static func close(_ descriptor: FileDescriptor) {
        _ = valueOrErrno(retryOnInterrupt: false) { Glibc.close(descriptor.rawValue) }
    }
}

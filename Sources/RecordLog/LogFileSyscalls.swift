import Glibc
internal import SystemPackage

/// The system calls the writer makes on the open log file.
///
/// A test seam: tests substitute a double that fails a chosen `write` (short, `ENOSPC`) or `fsync`,
/// which a real file system produces only on demand with difficulty.
protocol LogFileSyscalls: Sendable {
    /// One `write(2)`; returns the bytes written, which may be fewer than asked.
    func write(_ descriptor: FileDescriptor, _ bytes: UnsafeRawBufferPointer) -> Result<Int, Errno>
    /// The corresponding C function is `fsync(2)`.
    func fsync(_ descriptor: FileDescriptor) -> Result<Void, Errno>
    /// The corresponding C function is `ftruncate(2)`.
    func truncate(_ descriptor: FileDescriptor, to size: Int) -> Result<Void, Errno>
}

/// The real system calls.
struct SystemLogFileSyscalls: LogFileSyscalls {
    func write(_ descriptor: FileDescriptor, _ bytes: UnsafeRawBufferPointer) -> Result<Int, Errno> {
        valueOrErrno { Glibc.write(descriptor.rawValue, bytes.baseAddress, bytes.count) }
    }

    func fsync(_ descriptor: FileDescriptor) -> Result<Void, Errno> {
        valueOrErrno { Glibc.fsync(descriptor.rawValue) }.map { _ in () }
    }

    func truncate(_ descriptor: FileDescriptor, to size: Int) -> Result<Void, Errno> {
        valueOrErrno { Glibc.ftruncate(descriptor.rawValue, off_t(size)) }.map { _ in () }
    }
}

/// Runs a libc call that returns -1 and sets `errno` on failure.
///
/// - Parameter retryOnInterrupt: Whether to call `body` again after `EINTR`. Pass `false` for
///   `close(2)`: Linux releases the descriptor even when `close` reports `EINTR`.
@inline(__always)
func valueOrErrno<Value: FixedWidthInteger>(
    retryOnInterrupt: Bool = true,
    _ body: () -> Value
) -> Result<Value, Errno> {
    while true {
        let value = body()
        guard value == -1 else { return .success(value) }
        let error = Errno(rawValue: errno)
        guard retryOnInterrupt, error == .interrupted else { return .failure(error) }
    }
}

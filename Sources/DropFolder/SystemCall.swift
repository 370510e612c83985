import Glibc
public import SystemPackage

/// Runs a libc call that returns -1 and sets `errno` on failure.
///
/// - Parameter retryOnInterrupt: Whether to call `body` again after `EINTR`. Pass `false` for
///   `close(2)`: Linux releases the descriptor even when `close` reports `EINTR`.
@inline(__always)
internal func valueOrErrno<Value: FixedWidthInteger>(
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

/// Closes a raw descriptor we own, ignoring the result: Linux releases it even on error.
///
/// The corresponding C function is `close(2)`.
@inline(__always)
internal func closeIgnoringErrors(_ descriptor: CInt) {
    _ = Glibc.close(descriptor)
}

/// The metadata of a directory entry that newsdrop compares to notice change.
public struct FileIdentity: Sendable, Equatable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int
    public var kind: FileKind

    public init(
        device: UInt64,
        inode: UInt64,
        size: Int64,
        modifiedSeconds: Int64,
        modifiedNanoseconds: Int,
        kind: FileKind
    ) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.kind = kind
    }

    init(_ status: stat) {
        self.device = UInt64(status.st_dev)
        self.inode = UInt64(status.st_ino)
        self.size = Int64(status.st_size)
        self.modifiedSeconds = Int64(status.st_mtim.tv_sec)
        self.modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        self.kind = FileKind(mode: status.st_mode)
    }
}

/// What kind of file system object a directory entry is.
public enum FileKind: String, Sendable, Hashable {
    case regular, directory
    case symbolicLink = "symbolic link"
    case fifo = "FIFO"
    case socket
    case characterDevice = "character device"
    case blockDevice = "block device"
    case unknown

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .unknown
        }
    }
}

/// Reads a path's metadata without following a final symbolic link.
///
/// The corresponding C function is `lstat(2)`.
public func identityOfEntry(at path: FilePath) throws(Errno) -> FileIdentity {
    var status = stat()
    _ = try path.withPlatformString { cPath in
        valueOrErrno { lstat(cPath, &status) }
    }.get()
    return FileIdentity(status)
}

/// Creates a directory and its missing parents, like `mkdir -p`.
///
/// The corresponding C function is `mkdir(2)`.
public func createDirectories(_ path: FilePath, mode: UInt32 = 0o755) throws(Errno) {
    var prefix = FilePath(path.root.map { $0.string } ?? "")
    for component in path.components {
        prefix.append(component)
        let result = prefix.withPlatformString { cPath in valueOrErrno { mkdir(cPath, mode) } }
        switch result {
        case .success: continue
        case .failure(.fileExists): continue
        case .failure(let error): throw error
        }
    }
}

import CLinux
import Glibc
public import SystemPackage

/// The bytes of one article file, read safely, and the facts recorded about it.
public struct SourceFile: Sendable {
    public var bytes: [UInt8]
    public var identity: FileIdentity
}

/// Why a source file could not be read (yet).
public enum SourceReadError: Error, Sendable, Equatable {
    /// Not a regular file (symlink, FIFO, socket, device, folder): rejected without reading.
    case notRegular(FileKind)
    /// Bigger than `max_bytes`: rejected without reading.
    case tooLarge(size: Int64, limit: Int64)
    /// Some process still has it open for writing: try again once it is quiet.
    case stillBeingWritten
    /// Its size, mtime or inode changed while it was read: try again once it is quiet.
    case changedWhileReading
    /// It is gone (renamed or deleted by someone else).
    case vanished
    /// Any other failure of a system call, e.g. `EACCES`.
    case system(Errno)
}

/// Opens and reads files below the drop folder without ever following a symbolic link, blocking on
/// a FIFO, or leaving the folder.
///
/// Every path component is opened with `O_NOFOLLOW` relative to the one before it, so a symlinked
/// subfolder cannot lead outside; the file itself is opened `O_NONBLOCK` and checked with `fstat`
/// before a byte is read.
///
/// The corresponding C functions are `openat(2)`, `fstat(2)`, `read(2)` and `fcntl(F_SETLEASE)`.
public struct SourceFileReader: Sendable {
    public let root: FilePath

    public init(root: FilePath) {
        self.root = root
    }

    /// Metadata of the entry at `relative`, not following a final symlink.
    public func identity(of relative: FilePath) throws(SourceReadError) -> FileIdentity {
        do {
            return try identityOfEntry(at: self.root.pushing(relative))
        } catch .noSuchFileOrDirectory {
            throw .vanished
        } catch {
            throw .system(error)
        }
    }

    /// Reads the whole file at `relative` (a path below the drop folder).
    ///
    /// - Throws: ``SourceReadError``; `.notRegular` and `.tooLarge` are final, `.stillBeingWritten`
    ///   and `.changedWhileReading` mean "later".
    public func read(_ relative: FilePath, maxBytes: Int64) throws(SourceReadError) -> SourceFile {
        let before = try self.identity(of: relative)
        guard before.kind == .regular else { throw .notRegular(before.kind) }
        guard before.size <= maxBytes else { throw .tooLarge(size: before.size, limit: maxBytes) }

        let descriptor = try self.openBeneathRoot(relative)
        defer { closeIgnoringErrors(descriptor) }

        var status = stat()
        if fstat(descriptor, &status) == -1 { throw .system(Errno(rawValue: errno)) }
        let opened = FileIdentity(status)
        // The entry may have been swapped between lstat and open.
        guard opened.kind == .regular else { throw .notRegular(opened.kind) }
        guard opened.inode == before.inode, opened.device == before.device else { throw .changedWhileReading }
        guard opened.size <= maxBytes else { throw .tooLarge(size: opened.size, limit: maxBytes) }

        // A writer that keeps the file open between pauses (scp, sftp) makes no inotify event while
        // it pauses; the kernel knows it is open for writing, and refuses a read lease while it is.
        if newsdrop_probe_no_writers(descriptor) == -1, errno == EAGAIN {
            throw .stillBeingWritten
        }

        let bytes = try Self.readAll(descriptor, expected: Int(opened.size), limit: maxBytes)

        if fstat(descriptor, &status) == -1 { throw .system(Errno(rawValue: errno)) }
        let after = FileIdentity(status)
        guard after == opened, Int64(bytes.count) == after.size else { throw .changedWhileReading }
        let now = try self.identity(of: relative)
        guard now.inode == after.inode, now.device == after.device else { throw .changedWhileReading }
        return SourceFile(bytes: bytes, identity: after)
    }

    /// Opens `relative` for reading, walking its folders with `O_NOFOLLOW` from the root.
    private func openBeneathRoot(_ relative: FilePath) throws(SourceReadError) -> CInt {
        let components = Array(relative.components)
        guard let last = components.last else { throw .notRegular(.directory) }
        var directory = self.root.withPlatformString { open($0, newsdrop_o_path() | O_DIRECTORY | O_CLOEXEC) }
        if directory == -1 { throw Self.mapOpenError(Errno(rawValue: errno)) }
        for component in components.dropLast() {
            let next = component.withPlatformString {
                openat(directory, $0, newsdrop_o_path() | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            let error = Errno(rawValue: errno)
            closeIgnoringErrors(directory)
            if next == -1 { throw Self.mapOpenError(error) }
            directory = next
        }
        defer { closeIgnoringErrors(directory) }
        let flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        let result = last.withPlatformString { name in valueOrErrno { openat(directory, name, flags) } }
        switch result {
        case .success(let descriptor): return descriptor
        case .failure(let error): throw Self.mapOpenError(error)
        }
    }

    private static func mapOpenError(_ error: Errno) -> SourceReadError {
        switch error {
        case .noSuchFileOrDirectory: return .vanished
        // O_NOFOLLOW on a symlink gives ELOOP; O_DIRECTORY on a non-folder gives ENOTDIR.
        case .tooManySymbolicLinkLevels: return .notRegular(.symbolicLink)
        case .notDirectory: return .vanished
        default: return .system(error)
        }
    }

    private static func readAll(_ descriptor: CInt, expected: Int, limit: Int64) throws(SourceReadError) -> [UInt8] {
        // One byte more than expected, to notice growth without a second read in the common case.
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if Int64(filled) > limit { throw .tooLarge(size: Int64(filled), limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, filled)))
            }
            let result = bytes.withUnsafeMutableBytes { raw in
                valueOrErrno { Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled) }
            }
            switch result {
            case .success(0):
                bytes.removeSubrange(filled...)
                return bytes
            case .success(let count): filled += count
            case .failure(.wouldBlock): throw .changedWhileReading
            case .failure(let error): throw .system(error)
            }
        }
    }
}

import Glibc
public import SystemPackage

/// One entry of a directory as `readdir(3)` reports it.
public struct DirectoryEntry: Sendable {
    public var name: FilePath.Component
    /// From `d_type`; `nil` when the file system does not say (then `lstat` tells).
    public var kind: FileKind?
}

/// Lists a directory's entries, without `.` and `..`.
///
/// The corresponding C functions are `opendir(3)`, `readdir(3)` and `closedir(3)`.
public func listDirectory(_ path: FilePath) throws(Errno) -> [DirectoryEntry] {
    guard let directory = path.withPlatformString({ opendir($0) }) else {
        throw Errno(rawValue: errno)
    }
    defer { closedir(directory) }
    var entries: [DirectoryEntry] = []
    while true {
        errno = 0
        guard let entry = readdir(directory) else {
            if errno != 0 { throw Errno(rawValue: errno) }
            return entries
        }
        let kind: FileKind?
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): kind = .regular
        case Int32(DT_DIR): kind = .directory
        case Int32(DT_LNK): kind = .symbolicLink
        case Int32(DT_FIFO): kind = .fifo
        case Int32(DT_SOCK): kind = .socket
        case Int32(DT_CHR): kind = .characterDevice
        case Int32(DT_BLK): kind = .blockDevice
        default: kind = nil
        }
        let component: FilePath.Component? = withUnsafePointer(to: entry.pointee.d_name) { tuple in
            tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return nil }
                return FilePath.Component(platformString: name)
            }
        }
        if let component { entries.append(DirectoryEntry(name: component, kind: kind)) }
    }
}

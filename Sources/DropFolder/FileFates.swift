import CLinux
import Glibc
public import SystemPackage

/// What happens to a source file once newsdrop is done with it: moved to `processed/` (or deleted),
/// or moved to `rejected/` with a `NAME.reason` sidecar.
///
/// Moves keep the path relative to the drop folder. A name already taken at the destination gets a
/// numeric suffix before its extension (`a.txt` → `a.1.txt`); `renameat2(RENAME_NOREPLACE)` makes
/// the choice race-free, so two files can never overwrite each other.
///
/// A name is at most `NAME_MAX` (255) bytes, and so must be `NAME.reason` and `NAME.N.ext`: when one
/// would be longer, the stem is cut at its end (never inside a UTF-8 sequence), so that a rejected
/// file and its sidecar always pair up by name and a long name can still take a suffix.
///
/// - Important: the drop, processed and rejected folders must be on one file system (a rename
///   cannot cross file systems); the daemon checks that at start-up.
public struct FileFates: Sendable {
    public let dropFolder: FilePath
    public let processedFolder: FilePath
    public let rejectedFolder: FilePath

    public init(dropFolder: FilePath, processedFolder: FilePath, rejectedFolder: FilePath) {
        self.dropFolder = dropFolder
        self.processedFolder = processedFolder
        self.rejectedFolder = rejectedFolder
    }

    /// Moves a finished file to `processed/`, returning where it went.
    @discardableResult
    public func moveToProcessed(_ relative: FilePath) throws(Errno) -> FilePath {
        try self.move(relative, into: self.processedFolder)
    }

    /// Moves a rejected file to `rejected/` and writes `reason` (one line) beside it.
    ///
    /// When the name leaves no room for `.reason` it is cut (see the type's notes), and the reason line says so.
    @discardableResult
    public func reject(_ relative: FilePath, reason: String) throws(Errno) -> FilePath {
        let moved = try self.move(relative, into: self.rejectedFolder, reserving: Self.sidecarSuffix.count)
        let sidecar = moved.path.withPlatformString { name in
            var bytes = Array(UnsafeBufferPointer(start: name, count: strlen(name)))
            bytes.append(contentsOf: Self.sidecarSuffix.map { CChar(bitPattern: $0) } + [0])
            return bytes.withUnsafeBufferPointer { FilePath(platformString: $0.baseAddress!) }
        }
        var line = reason.replacing("\n", with: " ")
        if let cut = moved.cut {
            line += " (its name was cut from \(cut.from) to \(cut.to) bytes to leave room for '.reason')"
        }
        line += "\n"
        do {
            let descriptor = try FileDescriptor.open(
                sidecar,
                .writeOnly,
                options: [.create, .truncate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead]
            )
            defer { try? descriptor.close() }
            _ = try descriptor.writeAll(Array(line.utf8))
        } catch let error as Errno {
            throw error
        } catch {
            throw Errno.ioError
        }
        return moved.path
    }

    /// Deletes a finished file (`on_success = "delete"`).
    public func delete(_ relative: FilePath) throws(Errno) {
        _ = try self.dropFolder.pushing(relative).withPlatformString { path in
            valueOrErrno { unlink(path) }
        }.get()
    }

    /// The longest name of a folder entry (`NAME_MAX` on Linux file systems).
    static let nameMax = 255
    static let sidecarSuffix = Array(".reason".utf8)

    private func move(_ relative: FilePath, into folder: FilePath) throws(Errno) -> FilePath {
        try self.move(relative, into: folder, reserving: 0).path
    }

    /// Moves `relative` to the same relative path below `folder`, with a numeric suffix when the
    /// name is taken, leaving `reserve` bytes of `NAME_MAX` free (for a sidecar's suffix).
    ///
    /// - Returns: where it went, and the name's old and new lengths in bytes when it had to be cut.
    private func move(
        _ relative: FilePath,
        into folder: FilePath,
        reserving reserve: Int
    ) throws(Errno) -> (path: FilePath, cut: (from: Int, to: Int)?) {
        guard let last = relative.lastComponent else { throw Errno.isDirectory }
        let source = self.dropFolder.pushing(relative)
        let parent = folder.pushing(relative.removingLastComponent())
        if parent != folder {
            try createDirectories(parent)
        }
        let name = Self.bytes(of: last)
        for attempt in 0..<10_000 {
            let fitted = Self.fitted(name, number: attempt == 0 ? nil : attempt, limit: Self.nameMax - reserve)
            let candidate = parent.appending(Self.component(fitted.name))
            let result = source.withPlatformString { from in
                candidate.withPlatformString { to in
                    valueOrErrno { newsdrop_rename_noreplace(AT_FDCWD, from, AT_FDCWD, to) }
                }
            }
            switch result {
            case .success: return (candidate, fitted.cut ? (name.count, fitted.name.count) : nil)
            case .failure(.fileExists): continue
            case .failure(let error): throw error
            }
        }
        throw Errno.fileExists
    }

    /// `name` with `.N` before its extension when `number` is given (`a.txt` → `a.N.txt`; `a` → `a.N`;
    /// `.a` → `.a.N`), in at most `limit` bytes: a
    /// longer result loses the end of its stem (and the extension too, when that alone is too long).
    /// The cut backs off to the start of a UTF-8 sequence, so a UTF-8 name stays UTF-8, and keeps a byte at least.
    static func fitted(_ name: [UInt8], number: Int?, limit: Int) -> (name: [UInt8], cut: Bool) {
        let insert = number.map { Array(".\($0)".utf8) } ?? []
        var stem = name[...]
        var ext = name[name.endIndex...]
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 {
            stem = name[..<dot]
            ext = name[dot...]
        }
        if stem.count + insert.count + ext.count <= limit { return (Array(stem + insert + ext), false) }
        if insert.count + ext.count >= limit {
            stem = name[...]
            ext = name[name.endIndex...]
        }
        var keep = max(1, limit - insert.count - ext.count)
        // At most three continuation bytes end a UTF-8 sequence; a name that is not UTF-8 may have more.
        for _ in 0..<3 where keep > 1 && stem[stem.startIndex + keep] & 0xC0 == 0x80 { keep -= 1 }
        return (Array(stem.prefix(keep) + insert + ext), true)
    }

    private static func bytes(of component: FilePath.Component) -> [UInt8] {
        component.withPlatformString { name in
            UnsafeRawBufferPointer(start: name, count: strlen(name)).map { $0 }
        }
    }

    private static func component(_ bytes: [UInt8]) -> FilePath.Component {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        // Never nil: the bytes are a non-empty name without "/" or NUL, taken from a component.
        return terminated.withUnsafeBufferPointer { FilePath.Component(platformString: $0.baseAddress!)! }
    }
}

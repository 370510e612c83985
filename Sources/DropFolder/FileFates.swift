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
    @discardableResult
    public func reject(_ relative: FilePath, reason: String) throws(Errno) -> FilePath {
        let destination = try self.move(relative, into: self.rejectedFolder)
        let sidecar = destination.withPlatformString { name in
            var bytes = Array(UnsafeBufferPointer(start: name, count: strlen(name)))
            bytes.append(contentsOf: ".reason".utf8CString)  // ends in the NUL
            return bytes.withUnsafeBufferPointer { FilePath(platformString: $0.baseAddress!) }
        }
        let line = reason.replacing("\n", with: " ") + "\n"
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
        return destination
    }

    /// Deletes a finished file (`on_success = "delete"`).
    public func delete(_ relative: FilePath) throws(Errno) {
        _ = try self.dropFolder.pushing(relative).withPlatformString { path in
            valueOrErrno { unlink(path) }
        }.get()
    }

    private func move(_ relative: FilePath, into folder: FilePath) throws(Errno) -> FilePath {
        let source = self.dropFolder.pushing(relative)
        let target = folder.pushing(relative)
        if let parent = Optional(target.removingLastComponent()), parent != folder {
            try createDirectories(parent)
        }
        for attempt in 0..<10_000 {
            let candidate = attempt == 0 ? target : Self.suffixed(target, attempt)
            let result = source.withPlatformString { from in
                candidate.withPlatformString { to in
                    valueOrErrno { newsdrop_rename_noreplace(AT_FDCWD, from, AT_FDCWD, to) }
                }
            }
            switch result {
            case .success: return candidate
            case .failure(.fileExists): continue
            case .failure(let error): throw error
            }
        }
        throw Errno.fileExists
    }

    /// `a.txt` → `a.N.txt`; `a` → `a.N`; `.a` → `.a.N`.
    static func suffixed(_ path: FilePath, _ number: Int) -> FilePath {
        guard let name = path.lastComponent else { return path }
        var result = path.removingLastComponent()
        if let ext = name.extension, !name.stem.isEmpty {
            result.append("\(name.stem).\(number).\(ext)")
        } else {
            result.append("\(name.string).\(number)")
        }
        return result
    }
}

import Foundation
import Glibc

/// The ways files arrive in a drop folder, imitated closely enough to exercise the daemon's readiness rules.
enum Writers {
    /// `mv`: a `rename(2)` from a folder on the same file system (`IN_MOVED_TO`, complete at once).
    static func move(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw E2EError(
                "rename('\(source.path)', '\(destination.path)') failed: \(String(cString: strerror(errno)))"
            )
        }
    }

    /// Writes `data` to the tree's staging folder, then renames it to `drop/<relativePath>`.
    static func moveIn(_ data: Data, as relativePath: String, tree: TestTree) throws {
        let staged = try tree.stage("mv-" + relativePath.replacingOccurrences(of: "/", with: "_"), data)
        try self.move(staged, to: tree.drop.appendingPathComponent(relativePath))
    }

    /// Like `scp`/`sftp`: one `open`, the bytes written in place in `chunks` pieces with `pause` between them,
    /// one `close` at the end (a single `IN_CLOSE_WRITE`).
    ///
    /// Chunk boundaries fall at arbitrary bytes (possibly inside a UTF-8 sequence or a word), so any parse of
    /// a partial file shows up as a wrong hash, a cut body or a rejection.
    static func writeInPlace(_ data: Data, to url: URL, chunks: Int, pause: Duration) async throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw E2EError("Failed to open '\(url.path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let pieces = self.split(data, into: chunks)
        for (index, piece) in pieces.enumerated() {
            try self.writeAll(piece, to: descriptor, path: url.path)
            if index < pieces.count - 1 { try await Task.sleep(for: pause) }
        }
    }

    /// A writer that closes and reopens: each part is written by its own `open`/`write`/`close` (append), with
    /// `gap` between closing and reopening, so the daemon sees several `IN_CLOSE_WRITE`s for one file.
    static func writeWithReopens(_ data: Data, to url: URL, parts: Int, gap: Duration) async throws {
        let pieces = self.split(data, into: parts)
        for (index, piece) in pieces.enumerated() {
            let flags = index == 0 ? (O_WRONLY | O_CREAT | O_TRUNC) : (O_WRONLY | O_APPEND)
            let descriptor = open(url.path, flags | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw E2EError("Failed to open '\(url.path)': \(String(cString: strerror(errno)))")
            }
            do {
                try self.writeAll(piece, to: descriptor, path: url.path)
            } catch {
                close(descriptor)
                throw error
            }
            close(descriptor)
            if index < pieces.count - 1 { try await Task.sleep(for: gap) }
        }
    }

    /// Runs the real `rsync -rt` (default mode: a temporary `.name.XXXXXX` beside the target, then a rename).
    static func rsync(_ sources: [URL], to destination: URL, timeout: Duration = .seconds(30)) async throws {
        let candidates: [String] = ["/usr/bin/rsync", "/bin/rsync", "/usr/local/bin/rsync"]
        let rsync = candidates.first { access($0, X_OK) == 0 }
        guard let rsync else { throw E2EError("rsync is not installed") }
        let log = destination.deletingLastPathComponent().appendingPathComponent("rsync.log")
        let child = try ChildProcess(
            executable: rsync,
            arguments: ["-rt"] + sources.map(\.path) + [destination.path + "/"],
            environment: childEnvironment(),
            stdout: log.path,
            stderr: log.path
        )
        let termination = try await child.waitForExit(timeout: timeout, what: "rsync")
        guard termination == .exited(0) else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw E2EError("rsync failed with \(termination): \(output)")
        }
    }

    /// Creates a FIFO at `url` (`mkfifo(3)`).
    static func makeFIFO(at url: URL) throws {
        guard mkfifo(url.path, 0o644) == 0 else {
            throw E2EError("mkfifo('\(url.path)') failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates a symbolic link at `url` pointing at `target`.
    static func makeSymlink(at url: URL, to target: URL) throws {
        guard symlink(target.path, url.path) == 0 else {
            throw E2EError("symlink('\(url.path)') failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Splits `data` into `count` pieces of roughly equal size (the last takes the remainder).
    static func split(_ data: Data, into count: Int) -> [Data] {
        let size = Swift.max(1, data.count / Swift.max(1, count))
        var pieces: [Data] = []
        var start = data.startIndex
        for index in 0..<count where start < data.endIndex {
            let end = index == count - 1 ? data.endIndex : Swift.min(data.endIndex, start + size)
            pieces.append(Data(data[start..<end]))
            start = end
        }
        return pieces
    }

    fileprivate static func writeAll(_ data: Data, to descriptor: CInt, path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw E2EError("write('\(path)') failed: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}

extension Writers {
    /// Creates (or truncates) `url` and writes `data` with plain `open`/`write`/`close`; much faster than
    /// `Data.write(to:)` for the tens of thousands of small files of the overflow test.
    static func writeFile(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw E2EError("Failed to open '\(url.path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try self.writeAll(data, to: descriptor, path: url.path)
    }
}

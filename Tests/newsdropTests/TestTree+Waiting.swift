import Foundation
import Glibc

extension TestTree {
    /// Waits until every file has left `drop/` (folders may stay), except the relative paths in `leftAlone`.
    func waitUntilDrained(
        _ daemon: DaemonProcess,
        leftAlone: Set<String> = [],
        timeout: Duration = .seconds(20),
        interval: Duration = .milliseconds(25)
    ) async throws {
        let drained = try await eventually(timeout: timeout, interval: interval) {
            Set(Self.entries(below: self.drop)).subtracting(leftAlone).isEmpty || !daemon.isRunning
        }
        let left = Set(Self.entries(below: self.drop)).subtracting(leftAlone)
        guard drained, left.isEmpty else {
            let state = daemon.isRunning ? "" : "; the daemon: \(daemon.state)"
            throw E2EError(
                "timed out after \(timeout) waiting for drop/ to empty; \(left.count) files still there, such as "
                    + "\(left.sorted().prefix(10)); the log has \(self.log.completeLineCount()) lines"
                    + state + "; stderr:\n" + daemon.stderrTail()
            )
        }
    }

    /// Waits until `relativePath` exists below `folder` (without following a symbolic link).
    func waitForEntry(
        _ relativePath: String,
        in folder: URL,
        daemon: DaemonProcess,
        timeout: Duration = .seconds(20)
    ) async throws {
        let url = folder.appendingPathComponent(relativePath)
        let found = try await eventually(timeout: timeout) { Self.exists(url) || !daemon.isRunning }
        guard found, Self.exists(url) else {
            throw E2EError(
                "timed out after \(timeout) waiting for '\(url.path)'; \(folder.lastPathComponent)/ holds "
                    + "\(Self.entries(below: folder).prefix(20)); stderr:\n" + daemon.stderrTail()
            )
        }
    }

    /// The SHA-256 of every regular file below `folder`, by relative path.
    static func digests(below folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in self.entries(below: folder) where self.fileType(folder.appendingPathComponent(path).path) == S_IFREG
        {
            result[path] = try FileDigest.hex(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }
}

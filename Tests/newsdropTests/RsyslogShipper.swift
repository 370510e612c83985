import Foundation
import Glibc

/// A real `rsyslogd` following a test tree's log with `examples/rsyslog-newsdrop.conf`, its Kafka output swapped
/// for a file (``RsyslogExampleConfig/shippingToFile(_:)``), as an rsyslogd of its own: in the foreground, no pid
/// file, its own work folder below the tree.
///
/// Runs started from one shipper share the work folder (imfile's state, the queue) and the output file, as
/// restarts of one installed rsyslogd would.
final class RsyslogShipper {
    /// Where Debian's `rsyslog` package puts it (`.ci/run` installs `rsyslog` and `rsyslog-kafka`).
    static let executable = "/usr/sbin/rsyslogd"

    let configURL: URL
    let workFolder: URL
    /// What rsyslogd forwarded: one line per record, as the Kafka messages would be.
    let output: LogFile
    /// rsyslogd's own messages of every run (without a system log socket it writes them to stderr).
    let stderrURL: URL

    /// Writes the config below `tree.root`; starts nothing.
    init(tree: TestTree) throws {
        try Self.requireExecutable()
        self.workFolder = tree.root.appendingPathComponent("rsyslog", isDirectory: true)
        self.configURL = tree.root.appendingPathComponent("rsyslog-newsdrop.conf")
        self.output = LogFile(tree.root.appendingPathComponent("shipped.jsonl"))
        self.stderrURL = tree.root.appendingPathComponent("rsyslogd.stderr")
        try FileManager.default.createDirectory(at: self.workFolder, withIntermediateDirectories: true)
        try RsyslogExampleConfig()
            .movingFolders(log: tree.logURL.deletingLastPathComponent(), work: self.workFolder)
            .shippingToFile(self.output.url)
            .write(to: self.configURL)
    }

    /// The file the example writes records to that are not whole JSON objects (cut at `maxMessageSize`).
    var notShippedURL: URL { self.workFolder.appendingPathComponent("not-shipped.jsonl") }

    /// Starts `rsyslogd -n -iNONE -f <config>`. The caller owns the child: stop it, or `killAndReap()` it in a
    /// `defer`.
    func start() throws -> ChildProcess {
        try ChildProcess(
            executable: Self.executable,
            arguments: ["-n", "-iNONE", "-f", self.configURL.path],
            environment: childEnvironment(),
            stdout: self.stderrURL.path,
            stderr: self.stderrURL.path
        )
    }

    /// The last lines rsyslogd wrote, for failure messages.
    func stderrTail(lines: Int = 20) -> String {
        let text = (try? String(contentsOf: self.stderrURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// Fails with a message that says how to get rsyslogd, instead of a `posix_spawn` error later.
    static func requireExecutable() throws {
        guard access(Self.executable, X_OK) == 0 else {
            throw E2EError(
                "rsyslogd not found at '\(Self.executable)': apt-get install rsyslog rsyslog-kafka (.ci/run does)"
            )
        }
    }
}

import Foundation
import Glibc
import Testing

/// A `newsdrop run` child process with its stderr captured to a file and its own `$NOTIFY_SOCKET`.
///
/// Always pair a start with `defer { daemon.kill() }` so that a failing test never leaves a daemon behind.
final class DaemonProcess {
    let child: ChildProcess
    /// All runs started in one tree append to the same file, so a test can search the whole history.
    let stderrURL: URL
    let notify: NotifySocket?

    var pid: pid_t { self.child.pid }
    var isRunning: Bool { self.child.isRunning }

    /// How the daemon ended, or a note that it still runs.
    var state: String { self.child.poll().map { "\($0)" } ?? "still running" }

    /// Starts `newsdrop run <arguments>`.
    ///
    /// - Parameters:
    ///   - arguments: What follows `run`; by default `--config <tree's config>`.
    ///   - notify: Whether to bind a notify socket and pass it as `NOTIFY_SOCKET`.
    ///   - launcher: A command (absolute path first) that ends by exec'ing the binary, which follows it with
    ///     its arguments: `unshare`, `setpriv`. The daemon keeps the launcher's pid.
    init(
        tree: TestTree,
        arguments: [String]? = nil,
        notify: Bool = true,
        environment extra: [String: String] = [:],
        launcher: [String] = []
    ) throws {
        let binary = try Fixtures.requireBinary()
        let runNumber = tree.nextRunNumber()
        self.notify =
            notify ? try NotifySocket(path: tree.root.appendingPathComponent("notify-\(runNumber).sock").path) : nil
        self.stderrURL = tree.root.appendingPathComponent("daemon.stderr")
        let command = launcher + [binary.path, "run"] + (arguments ?? ["--config", tree.configURL.path])
        self.child = try ChildProcess(
            executable: command[0],
            arguments: Array(command.dropFirst()),
            environment: childEnvironment(notifySocket: self.notify?.path).merging(extra) { $1 },
            stdout: self.stderrURL.path,
            stderr: self.stderrURL.path
        )
    }

    /// Starts the daemon and waits for `READY=1`.
    static func startReady(
        tree: TestTree,
        arguments: [String]? = nil,
        timeout: Duration = .seconds(20),
        environment: [String: String] = [:],
        launcher: [String] = []
    ) async throws -> DaemonProcess {
        let daemon = try DaemonProcess(
            tree: tree,
            arguments: arguments,
            notify: true,
            environment: environment,
            launcher: launcher
        )
        do {
            try await daemon.waitUntilReady(timeout: timeout)
        } catch {
            daemon.kill()
            throw error
        }
        return daemon
    }

    /// Waits for `READY=1`, failing early if the daemon exits first.
    func waitUntilReady(timeout: Duration = .seconds(20)) async throws {
        guard let notify = self.notify else { throw E2EError("daemon started without a notify socket") }
        let ready = try await eventually(timeout: timeout, interval: .milliseconds(1)) {
            notify.awaitDatagram(milliseconds: 20)
            return notify.assignments.contains("READY=1") || !self.isRunning
        }
        guard notify.hasReceived("READY=1") else {
            throw E2EError(
                "no READY=1 from newsdrop (\(ready ? "it ended first" : "timed out after \(timeout)"), \(self.state));"
                    + " stderr:\n\(self.stderrTail())"
            )
        }
    }

    func signal(_ number: Int32) {
        self.child.signal(number)
    }

    /// `SIGKILL`s the daemon if it is still running (for `defer`).
    func kill() {
        self.child.killAndReap()
    }

    /// Sends `SIGTERM` and waits for the exit.
    func terminate(timeout: Duration = .seconds(20)) async throws -> Termination {
        self.signal(SIGTERM)
        return try await self.waitForExit(timeout: timeout)
    }

    /// Sends `SIGTERM` and expects exit status 0; on a hang records an issue and kills the daemon, so that the
    /// test can still check the log and the folders afterwards.
    func expectCleanStop(timeout: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation) async {
        do {
            let termination = try await self.terminate(timeout: timeout)
            #expect(termination == .exited(0), "stderr:\n\(self.stderrTail())", sourceLocation: sourceLocation)
        } catch {
            Issue.record("SIGTERM did not stop newsdrop: \(error)", sourceLocation: sourceLocation)
        }
    }

    func waitForExit(timeout: Duration) async throws -> Termination {
        do {
            return try await self.child.waitForExit(timeout: timeout, what: "newsdrop run")
        } catch let error as E2EError {
            throw E2EError(error.message + "; stderr:\n" + self.stderrTail())
        }
    }

    /// Everything the daemon(s) of this tree wrote to stderr and stdout.
    func stderr() -> String {
        (try? String(contentsOf: self.stderrURL, encoding: .utf8)) ?? ""
    }

    /// The last lines of ``stderr()``, for failure messages.
    func stderrTail(lines: Int = 30) -> String {
        self.stderr().split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}

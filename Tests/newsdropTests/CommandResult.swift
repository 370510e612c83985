import Foundation
import Glibc

/// The outcome of a one-shot `newsdrop` command (`parse`, `verify`, `--version`, a `run` that fails at start-up).
struct CommandResult: CustomStringConvertible {
    var termination: Termination
    var stdout: String
    var stderr: String

    var exitStatus: Int32? {
        if case .exited(let status) = self.termination { return status }
        return nil
    }

    var stdoutLines: [String] {
        self.stdout.split(separator: "\n").map(String.init)
    }

    var description: String {
        "\(self.termination)\n--- stdout ---\n\(self.stdout)\n--- stderr ---\n\(self.stderr)"
    }

    /// Runs `newsdrop <arguments>` to completion, stdout and stderr captured through files (no pipe can fill up).
    static func run(
        _ arguments: [String],
        environment: [String: String]? = nil,
        timeout: Duration = .seconds(30)
    ) async throws -> CommandResult {
        let binary = try Fixtures.requireBinary()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdrop-e2e-cmd-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")

        let child = try ChildProcess(
            executable: binary.path,
            arguments: arguments,
            environment: environment ?? childEnvironment(),
            stdout: stdoutURL.path,
            stderr: stderrURL.path
        )
        let termination = try await child.waitForExit(
            timeout: timeout,
            what: "newsdrop \(arguments.joined(separator: " "))"
        )
        return CommandResult(
            termination: termination,
            stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        )
    }
}

import Foundation
import Glibc

/// A child process started with `posix_spawn(3)` the way a service manager starts one: an empty signal mask,
/// default signal dispositions, stdin from `/dev/null`, stdout and stderr appended to files.
///
/// Foundation's `Process` is not used on purpose: it spawns with the calling thread's signal mask, and the
/// threads Swift Testing runs on block nearly every signal, so a child started that way never sees `SIGTERM`.
final class ChildProcess {
    let pid: pid_t
    private var ended: Termination?
    /// Whether the child leads a process group of its own, which ``killAndReap()`` kills whole (a shell
    /// pipeline's every command).
    private let leadsGroup: Bool

    /// - Parameters:
    ///   - stdout: File that receives stdout (appended; created if missing).
    ///   - stderr: File that receives stderr; may be the same as `stdout`.
    ///   - ownGroup: start the child in a process group of its own (see ``leadsGroup``).
    init(
        executable: String,
        arguments: [String],
        environment: [String: String],
        stdout: String,
        stderr: String,
        ownGroup: Bool = false
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        if stderr == stdout {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw E2EError("posix_spawn('\(executable)') failed: \(String(cString: strerror(result)))")
        }
        self.pid = pid
        self.leadsGroup = ownGroup
    }

    deinit {
        self.killAndReap()
    }

    /// How the child ended, or `nil` while it runs (reaps it with `waitpid(WNOHANG)`).
    func poll() -> Termination? {
        if let ended = self.ended { return ended }
        var status: CInt = 0
        let result = waitpid(self.pid, &status, WNOHANG)
        guard result == self.pid else { return nil }
        self.ended = Self.decode(status)
        return self.ended
    }

    var isRunning: Bool { self.poll() == nil }

    func signal(_ number: CInt) {
        if self.isRunning { kill(self.pid, number) }
    }

    /// Waits until the child ends; on timeout kills it with `SIGKILL` and throws.
    func waitForExit(timeout: Duration, what: String) async throws -> Termination {
        if try await eventually(timeout: timeout, interval: .milliseconds(10), { !self.isRunning }),
            let ended = self.poll()
        {
            return ended
        }
        self.killAndReap()
        throw E2EError("\(what) (pid \(self.pid)) did not exit within \(timeout); killed it")
    }

    /// `SIGKILL`s the child if it still runs and reaps it (blocking briefly).
    func killAndReap() {
        guard self.ended == nil else { return }
        // The group's other members may outlive its leader: they go even when the leader has ended.
        if self.leadsGroup { kill(-self.pid, SIGKILL) }
        if self.poll() != nil { return }
        kill(self.pid, SIGCONT)
        kill(self.pid, SIGKILL)
        var status: CInt = 0
        while true {
            let result = waitpid(self.pid, &status, 0)
            if result == self.pid {
                self.ended = Self.decode(status)
                return
            }
            if result < 0 && errno == EINTR { continue }
            return
        }
    }

    /// `WIFEXITED`/`WEXITSTATUS`/`WTERMSIG`, which are macros Swift cannot import.
    private static func decode(_ status: CInt) -> Termination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}

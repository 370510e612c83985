import Foundation
import Glibc

/// How a child process ended.
enum Termination: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .signaled(let signal): "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
    }
}

/// The environment for a child: ours, minus anything that would make it think systemd started it.
func childEnvironment(notifySocket: String? = nil) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for key in [
        "NOTIFY_SOCKET", "JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID",
        "LISTEN_FDNAMES", "INVOCATION_ID",
    ] {
        environment.removeValue(forKey: key)
    }
    if let notifySocket { environment["NOTIFY_SOCKET"] = notifySocket }
    return environment
}

import CSystemd
public import SystemPackage

/// A state the daemon reports to its service manager.
///
/// The corresponding C function is `sd_notify(3)`; each case is one `KEY=value` assignment.
public enum ServiceManagerState: Sendable, Equatable {
    case ready
    case reloading(monotonicMicroseconds: UInt64)
    case stopping
    case watchdog
    /// Asks for more time to start (or stop) than `TimeoutStartSec=` allows, from now on.
    case extendTimeout(microseconds: UInt64)
    case status(String)

    /// The assignment as sent on the notify socket.
    public var assignment: String {
        switch self {
        case .ready: return "READY=1"
        case .reloading(let usec): return "RELOADING=1\nMONOTONIC_USEC=\(usec)"
        case .stopping: return "STOPPING=1"
        case .watchdog: return "WATCHDOG=1"
        case .extendTimeout(let usec): return "EXTEND_TIMEOUT_USEC=\(usec)"
        case .status(let text): return "STATUS=" + text.replacing("\n", with: " ")
        }
    }
}

/// Reports the daemon's state to whatever started it.
public protocol ServiceManagerNotifier: Sendable {
    /// - Returns: `false` if no manager listens (`$NOTIFY_SOCKET` unset), `true` once sent.
    @discardableResult
    func notify(_ state: ServiceManagerState) throws(Errno) -> Bool
}

/// Sends states to systemd through libsystemd; silently does nothing outside systemd.
public struct SystemdNotifier: ServiceManagerNotifier {
    public init() {}

    public func notify(_ state: ServiceManagerState) throws(Errno) -> Bool {
        // libsystemd: negative errno on failure, 0 when not under systemd, > 0 when sent.
        let result = sd_notify(0, state.assignment)
        guard result >= 0 else { throw Errno(rawValue: -result) }
        return result > 0
    }
}

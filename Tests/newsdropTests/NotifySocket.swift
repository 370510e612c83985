import Foundation
import Glibc

/// The listening end of `$NOTIFY_SOCKET`: an `AF_UNIX` datagram socket bound in the test's tree, as systemd binds
/// one for a `Type=notify` service (go-systemd's `TestSdNotify` does the same).
///
/// Every datagram is split into its `KEY=value` lines; ``assignments`` keeps them in arrival order.
final class NotifySocket {
    let path: String
    private let descriptor: CInt
    private(set) var assignments: [String] = []

    init(path: String) throws {
        unlink(path)
        let descriptor = socket(AF_UNIX, CInt(SOCK_DGRAM.rawValue) | CInt(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw E2EError("socket(AF_UNIX) failed: \(Self.lastError())") }
        do {
            try UnixSocketAddress.bind(descriptor, to: path)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(self.descriptor)
        unlink(self.path)
    }

    /// Reads every datagram already queued, without blocking.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                recv(self.descriptor, $0.baseAddress, $0.count, CInt(MSG_DONTWAIT))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            let text = String(decoding: buffer[0..<count], as: UTF8.self)
            self.assignments += text.split(separator: "\n").map(String.init)
        }
    }

    /// Blocks up to `milliseconds` for a datagram to arrive (`poll(2)`), then drains.
    ///
    /// Short blocking waits let a test react within a millisecond of a notification (a `SIGTERM` right after
    /// `READY=1`), which polling with sleeps would not.
    func awaitDatagram(milliseconds: Int32) {
        var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, milliseconds)
        self.drain()
    }

    /// Whether `assignment` (for example `READY=1`) has arrived.
    func hasReceived(_ assignment: String) -> Bool {
        self.drain()
        return self.assignments.contains(assignment)
    }

    /// Waits until `assignment` arrives.
    ///
    /// - Throws: ``E2EError`` naming what did arrive when `timeout` passes first.
    func wait(for assignment: String, timeout: Duration) async throws {
        if try await eventually(
            timeout: timeout,
            interval: .milliseconds(1),
            {
                self.awaitDatagram(milliseconds: 20)
                return self.assignments.contains(assignment)
            }
        ) {
            return
        }
        throw E2EError("no \(assignment) on NOTIFY_SOCKET within \(timeout); received \(self.assignments)")
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

import Glibc

/// Binds an `AF_UNIX` socket to a path: the notify socket's listener and the socket files the hostile-input
/// tests drop both need a `sockaddr_un` filled in the same way.
enum UnixSocketAddress {
    /// Binds `descriptor` to `path`; the caller keeps (and closes) the descriptor whatever happens.
    static func bind(_ descriptor: CInt, to path: String) throws {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw E2EError("socket path too long (\(bytes.count) bytes): '\(path)'")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: bytes)
            buffer[bytes.count] = 0
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(descriptor, $0, length) }
        }
        guard result == 0 else { throw E2EError("bind('\(path)') failed: \(String(cString: strerror(errno)))") }
    }
}

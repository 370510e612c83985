import CSystemd
import Glibc
public import SystemPackage

/// Sends journal entries to `systemd-journald` over its native socket (`/run/systemd/journal/socket`).
///
/// Each field becomes one `iovec`, so values may hold newlines and arbitrary bytes; libsystemd chooses the
/// binary-safe encoding itself and falls back to passing a memfd for entries too large for one datagram.
///
/// - Important: libsystemd reports success (0) when no journald listens at all; the entry is then lost.
///   ``LogBackend`` picks this sender only when `$JOURNAL_STREAM` shows that stderr is connected to the journal.
///
/// The corresponding C function is `sd_journal_sendv(3)`. (The variadic `sd_journal_send` does not import into
/// Swift.)
public struct SystemdJournalSender: JournalSender {
    public init() {}

    public func send(_ fields: [String]) throws(Errno) {
        guard !fields.isEmpty else { return }
        // All fields in one buffer, and one iovec per field pointing into it.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count })
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        let result: CInt = bytes.withUnsafeMutableBytes { buffer in
            var vectors: [iovec] = []
            vectors.reserveCapacity(ends.count)
            var start = 0
            for end in ends {
                vectors.append(iovec(iov_base: buffer.baseAddress.map { $0 + start }, iov_len: end - start))
                start = end
            }
            return vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, CInt($0.count)) }
        }
        // libsystemd: a negative errno on failure, 0 once sent (or when nobody listens).
        guard result >= 0 else { throw Errno(rawValue: -result) }
    }
}

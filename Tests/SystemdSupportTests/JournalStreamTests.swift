import Glibc
import SystemPackage
import SystemdSupport
import Testing

/// `$JOURNAL_STREAM` matching against real descriptors: a pipe, a socket pair and a file.
@Suite struct JournalStreamTests {
    /// `DEVICE:INODE` of `descriptor`, as systemd writes it into `$JOURNAL_STREAM`.
    private func journalStream(of descriptor: CInt) throws -> (device: UInt64, inode: UInt64) {
        var status = stat()
        try #require(fstat(descriptor, &status) == 0)
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    /// Runs `body` with two descriptors of `kind` that are different streams (two pipes, the two ends of a
    /// socket pair) or, for `"file"`, two descriptors of one file; closes them afterwards.
    private func withDescriptors(_ kind: String, _ body: (CInt, CInt) throws -> Void) throws {
        var open: [CInt] = []
        defer { open.forEach { _ = close($0) } }
        var fds: [CInt] = [-1, -1]
        switch kind {
        case "pipe":
            // Both ends of one pipe share its inode, so compare two pipes.
            try #require(pipe(&fds) == 0)
            open += fds
            var other: [CInt] = [-1, -1]
            try #require(pipe(&other) == 0)
            open += other
            fds[0] = fds[1]
            fds[1] = other[1]
        case "socket":
            try #require(socketpair(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0, &fds) == 0)
            open += fds
        default:
            var template = Array("/tmp/newsdrop-journal-stream.XXXXXX".utf8CString)
            fds[0] = mkstemp(&template)
            try #require(fds[0] >= 0)
            open.append(fds[0])
            unlink(template)
            fds[1] = dup(fds[0])  // same open file, same inode
            try #require(fds[1] >= 0)
            open.append(fds[1])
        }
        try body(fds[0], fds[1])
    }

    @Test(arguments: ["pipe", "socket"])
    func matchesOnlyTheNamedStream(kind: String) throws {
        try self.withDescriptors(kind) { first, second in
            let (device, inode) = try self.journalStream(of: first)
            let value = "\(device):\(inode)"
            #expect(LogBackend.isJournalStream(FileDescriptor(rawValue: first), journalStream: value))
            // Another pipe, or the other end of a socket pair, is a different inode.
            #expect(!LogBackend.isJournalStream(FileDescriptor(rawValue: second), journalStream: value))
            #expect(
                !LogBackend.isJournalStream(FileDescriptor(rawValue: first), journalStream: "\(device):\(inode + 1)")
            )
            #expect(
                !LogBackend.isJournalStream(FileDescriptor(rawValue: first), journalStream: "\(device + 1):\(inode)")
            )
        }
    }

    @Test func aDuplicatedDescriptorOfTheSameFileMatches() throws {
        try self.withDescriptors("file") { first, second in
            let (device, inode) = try self.journalStream(of: first)
            #expect(LogBackend.isJournalStream(FileDescriptor(rawValue: second), journalStream: "\(device):\(inode)"))
        }
    }

    @Test func malformedOrMissingValuesNeverMatch() throws {
        try self.withDescriptors("pipe") { first, _ in
            let (device, inode) = try self.journalStream(of: first)
            let descriptor = FileDescriptor(rawValue: first)
            let malformed = [
                "", ":", "\(device)", "\(device):", ":\(inode)", "\(device):\(inode):0", " \(device):\(inode)",
                "\(device):\(inode) ", "+\(device):\(inode)", "-\(device):\(inode)", "\(device):\(inode)\n",
                "0x\(String(device, radix: 16)):\(inode)", "\(device);\(inode)", "99999999999999999999999:\(inode)",
                "\(device):٣",
            ]
            for value in malformed {
                #expect(!LogBackend.isJournalStream(descriptor, journalStream: value), "\(value.debugDescription)")
            }
            #expect(!LogBackend.isJournalStream(descriptor, journalStream: nil))
        }
    }

    @Test func aClosedDescriptorNeverMatches() throws {
        var fds: [CInt] = [-1, -1]
        try #require(pipe(&fds) == 0)
        let (device, inode) = try self.journalStream(of: fds[0])
        close(fds[0])
        close(fds[1])
        #expect(!LogBackend.isJournalStream(FileDescriptor(rawValue: fds[0]), journalStream: "\(device):\(inode)"))
    }
}

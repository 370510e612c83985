import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// The harness itself, so that a failure elsewhere is about newsdrop and not about the tools measuring it.
    @Suite(.serialized)
    struct HarnessTests {
        @Test(.timeLimit(.minutes(1)))
        func sha256MatchesKnownDigests() {
            #expect(FileDigest.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
            #expect(
                FileDigest.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
            )
            let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            #expect(FileDigest.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        }

        @Test(.timeLimit(.minutes(1)))
        func notifySocketReceivesDatagrams() async throws {
            let tree = try TestTree("harness")
            defer { tree.remove() }
            let socketPath = tree.root.appendingPathComponent("n.sock").path
            let listener = try NotifySocket(path: socketPath)
            let sender = socket(AF_UNIX, CInt(SOCK_DGRAM.rawValue), 0)
            try #require(sender >= 0)
            defer { close(sender) }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(socketPath.utf8) + [0]) }
            let message = Array("READY=1\nSTATUS=ok".utf8)
            let sent = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(sender, message, message.count, 0, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            #expect(sent == message.count)
            try await listener.wait(for: "READY=1", timeout: .seconds(5))
            #expect(listener.assignments == ["READY=1", "STATUS=ok"])
        }

        @Test(.timeLimit(.minutes(1)))
        func writersSplitWithoutLosingBytes() {
            let data = Data((0..<1001).map { UInt8(truncatingIfNeeded: $0) })
            for count in [1, 2, 5, 7] {
                let pieces = Writers.split(data, into: count)
                #expect(pieces.count == count)
                #expect(pieces.reduce(Data(), +) == data)
            }
        }
    }
}

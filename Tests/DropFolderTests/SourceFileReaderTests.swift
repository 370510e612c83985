import DropFolder
import Foundation
import Glibc
import SystemPackage
import Testing

@Suite struct SourceFileReaderTests {
    @Test func readsARegularFileWithItsIdentity() throws {
        let folder = TemporaryFolder()
        try folder.write("sub/a.txt", "hello\n")
        let source = try SourceFileReader(root: folder.path).read(FilePath("sub/a.txt"), maxBytes: 100)
        #expect(source.bytes == Array("hello\n".utf8))
        #expect(source.identity.size == 6)
        #expect(source.identity.kind == .regular)
    }

    @Test func readsAnEmptyFile() throws {
        let folder = TemporaryFolder()
        try folder.write("empty.txt", "")
        let source = try SourceFileReader(root: folder.path).read(FilePath("empty.txt"), maxBytes: 100)
        #expect(source.bytes.isEmpty)
    }

    @Test func refusesASymlinkWithoutFollowingIt() throws {
        let folder = TemporaryFolder()
        let outside = TemporaryFolder()
        let target = try outside.write("secret.txt", "secret")
        #expect(symlink(target.string, folder.path.pushing("link.txt").string) == 0)
        #expect(throws: SourceReadError.notRegular(.symbolicLink)) {
            try SourceFileReader(root: folder.path).read(FilePath("link.txt"), maxBytes: 100)
        }
    }

    @Test func refusesToWalkThroughASymlinkedFolder() throws {
        let folder = TemporaryFolder()
        let outside = TemporaryFolder()
        try outside.write("secret.txt", "secret")
        #expect(symlink(outside.path.string, folder.path.pushing("escape").string) == 0)
        #expect(throws: SourceReadError.self) {
            try SourceFileReader(root: folder.path).read(FilePath("escape/secret.txt"), maxBytes: 100)
        }
    }

    @Test func refusesAFIFOWithoutBlocking() throws {
        let folder = TemporaryFolder()
        #expect(mkfifo(folder.path.pushing("pipe.txt").string, 0o644) == 0)
        #expect(throws: SourceReadError.notRegular(.fifo)) {
            try SourceFileReader(root: folder.path).read(FilePath("pipe.txt"), maxBytes: 100)
        }
    }

    @Test func refusesAnOversizeFileUnread() throws {
        let folder = TemporaryFolder()
        try folder.write("big.txt", String(repeating: "x", count: 101))
        #expect(throws: SourceReadError.tooLarge(size: 101, limit: 100)) {
            try SourceFileReader(root: folder.path).read(FilePath("big.txt"), maxBytes: 100)
        }
    }

    @Test func reportsAVanishedFile() {
        let folder = TemporaryFolder()
        #expect(throws: SourceReadError.vanished) {
            try SourceFileReader(root: folder.path).read(FilePath("nothing.txt"), maxBytes: 100)
        }
    }

    @Test func reportsAFileStillOpenForWriting() throws {
        let folder = TemporaryFolder()
        let path = try folder.write("open.txt", "partial")
        let writer = open(path.string, O_WRONLY | O_APPEND)
        #expect(writer >= 0)
        defer { close(writer) }
        #expect(throws: SourceReadError.stillBeingWritten) {
            try SourceFileReader(root: folder.path).read(FilePath("open.txt"), maxBytes: 100)
        }
    }
}

import DropFolder
import Foundation
import SystemPackage
import Testing

@Suite struct FileFatesTests {
    let drop = TemporaryFolder()
    let processed = TemporaryFolder()
    let rejected = TemporaryFolder()
    var fates: FileFates {
        FileFates(dropFolder: self.drop.path, processedFolder: self.processed.path, rejectedFolder: self.rejected.path)
    }

    @Test func movesToTheSameRelativePath() throws {
        try self.drop.write("a/b/c.txt", "x")
        let destination = try self.fates.moveToProcessed(FilePath("a/b/c.txt"))
        #expect(destination == self.processed.path.pushing("a/b/c.txt"))
        #expect(!self.drop.exists("a/b/c.txt"))
        #expect(try self.processed.read("a/b/c.txt") == "x")
    }

    @Test func addsANumericSuffixOnAClash() throws {
        for round in 0..<3 {
            try self.drop.write("a.txt", "round \(round)")
            try self.fates.moveToProcessed(FilePath("a.txt"))
        }
        try self.drop.write("noext", "n0")
        try self.fates.moveToProcessed(FilePath("noext"))
        try self.drop.write("noext", "n1")
        try self.fates.moveToProcessed(FilePath("noext"))
        #expect(try self.processed.read("a.txt") == "round 0")
        #expect(try self.processed.read("a.1.txt") == "round 1")
        #expect(try self.processed.read("a.2.txt") == "round 2")
        #expect(try self.processed.read("noext.1") == "n1")
    }

    @Test func rejectsWithAReasonSidecar() throws {
        try self.drop.write("sub/bad.txt", "")
        let destination = try self.fates.reject(FilePath("sub/bad.txt"), reason: "empty: no bytes\nsecond line")
        #expect(destination == self.rejected.path.pushing("sub/bad.txt"))
        #expect(try self.rejected.read("sub/bad.txt.reason") == "empty: no bytes second line\n")
    }

    @Test func deletes() throws {
        try self.drop.write("gone.txt", "x")
        try self.fates.delete(FilePath("gone.txt"))
        #expect(!self.drop.exists("gone.txt"))
    }
}

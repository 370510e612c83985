import Foundation
import SystemPackage
import Testing

@testable import DropFolder

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
    /// `NAME.reason` must fit in NAME_MAX (255 bytes) too: a longer name is cut, and the reason says so.
    @Test func cutsANameTooLongForItsReasonSidecar() throws {
        let name = String(repeating: "r", count: 251) + ".txt"
        try self.drop.write(name, "")
        let destination = try self.fates.reject(FilePath(name), reason: "empty: no bytes")
        let cut = String(repeating: "r", count: 244) + ".txt"
        #expect(destination == self.rejected.path.pushing(FilePath(cut)))
        #expect(try self.rejected.read(cut + ".reason").hasPrefix("empty: no bytes (its name was cut from 255 to 248"))
        #expect(!self.drop.exists(name))
    }

    @Test func aLongNameStillTakesANumericSuffix() throws {
        let name = String(repeating: "p", count: 251) + ".txt"
        for round in 0..<2 {
            try self.drop.write(name, "round \(round)")
            try self.fates.moveToProcessed(FilePath(name))
        }
        #expect(try self.processed.read(name) == "round 0")
        #expect(try self.processed.read(String(repeating: "p", count: 249) + ".1.txt") == "round 1")
    }

    @Test func aCutNeverSplitsAUTF8Sequence() {
        let name = Array((String(repeating: "é", count: 125) + "xy.txt").utf8)  // 256 bytes before the cut
        let fitted = FileFates.fitted(name, number: 1, limit: 255)
        #expect(fitted.cut)
        #expect(String(validating: fitted.name, as: UTF8.self) == String(repeating: "é", count: 124) + ".1.txt")
        // Not UTF-8 at all: still cut to the limit, never to nothing.
        let raw = FileFates.fitted([UInt8](repeating: 0x80, count: 255), number: nil, limit: 248)
        #expect(raw.name.count == 245)  // backs off three bytes at most
        #expect(FileFates.fitted(Array("a.txt".utf8), number: 2, limit: 255).name == Array("a.2.txt".utf8))
    }
}

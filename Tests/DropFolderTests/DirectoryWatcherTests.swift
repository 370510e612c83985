import Dispatch
import DropFolder
import Foundation
import Glibc
import Locking
import SystemPackage
import Testing

/// Collects what a watcher reports, for tests.
final class RecordingHandler: Sendable {
    private let received = Locked<[DropEvent]>([])
    var events: [DropEvent] { self.received.withLock { $0 } }

    func record(_ events: [DropEvent]) { self.received.withLock { $0.append(contentsOf: events) } }

    /// Waits up to `seconds` for an event matching `predicate`.
    func waitFor(_ seconds: Double = 5, _ predicate: (DropEvent) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if self.events.contains(where: predicate) { return true }
            usleep(10_000)
        }
        return false
    }
}

@Suite(.serialized) struct DirectoryWatcherTests {
    let folder = TemporaryFolder()
    let queue = DispatchQueue(label: "newsdrop.test.watch")
    let handler = RecordingHandler()

    func makeWatcher() throws -> DirectoryWatcher {
        let handler = self.handler
        let watcher = try DirectoryWatcher(
            root: self.folder.path,
            queue: self.queue,
            ignore: IgnoreRules(patterns: IgnoreRules.defaultPatterns)
        ) { handler.record($0) }
        watcher.start()
        let scanned: Result<Int, Errno> = self.queue.sync { Result { () throws(Errno) -> Int in try watcher.rescan() } }
        _ = try scanned.get()
        return watcher
    }

    @Test func scanReportsExistingFilesRecursivelyButNotIgnoredOnes() throws {
        try self.folder.write("a.txt", "a")
        try self.folder.write("sub/deeper/b.txt", "b")
        try self.folder.write(".rsync.tmp123", "x")
        let watcher = try self.makeWatcher()
        defer { watcher.stop() }
        let files = self.handler.events.compactMap { event -> String? in
            if case .file(let path, .scanned) = event { return path.string }
            return nil
        }
        #expect(Set(files) == ["a.txt", "sub/deeper/b.txt"])
    }

    @Test func reportsRenameAndCloseWrite() throws {
        let watcher = try self.makeWatcher()
        defer { watcher.stop() }
        let staging = TemporaryFolder()
        let staged = try staging.write("x.txt", "x")
        // Same file system (/tmp) so the rename is atomic.
        #expect(rename(staged.string, self.folder.path.pushing("moved.txt").string) == 0)
        #expect(self.handler.waitFor { $0 == .file(FilePath("moved.txt"), .renamedIn) })
        try self.folder.write("written.txt", "w")
        #expect(self.handler.waitFor { $0 == .file(FilePath("written.txt"), .written) })
    }

    @Test func watchesANewSubfolderAndFindsFilesAlreadyInIt() throws {
        let watcher = try self.makeWatcher()
        defer { watcher.stop() }
        let staging = TemporaryFolder()
        try staging.write("batch/one.txt", "1")
        #expect(rename(staging.path.pushing("batch").string, self.folder.path.pushing("batch").string) == 0)
        #expect(self.handler.waitFor { $0 == .file(FilePath("batch/one.txt"), .scanned) })
        try self.folder.write("batch/two.txt", "2")
        #expect(self.handler.waitFor { $0 == .file(FilePath("batch/two.txt"), .written) })
    }

    @Test func reportsTheRootGoingAway() throws {
        let watcher = try self.makeWatcher()
        defer { watcher.stop() }
        try FileManager.default.removeItem(atPath: self.folder.path.string)
        #expect(self.handler.waitFor { $0 == .rootLost })
        #expect(!watcher.isRootWatched)
    }
}

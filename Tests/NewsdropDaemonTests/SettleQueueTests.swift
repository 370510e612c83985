import DropFolder
import SystemPackage
import Testing

@testable import NewsdropDaemon

@Suite struct SettleQueueTests {
    func identity(size: Int64 = 1) -> FileIdentity {
        FileIdentity(device: 1, inode: 2, size: size, modifiedSeconds: 3, modifiedNanoseconds: 4, kind: .regular)
    }

    @Test func releasesAPathOnlyAfterItsQuietPeriod() {
        var queue = SettleQueue()
        queue.note("a", identity: self.identity(), now: 100, settleNanoseconds: 50)
        #expect(queue.takeDue(now: 149).isEmpty)
        #expect(queue.nextDeadline() == 150)
        let due = queue.takeDue(now: 150)
        #expect(due.map(\.0) == ["a"])
        #expect(queue.isEmpty)
    }

    @Test func reNotingRestartsTheQuietPeriod() {
        var queue = SettleQueue()
        queue.note("a", identity: self.identity(size: 1), now: 100, settleNanoseconds: 50)
        queue.note("a", identity: self.identity(size: 2), now: 140, settleNanoseconds: 50)
        #expect(queue.takeDue(now: 160).isEmpty)
        let due = queue.takeDue(now: 190)
        #expect(due.count == 1)
        #expect(due.first?.1.size == 2)
    }

    @Test func removedPathsNeverComeDue() {
        var queue = SettleQueue()
        queue.note("a", identity: self.identity(), now: 0, settleNanoseconds: 10)
        queue.note("b", identity: self.identity(), now: 0, settleNanoseconds: 10)
        queue.remove("a")
        #expect(queue.takeDue(now: 100).map(\.0) == ["b"])
    }

    @Test func staysSmallOverManyPaths() {
        var queue = SettleQueue()
        for round in 0..<10 {
            for index in 0..<1000 {
                queue.note(
                    FilePath("f\(round)-\(index)"),
                    identity: self.identity(),
                    now: UInt64(round * 1000 + index),
                    settleNanoseconds: 5
                )
            }
            _ = queue.takeDue(now: UInt64(round * 1000 + 2000))
        }
        #expect(queue.isEmpty)
        #expect(queue.nextDeadline() == nil)
    }
}

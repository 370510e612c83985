import Dispatch
import DropFolder
import SystemPackage

/// Files waiting for `settle_ms` of quiet before they are taken, in deadline order.
///
/// Every entry waits the same `settle_ms`, so deadlines rise in the order entries are added and a
/// FIFO is enough (no heap). Re-noting a path bumps its generation; the older entry is then stale
/// and skipped when it comes up. Not thread-safe: used only on the watch queue.
struct SettleQueue {
    struct Waiting {
        var identity: FileIdentity
        var generation: UInt64
    }

    private struct Entry {
        var deadline: UInt64  // DispatchTime uptime nanoseconds
        var path: FilePath
        var generation: UInt64
    }

    private var entries: [Entry] = []
    private var head = 0
    private(set) var waiting: [FilePath: Waiting] = [:]
    private var nextGeneration: UInt64 = 0

    var isEmpty: Bool { self.waiting.isEmpty }
    var count: Int { self.waiting.count }

    func contains(_ path: FilePath) -> Bool { self.waiting[path] != nil }

    /// Starts (or restarts) the quiet period of `path`, remembering how it looked now.
    mutating func note(_ path: FilePath, identity: FileIdentity, now: UInt64, settleNanoseconds: UInt64) {
        self.nextGeneration += 1
        self.waiting[path] = Waiting(identity: identity, generation: self.nextGeneration)
        self.entries.append(Entry(deadline: now + settleNanoseconds, path: path, generation: self.nextGeneration))
    }

    mutating func remove(_ path: FilePath) {
        self.waiting[path] = nil
    }

    /// The earliest deadline still pending, if any.
    mutating func nextDeadline() -> UInt64? {
        self.dropStale()
        return self.head < self.entries.count ? self.entries[self.head].deadline : nil
    }

    /// Removes and returns the paths whose quiet period ended by `now`, with how they looked when noted.
    mutating func takeDue(now: UInt64) -> [(FilePath, FileIdentity)] {
        var due: [(FilePath, FileIdentity)] = []
        while self.head < self.entries.count, self.entries[self.head].deadline <= now {
            let entry = self.entries[self.head]
            self.head += 1
            if let waiting = self.waiting[entry.path], waiting.generation == entry.generation {
                self.waiting[entry.path] = nil
                due.append((entry.path, waiting.identity))
            }
        }
        self.compact()
        return due
    }

    mutating func removeAll() {
        self.entries = []
        self.head = 0
        self.waiting = [:]
    }

    private mutating func dropStale() {
        while self.head < self.entries.count {
            let entry = self.entries[self.head]
            if let waiting = self.waiting[entry.path], waiting.generation == entry.generation { return }
            self.head += 1
        }
        self.compact()
    }

    /// Frees the consumed prefix once it dominates, so memory stays flat over a long run.
    private mutating func compact() {
        if self.head == self.entries.count {
            self.entries.removeAll(keepingCapacity: self.entries.count < 4096)
            self.head = 0
            // A dictionary keeps its room after removals: after a burst, the room of thousands of paths.
            if self.waiting.isEmpty && self.waiting.capacity >= 4096 { self.waiting = [:] }
        } else if self.head > 1024, self.head * 2 > self.entries.count {
            self.entries.removeFirst(self.head)
            self.head = 0
        }
    }
}

import Dispatch
import Foundation
import Locking
import Logging
import NewsdropDaemon
import RecordLog
import SystemPackage
import SystemdSupport
import Testing

/// Records what would have been sent to systemd.
final class RecordingNotifier: ServiceManagerNotifier {
    private let sent = Locked<[ServiceManagerState]>([])
    var states: [ServiceManagerState] { self.sent.withLock { $0 } }
    /// Set for a manager that reads `READY=1` and then nothing: every later send waits for ``release()``, as
    /// `sd_notify(3)` waits on a full socket.
    private let stall: DispatchSemaphore?

    init(stallingAfterReady: Bool = false) {
        self.stall = stallingAfterReady ? DispatchSemaphore(value: 0) : nil
    }

    func notify(_ state: ServiceManagerState) throws(Errno) -> Bool {
        if let stall = self.stall, state != .ready {
            stall.wait()
            stall.signal()
        }
        self.sent.withLock { $0.append(state) }
        return true
    }

    /// Lets every waiting and later send through.
    func release() { self.stall?.signal() }
}

/// A daemon running in-process on a temporary tree, for tests that need no separate binary.
final class DaemonHarness: Sendable {
    let root: URL
    let daemon: Daemon
    let notifier: RecordingNotifier
    let configuration: Configuration
    private let outcome = Locked<Result<Daemon.Outcome, NewsdropError>?>(nil)

    let configurationFile: URL

    init(
        settleMilliseconds: Int = 50,
        onSuccess: SuccessAction = .move,
        notifier: RecordingNotifier = RecordingNotifier()
    ) throws {
        self.notifier = notifier
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("newsdrop-daemon-\(UUID())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.root = root
        var configuration = Configuration()
        configuration.dropFolder = FilePath(root.appendingPathComponent("drop").path)
        configuration.processedFolder = FilePath(root.appendingPathComponent("processed").path)
        configuration.rejectedFolder = FilePath(root.appendingPathComponent("rejected").path)
        configuration.logPath = FilePath(root.appendingPathComponent("log/articles.jsonl").path)
        configuration.settleMilliseconds = settleMilliseconds
        configuration.onSuccess = onSuccess
        configuration.logLevel = .warning
        self.configuration = configuration
        self.configurationFile = root.appendingPathComponent("newsdrop.toml")
        try Data("settle_ms = \(settleMilliseconds)\nlog_level = \"warning\"\n".utf8).write(to: self.configurationFile)
        let fixed = configuration
        let overrides: @Sendable (inout Configuration) -> Void = { config in
            config.dropFolder = fixed.dropFolder
            config.processedFolder = fixed.processedFolder
            config.rejectedFolder = fixed.rejectedFolder
            config.logPath = fixed.logPath
            config.onSuccess = fixed.onSuccess
        }
        self.daemon = Daemon(
            configuration: configuration,
            configurationPath: FilePath(self.configurationFile.path),
            overrides: overrides,
            notifier: self.notifier,
            makeLogger: { level in
                var logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
                logger.logLevel = level
                return logger
            },
            handlesSignals: false
        )
    }

    deinit { try? FileManager.default.removeItem(at: self.root) }

    func start() {
        DispatchQueue.global().async {
            let result = Result { () throws(NewsdropError) -> Daemon.Outcome in try self.daemon.run() }
            self.outcome.withLock { $0 = result }
        }
    }

    func waitUntil(_ seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    var finished: Result<Daemon.Outcome, NewsdropError>? { self.outcome.withLock { $0 } }

    func path(_ relative: String) -> String { self.root.appendingPathComponent(relative).path }

    func records() -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: self.path("log/articles.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap {
            try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]
        }
    }

    func drop(_ name: String, _ text: String) throws {
        // Written aside, then renamed in: complete at once.
        let staging = self.path("staging-\(UUID())")
        try Data(text.utf8).write(to: URL(fileURLWithPath: staging))
        try FileManager.default.moveItem(atPath: staging, toPath: self.path("drop/\(name)"))
    }
}

@Suite(.serialized) struct DaemonTests {
    static let article = """
        A Headline For The Test

        March 3, 2024

        The first paragraph of the article says something worth reading about the town council.

        The second paragraph adds what the mayor said about the new bridge and when it opens.
        """

    @Test func reportsReadyIngestsAndStopsGracefully() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try harness.drop("story.txt", Self.article)
        #expect(harness.waitUntil { harness.records().count == 1 })
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("processed/story.txt")) })
        let record = try #require(harness.records().first)
        #expect(record["seq"] as? Int == 1)
        #expect((record["source"] as? [String: Any])?["path"] as? String == "story.txt")

        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
        #expect(try harness.finished?.get() == .stopped)
        let lifecycle = harness.notifier.states.filter { if case .status = $0 { false } else { true } }
        #expect(lifecycle == [.ready, .stopping])
    }

    /// A manager that stops reading its socket (sd_notify then blocks) must not keep the daemon from stopping.
    @Test func stopsWhenTheServiceManagerStopsReading() throws {
        let notifier = RecordingNotifier(stallingAfterReady: true)
        defer { notifier.release() }
        let harness = try DaemonHarness(notifier: notifier)
        harness.start()
        #expect(harness.waitUntil { notifier.states.contains(.ready) })
        try harness.drop("story.txt", Self.article)  // STATUS= changes; its send waits for ever
        #expect(harness.waitUntil { harness.records().count == 1 })
        let daemon = harness.daemon
        DispatchQueue.global().async { daemon.shutdown() }
        // The stalled send would wait for ever: any bound tells "stops" from "hangs". 20 s leaves room
        // for a loaded host (a CI run beside builds once took more than 5 s to drain and flush).
        #expect(harness.waitUntil(20) { harness.finished != nil })
        #expect(try harness.finished?.get() == .stopped)
    }

    @Test func aReDroppedIdenticalFileGetsNoSecondRecord() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try harness.drop("one.txt", Self.article)
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("processed/one.txt")) })
        try harness.drop("one.txt", Self.article)
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("processed/one.1.txt")) })
        #expect(harness.records().count == 1)
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    @Test func deletesOnSuccessWhenConfigured() throws {
        let harness = try DaemonHarness(onSuccess: .delete)
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try harness.drop("gone.txt", Self.article)
        #expect(harness.waitUntil { harness.records().count == 1 })
        #expect(harness.waitUntil { !FileManager.default.fileExists(atPath: harness.path("drop/gone.txt")) })
        #expect(!FileManager.default.fileExists(atPath: harness.path("processed/gone.txt")))
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    @Test func reloadAppliesAGoodConfigurationAndRefusesABadOne() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })

        // A bad file is refused: the daemon keeps running on the old settings.
        try Data("settle_ms = \"soon\"\n".utf8).write(to: harness.configurationFile)
        harness.daemon.reload()
        #expect(harness.finished == nil)
        try harness.drop("before.txt", Self.article)
        #expect(harness.waitUntil { harness.records().count == 1 })

        // A good file applies: `.md` is no longer accepted, so the next file is rejected.
        try Data("extensions = [\"txt\"]\nlog_level = \"warning\"\n".utf8).write(to: harness.configurationFile)
        harness.daemon.reload()
        try harness.drop("after.md", Self.article.replacing("first", with: "opening"))
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("rejected/after.md.reason")) })
        #expect(harness.records().count == 1)

        // RELOADING=1 then READY=1 around each reload.
        let states = harness.notifier.states.compactMap { state -> String? in
            switch state {
            case .reloading: return "RELOADING"
            case .status: return nil
            default: return state.assignment
            }
        }
        #expect(states == ["READY=1", "RELOADING", "READY=1", "RELOADING", "READY=1"])
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    @Test func aRemovedDropFolderIsRecreatedAndWatchedAgain() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try FileManager.default.removeItem(atPath: harness.path("drop"))
        // The daemon re-creates the folder (about once a second) and rescans it.
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("drop")) })
        // Watched again: a file renamed in is taken without a restart (well before the 300 s rescan).
        #expect(
            harness.waitUntil(5) {
                (try? harness.drop("again.txt", Self.article)) != nil
            }
        )
        #expect(harness.waitUntil { harness.records().count == 1 })
        #expect((harness.records().first?["source"] as? [String: Any])?["path"] as? String == "again.txt")
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    /// `mv drop drop.old`: the folder at the configured path is what is watched, so the daemon makes a new
    /// one and takes files from it; the renamed folder is no longer its business (a file put there stays).
    @Test func aDropFolderRenamedAwayIsReplacedAndTheOldOneLeftAlone() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try FileManager.default.moveItem(atPath: harness.path("drop"), toPath: harness.path("drop.old"))
        #expect(harness.waitUntil { FileManager.default.fileExists(atPath: harness.path("drop")) })
        try Data(Self.article.utf8).write(to: URL(fileURLWithPath: harness.path("drop.old/left.txt")))
        #expect(
            harness.waitUntil(5) { (try? harness.drop("new.txt", Self.article.replacing("first", with: "new"))) != nil }
        )
        #expect(harness.waitUntil { harness.records().count == 1 })
        #expect((harness.records().first?["source"] as? [String: Any])?["path"] as? String == "new.txt")
        Thread.sleep(forTimeInterval: 0.3)  // settle_ms is 50: time enough to take left.txt, were it taken
        #expect(FileManager.default.fileExists(atPath: harness.path("drop.old/left.txt")))
        #expect(harness.records().count == 1)
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    /// `mv drop drop.old && mkdir drop` (or `rm -r drop && mkdir drop`) before the daemon notices: the new
    /// folder is watched, and files in it are taken without a restart.
    @Test func aDropFolderReplacedByAnotherIsWatchedAgain() throws {
        let harness = try DaemonHarness()
        harness.start()
        #expect(harness.waitUntil { harness.notifier.states.contains(.ready) })
        try FileManager.default.moveItem(atPath: harness.path("drop"), toPath: harness.path("drop.old"))
        try FileManager.default.createDirectory(atPath: harness.path("drop"), withIntermediateDirectories: false)
        try harness.drop("replaced.txt", Self.article)
        #expect(harness.waitUntil(5) { harness.records().count == 1 })
        #expect((harness.records().first?["source"] as? [String: Any])?["path"] as? String == "replaced.txt")
        // And again: a later file in the same new folder.
        try harness.drop("later.txt", Self.article.replacing("first", with: "later"))
        #expect(harness.waitUntil(5) { harness.records().count == 2 })
        harness.daemon.shutdown()
        #expect(harness.waitUntil { harness.finished != nil })
    }

    @Test func startUpFailsClearlyWhenTheLogCannotBeOpened() throws {
        let harness = try DaemonHarness()
        // A folder where the log file should be.
        try FileManager.default.createDirectory(
            atPath: harness.path("log/articles.jsonl"),
            withIntermediateDirectories: true
        )
        harness.start()
        #expect(harness.waitUntil { harness.finished != nil })
        guard case .failure(let error) = harness.finished else {
            Issue.record("expected a start-up failure")
            return
        }
        #expect(error.code == .logFailed)
        #expect(error.message.contains("articles.jsonl"))
        #expect(!harness.notifier.states.contains(.ready))
    }
}

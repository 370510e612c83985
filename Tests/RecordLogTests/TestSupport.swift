import ArticleParsing
import Foundation
import Glibc
import Locking
import RecordLog
import SystemPackage
import Testing

/// A fresh directory from `mkdtemp(3)`, removed by ``remove()``.
struct TemporaryDirectory {
    let path: FilePath

    init() {
        var template = Array("/tmp/recordlog-test.XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "mkdtemp failed: \(errno)")
        self.path = FilePath(String(cString: created!))
    }

    /// A path inside the directory.
    func file(_ name: String) -> FilePath { self.path.appending(name) }

    func remove() {
        try? FileManager.default.removeItem(atPath: self.path.string)
    }
}

/// A tmpfs of `size` (64 KiB unless told) mounted on a new folder `small` of `directory`, for a real full
/// disk (needs root); `nil`, with an issue recorded, when it cannot be mounted. Unmount it with
/// ``unmountSmallTmpfs(_:)``.
func mountSmallTmpfs(in directory: TemporaryDirectory, size: String = "64k") -> FilePath? {
    let mountPoint = directory.file("small")
    #expect(mkdir(mountPoint.string, 0o755) == 0)
    guard mount("tmpfs", mountPoint.string, "tmpfs", 0, "size=\(size)") == 0 else {
        Issue.record("mount -t tmpfs failed: \(Errno(rawValue: errno)); skipping the real disk-full check")
        return nil
    }
    return mountPoint
}

func unmountSmallTmpfs(_ mountPoint: FilePath) {
    umount2(mountPoint.string, Int32(MNT_DETACH))
}

/// Writes `path` 4 KiB at a time until its file system is full.
func fillUp(_ path: FilePath) {
    let descriptor = open(path.string, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(descriptor >= 0, "open \(path): \(errno)")
    defer { close(descriptor) }
    let chunk = [UInt8](repeating: 1, count: 4_096)
    while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
}

/// A 64-digit lowercase hex "sha256" that differs for every `number`.
func fakeSHA256(_ number: Int) -> String {
    let hex = String(number, radix: 16)
    return String(repeating: "0", count: 64 - hex.count) + hex
}

func sampleArticle(_ number: Int = 1, bodyBytes: Int = 0) -> Article {
    var paragraphs = ["Paragraph one of article \(number).", "A second paragraph, with \"quotes\"."]
    if bodyBytes > 0 {
        let word = "lorem "
        paragraphs.append(String(repeating: word, count: max(1, bodyBytes / word.utf8.count)))
    }
    return Article(
        format: "text",
        title: "Title \(number)",
        published: "2025-02-05",
        url: "https://www.example.com/\(number)",
        site: "example.com",
        language: "en",
        paragraphs: paragraphs
    )
}

func sampleSource(_ number: Int = 1, sha256: String? = nil) -> SourceInfo {
    SourceInfo(
        path: "incoming/article-\(number).txt",
        bytes: 1000 + number,
        sha256: sha256 ?? fakeSHA256(number),
        modified: "2025-02-05T10:11:12.000000Z"
    )
}

func sampleEntry(_ number: Int = 1, sha256: String? = nil, bodyBytes: Int = 0) -> LogEntry {
    LogEntry(source: sampleSource(number, sha256: sha256), article: sampleArticle(number, bodyBytes: bodyBytes))
}

/// Appends and waits for the completion.
func appendAndWait(_ log: JSONLinesLog, _ entry: LogEntry) async -> AppendOutcome {
    await withCheckedContinuation { continuation in
        log.append(entry) { continuation.resume(returning: $0) }
    }
}

/// Blocks the log's writer queue until the returned function is called, so that appends made meanwhile
/// pile up and the writer takes them as one batch.
func holdWriter(_ log: JSONLinesLog) -> @Sendable () -> Void {
    let entered = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    log.ping {
        entered.signal()
        release.wait()
    }
    entered.wait()
    return { release.signal() }
}

func fileBytes(_ path: FilePath) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path.string)))) ?? []
}

func writeFile(_ path: FilePath, _ bytes: [UInt8]) {
    try! Data(bytes).write(to: URL(fileURLWithPath: path.string))
}

func appendToFile(_ path: FilePath, _ bytes: [UInt8]) {
    writeFile(path, fileBytes(path) + bytes)
}

/// The log's lines decoded with JSONSerialization.
func decodedLines(_ path: FilePath) -> [[String: Any]] {
    fileBytes(path).split(separator: UInt8(ascii: "\n")).map {
        try! JSONSerialization.jsonObject(with: Data($0)) as! [String: Any]
    }
}

extension AppendOutcome {
    var committedSeq: UInt64? {
        if case .committed(let seq) = self { return seq }
        return nil
    }
    var duplicateOf: UInt64? {
        if case .duplicate(let seq) = self { return seq }
        return nil
    }
    var error: LogError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}

/// Counts calls from the writer queue (for `onFatal`).
final class FatalRecorder: Sendable {
    private let errors = Locked<[LogError]>([])
    var recorded: [LogError] { self.errors.withLock { $0 } }
    func record(_ error: LogError) { self.errors.withLock { $0.append(error) } }
}

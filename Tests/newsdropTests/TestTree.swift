import Foundation
import Glibc
import Testing

/// A value in the small subset of TOML the tests write.
enum TOMLValue {
    case string(String)
    case int(Int)
    case strings([String])

    var rendered: String {
        switch self {
        case .string(let value): Self.quoted(value)
        case .int(let value): String(value)
        case .strings(let values): "[" + values.map(Self.quoted).joined(separator: ", ") + "]"
        }
    }

    private static func quoted(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}

/// A private temporary tree for one test: `drop/`, `processed/`, `rejected/`, `var/log/articles.jsonl`, a config
/// file, a `staging/` folder on the same file system (so a rename into `drop/` is atomic) and an `outside/` folder
/// that the daemon must never touch.
///
/// The daemon is expected to create `drop/`, `processed/`, `rejected/` and the log's folder itself; call
/// ``makeDropFolder()`` when a test needs files there before the daemon starts.
final class TestTree {
    let root: URL
    let drop: URL
    let processed: URL
    let rejected: URL
    let staging: URL
    let outside: URL
    let logURL: URL
    let configURL: URL
    private var runCount = 0

    /// Creates `/tmp/newsdrop-e2e-<label>.XXXXXX` with `staging/` and `outside/`.
    init(_ label: String) throws {
        var template = Array("/tmp/newsdrop-e2e-\(label).XXXXXX".utf8CString)
        let path: String? = template.withUnsafeMutableBufferPointer { buffer in
            guard let result = mkdtemp(buffer.baseAddress!) else { return nil }
            return String(cString: result)
        }
        guard let path else { throw E2EError("mkdtemp failed: \(String(cString: strerror(errno)))") }
        self.root = URL(fileURLWithPath: path, isDirectory: true)
        self.drop = self.root.appendingPathComponent("drop", isDirectory: true)
        self.processed = self.root.appendingPathComponent("processed", isDirectory: true)
        self.rejected = self.root.appendingPathComponent("rejected", isDirectory: true)
        self.staging = self.root.appendingPathComponent("staging", isDirectory: true)
        self.outside = self.root.appendingPathComponent("outside", isDirectory: true)
        self.logURL = self.root.appendingPathComponent("var/log/articles.jsonl")
        self.configURL = self.root.appendingPathComponent("newsdrop.toml")
        try FileManager.default.createDirectory(at: self.staging, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: self.outside, withIntermediateDirectories: true)
    }

    /// Numbers the daemon runs in this tree (each gets its own notify socket).
    func nextRunNumber() -> Int {
        self.runCount += 1
        return self.runCount
    }

    /// The log as a ``LogFile``.
    var log: LogFile { LogFile(self.logURL) }

    func makeDropFolder() throws {
        try FileManager.default.createDirectory(at: self.drop, withIntermediateDirectories: true)
    }

    /// Writes the config file: the tree's four paths, `settle_ms = 200`, `log_level = "info"`, then `settings`
    /// (a key given there replaces the default).
    @discardableResult
    func writeConfig(_ settings: [(String, TOMLValue)] = [], includePaths: Bool = true) throws -> URL {
        var entries: [(String, TOMLValue)] = []
        if includePaths {
            entries += [
                ("drop_dir", .string(self.drop.path)),
                ("log_path", .string(self.logURL.path)),
                ("processed_dir", .string(self.processed.path)),
                ("rejected_dir", .string(self.rejected.path)),
            ]
        }
        entries += [("settle_ms", .int(200)), ("log_level", .string("info"))]
        for (key, value) in settings {
            if let index = entries.firstIndex(where: { $0.0 == key }) {
                entries[index].1 = value
            } else {
                entries.append((key, value))
            }
        }
        let text =
            "# written by the newsdrop end-to-end tests\n"
            + entries.map { "\($0.0) = \($0.1.rendered)" }.joined(separator: "\n") + "\n"
        try self.writeRawConfig(text)
        return self.configURL
    }

    /// Writes `text` as the config file, as is.
    func writeRawConfig(_ text: String) throws {
        try Data(text.utf8).write(to: self.configURL)
    }

    /// Writes `data` to `staging/<name>` (creating folders) and returns its URL.
    @discardableResult
    func stage(_ name: String, _ data: Data) throws -> URL {
        let url = self.staging.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    /// Every non-directory entry below `directory` (regular files, symbolic links, FIFOs, …), as sorted paths
    /// relative to it. Symbolic links are listed, never followed. A missing folder has no entries.
    static func entries(below directory: URL) -> [String] {
        var result: [String] = []
        func walk(_ url: URL, _ prefix: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
            for name in names {
                let child = url.appendingPathComponent(name)
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                if Self.fileType(child.path) == S_IFDIR {
                    walk(child, relative)
                } else {
                    result.append(relative)
                }
            }
        }
        walk(directory, "")
        return result.sorted()
    }

    /// The `S_IFMT` bits of `path` from `lstat(2)`, or `nil` when it does not exist.
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    static func exists(_ url: URL) -> Bool {
        self.fileType(url.path) != nil
    }

    /// Checks every record left in the log against the schema (``SchemaCheck``), then removes the tree, unless
    /// `NEWSDROP_E2E_KEEP` is set (then its path is printed for a post-mortem).
    func remove() {
        if let problem = SchemaCheck.problem(inLogFolder: self.logURL.deletingLastPathComponent()) {
            Issue.record("a record in the log breaks Config/record.schema.json: \(problem)")
        }
        if ProcessInfo.processInfo.environment["NEWSDROP_E2E_KEEP"] != nil {
            print("newsdrop e2e: keeping \(self.root.path)")
            return
        }
        try? FileManager.default.removeItem(at: self.root)
    }
}

import DropFolder
import Foundation
public import Logging
public import RecordLog
public import SystemPackage
import TOMLKit

/// What to do with a source file once its record is durable.
public enum SuccessAction: String, Sendable, CaseIterable {
    case move, delete
}

/// newsdrop's settings: the TOML file's keys, every one with a default, so an empty file is valid.
///
/// `Config/newsdrop.toml` documents each key. Relative paths are taken relative to the working
/// directory and made absolute at load time.
public struct Configuration: Sendable, Equatable {
    public var dropFolder = FilePath("/var/lib/newsdrop/drop")
    public var logPath = FilePath("/var/lib/newsdrop/log/articles.jsonl")
    public var processedFolder = FilePath("/var/lib/newsdrop/processed")
    public var rejectedFolder = FilePath("/var/lib/newsdrop/rejected")
    public var onSuccess = SuccessAction.move
    public var ignore = IgnoreRules.defaultPatterns
    /// Accepted file name extensions, lower case, without the dot; empty accepts every name.
    public var extensions = ["txt", "text", "md", "markdown"]
    public var maxBytes: Int64 = 10 * 1024 * 1024
    public var settleMilliseconds = 1000
    /// 0 turns the periodic rescan off.
    public var rescanIntervalSeconds = 300
    public var fsync = FsyncPolicy.batch
    /// 0 turns rotation off.
    public var maxLogBytes: Int64 = 0
    /// 0 keeps every segment.
    public var maxLogSegments = 0

    /// `max_log_bytes` and `max_log_segments` as the log's rotation policy.
    public var logRotation: LogRotation { LogRotation(maxBytes: self.maxLogBytes, maxSegments: self.maxLogSegments) }
    public var logLevel = Logger.Level.info
    /// Concurrent parses; 0 means one per core.
    public var parseWorkers = 0
    /// Files between being taken and their fate, at most; the rest wait their turn.
    public var maxInFlight = 256

    /// Where `newsdrop run` looks when no `--config` is given.
    public static let defaultPath = FilePath("/etc/newsdrop/newsdrop.toml")

    public init() {}

    /// Every key the file may hold, for the "unknown key" message.
    public static let keys = [
        "drop_dir", "log_path", "processed_dir", "rejected_dir", "on_success", "ignore", "extensions", "max_bytes",
        "settle_ms", "rescan_interval_s", "fsync", "max_log_bytes", "max_log_segments", "log_level",
        "parse_workers", "max_in_flight",
    ]

    /// Reads and checks a configuration file.
    ///
    /// - Throws: ``NewsdropError`` with code `.invalidConfiguration`, naming the file, the key and
    ///   what was expected.
    public static func load(from path: FilePath) throws(NewsdropError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path.string, encoding: .utf8)
        } catch {
            throw NewsdropError(
                .invalidConfiguration,
                "Failed to read configuration '\(path)': \(Self.reason(error))"
            )
        }
        return try Self.parse(text, origin: path.string)
    }

    /// Checks configuration text; `origin` names it in messages.
    public static func parse(_ text: String, origin: String) throws(NewsdropError) -> Configuration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw NewsdropError(
                .invalidConfiguration,
                "Invalid TOML in '\(origin)' at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)"
            )
        } catch {
            throw NewsdropError(.invalidConfiguration, "Invalid TOML in '\(origin)': \(error)")
        }
        var config = Configuration()
        let reader = KeyReader(table: table, origin: origin)
        for key in table.keys where !Self.keys.contains(key) {
            throw NewsdropError(
                .invalidConfiguration,
                "Unknown key '\(key)' in '\(origin)'; expected one of: \(Self.keys.joined(separator: ", "))"
            )
        }
        if let value = try reader.path("drop_dir") { config.dropFolder = value }
        if let value = try reader.path("log_path") { config.logPath = value }
        if let value = try reader.path("processed_dir") { config.processedFolder = value }
        if let value = try reader.path("rejected_dir") { config.rejectedFolder = value }
        if let value = try reader.choice("on_success", SuccessAction.self) { config.onSuccess = value }
        if let value = try reader.strings("ignore") { config.ignore = value }
        if let value = try reader.strings("extensions") {
            config.extensions = value.map { ext in
                (ext.hasPrefix(".") ? String(ext.dropFirst()) : ext).lowercased()
            }
        }
        if let value = try reader.integer("max_bytes", in: 1...(1 << 40)) { config.maxBytes = Int64(value) }
        if let value = try reader.integer("settle_ms", in: 0...3_600_000) { config.settleMilliseconds = value }
        if let value = try reader.integer("rescan_interval_s", in: 0...86_400 * 7) {
            config.rescanIntervalSeconds = value
        }
        if let value = try reader.choice("fsync", FsyncPolicy.self) { config.fsync = value }
        if let value = try reader.integer("max_log_bytes", in: 0...(1 << 50)) { config.maxLogBytes = Int64(value) }
        if let value = try reader.integer("max_log_segments", in: 0...1_000_000) { config.maxLogSegments = value }
        if let value = try reader.choice("log_level", Logger.Level.self) { config.logLevel = value }
        if let value = try reader.integer("parse_workers", in: 0...256) { config.parseWorkers = value }
        if let value = try reader.integer("max_in_flight", in: 1...1_000_000) { config.maxInFlight = value }
        return config
    }

    /// Checks relations between keys that each look fine alone.
    ///
    /// - Throws: `.invalidConfiguration` when a folder lies inside the drop folder (newsdrop would
    ///   ingest its own output) or two folders are the same.
    public func validate(origin: String) throws(NewsdropError) {
        let named: [(String, FilePath)] = [
            ("processed_dir", self.processedFolder), ("rejected_dir", self.rejectedFolder),
            ("log_path", self.logPath),
        ]
        for (key, path) in named where path == self.dropFolder || path.starts(with: self.dropFolder) {
            throw NewsdropError(
                .invalidConfiguration,
                "Key '\(key)' in '\(origin)' is '\(path)', inside drop_dir '\(self.dropFolder)'; expected a path outside the drop folder"
            )
        }
        if self.processedFolder == self.rejectedFolder {
            throw NewsdropError(
                .invalidConfiguration,
                "Keys 'processed_dir' and 'rejected_dir' in '\(origin)' are both '\(self.processedFolder)'; expected two different folders"
            )
        }
    }

    /// Makes every path absolute against `base` (the working directory).
    public mutating func resolvePaths(against base: FilePath) {
        func absolute(_ path: FilePath) -> FilePath {
            (path.isAbsolute ? path : base.pushing(path)).lexicallyNormalized()
        }
        self.dropFolder = absolute(self.dropFolder)
        self.logPath = absolute(self.logPath)
        self.processedFolder = absolute(self.processedFolder)
        self.rejectedFolder = absolute(self.rejectedFolder)
    }

    /// The number of parse workers after `0` (one per core) is resolved.
    public var effectiveParseWorkers: Int {
        self.parseWorkers > 0 ? self.parseWorkers : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// Reads typed values out of a TOML table, with messages that name the file, the key and what was expected.
private struct KeyReader {
    let table: TOMLTable
    let origin: String

    func fail(_ key: String, _ expected: String, found value: any TOMLValueConvertible) -> NewsdropError {
        NewsdropError(
            .invalidConfiguration,
            "Invalid value for '\(key)' in '\(self.origin)': expected \(expected), found \(Self.describe(value))"
        )
    }

    static func describe(_ value: any TOMLValueConvertible) -> String {
        if let string = value.string { return "\"\(string)\"" }
        if let int = value.int { return "\(int)" }
        if let bool = value.bool { return "\(bool)" }
        return "a value of type \(value.type)"
    }

    func string(_ key: String) throws(NewsdropError) -> String? {
        guard let value = self.table[key] else { return nil }
        guard let string = value.string else { throw self.fail(key, "a string", found: value) }
        return string
    }

    func path(_ key: String) throws(NewsdropError) -> FilePath? {
        guard let string = try self.string(key) else { return nil }
        guard !string.isEmpty, !string.contains("\0") else {
            throw self.fail(key, "a non-empty path", found: string)
        }
        return FilePath(string)
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(NewsdropError) -> T?
    where T.RawValue == String {
        guard let string = try self.string(key) else { return nil }
        guard let value = T(rawValue: string) else {
            let options = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw self.fail(key, "one of \(options)", found: string)
        }
        return value
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(NewsdropError) -> Int? {
        guard let value = self.table[key] else { return nil }
        guard let int = value.int else { throw self.fail(key, "an integer", found: value) }
        guard range.contains(int) else {
            throw self.fail(key, "an integer from \(range.lowerBound) to \(range.upperBound)", found: value)
        }
        return int
    }

    func strings(_ key: String) throws(NewsdropError) -> [String]? {
        guard let value = self.table[key] else { return nil }
        guard let array = value.array else { throw self.fail(key, "an array of strings", found: value) }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else { throw self.fail(key, "an array of strings", found: element) }
            strings.append(string)
        }
        return strings
    }
}

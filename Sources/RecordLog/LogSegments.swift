import Glibc
public import SystemPackage

/// The rotated segments of a log, named by the `seq` of their first record: `articles.jsonl` rotates to
/// `articles.00000000000000000001.jsonl`, then `articles.00000000000000004097.jsonl`, … in the same folder.
///
/// Twenty digits (as many as the largest `UInt64` has) make the names sort in `seq` order as text, so `ls`,
/// shell globs and log shippers see the segments in order; the active file keeps the configured name, which is
/// what `tail -F` and file-following shippers expect of rename-then-create rotation.
public struct LogSegments: Sendable {
    /// One rotated segment.
    public struct Segment: Sendable, Equatable {
        public let firstSeq: UInt64
        public let path: FilePath
    }

    /// The active log file (the configured `log_path`).
    public let activePath: FilePath

    public init(activePath: FilePath) {
        self.activePath = activePath
    }

    private var folder: FilePath {
        let folder = self.activePath.removingLastComponent()
        return folder.isEmpty ? "." : folder
    }

    /// The name's parts around the `seq`: `articles` and `.jsonl` (no extension: `articles` and ``).
    private var stemAndExtension: (stem: String, dotExtension: String) {
        let name = self.activePath.lastComponent?.string ?? "log"
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }

    /// The path of the segment whose first record has `firstSeq`.
    public func path(firstSeq: UInt64) -> FilePath {
        let digits = String(firstSeq)
        let padded = String(repeating: "0", count: max(0, 20 - digits.count)) + digits
        let (stem, dotExtension) = self.stemAndExtension
        return self.folder.appending("\(stem).\(padded)\(dotExtension)")
    }

    /// The first `seq` a segment's file name gives, or `nil` for any other name.
    public func firstSeq(ofName name: String) -> UInt64? {
        let (stem, dotExtension) = self.stemAndExtension
        let prefix = stem + "."
        guard name.hasPrefix(prefix), name.hasSuffix(dotExtension),
            name.utf8.count == prefix.utf8.count + 20 + dotExtension.utf8.count
        else { return nil }
        let digits = name.utf8.dropFirst(prefix.utf8.count).prefix(20)
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return UInt64(String(decoding: digits, as: UTF8.self))
    }

    /// The segments in the log's folder, oldest first; none when the folder does not exist.
    ///
    /// - Throws: ``LogError/Code/readFailed`` when the folder cannot be listed.
    public func list() throws(LogError) -> [Segment] {
        guard let directory = self.folder.withPlatformString({ opendir($0) }) else {
            let cause = Errno(rawValue: errno)
            if cause == .noSuchFileOrDirectory { return [] }
            throw LogError(
                .readFailed,
                path: self.folder.string,
                message: "Failed to list the log's folder '\(self.folder)' for its rotated segments: \(cause)",
                cause: cause
            )
        }
        defer { closedir(directory) }
        var segments: [Segment] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let firstSeq = self.firstSeq(ofName: name) {
                segments.append(Segment(firstSeq: firstSeq, path: self.folder.appending(name)))
            }
        }
        return segments.sorted { $0.firstSeq < $1.firstSeq }
    }
}

/// When the writer rotates the log, and how many rotated segments it keeps.
public struct LogRotation: Sendable, Equatable {
    /// Rotate once the active file has reached this many bytes (after the batch that crossed it); 0: never.
    public var maxBytes: Int64
    /// Rotated segments kept; the oldest beyond this many are removed after a rotation. 0: keep all.
    public var maxSegments: Int

    public init(maxBytes: Int64 = 0, maxSegments: Int = 0) {
        self.maxBytes = maxBytes
        self.maxSegments = maxSegments
    }

    public static let off = LogRotation()
}

/// What a rotation did, for the journal.
public enum LogRotationEvent: Sendable {
    /// The active file became `segment` (records `firstSeq...lastSeq`); a new, empty active file took its place;
    /// `removed` are the oldest segments dropped past `max_log_segments`.
    case rotated(segment: FilePath, firstSeq: UInt64, lastSeq: UInt64, removed: [FilePath])
    /// The rotation did not happen (the writer goes on appending to the same file and tries again after the next
    /// batch), or a segment past `max_log_segments` could not be removed.
    case failed(LogError)
}

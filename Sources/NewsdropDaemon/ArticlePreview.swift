import ArticleParsing
import DropFolder
import RecordLog
public import SystemPackage

/// What `newsdrop parse` prints for one file: the record `run` would build, minus `seq` and `ingested_at`.
public enum ArticlePreview {
    /// Why a file would be rejected, as its `.reason` sidecar would say.
    public struct Rejection: Error, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// Reads and parses one file named on the command line.
    ///
    /// - Returns: the JSON line (with its `\n`), or why the file would be rejected.
    public static func preview(_ path: FilePath, maxBytes: Int64) -> Result<[UInt8], Rejection> {
        let folder = path.removingLastComponent()
        guard let name = path.lastComponent else { return .failure(Rejection("not a file name")) }
        let reader = SourceFileReader(root: folder.isEmpty ? FilePath(".") : folder)
        let source: SourceFile
        do {
            source = try reader.read(FilePath(name.string), maxBytes: maxBytes)
        } catch {
            if let reason = error.rejectionReason { return .failure(Rejection(reason)) }
            switch error {
            case .notRegular, .tooLarge: preconditionFailure("handled by rejectionReason")
            case .vanished: return .failure(Rejection("no such file"))
            case .stillBeingWritten: return .failure(Rejection("still open for writing by another process"))
            case .changedWhileReading: return .failure(Rejection("changed while it was read"))
            case .system(let errno): return .failure(Rejection("\(errno)"))
            }
        }
        switch ArticleParser.parse(source.bytes) {
        case .failure(let rejection):
            return .failure(Rejection(rejection.description))
        case .success(let article):
            let info = SourceInfo(path: path.string, file: source, sha256: SourceDigest.sha256Hex(source.bytes))
            return .success(RecordEncoding.previewLine(source: info, article: article))
        }
    }
}

import Foundation
import Testing

@testable import ArticleParsing

/// The shared sample articles and their expected fields.
///
/// The folder is `<repo root>/../shared/samples` (CI clones the repository with `shared/` beside it).
/// `#filePath` may point into a symlinked checkout, so the real path is tried as well, then
/// `$NEWSDROP_SAMPLES`.
enum SampleFiles {
    static let directory: URL? = {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["NEWSDROP_SAMPLES"] { candidates.append(override) }
        let file = URL(fileURLWithPath: #filePath)
        for path in [file, file.resolvingSymlinksInPath()] {
            let root = path.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(root.deletingLastPathComponent().appendingPathComponent("shared/samples").path)
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/seeds") }
            .map { URL(fileURLWithPath: $0) }
    }()

    /// The fields a sample's `NAME.expected.json` holds.
    struct Expected {
        var title: String?
        var published: String?
        var url: String?
        var site: String?
        var language: String
        var paragraphs: [String]
    }

    /// `relativePath` without extension, e.g. `seeds/000_26f48cefd25632c0`.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let url = try #require(Self.directory).appendingPathComponent(relativePath + ".txt")
        return [UInt8](try Data(contentsOf: url))
    }

    static func expected(_ relativePath: String) throws -> Expected {
        let url = try #require(Self.directory).appendingPathComponent(relativePath + ".expected.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let fields = try #require(object as? [String: Any])
        return Expected(
            title: fields["title"] as? String,
            published: fields["published"] as? String,
            url: fields["url"] as? String,
            site: fields["site"] as? String,
            language: fields["language"] as? String ?? "und",
            paragraphs: fields["paragraphs"] as? [String] ?? []
        )
    }
}

import Foundation
import Glibc

/// Where the end-to-end tests find the `newsdrop` binary and the sample articles.
enum Fixtures {
    /// The binary under test: `$NEWSDROP_BIN`, else `newsdrop` beside the running test executable.
    ///
    /// SwiftPM puts `newsdrop` and the test bundle in the same `.build/<configuration>` folder.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSDROP_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let executable = self.realPath("/proc/self/exe") ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("newsdrop")
    }

    /// Fails with a clear message when the binary is missing, instead of a confusing launch error later.
    static func requireBinary() throws -> URL {
        let url = self.binary
        guard access(url.path, X_OK) == 0 else {
            throw E2EError("newsdrop binary not found or not executable at '\(url.path)' (set NEWSDROP_BIN)")
        }
        return url
    }

    /// `<repo root>/../shared/samples`, or `$NEWSDROP_SAMPLES`.
    static var samplesDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSDROP_SAMPLES"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return self.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")
    }

    /// The repository's root: three levels above this source file, after resolving symbolic links.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: self.realPath(#filePath) ?? #filePath)
            .deletingLastPathComponent()  // newsdropTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    /// The five seed articles (`seeds/*.txt`), sorted by name.
    static func seeds() throws -> [URL] {
        try self.textFiles(in: self.samplesDirectory.appendingPathComponent("seeds"))
    }

    /// The twenty further articles (`articles/*.txt`), sorted by name.
    static func articles() throws -> [URL] {
        try self.textFiles(in: self.samplesDirectory.appendingPathComponent("articles"))
    }

    /// The bytes of seed number `index`.
    static func seedData(_ index: Int) throws -> Data {
        let seeds = try self.seeds()
        guard seeds.indices.contains(index) else { throw E2EError("no seed number \(index) in \(seeds)") }
        return try Data(contentsOf: seeds[index])
    }

    /// A small, unique article: a headline and two paragraphs that carry `number`, so its bytes and body differ
    /// from every other number's.
    static func generatedArticle(_ number: Int, tag: String = "drop") -> Data {
        let text = """
            Harbour council report \(number) (\(tag))

            The harbour council met on Tuesday to discuss proposal number \(number), which would change how \
            deliveries reach the old quay. Residents told the meeting that item \(number) deserved a careful look.

            A final vote on proposal \(number) is expected next month, the council's secretary said after the \
            session, adding that written comments are still welcome.

            """
        return Data(text.utf8)
    }

    private static func textFiles(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
        guard !files.isEmpty else { throw E2EError("no sample articles in '\(directory.path)'") }
        return files
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

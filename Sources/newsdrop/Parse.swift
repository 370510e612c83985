import ArgumentParser
import Foundation
import NewsdropDaemon
import SystemPackage

extension Newsdrop {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse files and print one JSON record per file (minus seq and ingested_at); touches nothing.",
            discussion: "Exit status 1 when any file would be rejected; its reason goes to stderr."
        )

        @Option(name: .customLong("max-bytes"), help: "Files bigger than this are rejected unread.")
        var maxBytes: Int64 = Configuration().maxBytes

        @Argument(help: "Article files.")
        var files: [String]

        func validate() throws {
            if self.files.isEmpty { throw ValidationError("Name at least one file to parse.") }
        }

        func run() throws {
            var failed = false
            for file in self.files {
                switch ArticlePreview.preview(FilePath(file), maxBytes: self.maxBytes) {
                case .success(let line):
                    FileHandle.standardOutput.write(Data(line))
                case .failure(let reason):
                    printError("newsdrop: '\(file)' would be rejected: \(reason)")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}

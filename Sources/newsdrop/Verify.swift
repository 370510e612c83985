import ArgumentParser
import Foundation
import NewsdropDaemon
import RecordLog
import SystemPackage

extension Newsdrop {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check a log and its rotated segments: complete JSON records, seq rising by exactly 1, no source.sha256 twice.",
            discussion: "Exit status 0 when sound, 1 otherwise (naming the first bad line by number and byte offset)."
        )

        @Option(name: [.customShort("c"), .long], help: "Configuration file to take log_path from.")
        var config: String?

        @Option(help: "The log to check (default: log_path of the configuration).")
        var log: String?

        func run() throws {
            let path = try PathOptions.logPath(log: self.log, config: self.config)
            let report: VerifyReport
            do {
                report = try LogVerifier.verify(path: path)
            } catch {
                printError("newsdrop: \(error)")
                throw ExitCode(1)
            }
            let range = report.firstSeq.map { first in "seq \(first)…\(report.lastSeq ?? first)" } ?? "no seq"
            if let problem = report.problem {
                print(
                    "'\(problem.segment ?? path.string)': BAD at line \(problem.lineNumber), byte offset \(problem.byteOffset): \(problem.message) (\(report.records) good records before it)"
                )
                throw ExitCode(1)
            }
            let segments = report.segments > 0 ? " in \(report.segments) rotated segments and the active file" : ""
            print("'\(path)': OK, \(report.records) records\(segments), \(range)")
        }
    }
}

import ArgumentParser
import Glibc
import NewsdropDaemon
import RecordLog
import Synchronization
import SystemPackage

extension Newsdrop {
    struct Tail: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print complete records from a seq on, across rotated segments, and follow new ones.",
            discussion: """
                Never prints a partial line. The starting segment is found by its name and the starting record by \
                a binary search, so --from-seq near the end of a large log returns at once. With --follow it waits \
                for new records and follows the log across rotation (it reads a rotated file to its end, then the \
                new one). Exit status 0 when done, when interrupted (SIGINT, SIGTERM) or when the reader goes away \
                (a closed pipe); 1 when the log cannot be read.
                """
        )

        @Option(name: [.customShort("c"), .long], help: "Configuration file to take log_path from.")
        var config: String?

        @Option(help: "The log (default: log_path of the configuration).")
        var log: String?

        @Option(name: .customLong("from-seq"), help: "Start at this seq (default: the oldest record kept).")
        var fromSeq: UInt64?

        @Flag(help: "Wait for new records and follow the log across rotation.")
        var follow = false

        func run() throws {
            let path = try PathOptions.logPath(log: self.log, config: self.config)
            TailSignals.install()
            var tail = LogTail(activePath: path)
            do {
                try tail.run(
                    fromSeq: self.fromSeq,
                    follow: self.follow,
                    emit: Self.writeAll,
                    shouldStop: { TailSignals.stopRequested.load(ordering: .relaxed) }
                )
            } catch {
                printError("newsdrop: \(error)")
                throw ExitCode(1)
            }
        }

        /// Writes whole lines to stdout; `false` once the reader went away (EPIPE), which ends the command.
        private static func writeAll(_ bytes: UnsafeRawBufferPointer) -> Bool {
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}

/// SIGINT and SIGTERM ask `newsdrop tail` to stop between two writes (so the output ends with a whole line);
/// SIGPIPE is ignored, so a reader that went away shows as EPIPE. Installed without `SA_RESTART`, so that a
/// wait is cut short.
enum TailSignals {
    static let stopRequested = Atomic<Bool>(false)

    static func install() {
        signal(SIGPIPE, SIG_IGN)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in TailSignals.stopRequested.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
    }
}

import ArgumentParser
import Foundation
import Logging
import NewsdropDaemon
import SystemPackage
import SystemdSupport

/// The folder and file flags that override the configuration file.
struct PathOptions: ParsableArguments, Sendable {
    @Option(
        name: [.customShort("c"), .long],
        help: "Configuration file (default: /etc/newsdrop/newsdrop.toml if it exists)."
    )
    var config: String?

    @Option(help: "The drop folder (overrides drop_dir).")
    var drop: String?

    @Option(help: "The JSON-lines log (overrides log_path).")
    var log: String?

    @Option(help: "Where finished files go (overrides processed_dir).")
    var processed: String?

    @Option(help: "Where rejected files go (overrides rejected_dir).")
    var rejected: String?

    /// The configuration file to read, if any: `--config`, else the default path when it exists.
    var configurationPath: FilePath? {
        if let config { return FilePath(config) }
        return FileManager.default.fileExists(atPath: Configuration.defaultPath.string)
            ? Configuration.defaultPath : nil
    }

    func apply(to configuration: inout Configuration) {
        if let drop { configuration.dropFolder = FilePath(drop) }
        if let log { configuration.logPath = FilePath(log) }
        if let processed { configuration.processedFolder = FilePath(processed) }
        if let rejected { configuration.rejectedFolder = FilePath(rejected) }
        configuration.resolvePaths(against: FilePath(FileManager.default.currentDirectoryPath))
    }

    /// Loads, overrides and checks the configuration; exits 78 with a message when it is invalid.
    func load() throws -> Configuration {
        var configuration = Configuration()
        do {
            if let path = self.configurationPath { configuration = try Configuration.load(from: path) }
            self.apply(to: &configuration)
            try configuration.validate(origin: self.configurationPath?.string ?? "command line")
        } catch {
            printError("newsdrop: \(error)")
            throw ExitCode(78)
        }
        return configuration
    }

    /// The log a reading command (`verify`, `tail`) works on: `log` when given, else `log_path` of the
    /// configuration (`config`, or the default file).
    static func logPath(log: String?, config: String?) throws -> FilePath {
        if let log { return FilePath(log) }
        var options = PathOptions()
        options.config = config
        return try options.load().logPath
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

extension Newsdrop {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the daemon in the foreground (systemd style: no forking, no pid file)."
        )

        @OptionGroup var paths: PathOptions

        func run() throws {
            let configuration = try self.paths.load()
            // The journal when systemd connected stderr to it (JOURNAL_STREAM), else text on stderr.
            LoggingSystem.bootstrap(LogBackend.makeHandler(label:))
            let paths = self.paths
            let daemon = Daemon(
                configuration: configuration,
                configurationPath: paths.configurationPath,
                overrides: { paths.apply(to: &$0) },
                notifier: SystemdNotifier(),
                makeLogger: { level in
                    var logger = Logger(label: "newsdrop")
                    logger.logLevel = level
                    return logger
                }
            )
            let outcome: Daemon.Outcome
            do {
                outcome = try daemon.run()
            } catch {
                printError("newsdrop: \(error)")
                throw ExitCode(error.code == .invalidConfiguration ? 78 : 1)
            }
            if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
        }
    }
}

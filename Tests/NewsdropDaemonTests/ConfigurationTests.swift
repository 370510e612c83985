import Foundation
import Logging
import NewsdropDaemon
import RecordLog
import SystemPackage
import Testing

@Suite struct ConfigurationTests {
    @Test func emptyFileMeansDefaults() throws {
        let config = try Configuration.parse("", origin: "empty.toml")
        #expect(config == Configuration())
        #expect(config.fsync == .batch)
        #expect(config.settleMilliseconds == 1000)
        #expect(config.rescanIntervalSeconds == 300)
        #expect(config.ignore.contains("*.filepart"))
    }

    @Test func theShippedDefaultFileIsValidAndMatchesTheBuiltInDefaults() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shipped = try Configuration.load(from: FilePath(root.appendingPathComponent("Config/newsdrop.toml").path))
        #expect(shipped == Configuration())
    }

    @Test func readsEveryKey() throws {
        let config = try Configuration.parse(
            """
            drop_dir = "/d"
            log_path = "/l/x.jsonl"
            processed_dir = "/p"
            rejected_dir = "/r"
            on_success = "delete"
            ignore = ["*.x"]
            extensions = [".TXT", "md"]
            max_bytes = 42
            settle_ms = 5
            rescan_interval_s = 0
            fsync = "always"
            max_log_bytes = 1000
            max_log_segments = 3
            log_level = "debug"
            parse_workers = 3
            max_in_flight = 9
            """,
            origin: "all.toml"
        )
        #expect(config.dropFolder == "/d")
        #expect(config.logPath == "/l/x.jsonl")
        #expect(config.onSuccess == .delete)
        #expect(config.ignore == ["*.x"])
        #expect(config.extensions == ["txt", "md"])
        #expect(config.maxBytes == 42)
        #expect(config.settleMilliseconds == 5)
        #expect(config.rescanIntervalSeconds == 0)
        #expect(config.fsync == .always)
        #expect(config.maxLogBytes == 1000)
        #expect(config.maxLogSegments == 3)
        #expect(config.logLevel == .debug)
        #expect(config.parseWorkers == 3)
        #expect(config.maxInFlight == 9)
    }

    /// Each bad file must fail with a message naming the file, the key and what was expected.
    @Test(arguments: [
        ("colour = \"red\"", ["'colour'", "bad.toml", "expected one of"]),
        ("fsync = \"sometimes\"", ["'fsync'", "bad.toml", "\"always\", \"batch\", \"never\"", "\"sometimes\""]),
        ("settle_ms = \"soon\"", ["'settle_ms'", "bad.toml", "an integer"]),
        ("settle_ms = -1", ["'settle_ms'", "bad.toml", "from 0 to"]),
        ("max_bytes = 0", ["'max_bytes'", "bad.toml"]),
        ("ignore = \"*.tmp\"", ["'ignore'", "bad.toml", "an array of strings"]),
        ("ignore = [1]", ["'ignore'", "an array of strings"]),
        ("on_success = \"keep\"", ["'on_success'", "\"move\", \"delete\""]),
        ("log_level = \"loud\"", ["'log_level'", "\"info\""]),
        ("drop_dir = \"\"", ["'drop_dir'", "a non-empty path"]),
        ("this is not toml", ["Invalid TOML", "bad.toml", "line 1"]),
    ])
    func rejectsBadValues(_ text: String, _ mentions: [String]) {
        do {
            _ = try Configuration.parse(text, origin: "bad.toml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.code == .invalidConfiguration)
            for mention in mentions {
                #expect(error.message.contains(mention), "\(error.message) should mention \(mention)")
            }
        }
    }

    @Test func refusesOutputFoldersInsideTheDropFolder() throws {
        var config = Configuration()
        config.dropFolder = "/srv/drop"
        config.processedFolder = "/srv/drop/processed"
        #expect(throws: NewsdropError.self) { try config.validate(origin: "x.toml") }
        config.processedFolder = "/srv/processed"
        try config.validate(origin: "x.toml")
        config.logPath = "/srv/drop/log.jsonl"
        #expect(throws: NewsdropError.self) { try config.validate(origin: "x.toml") }
    }

    @Test func relativePathsResolveAgainstTheWorkingDirectory() {
        var config = Configuration()
        config.dropFolder = "var/drop"
        config.resolvePaths(against: "/home/op")
        #expect(config.dropFolder == "/home/op/var/drop")
        #expect(config.logPath == "/var/lib/newsdrop/log/articles.jsonl")
    }

    @Test func aMissingFileIsAConfigurationError() {
        do {
            _ = try Configuration.load(from: "/nonexistent/newsdrop.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidConfiguration)
            #expect(error.message.contains("/nonexistent/newsdrop.toml"))
        }
    }
}

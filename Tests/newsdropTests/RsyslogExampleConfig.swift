import Foundation

/// The text of `examples/rsyslog-newsdrop.conf`, made runnable in a test tree by plain text substitutions, so that
/// the file the README shows is the file the tests run.
///
/// Each substitution throws when the text it replaces is missing, so that an edit of the example that would
/// silently stop a substitution (and test something else than the example) fails the test instead.
struct RsyslogExampleConfig {
    static let exampleURL = Fixtures.repositoryRoot.appendingPathComponent("examples/rsyslog-newsdrop.conf")
    /// The example's log folder (the installed unit's), with the trailing slash it is written with.
    static let logFolder = "/var/lib/newsdrop/log/"
    /// The example's `workDirectory`, which also holds its other files (`not-shipped.jsonl`, the Kafka files).
    static let workFolder = "/var/lib/newsdrop-rsyslog"
    /// The lines from this marker to ``kafkaEnd`` are the omkafka action's own parameters.
    static let kafkaStart = "# >>> kafka\n"
    static let kafkaEnd = "# <<< kafka\n"

    private(set) var text: String

    init() throws {
        do {
            self.text = try String(contentsOf: Self.exampleURL, encoding: .utf8)
        } catch {
            throw E2EError("Failed to read '\(Self.exampleURL.path)': \(error)")
        }
    }

    /// The example with its log folder and work folder replaced by `log` and `work`.
    func movingFolders(log: URL, work: URL) throws -> RsyslogExampleConfig {
        var moved = self
        try moved.replaceAll(Self.logFolder, with: log.path + "/")
        try moved.replaceAll(Self.workFolder, with: work.path)
        return moved
    }

    /// The example with the omkafka parameters (the lines from `# >>> kafka` to `# <<< kafka`) replaced by an
    /// omfile output to `file`, through the example's own `newsdrop-line` template (the record and a newline).
    /// The rest of the action stays: its name, its disk-assisted queue, its retry settings.
    func shippingToFile(_ file: URL) throws -> RsyslogExampleConfig {
        guard let start = self.text.range(of: Self.kafkaStart),
            let end = self.text.range(of: Self.kafkaEnd, range: start.upperBound..<self.text.endIndex)
        else {
            throw E2EError("'\(Self.exampleURL.path)' has no '# >>> kafka' … '# <<< kafka' block to replace")
        }
        var shipping = self
        shipping.text.replaceSubrange(
            start.lowerBound..<end.upperBound,
            with: "type=\"omfile\" file=\"\(file.path)\" template=\"newsdrop-line\"\n"
        )
        return shipping
    }

    func write(to url: URL) throws {
        try Data(self.text.utf8).write(to: url)
    }

    private mutating func replaceAll(_ target: String, with replacement: String) throws {
        guard self.text.contains(target) else {
            throw E2EError("'\(Self.exampleURL.path)' no longer mentions '\(target)', which the tests replace")
        }
        self.text = self.text.replacingOccurrences(of: target, with: replacement)
    }
}

import Foundation

/// One line of the article log (schema 1), as far as the end-to-end tests look at it.
struct Record: Decodable, Sendable {
    struct Source: Decodable, Sendable {
        var path: String
        var bytes: Int
        var sha256: String
        var modified: String
    }

    var schema: Int
    var seq: Int
    var ingestedAt: String
    var source: Source
    var format: String
    var title: String?
    var published: String?
    var url: String?
    var site: String?
    var language: String
    var body: String
    var wordCount: Int

    enum CodingKeys: String, CodingKey {
        case schema, seq, source, format, title, published, url, site, language, body
        case ingestedAt = "ingested_at"
        case wordCount = "word_count"
    }
}

/// What `newsdrop parse` prints for one file: a record without `seq` and `ingested_at`.
struct ParsedArticle: Decodable, Sendable {
    var schema: Int?
    var source: Record.Source
    var format: String
    var title: String?
    var published: String?
    var url: String?
    var site: String?
    var language: String
    var body: String
    var wordCount: Int

    enum CodingKeys: String, CodingKey {
        case schema, source, format, title, published, url, site, language, body
        case wordCount = "word_count"
    }
}

/// The JSON-lines article log as a reader sees it.
struct LogFile {
    let url: URL

    init(_ url: URL) {
        self.url = url
    }

    /// The raw bytes; empty when the log does not exist yet.
    func data() -> Data {
        (try? Data(contentsOf: self.url)) ?? Data()
    }

    /// The number of complete (newline-terminated) lines. Cheap enough to poll on a large log.
    func completeLineCount() -> Int {
        self.data().reduce(into: 0) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
    }

    /// The complete lines, and whatever follows the last newline (empty when the log ends cleanly).
    func lines() -> (complete: [Data], trailing: Data) {
        let data = self.data()
        var complete: [Data] = []
        var start = data.startIndex
        while let newline = data[start...].firstIndex(of: UInt8(ascii: "\n")) {
            complete.append(Data(data[start..<newline]))
            start = newline + 1
        }
        return (complete, Data(data[start...]))
    }

    /// Decodes every complete line.
    ///
    /// - Throws: ``E2EError`` naming the first line (1-based) that is not a record.
    func records() throws -> [Record] {
        let decoder = JSONDecoder()
        return try self.lines().complete.enumerated().map { index, line in
            do {
                return try decoder.decode(Record.self, from: line)
            } catch {
                let text = String(decoding: line.prefix(300), as: UTF8.self)
                throw E2EError("log line \(index + 1) is not a schema-1 record (\(error)): \(text)")
            }
        }
    }

    /// Waits until the log holds at least `count` complete lines, then decodes it.
    func waitForRecords(
        _ count: Int,
        timeout: Duration = .seconds(20),
        interval: Duration = .milliseconds(25),
        daemon: DaemonProcess? = nil
    ) async throws -> [Record] {
        let reached = try await eventually(timeout: timeout, interval: interval) {
            self.completeLineCount() >= count || daemon.map { !$0.isRunning } ?? false
        }
        let have = self.completeLineCount()
        guard reached, have >= count else {
            var message = "timed out after \(timeout) waiting for \(count) records in '\(self.url.path)'; have \(have)"
            if let daemon {
                if !daemon.isRunning { message += "; the daemon: \(daemon.state)" }
                message += "; stderr:\n" + daemon.stderrTail()
            }
            throw E2EError(message)
        }
        return try self.records()
    }
}

extension Array where Element == Record {
    /// Whether `seq` runs 1, 2, 3… without a gap or repeat.
    var hasGapFreeSeq: Bool {
        self.map(\.seq) == [Int](1..<(self.count + 1))
    }
}

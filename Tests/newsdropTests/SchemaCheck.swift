import Foundation
import Testing

/// Every record an end-to-end test leaves in its log must match `Config/record.schema.json`: the schema
/// published for consumers and what the daemon writes cannot drift apart. `TestTree.remove()` runs this on
/// the log's folder (the active file and its rotated segments) through `Tests/schema/validate_records.py`
/// (Python's `jsonschema`, JSON Schema 2020-12).
enum SchemaCheck {
    /// What breaks the schema in the `.jsonl` files of `folder`, or `nil` when every record matches (or there is
    /// no log).
    static func problem(inLogFolder folder: URL) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        guard !names.isEmpty else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments =
            [
                Fixtures.repositoryRoot.appendingPathComponent("Tests/schema/validate_records.py").path,
                Fixtures.repositoryRoot.appendingPathComponent("Config/record.schema.json").path,
            ] + names.map { folder.appendingPathComponent($0).path }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            return "could not run the schema check (python3): \(error)"
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A failure in the end-to-end harness: a deadline passed, a helper process misbehaved, a file was missing.
///
/// The message says what was awaited and, where it helps, what the daemon wrote to stderr.
struct E2EError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { self.message }
}

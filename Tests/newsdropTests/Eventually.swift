import Foundation

/// Polls `condition` every `interval` until it holds or `timeout` passes.
///
/// Prefer this over fixed sleeps: a fast daemon makes the test fast, a slow one still gets `timeout`.
///
/// - Returns: `true` once `condition` held, `false` when the deadline passed first.
/// - Throws: `CancellationError` when the test's time limit cancels the task.
func eventually(
    timeout: Duration,
    interval: Duration = .milliseconds(25),
    _ condition: () throws -> Bool
) async throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
        if try condition() { return true }
        if clock.now >= deadline { return false }
        try await Task.sleep(for: interval)
    }
}

/// Like ``eventually(timeout:interval:_:)`` but throws an ``E2EError`` built by `failure` on timeout.
func waitUntil(
    timeout: Duration,
    interval: Duration = .milliseconds(25),
    _ what: @autoclosure () -> String,
    _ condition: () throws -> Bool
) async throws {
    if try await eventually(timeout: timeout, interval: interval, condition) { return }
    throw E2EError("Timed out after \(timeout) waiting for \(what())")
}

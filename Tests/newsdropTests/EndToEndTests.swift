import Testing

/// End-to-end tests of the `newsdrop` binary: each runs it as a child process in a private temporary tree and
/// judges it only by what a user can see (the log, the folders, stderr, exit codes, `$NOTIFY_SOCKET`).
///
/// They never import the project's modules. The binary is `$NEWSDROP_BIN`, else `newsdrop` beside the test
/// executable. The nested suites run one at a time: several daemons at once would make timing flaky on 2 cores.
@Suite("newsdrop end to end", .serialized)
struct EndToEndTests {}

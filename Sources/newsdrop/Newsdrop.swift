import ArgumentParser

/// The `newsdrop` command: a root command with one subcommand per job.
@main
struct Newsdrop: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "newsdrop",
        abstract: "Turns a drop folder of news-article files into an append-only JSON-lines log.",
        discussion: """
            Exit status: 0 success, 1 a failed check or rejected input, 64 bad usage, \
            74 the log failed (e.g. fsync; a restart recovers), 78 bad configuration.
            """,
        version: Newsdrop.version,
        subcommands: [Run.self, Parse.self, Verify.self, Tail.self]
    )
}

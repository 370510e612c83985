import Foundation
import Glibc
import Testing

extension EndToEndTests {
    /// Guarantee 5's containment: should the parser ever crash on a file (it found one such bug in a
    /// mutant: a trap is a real possibility in a parser of this many rules), the restart must set that
    /// file aside instead of parsing it again, or one file would crash every restart and systemd would
    /// give up with every later file waiting.
    ///
    /// The crash is a real one in the release binary: `LD_PRELOAD` of a small shim (``PreloadShim``) whose
    /// `memchr` executes an illegal instruction (as a Swift trap does) when the bytes it searches hold a
    /// marker. The parser is the first to search a file's text with `memchr` (its line split).
    @Suite(.serialized)
    struct ParseCrashTests {
        @Test(.timeLimit(.minutes(2)), .enabled(if: PreloadShim.compiler != nil, "needs cc to build the memchr shim"))
        func aFileThatCrashesTheParserIsRejectedAfterTheRestartNotParsedAgain() async throws {
            let tree = try TestTree("parse-crash")
            defer { tree.remove() }
            try tree.writeConfig()
            let shim = try await PreloadShim.build("crash-on-marker", source: Self.shimSource, in: tree.root)
            let environment = ["LD_PRELOAD": shim.path]

            let first = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { first.kill() }
            try Writers.moveIn(Fixtures.generatedArticle(1), as: "before.txt", tree: tree)
            _ = try await tree.log.waitForRecords(1, daemon: first)
            try await tree.waitUntilDrained(first)

            var poison = Fixtures.generatedArticle(2)
            poison.append(Data("\nA closing paragraph that holds the marker NEWSDROP-TEST-CRASH-HERE.\n".utf8))
            try Writers.moveIn(poison, as: "poison.txt", tree: tree)
            let ended = try await first.waitForExit(timeout: .seconds(20))
            #expect(ended == .signaled(SIGILL), "the shim's crash: \(first.stderrTail())")
            let note = tree.logURL.deletingLastPathComponent().appendingPathComponent(".articles.jsonl.parse-crashes")
                .path
            #expect(FileManager.default.contents(atPath: note) == Data("poison.txt\0".utf8))
            #expect(TestTree.entries(below: tree.drop) == ["poison.txt"])

            // systemd's restart, the shim still loaded: the file is rejected, not parsed (which would crash
            // again), and the files after it are recorded.
            let second = try await DaemonProcess.startReady(tree: tree, environment: environment)
            defer { second.kill() }
            try Writers.moveIn(Fixtures.generatedArticle(3), as: "after.txt", tree: tree)
            _ = try await tree.log.waitForRecords(2, daemon: second)
            try await tree.waitUntilDrained(second)
            #expect(TestTree.entries(below: tree.drop).isEmpty)
            #expect(Set(TestTree.entries(below: tree.rejected)) == ["poison.txt", "poison.txt.reason"])
            let reason = try String(
                contentsOf: tree.rejected.appendingPathComponent("poison.txt.reason"),
                encoding: .utf8
            )
            #expect(reason.contains("the parser crashed on this file"), "\(reason)")
            #expect(second.stderr().contains("The parser crashed on 'poison.txt' before this start"))
            #expect(try tree.log.records().map(\.source.path) == ["before.txt", "after.txt"])
            #expect(FileManager.default.contents(atPath: note) == Data(), "the note is emptied once read")
            await second.expectCleanStop()
        }

        static let shimSource = """
            // memchr(3) executes an illegal instruction, as a Swift trap does, when the bytes it is given hold
            // the marker NEWSDROP-TEST-CRASH; everything else goes to the C library.
            #define _GNU_SOURCE
            #include <dlfcn.h>
            #include <stddef.h>

            static const char marker[] = "NEWSDROP-TEST-CRASH";

            static int holds_marker(const unsigned char *bytes, size_t count) {
                size_t length = sizeof marker - 1;
                for (size_t start = 0; start + length <= count; start++) {
                    size_t index = 0;
                    while (index < length && bytes[start + index] == (unsigned char)marker[index]) index++;
                    if (index == length) return 1;
                }
                return 0;
            }

            void *memchr(const void *bytes, int byte, size_t count) {
                static void *(*real)(const void *, int, size_t);
                if (real == NULL) real = (void *(*)(const void *, int, size_t))dlsym(RTLD_NEXT, "memchr");
                if (holds_marker(bytes, count)) __builtin_trap();
                return real(bytes, byte, count);
            }

            """
    }
}

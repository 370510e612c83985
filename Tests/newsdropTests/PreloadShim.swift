import Foundation
import Testing

/// A small C library that the daemon loads with `LD_PRELOAD`, to inject a fault at the C library boundary of
/// the real release binary (a failing `fsync`, a wall clock that jumps) where the kernel offers no way to cause
/// it for one process only.
enum PreloadShim {
    /// `cc` (Debian's gcc; `.ci/run` installs it).
    static let compiler: String? = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Compiles `source` into `folder/lib<name>.so` and returns the library.
    static func build(_ name: String, source: String, in folder: URL) async throws -> URL {
        let sourceURL = folder.appendingPathComponent("\(name).c")
        let library = folder.appendingPathComponent("lib\(name).so")
        try source.write(to: sourceURL, atomically: true, encoding: .utf8)
        let compiler = try #require(Self.compiler, "no C compiler to build the \(name) shim (apt-get install gcc)")
        let built = try await EndToEndTests.FaultTests.run([
            compiler, "-shared", "-fPIC", "-O2", "-o", library.path, sourceURL.path,
        ])
        try #require(built.exitStatus == 0, "building the \(name) shim failed: \(built)")
        return library
    }
}

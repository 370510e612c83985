import CLinux
import Glibc
import SystemPackage

/// Where the daemon notes the file a parse worker was reading when the process crashed, so that the
/// restart sets that file aside instead of parsing it again. Without it one such file would crash every
/// restart, until systemd gave up and every file after it waited.
///
/// The parser is meant never to crash (`make fuzz`, `RobustnessTests`); this is the containment for the
/// day it does. The note is `.<log name>.parse-crashes`, beside the log: file names, each ended by a NUL,
/// appended by the crash handler (``newsdrop_install_crash_note``) of the thread that crashed.
struct ParseCrashNote {
    let path: FilePath

    /// `.<log name>.parse-crashes` in the log's folder: hidden, and outside the log's own names
    /// (`articles.*`), which rotation and the tools that read segments list.
    init(logPath: FilePath) {
        let name = logPath.lastComponent?.string ?? "log"
        self.path = logPath.removingLastComponent().appending(".\(name).parse-crashes")
    }

    /// Reads and empties the note, then installs the crash handler that appends to it; returns the names it
    /// held (files a parse crashed on before this start). The descriptor stays open for the handler.
    func open() throws(Errno) -> Set<String> {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                self.path,
                .readWrite,
                options: [.create, .append, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead]
            )
        } catch let error as Errno {
            throw error
        } catch {
            throw Errno.ioError
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }
            } catch let error as Errno {
                try? descriptor.close()
                throw error
            } catch {
                try? descriptor.close()
                throw Errno.ioError
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        guard ftruncate(descriptor.rawValue, 0) == 0, newsdrop_install_crash_note(descriptor.rawValue) == 0 else {
            let error = Errno(rawValue: errno)
            try? descriptor.close()
            throw error
        }
        return Set(bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
    }

    /// Runs `body` with `name` noted as the file this thread parses, for the crash handler.
    static func whileParsing<Result>(_ name: String, _ body: () -> Result) -> Result {
        var name = name
        name.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { newsdrop_parsing_begin($0.baseAddress, $0.count) }
        }
        defer { newsdrop_parsing_end() }
        return body()
    }
}

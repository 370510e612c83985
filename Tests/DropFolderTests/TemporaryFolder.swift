import Foundation
import Glibc
import SystemPackage

/// A fresh folder from `mkdtemp(3)`, removed when the test is done.
final class TemporaryFolder {
    let path: FilePath

    init() {
        var template = Array("/tmp/newsdrop-dropfolder-XXXXXX".utf8CString)
        let result = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(result != nil, "mkdtemp failed: \(errno)")
        self.path = FilePath(String(cString: template))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: self.path.string)
    }

    func url(_ relative: String) -> URL { URL(fileURLWithPath: self.path.pushing(FilePath(relative)).string) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> FilePath {
        let target = self.path.pushing(FilePath(relative))
        try FileManager.default.createDirectory(
            atPath: target.removingLastComponent().string,
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: URL(fileURLWithPath: target.string))
        return target
    }

    func exists(_ relative: String) -> Bool {
        var status = stat()
        return lstat(self.path.pushing(FilePath(relative)).string, &status) == 0
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: self.path.pushing(FilePath(relative)).string, encoding: .utf8)
    }
}

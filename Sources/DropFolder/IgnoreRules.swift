import Glibc
public import SystemPackage

/// The `ignore` globs: names that newsdrop never touches (upload temp files, dotfiles, editor backups).
///
/// A pattern without `/` is matched against every component of a relative path, so `.*` also hides
/// files inside a dot-folder; a pattern with `/` is matched against the whole relative path.
///
/// The corresponding C function is `fnmatch(3)`.
public struct IgnoreRules: Sendable, Equatable {
    public let patterns: [String]

    /// rsync's `.name.XXXXXX`, WinSCP's `.filepart`, partial downloads and editor backups.
    public static let defaultPatterns = [".*", "*.tmp", "*.part", "*.partial", "*.filepart", "*~"]

    public init(patterns: [String]) {
        self.patterns = patterns
    }

    /// Whether a path relative to the drop folder is to be left alone.
    public func ignores(_ relativePath: FilePath) -> Bool {
        if self.patterns.isEmpty { return false }
        for pattern in self.patterns where pattern.contains("/") {
            if Self.matches(pattern, relativePath.string, flags: FNM_PATHNAME) { return true }
        }
        for component in relativePath.components {
            if self.ignoresName(component.string) { return true }
        }
        return false
    }

    /// Whether a single entry name matches a pattern without `/`.
    public func ignoresName(_ name: String) -> Bool {
        for pattern in self.patterns where !pattern.contains("/") {
            if Self.matches(pattern, name, flags: 0) { return true }
        }
        return false
    }

    private static func matches(_ pattern: String, _ name: String, flags: CInt) -> Bool {
        fnmatch(pattern, name, flags) == 0
    }
}

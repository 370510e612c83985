public import SystemPackage

/// What the watcher learned about the drop folder. Events are hints: the folder's listing is the truth.
public enum DropEvent: Sendable, Equatable {
    /// How a file showed up, which decides whether it is complete at once.
    public enum Arrival: Sendable, Equatable {
        /// Renamed into a watched folder (`IN_MOVED_TO`): complete at once.
        case renamedIn
        /// Closed after writing (`IN_CLOSE_WRITE`): complete once quiet for `settle_ms`.
        case written
        /// Created (`IN_CREATE`: a hard link, FIFO, symlink or a file about to be written).
        case created
        /// Found by a scan of the folder: complete once quiet for `settle_ms`.
        case scanned
    }

    /// A non-directory entry at a path relative to the drop folder.
    case file(FilePath, Arrival)
    /// The kernel queue overflowed (`IN_Q_OVERFLOW`); the watcher has already rescanned.
    case overflowed
    /// The drop folder itself was removed or moved away (`IN_DELETE_SELF`, `IN_MOVE_SELF`).
    case rootLost
    /// A subfolder could not be watched (e.g. `ENOSPC`: `fs.inotify.max_user_watches` reached). Its
    /// files are still listed by every scan, but arrive only with the next rescan.
    case watchFailed(FilePath, Errno)
}

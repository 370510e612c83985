@preconcurrency public import Dispatch
import Glibc
import Locking
public import SystemPackage

/// Watches a drop folder and all its subfolders through one inotify instance, and scans them.
///
/// Everything runs on the `queue` given at creation (`newsdrop.watch`): the inotify read source,
/// scans, and the handler calls. The queue does nothing else, so the kernel queue is drained
/// promptly even while parsing or fsync are slow.
public final class DirectoryWatcher: Sendable {
    public let root: FilePath
    private let queue: DispatchQueue
    private let inotify: Inotify
    private let handler: @Sendable ([DropEvent]) -> Void
    private let state: Locked<State>

    private struct State {
        var pathsByWatch: [CInt: FilePath] = [:]
        var watchesByPath: [FilePath: Inotify.WatchDescriptor] = [:]
        var ignore: IgnoreRules
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        var rootWatched = false
        // A DispatchSource is not Sendable on Linux; it is only touched under this lock and
        // its handlers run on `queue`.
        var source: (any DispatchSourceRead)?
        var stopped = false
    }

    /// Folders are watched for files arriving (rename, close after write, create) and for themselves going away.
    static let folderEvents: Inotify.Events = [
        .closeWrite, .movedTo, .movedFrom, .create, .deleteSelf, .moveSelf, .onlyDirectory, .dontFollow,
        .excludeUnlinked,
    ]

    /// - Parameters:
    ///   - root: the drop folder; it must exist when ``start()`` runs.
    ///   - handler: called on `queue` with each batch of events.
    public init(
        root: FilePath,
        queue: DispatchQueue,
        ignore: IgnoreRules,
        handler: @escaping @Sendable ([DropEvent]) -> Void
    ) throws(Errno) {
        self.root = root
        self.queue = queue
        self.inotify = try Inotify()
        self.handler = handler
        self.state = Locked(State(ignore: ignore))
    }

    /// Replaces the ignore globs (on reload).
    public func setIgnore(_ ignore: IgnoreRules) {
        self.state.withLock { $0.ignore = ignore }
    }

    /// Starts reading inotify events on the queue. Call ``rescan()`` afterwards to set the watches.
    public func start() {
        let source = DispatchSource.makeReadSource(fileDescriptor: self.inotify.descriptor.rawValue, queue: self.queue)
        source.setEventHandler { [weak self] in self?.drain() }
        let inotify = self.inotify
        source.setCancelHandler { try? inotify.close() }  // close only after cancellation
        self.state.withLock { $0.source = source }
        source.activate()
    }

    /// Stops reading events and closes the inotify descriptor.
    public func stop() {
        let source = self.state.withLock { state -> (any DispatchSourceRead)? in
            state.stopped = true
            defer { state.source = nil }
            return state.source
        }
        source?.cancel()
    }

    /// Whether the drop folder itself is watched (false after it was removed, until a rescan finds it).
    public var isRootWatched: Bool { self.state.withLock { $0.rootWatched } }

    /// Walks the whole tree: watches every folder (new ones too) and reports every other entry as
    /// `.scanned`. Call on the watcher's queue.
    ///
    /// - Throws: the `Errno` of watching the drop folder itself (e.g. `ENOENT` when it is gone).
    @discardableResult
    public func rescan() throws(Errno) -> Int {
        dispatchPrecondition(condition: .onQueue(self.queue))
        var events: [DropEvent] = []
        try self.watchTree(relative: FilePath(""), into: &events)
        self.deliver(events)
        return events.count
    }

    // MARK: - Watching folders

    /// Watches the folder at `relative` and everything below it, collecting the files found.
    private func watchTree(relative: FilePath, into events: inout [DropEvent]) throws(Errno) {
        var pending = [relative]
        var isRoot = true
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? self.root : self.root.pushing(folder)
            do {
                let watch = try self.inotify.addWatch(absolute, for: Self.folderEvents)
                self.state.withLock { state in
                    if let stale = state.pathsByWatch[watch.rawValue], stale != folder {
                        state.watchesByPath[stale] = nil
                    }
                    state.pathsByWatch[watch.rawValue] = folder
                    state.watchesByPath[folder] = watch
                    if folder.isEmpty { state.rootWatched = true }
                }
            } catch {
                // The root must be watchable; a subfolder that vanished meanwhile is skipped.
                if isRoot && folder.isEmpty { throw error }
                if error == .noSuchFileOrDirectory || error == .notDirectory { continue }
                // Unwatchable but there (e.g. out of watches): say so, and still list it below.
                events.append(.watchFailed(folder, error))
            }
            isRoot = false
            let entries: [DirectoryEntry]
            do {
                entries = try listDirectory(absolute)
            } catch {
                continue
            }
            let ignore = self.state.withLock { $0.ignore }
            for entry in entries {
                if ignore.ignoresName(entry.name.string) { continue }
                let child = folder.appending(entry.name)
                var kind = entry.kind
                if kind == nil { kind = (try? identityOfEntry(at: self.root.pushing(child)))?.kind }
                if kind == .directory {
                    pending.append(child)
                } else {
                    if !ignore.ignores(child) { events.append(.file(child, .scanned)) }
                }
            }
        }
    }

    /// Forgets the watches of a folder that moved away or was removed, and of everything below it.
    private func forgetTree(relative: FilePath) {
        let removed = self.state.withLock { state -> [Inotify.WatchDescriptor] in
            let gone = state.watchesByPath.keys.filter { $0 == relative || $0.starts(with: relative) }
            return gone.compactMap { path in
                let watch = state.watchesByPath.removeValue(forKey: path)
                if let watch { state.pathsByWatch[watch.rawValue] = nil }
                return watch
            }
        }
        for watch in removed { try? self.inotify.removeWatch(watch) }
    }

    // MARK: - Reading events

    private func drain() {
        // Take the buffer out of the state so that reading into it does not copy it.
        let (stopped, buffer) = self.state.withLock { state -> (Bool, [UInt8]) in
            var taken: [UInt8] = []
            swap(&taken, &state.buffer)
            return (state.stopped, taken)
        }
        if stopped { return }
        var localBuffer = buffer.isEmpty ? [UInt8](repeating: 0, count: 256 * 1024) : buffer
        let raw: [Inotify.Event]
        do {
            raw = try self.inotify.readAvailable(into: &localBuffer)
        } catch {
            return
        }
        self.state.withLock { $0.buffer = localBuffer }
        var events: [DropEvent] = []
        var overflowed = false
        for event in raw {
            if event.mask.contains(.queueOverflow) {
                overflowed = true
                continue
            }
            self.translate(event, into: &events)
        }
        if overflowed {
            // Everything since the last read may be lost: the listing is the truth.
            events.append(.overflowed)
            do {
                try self.watchTree(relative: FilePath(""), into: &events)
            } catch {
                events.append(.rootLost)
            }
        }
        self.deliver(events)
    }

    private func translate(_ event: Inotify.Event, into events: inout [DropEvent]) {
        let (folder, ignore) = self.state.withLock { ($0.pathsByWatch[event.watch.rawValue], $0.ignore) }
        guard let folder else { return }
        if event.mask.contains(.ignored) || event.mask.contains(.deleteSelf) || event.mask.contains(.moveSelf) {
            if folder.isEmpty {
                let wasWatched = self.state.withLock { state -> Bool in
                    defer { state.rootWatched = false }
                    return state.rootWatched
                }
                if wasWatched { events.append(.rootLost) }
            }
            self.state.withLock { state in
                if event.mask.contains(.ignored) {
                    state.pathsByWatch[event.watch.rawValue] = nil
                    if state.watchesByPath[folder] == event.watch { state.watchesByPath[folder] = nil }
                }
            }
            return
        }
        guard !event.name.isEmpty else { return }
        let name = event.name.withUnsafeBufferPointer { bytes in
            var cString = Array(bytes.map { CChar(bitPattern: $0) })
            cString.append(0)
            return cString.withUnsafeBufferPointer { FilePath.Component(platformString: $0.baseAddress!) }
        }
        guard let name else { return }
        if ignore.ignoresName(name.string) { return }
        let path = folder.appending(name)
        if event.mask.contains(.isDirectory) {
            if event.mask.contains(.movedFrom) {
                self.forgetTree(relative: path)
            } else if event.mask.contains(.create) || event.mask.contains(.movedTo) {
                // A new subfolder: watch it, then list it, since files may have landed before the watch.
                try? self.watchTree(relative: path, into: &events)
            }
            return
        }
        if event.mask.contains(.movedTo) {
            events.append(.file(path, .renamedIn))
        } else if event.mask.contains(.closeWrite) {
            events.append(.file(path, .written))
        } else if event.mask.contains(.create) {
            events.append(.file(path, .created))
        }
    }

    private func deliver(_ events: [DropEvent]) {
        if !events.isEmpty { self.handler(events) }
    }
}

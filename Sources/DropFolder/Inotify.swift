import Glibc
public import SystemPackage

/// A Linux inotify instance: one kernel queue of file-system events and the watches that feed it.
///
/// Like `FileDescriptor`, this is a handle: you own the descriptor and must call ``close()`` once.
///
/// The corresponding C functions are `inotify_init1(2)`, `inotify_add_watch(2)` and `close(2)`.
public struct Inotify: Sendable {
    public let descriptor: FileDescriptor

    /// A watch's identity within its inotify instance.
    ///
    /// The corresponding C type is the `int` that `inotify_add_watch(2)` returns.
    public struct WatchDescriptor: RawRepresentable, Hashable, Sendable {
        public let rawValue: CInt
        public init(rawValue: CInt) { self.rawValue = rawValue }
    }

    /// The events a watch reports, and the flags an event carries.
    ///
    /// The corresponding C constants are `IN_*` from `<sys/inotify.h>`.
    public struct Events: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// The corresponding C constant is `IN_CLOSE_WRITE`.
        public static let closeWrite = Events(rawValue: UInt32(IN_CLOSE_WRITE))
        /// The corresponding C constant is `IN_MOVED_TO`.
        public static let movedTo = Events(rawValue: UInt32(IN_MOVED_TO))
        /// The corresponding C constant is `IN_MOVED_FROM`.
        public static let movedFrom = Events(rawValue: UInt32(IN_MOVED_FROM))
        /// The corresponding C constant is `IN_CREATE`.
        public static let create = Events(rawValue: UInt32(IN_CREATE))
        /// The corresponding C constant is `IN_DELETE`.
        public static let delete = Events(rawValue: UInt32(IN_DELETE))
        /// The corresponding C constant is `IN_DELETE_SELF`.
        public static let deleteSelf = Events(rawValue: UInt32(IN_DELETE_SELF))
        /// The corresponding C constant is `IN_MOVE_SELF`.
        public static let moveSelf = Events(rawValue: UInt32(IN_MOVE_SELF))
        /// The corresponding C constant is `IN_ONLYDIR`.
        public static let onlyDirectory = Events(rawValue: UInt32(IN_ONLYDIR))
        /// The corresponding C constant is `IN_DONT_FOLLOW`.
        public static let dontFollow = Events(rawValue: UInt32(IN_DONT_FOLLOW))
        /// The corresponding C constant is `IN_EXCL_UNLINK`.
        public static let excludeUnlinked = Events(rawValue: UInt32(IN_EXCL_UNLINK))
        /// Set on events about a directory. The corresponding C constant is `IN_ISDIR`.
        public static let isDirectory = Events(rawValue: UInt32(IN_ISDIR))
        /// The kernel queue overflowed and events were lost. The corresponding C constant is `IN_Q_OVERFLOW`.
        public static let queueOverflow = Events(rawValue: UInt32(IN_Q_OVERFLOW))
        /// The watch was removed (explicitly, or because its directory went away).
        /// The corresponding C constant is `IN_IGNORED`.
        public static let ignored = Events(rawValue: UInt32(IN_IGNORED))
    }

    /// One decoded event.
    ///
    /// The corresponding C type is `struct inotify_event`.
    public struct Event: Sendable {
        public var watch: WatchDescriptor
        public var mask: Events
        public var cookie: UInt32
        /// The entry's name inside the watched directory, as raw bytes (names need not be UTF-8).
        public var name: [UInt8]
    }

    public init() throws(Errno) {
        let rawValue = try valueOrErrno { inotify_init1(CInt(IN_NONBLOCK | IN_CLOEXEC)) }.get()
        self.descriptor = FileDescriptor(rawValue: rawValue)
    }

    /// Starts watching `path`, or replaces the event mask of an existing watch on it.
    ///
    /// - Throws: `Errno.noSpace` (`ENOSPC`) when `fs.inotify.max_user_watches` is reached.
    @discardableResult
    public func addWatch(_ path: FilePath, for events: Events) throws(Errno) -> WatchDescriptor {
        try path.withPlatformString { cPath in
            valueOrErrno { inotify_add_watch(self.descriptor.rawValue, cPath, events.rawValue) }
        }.map(WatchDescriptor.init(rawValue:)).get()
    }

    /// Stops a watch. The kernel then queues an `IN_IGNORED` event for it.
    ///
    /// The corresponding C function is `inotify_rm_watch(2)`.
    public func removeWatch(_ watch: WatchDescriptor) throws(Errno) {
        _ = try valueOrErrno { inotify_rm_watch(self.descriptor.rawValue, watch.rawValue) }.get()
    }

    /// Reads every event queued now, without blocking.
    ///
    /// - Parameter buffer: reused between calls to avoid an allocation per read.
    /// - Returns: the events read; empty when none are queued (`EAGAIN`).
    public func readAvailable(into buffer: inout [UInt8]) throws(Errno) -> [Event] {
        var events: [Event] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                valueOrErrno { read(self.descriptor.rawValue, raw.baseAddress, raw.count) }
            }
            switch count {
            case .failure(.wouldBlock): return events
            case .failure(let error): throw error
            case .success(0): return events
            case .success(let length): Self.decode(buffer, length: length, into: &events)
            }
        }
    }

    static func decode(_ buffer: [UInt8], length: Int, into events: inout [Event]) {
        let headerSize = MemoryLayout<inotify_event>.size
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset + headerSize <= length {
                let watch = raw.loadUnaligned(fromByteOffset: offset, as: CInt.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let cookie = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
                let nameLength = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameStart = offset + headerSize
                var name: [UInt8] = []
                if nameLength > 0 {
                    // The name is NUL-padded to an alignment boundary.
                    let slice = raw[nameStart..<min(nameStart + nameLength, length)]
                    name = Array(slice.prefix { $0 != 0 })
                }
                events.append(
                    Event(
                        watch: WatchDescriptor(rawValue: watch),
                        mask: Events(rawValue: mask),
                        cookie: cookie,
                        name: name
                    )
                )
                offset = nameStart + nameLength
            }
        }
    }

    public func close() throws(Errno) {
        _ = try valueOrErrno(retryOnInterrupt: false) { Glibc.close(self.descriptor.rawValue) }.get()
    }
}

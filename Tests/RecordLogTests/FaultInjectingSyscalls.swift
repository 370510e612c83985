import Locking
import SystemPackage

@testable import RecordLog

/// Real system calls, except for the faults a test queues up: a failing or short `write`, a failing `fsync`
/// or `ftruncate`.
final class FaultInjectingSyscalls: LogFileSyscalls {
    enum WriteFault {
        /// This `write` goes through (to fail a later one).
        case succeed
        /// `write` fails with this error and writes nothing.
        case error(Errno)
        /// `write` really writes only this many bytes (as a full disk does) and reports that.
        case short(Int)
    }

    private struct State {
        var writeFaults: [WriteFault] = []
        var fsyncFaults: [Errno] = []
        var truncateFaults: [Errno] = []
        var writes = 0
        var fsyncs = 0
        var truncations = 0
    }

    private let state = Locked(State())
    private let system = SystemLogFileSyscalls()

    var writes: Int { self.state.withLock { $0.writes } }
    var fsyncs: Int { self.state.withLock { $0.fsyncs } }
    var truncations: Int { self.state.withLock { $0.truncations } }

    /// The next `write` (after any already queued faults) fails this way.
    func failNextWrite(_ fault: WriteFault) { self.state.withLock { $0.writeFaults.append(fault) } }
    func failNextFsync(_ errno: Errno) { self.state.withLock { $0.fsyncFaults.append(errno) } }
    func failNextTruncate(_ errno: Errno) { self.state.withLock { $0.truncateFaults.append(errno) } }

    func write(_ descriptor: FileDescriptor, _ bytes: UnsafeRawBufferPointer) -> Result<Int, Errno> {
        let fault: WriteFault? = self.state.withLock { state in
            state.writes += 1
            return state.writeFaults.isEmpty ? nil : state.writeFaults.removeFirst()
        }
        switch fault {
        case nil, .succeed:
            return self.system.write(descriptor, bytes)
        case .error(let errno):
            return .failure(errno)
        case .short(let count):
            return self.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[..<min(count, bytes.count)]))
        }
    }

    func fsync(_ descriptor: FileDescriptor) -> Result<Void, Errno> {
        let fault: Errno? = self.state.withLock { state in
            state.fsyncs += 1
            return state.fsyncFaults.isEmpty ? nil : state.fsyncFaults.removeFirst()
        }
        if let fault {
            return .failure(fault)
        }
        return self.system.fsync(descriptor)
    }

    func truncate(_ descriptor: FileDescriptor, to size: Int) -> Result<Void, Errno> {
        let fault: Errno? = self.state.withLock { state in
            state.truncations += 1
            return state.truncateFaults.isEmpty ? nil : state.truncateFaults.removeFirst()
        }
        if let fault {
            return .failure(fault)
        }
        return self.system.truncate(descriptor, to: size)
    }
}

// memchr
import Glibc

/// Writes decoded text as UTF-8 into a buffer sized beforehand, turning CRLF and a lone CR into LF on
/// the way, and makes the `String` at the end without validating the bytes a second time.
///
/// CR and LF are ASCII: they never occur inside a multi-byte sequence, so line ends are settled on
/// bytes, and the bytes stay well-formed UTF-8 when they were.
struct LineEndWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var previousWasCR = false
    private var isASCII = true

    /// Runs `body` on a writer with room for `capacity` bytes, and returns what it wrote; `body` may
    /// refuse the text instead. What `body` writes through the writer's appends is well-formed UTF-8.
    static func string<Failure: Error>(
        capacity: Int,
        _ body: (inout LineEndWriter) throws(Failure) -> Void
    ) throws(Failure) -> String {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity, 1))
        defer { buffer.deallocate() }
        var writer = LineEndWriter(base: buffer)
        try body(&writer)
        return Self.string(validUTF8: UnsafeBufferPointer(start: buffer, count: writer.count), isASCII: writer.isASCII)
    }

    /// A `String` of bytes known to be well-formed UTF-8, copied without validating them again.
    static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }

    private init(base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    /// Appends one ASCII byte (below 0x80), CR and LF included.
    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        if byte == 0x0D {
            self.base[self.count] = 0x0A
            self.count += 1
            self.previousWasCR = true
            return
        }
        if byte != 0x0A || !self.previousWasCR {
            self.base[self.count] = byte
            self.count += 1
        }
        self.previousWasCR = false
    }

    /// Appends four ASCII bytes from space to DEL, packed first byte lowest.
    @inline(__always)
    mutating func appendFourPrintableASCII(_ packed: UInt32) {
        UnsafeMutableRawPointer(self.base + self.count).storeBytes(of: packed.littleEndian, as: UInt32.self)
        self.count += 4
        self.previousWasCR = false
    }

    /// Appends the two UTF-8 bytes of `value` (0x80 to 0x7FF).
    @inline(__always)
    mutating func appendTwoByte(_ value: UInt16) {
        self.previousWasCR = false
        self.isASCII = false
        let pair = UInt16(truncatingIfNeeded: 0xC0 | value >> 6) | UInt16(truncatingIfNeeded: 0x80 | value & 0x3F) << 8
        UnsafeMutableRawPointer(self.base + self.count).storeBytes(of: pair.littleEndian, as: UInt16.self)
        self.count += 2
    }

    /// Appends the UTF-8 encoding of scalar `value` (0x80 or above, not a surrogate).
    @inline(__always)
    mutating func appendNonASCII(_ value: UInt32) {
        if value < 0x800 {
            self.appendTwoByte(UInt16(truncatingIfNeeded: value))
            return
        }
        self.previousWasCR = false
        self.isASCII = false
        if value < 0x10000 {
            self.base[self.count] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            self.base[self.count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            self.base[self.count + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            self.count += 3
        } else {
            self.base[self.count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            self.base[self.count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            self.base[self.count + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            self.base[self.count + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            self.count += 4
        }
    }

    /// Appends UTF-8 `bytes` (at most `bytes.count` written), copying the runs between CRs whole.
    mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        guard let source = bytes.baseAddress else { return }
        self.isASCII = self.isASCII && isASCII
        var read = 0
        while read < bytes.count {
            if self.previousWasCR && source[read] == 0x0A {
                read += 1
                self.previousWasCR = false
                continue
            }
            let rest = bytes.count - read
            guard let found = memchr(source + read, 0x0D, rest) else {
                (self.base + self.count).update(from: source + read, count: rest)
                self.count += rest
                self.previousWasCR = false
                return
            }
            let run = UnsafeRawPointer(found) - UnsafeRawPointer(source + read)
            (self.base + self.count).update(from: source + read, count: run)
            self.count += run
            self.base[self.count] = 0x0A
            self.count += 1
            self.previousWasCR = true
            read += run + 1
        }
    }
}

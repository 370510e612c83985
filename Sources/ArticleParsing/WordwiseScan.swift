/// Scans of bytes eight at a time (one `UInt64` per step), for checks that run on every line of a file.
///
/// Each step works on a byte's low seven bits, where adding a constant below 0x81 never carries into
/// the next byte, and reads the answer off each byte's high bit.
enum WordwiseScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Whether `bytes` hold an ASCII digit.
    static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.firstDigit(in: bytes, from: 0) != nil
    }

    /// The index of the first ASCII digit of `bytes` at `start` or after it, nil when there is none.
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(start, 0)
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // The high bit is set where the low bits are at least "0", and where they are above "9".
                let atLeastZero = (word & Self.lowBits) &+ (0x80 - 0x30) &* Self.ones
                let aboveNine = (word & Self.lowBits) &+ (0x80 - 0x3A) &* Self.ones
                let digits = atLeastZero & ~aboveNine & ~word & Self.highBits
                // (Little-endian: the lowest set bit is the first byte's.)
                if digits != 0 { return index + digits.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] &- UInt8(ascii: "0") < 10 { return index }
            index += 1
        }
        return nil
    }

    /// How many bytes of `bytes` are the ASCII byte `byte`.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        if let base = bytes.baseAddress {
            let pattern = UInt64(byte) &* Self.ones
            while index + 8 <= bytes.count {
                let difference = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
                // The high bit is set on every byte that differs: in its low bits or in the bit itself.
                let differs = ((difference & Self.lowBits) &+ Self.lowBits) | difference
                count += (~differs & Self.highBits).nonzeroBitCount
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] == byte { count += 1 }
            index += 1
        }
        return count
    }
}

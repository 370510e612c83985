/// UTF-16 bytes decoded straight to UTF-8 in one pass, line ends settled on the way (for ``TextDecoding``).
enum UTF16Decoding {
    /// Decodes `bytes` (after any BOM); a second BOM at the start (a doubly marked file) goes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Result<String, ParseRejection> {
        guard bytes.count % 2 == 0 else {
            return .failure(ParseRejection(.undecodable, "UTF-16 text with an odd number of bytes"))
        }
        let units = UTF16Units(bytes: bytes, bigEndian: bigEndian)
        var nulCount = 0
        // A unit takes at most three bytes of UTF-8; a surrogate pair, two units, takes four.
        let decoded = Result { () throws(ParseRejection) -> String in
            try LineEndWriter.string(capacity: units.count * 3) { writer throws(ParseRejection) in
                var index = units.count > 0 && units[0] == 0xFEFF ? 1 : 0
                while index < units.count {
                    let unit = units[index]
                    // Four ASCII units at a time, tried from an ASCII unit only: in Cyrillic or Greek text
                    // a run of four is seldom ASCII.
                    if unit < 0x80, index + 4 <= units.count, let packed = units.fourPrintableASCII(at: index) {
                        writer.appendFourPrintableASCII(packed)
                        index += 4
                        continue
                    }
                    index += 1
                    if unit < 0x80 {
                        if unit == 0 { nulCount += 1 }
                        writer.appendASCII(UInt8(truncatingIfNeeded: unit))
                    } else if unit < 0x800 {
                        // A run of two-byte characters (Cyrillic, Greek, accented Latin) in one tight loop.
                        writer.appendTwoByte(unit)
                        while index < units.count {
                            let next = units[index]
                            guard next &- 0x80 < 0x780 else { break }
                            writer.appendTwoByte(next)
                            index += 1
                        }
                    } else if unit & 0xF800 != 0xD800 {
                        writer.appendNonASCII(UInt32(unit))
                    } else if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                        let low = units[index]
                        index += 1
                        writer.appendNonASCII(0x10000 + (UInt32(unit - 0xD800) << 10 | UInt32(low - 0xDC00)))
                    } else {
                        throw ParseRejection(.undecodable, "invalid UTF-16 (an unpaired surrogate)")
                    }
                }
            }
        }
        // Judged only once the whole text is known to be valid UTF-16, as an unpaired surrogate is
        // the stronger verdict.
        if case .success = decoded, nulCount > 0 {
            return .failure(ParseRejection(.binary, "binary data: \(nulCount) NUL characters in UTF-16 text"))
        }
        return decoded
    }
}

/// The code units of UTF-16 bytes in either byte order, read in place.
private struct UTF16Units {
    let bytes: UnsafeBufferPointer<UInt8>
    let bigEndian: Bool

    var count: Int { self.bytes.count / 2 }

    @inline(__always)
    subscript(index: Int) -> UInt16 {
        let first = UInt16(self.bytes[2 * index])
        let second = UInt16(self.bytes[2 * index + 1])
        return self.bigEndian ? first << 8 | second : second << 8 | first
    }

    /// The four units from `index` packed into one byte each (first lowest) when all are ASCII from
    /// space to DEL, the bulk of UTF-16 text that needs no other care; `nil` otherwise.
    @inline(__always)
    func fourPrintableASCII(at index: Int) -> UInt32? {
        var word = UInt64(
            littleEndian: UnsafeRawPointer(self.bytes.baseAddress! + 2 * index).loadUnaligned(as: UInt64.self)
        )
        if self.bigEndian { word = (word & 0x00FF_00FF_00FF_00FF) << 8 | (word >> 8) & 0x00FF_00FF_00FF_00FF }
        // Every unit below 0x80, and adding 0x60 to each reaches 0x80 (no carry between units then).
        let highBits: UInt64 = 0x0080_0080_0080_0080
        guard word & 0xFF80_FF80_FF80_FF80 == 0, (word &+ 0x0060_0060_0060_0060) & highBits == highBits else {
            return nil
        }
        return UInt32(
            truncatingIfNeeded: word & 0xFF | (word >> 8) & 0xFF00 | (word >> 16) & 0xFF_0000 | (word >> 24)
                & 0xFF00_0000
        )
    }
}

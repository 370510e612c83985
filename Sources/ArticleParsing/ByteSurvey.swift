/// What one pass over a file's raw bytes learns for ``TextDecoding``: whether they are well-formed
/// UTF-8, whether they are all ASCII, the control bytes that mark binary data, and whether any CR
/// needs normalizing.
///
/// Runs of eight printable ASCII bytes (most of any article) are passed over a word at a time; only
/// words holding a control byte or a non-ASCII byte are looked at byte by byte.
struct ByteSurvey {
    /// Well-formed UTF-8 as the Unicode standard defines it (no overlongs, surrogates or values past
    /// U+10FFFF): exactly what `String(validating:as:)` accepts.
    private(set) var isValidUTF8 = true
    private(set) var isASCII = true
    private(set) var nulCount = 0
    /// C0 controls other than NUL and TAB…CR, and DEL.
    private(set) var controlCount = 0
    private(set) var hasCarriageReturn = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if Self.isPrintableASCII(word) {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                switch byte {
                case 0x00: self.nulCount += 1
                case 0x0D: self.hasCarriageReturn = true
                case 0x09...0x0C: break
                case 0x01...0x1F, 0x7F: self.controlCount += 1
                default: break
                }
                index += 1
                continue
            }
            self.isASCII = false
            // After the first ill-formed byte only the counts of ASCII bytes still matter.
            guard self.isValidUTF8 else {
                index += 1
                continue
            }
            // A run of two-byte sequences (Cyrillic, Greek, accented Latin), with the printable ASCII
            // between their words: a two-byte sequence is well-formed when its lead is C2–DF and a
            // continuation byte follows; printable ASCII changes no count.
            while index + 1 < count {
                let byte = base[index]
                if byte &- 0x20 < 0x5F {
                    index += 1
                } else if byte &- 0xC2 < 0x1E, base[index + 1] & 0xC0 == 0x80 {
                    index += 2
                } else {
                    break
                }
            }
            guard index < count, base[index] >= 0x80 else { continue }
            let length = Self.sequenceLength(base, at: index, count: count)
            if length == 0 {
                self.isValidUTF8 = false
                index += 1
            } else {
                index += length
            }
        }
    }

    /// Whether all eight bytes of `word` are ASCII from space to `~`.
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // With every high bit clear, adding 0x60 sets a byte's high bit exactly when it is at least
        // 0x20, and adding 1 exactly when it is 0x7F; no addition carries into the next byte.
        return word & highBits == 0 && (word &+ 0x6060_6060_6060_6060) & highBits == highBits
            && (word &+ 0x0101_0101_0101_0101) & highBits == 0
    }

    /// The length of the well-formed UTF-8 sequence whose lead byte (≥ 0x80) is at `index`, or 0.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        // The lead byte fixes the length and the range of the second byte (Unicode table 3-7).
        let length: Int
        let secondLow: UInt8
        let secondHigh: UInt8
        switch base[index] {
        case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
        case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
        case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
        case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
        case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= count else { return 0 }
        let second = base[index + 1]
        guard second >= secondLow && second <= secondHigh else { return 0 }
        if length >= 3 && base[index + 2] & 0xC0 != 0x80 { return 0 }
        if length == 4 && base[index + 3] & 0xC0 != 0x80 { return 0 }
        return length
    }
}

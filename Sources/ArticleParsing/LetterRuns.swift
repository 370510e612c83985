/// Up to eight ASCII letters in a row, lowercased, read with one load: most words of Latin-script text
/// are ASCII and shorter than eight letters, so a word costs a few operations instead of a few per byte.
struct ASCIILetterRun {
    /// How many letters (1 to 8); a run of 8 may go on past them.
    let length: Int
    /// The letters lowercased, packed as ``PackedWord`` packs them: the first one highest.
    let bytes: UInt64

    /// The run starting at `index`, which must hold an ASCII letter.
    @inline(__always)
    init(_ input: UnsafeBufferPointer<UInt8>, from index: Int) {
        // Or-ing 0x20 lowercases the letters and leaves every byte's top bit as it was.
        let lowered = Self.chunk(input, from: index) | 0x2020_2020_2020_2020
        let low7 = lowered & 0x7F7F_7F7F_7F7F_7F7F
        // Per byte, with no carry between bytes: top bit set from "a" on, and from past "z" on.
        let fromA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = low7 &+ 0x0505_0505_0505_0505
        let letters = fromA & ~pastZ & ~lowered & Self.highBits
        let length = (~letters & Self.highBits).trailingZeroBitCount / 8
        self.length = length
        // Byte-swapped, the first letter is highest; shifting right drops the bytes after the run.
        self.bytes = lowered.byteSwapped >> UInt64(64 - 8 * length)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `index`, the first lowest; zeros (no letters) past the end of `input`.
    @inline(__always)
    private static func chunk(_ input: UnsafeBufferPointer<UInt8>, from index: Int) -> UInt64 {
        if index + 8 <= input.count {
            return UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + index).loadUnaligned(as: UInt64.self))
        }
        var chunk: UInt64 = 0
        for offset in 0..<(input.count - index) { chunk |= UInt64(input[index + offset]) << (8 * offset) }
        return chunk
    }
}

/// What ``ScriptCounts/count(_:)`` does with each scalar of a two-byte UTF-8 encoding (U+0080 to
/// U+07FF), worked out once from that very function, so the scan settles Latin-1, Latin Extended and
/// Cyrillic letters with one load.
///
/// An entry is zero when the scan must ask ``ScriptCounts/count(_:)`` (a script other than Latin or
/// Cyrillic, or a value below U+0080), ``separator`` for a non-letter; otherwise it holds the
/// lowercased letter's two UTF-8 bytes in its low 16 bits and the counts the letter adds as flags.
enum TwoByteLetters {
    static let letter: UInt32 = 1 << 16
    static let separator: UInt32 = 1 << 17
    static let latin: UInt32 = 1 << 18
    static let cyrillic: UInt32 = 1 << 19
    static let ukrainian: UInt32 = 1 << 20
    static let russian: UInt32 = 1 << 21

    /// Runs `body` on the entries, indexed by scalar value (0 to 0x7FF).
    static func withTable<Result>(_ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        Self.table.withUnsafeBufferPointer(body)
    }

    private static let table: [UInt32] = (0..<0x800).map { value in
        guard value >= 0x80, let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        var counts = ScriptCounts()
        guard let lower = counts.count(scalar) else { return counts == ScriptCounts() ? Self.separator : 0 }
        guard lower.value >= 0x80, lower.value < 0x800 else { return 0 }
        var flags = Self.letter
        for (count, flag) in [
            (\ScriptCounts.latin, Self.latin), (\.cyrillic, Self.cyrillic), (\.ukrainianLetters, Self.ukrainian),
            (\.russianLetters, Self.russian),
        ] {
            guard counts[keyPath: count] != 0 else { continue }
            guard counts[keyPath: count] == 1 else { return 0 }
            flags |= flag
            counts[keyPath: count] = 0
        }
        // Any other count, and the scan would not keep it.
        guard counts == ScriptCounts() else { return 0 }
        return flags | (0xC0 | lower.value >> 6) << 8 | (0x80 | lower.value & 0x3F)
    }
}

/// A SHA-256 digest as four machine words: the log's duplicate-index key.
///
/// The index holds one entry per record for the life of the daemon, so the key is 32 bytes inline
/// rather than a 64-character `String` (which would be a heap allocation of 80+ bytes per record).
struct SHA256Digest: Hashable, Sendable {
    var word0: UInt64
    var word1: UInt64
    var word2: UInt64
    var word3: UInt64

    init(word0: UInt64, word1: UInt64, word2: UInt64, word3: UInt64) {
        self.word0 = word0
        self.word1 = word1
        self.word2 = word2
        self.word3 = word3
    }

    /// Parses exactly 64 lowercase hex digits, the form the record's `source.sha256` uses.
    init?(hex: String) {
        var hex = hex
        guard let digest = hex.withUTF8({ Self(hexBytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = digest
    }

    /// Parses exactly 64 lowercase hex digits from raw bytes (the recovery scan's fast path).
    init?(hexBytes: UnsafeRawBufferPointer) {
        guard hexBytes.count == 64,
            let word0 = Self.word(hexBytes, at: 0), let word1 = Self.word(hexBytes, at: 16),
            let word2 = Self.word(hexBytes, at: 32), let word3 = Self.word(hexBytes, at: 48)
        else { return nil }
        self.word0 = word0
        self.word1 = word1
        self.word2 = word2
        self.word3 = word3
    }

    /// The 16 hex digits at `offset` as one big-endian word, or `nil` if any is not `0-9a-f`.
    private static func word(_ hex: UnsafeRawBufferPointer, at offset: Int) -> UInt64? {
        var word: UInt64 = 0
        for index in offset..<offset + 16 {
            let byte = hex[index]
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte &- UInt8(ascii: "a") &+ 10
            default: return nil
            }
            word = word << 4 | UInt64(nibble)
        }
        return word
    }
}

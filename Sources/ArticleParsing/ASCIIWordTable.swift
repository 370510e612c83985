/// A short ASCII word packed with its length into two integers: a dictionary key that costs no
/// `String` to make, hash or compare.
struct PackedASCIIWord: Equatable, Sendable {
    /// The longest word that packs: 15 bytes, the 16th holds the length.
    static let maxLength = 15

    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0

    /// `bytes` packed, if they are ASCII and at most ``maxLength`` long.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.maxLength else { return nil }
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            if index < 8 {
                self.low |= UInt64(byte) << (8 * index)
            } else {
                self.high |= UInt64(byte) << (8 * (index - 8))
            }
        }
        self.high |= UInt64(bytes.count) << 56
    }

    init?(_ word: String) {
        var word = word
        guard let packed = word.withUTF8({ Self($0) }) else { return nil }
        self = packed
    }

    /// Spreads the bits of both halves over the top `bits` bits (Fibonacci hashing).
    func slot(bits: Int) -> Int {
        let mixed = (self.low ^ (self.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> (64 - bits))
    }
}

/// Values for short ASCII words, looked up by ``PackedASCIIWord`` in an open-addressed table (linear
/// probing, at most a quarter full).
struct ASCIIWordTable<Value: Sendable>: Sendable {
    private let bits: Int
    private var keys: [PackedASCIIWord?]
    private var values: [Value?]

    /// The entries of `table` whose words pack; the others are for the caller to look up elsewhere.
    init(_ table: [String: Value]) {
        var bits = 4
        while 1 << bits < 4 * table.count { bits += 1 }
        self.bits = bits
        self.keys = Array(repeating: nil, count: 1 << bits)
        self.values = Array(repeating: nil, count: 1 << bits)
        for (word, value) in table {
            guard let key = PackedASCIIWord(word) else { continue }
            var slot = key.slot(bits: bits)
            while self.keys[slot] != nil { slot = (slot + 1) & (self.keys.count - 1) }
            self.keys[slot] = key
            self.values[slot] = value
        }
    }

    subscript(_ key: PackedASCIIWord) -> Value? {
        var slot = key.slot(bits: self.bits)
        while let stored = self.keys[slot] {
            if stored == key { return self.values[slot] }
            slot = (slot + 1) & (self.keys.count - 1)
        }
        return nil
    }
}

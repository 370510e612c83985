/// A word's lowercased UTF-8 bytes packed into one integer, each byte shifted in at the low end, so
/// appending a letter is a shift and an or.
///
/// A word of at most 15 bytes keeps all its bytes below a zero top byte; from 16 bytes on the top byte
/// holds a letter's byte (never zero), which marks the word too long to be a stop word. Zero is no word.
struct PackedWord: Equatable {
    private(set) var bits: UInt128 = 0

    var isEmpty: Bool { self.bits == 0 }

    /// Whether all the word's bytes are kept (at most 15 bytes).
    var isComplete: Bool { self.bits >> 120 == 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        self.bits = self.bits << 8 | UInt128(byte)
    }

    @inline(__always)
    mutating func append(_ run: ASCIILetterRun) {
        // Most runs start a word, and need no shift of 128 bits.
        if self.isEmpty {
            self.bits = UInt128(run.bytes)
        } else {
            self.bits = self.bits &<< (8 * run.length) | UInt128(run.bytes)
        }
    }

    /// Appends two UTF-8 bytes, the first in bits 8 to 15 of `encoding`, the second in bits 0 to 7.
    @inline(__always)
    mutating func append(twoBytes encoding: UInt32) {
        self.bits = self.bits << 16 | UInt128(encoding & 0xFFFF)
    }

    /// The word with the UTF-8 encoding of `scalar` appended. Not `mutating`: a word passed by address
    /// to a call that is not inlined would have to live in memory in the caller's loop.
    func appending(_ scalar: Unicode.Scalar) -> PackedWord {
        var word = self
        for byte in scalar.utf8 { word.append(byte) }
        return word
    }

    init() {}

    init(_ word: String) {
        for byte in word.utf8 { self.append(byte) }
    }
}

/// Stop words counted per language in 8-bit lanes of one integer (language `i` in bits `8i..<8i+8`),
/// so a word that several languages share counts for all of them in one addition.
///
/// A lane never overflows as long as fewer than 256 words are read: each word adds at most one to it.
struct LanguageTally {
    static let capacity = 16

    private(set) var lanes: UInt128 = 0

    /// One in the lane of each language of `languages` (indices below ``capacity``).
    static func one(in languages: some Sequence<Int>) -> UInt128 {
        languages.reduce(0) { lanes, language in lanes | UInt128(1) << (8 * language) }
    }

    @inline(__always)
    mutating func add(_ increments: UInt128) {
        self.lanes &+= increments
    }

    subscript(language: Int) -> Int {
        Int(truncatingIfNeeded: self.lanes >> (8 * language)) & 0xFF
    }
}

/// The stop words of every language by ``PackedWord``, in an open-addressing table (linear probing, at
/// most a quarter full): one multiply and usually one comparison per word of text, no string hashing.
struct StopWordTable {
    fileprivate struct Entry {
        var word = PackedWord()
        /// One in the ``LanguageTally`` lane of each language that uses the word.
        var languages: UInt128 = 0
    }

    /// 2^11 slots: room for 512 words at a quarter full (nine languages' lists hold about 270).
    private static let sizeBits = 11
    private static let size = 1 << sizeBits

    private var entries = [Entry](repeating: Entry(), count: Self.size)

    /// `stopWords[i]` are the words of language `i`; each word at most 15 UTF-8 bytes.
    init(stopWords: [[String]]) {
        precondition(stopWords.count <= LanguageTally.capacity, "a language beyond the tally's lanes")
        var languagesByWord: [String: Set<Int>] = [:]
        for (language, words) in stopWords.enumerated() {
            for word in words { languagesByWord[word, default: []].insert(language) }
        }
        precondition(languagesByWord.count * 4 <= Self.size, "the stop word table more than a quarter full")
        for (word, languages) in languagesByWord {
            let packed = PackedWord(word)
            precondition(!packed.isEmpty && packed.isComplete, "a stop word empty or longer than 15 bytes")
            var slot = Self.slot(packed)
            while !self.entries[slot].word.isEmpty { slot = (slot + 1) & (Self.size - 1) }
            self.entries[slot] = Entry(word: packed, languages: LanguageTally.one(in: languages))
        }
    }

    @inline(__always)
    private static func slot(_ word: PackedWord) -> Int {
        let folded =
            UInt64(truncatingIfNeeded: word.bits) ^ UInt64(truncatingIfNeeded: word.bits >> 64) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: (folded &* 0xFF51_AFD7_ED55_8CCD) >> (64 - Self.sizeBits))
    }

    /// Runs `body` with lookups straight into the table's storage (no reference counting per word).
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        self.entries.withUnsafeBufferPointer { body(Lookup(entries: $0)) }
    }

    struct Lookup {
        fileprivate let entries: UnsafeBufferPointer<Entry>

        /// The ``LanguageTally`` increments of `word` (zero when it is no stop word); `word` complete
        /// and not empty.
        @inline(__always)
        func languages(of word: PackedWord) -> UInt128 {
            var slot = StopWordTable.slot(word)
            while true {
                let entry = self.entries[slot]
                if entry.word == word { return entry.languages }
                if entry.word.isEmpty { return 0 }
                slot = (slot + 1) & (StopWordTable.size - 1)
            }
        }
    }
}

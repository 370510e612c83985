// memcmp
import Glibc

/// Finds which of several lists of phrases occur in a line where a word starts, in one pass over its
/// bytes ("member" in "members", not in "remember"; "support us" in "“Support us”", not in a garbled
/// "â€œsupport us").
///
/// A bitmap of the hashes of the phrases' first four bytes rules out nearly every position with one
/// lookup; at the few positions it lets through, only the phrases in that position's hash buckets are
/// compared: a phrase of eight bytes or more in the bucket of its first eight, one of six or seven in
/// the bucket of its first six, a shorter one in the bucket of its first four. (Four bytes are two
/// Cyrillic letters: "по", "пр" open dozens of phrases and half the words of a Russian line, and six
/// tell most of them apart.) A line therefore costs about one step per byte however many phrases there
/// are.
struct PhraseIndex: Sendable {
    /// Whether the character that starts with `lead` (a lead or ASCII byte) is a word's letter or digit:
    /// ASCII letters and digits, `'`, and two-byte characters from U+00C0 (Latin, Greek, Cyrillic
    /// letters; not Latin-1's punctuation, lead C2: `«`, `¿`, NBSP, `·`). Three- and four-byte characters
    /// (dashes, quotation marks) are not.
    @inline(__always)
    private static func isWordLead(_ lead: UInt8) -> Bool {
        (lead | 0x20) &- UInt8(ascii: "a") < 26 || lead &- UInt8(ascii: "0") < 10 || lead == UInt8(ascii: "'")
            || lead &- 0xC3 < 0x1D
    }

    /// What each byte value is to the search: a continuation byte, the lead of a word's character
    /// (``isWordLead(_:)``), or the lead of any other character. A table: the tests in
    /// ``isWordLead(_:)`` cost several instructions a byte, and every byte of a line is asked.
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        if byte & 0xC0 == 0x80 { return ByteKind.continuation }
        return Self.isWordLead(UInt8(byte)) ? ByteKind.wordLead : ByteKind.otherLead
    }

    private enum ByteKind {
        static let otherLead: UInt8 = 0
        static let wordLead: UInt8 = 1
        static let continuation: UInt8 = 2
    }

    /// One phrase: where its bytes are in ``phraseBytes``, and its categories as bits.
    private struct Phrase {
        let start: Int
        let count: Int
        let categories: UInt64
        /// The first eight bytes (fewer for a shorter phrase) as one little-endian integer, and the mask of
        /// the bytes it holds: compared with one load, no call to `memcmp` for most phrases.
        let head: UInt64
        let headMask: UInt64
    }

    /// Every phrase's bytes, one after the other.
    private let phraseBytes: [UInt8]
    /// The phrases, grouped by bucket: bucket `b` is `phrases[bucketStarts[b]..<bucketStarts[b + 1]]`. Two
    /// bytes an entry: the table is read at every position the bitmap lets through, and a quarter of the
    /// bytes of `Int`s stays in the cache among the rest of a parse's data.
    private let phrases: [Phrase]
    private let bucketStarts: [UInt16]
    /// Bit `hash(first four bytes)` is set for each phrase.
    private let openings: [UInt64]
    private static let tableBits = 16
    private static let bucketBits = 11
    private static let bucketCount = 1 << bucketBits

    /// `lists[i]` is category `i` (at most 64). Phrases need four bytes at least (UTF-8); shorter
    /// ones are ignored: words that short are found by other means.
    init(_ lists: [[String]]) {
        var byText: [[UInt8]: UInt64] = [:]
        for (category, list) in lists.enumerated() {
            for phrase in list where phrase.utf8.count >= 4 { byText[Array(phrase.utf8), default: 0] |= 1 << category }
        }
        let sorted = byText.map { (bytes: $0.key, categories: $0.value) }.sorted {
            $0.bytes.lexicographicallyPrecedes($1.bytes)
        }
        var openings = [UInt64](repeating: 0, count: (1 << Self.tableBits) / 64)
        // Buckets by the phrase's length: 0..<bucketCount for four or five bytes (by the first four),
        // then bucketCount for six or seven (by the first six), then bucketCount for eight or more (by the
        // first eight).
        var buckets = [[(bytes: [UInt8], categories: UInt64)]](repeating: [], count: 3 * Self.bucketCount)
        for phrase in sorted {
            let hash = Self.hash(Self.word(phrase.bytes, 0))
            openings[hash >> 6] |= 1 << UInt64(hash & 63)
            let head = phrase.bytes.prefix(8).enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << (8 * $1.offset)
            }
            switch phrase.bytes.count {
            case 8...: buckets[2 * Self.bucketCount + Self.longBucket(head)].append(phrase)
            case 6...: buckets[Self.bucketCount + Self.longBucket(head & Self.sixBytes)].append(phrase)
            default: buckets[hash & (Self.bucketCount - 1)].append(phrase)
            }
        }
        var phraseBytes: [UInt8] = []
        var phrases: [Phrase] = []
        var bucketStarts: [UInt16] = []
        for bucket in buckets {
            bucketStarts.append(UInt16(phrases.count))
            for phrase in bucket {
                phrases.append(
                    Phrase(
                        start: phraseBytes.count,
                        count: phrase.bytes.count,
                        categories: phrase.categories,
                        head: phrase.bytes.prefix(8).enumerated().reduce(0) {
                            $0 | UInt64($1.element) << (8 * $1.offset)
                        },
                        headMask: phrase.bytes.count >= 8 ? ~0 : (1 << (8 * UInt64(phrase.bytes.count))) - 1
                    )
                )
                phraseBytes += phrase.bytes
            }
        }
        bucketStarts.append(UInt16(phrases.count))
        self.phraseBytes = phraseBytes
        self.phrases = phrases
        self.bucketStarts = bucketStarts
        self.openings = openings
    }

    /// Four bytes from `offset` as one integer.
    @inline(__always)
    private static func word<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ offset: Int) -> UInt32
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let start = bytes.startIndex + offset
        return UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
            | UInt32(bytes[start + 3]) << 24
    }

    @inline(__always)
    private static func hash(_ word: UInt32) -> Int {
        Int(truncatingIfNeeded: (word &* 2_654_435_761) >> (32 - UInt32(Self.tableBits)))
    }

    /// The bucket (of ``bucketCount``) of a phrase of six bytes or more: a hash of its first six or eight
    /// bytes, given as `head` (little-endian, the bytes past six zero for a phrase of six or seven).
    @inline(__always)
    private static func longBucket(_ head: UInt64) -> Int {
        Int(truncatingIfNeeded: (head &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.bucketBits))
    }

    private static let sixBytes: UInt64 = 0xFFFF_FFFF_FFFF

    /// The categories of the phrases found in `bytes`, as bits.
    func categories(in bytes: ArraySlice<UInt8>) -> UInt64 {
        guard bytes.count >= 4 else { return 0 }
        // The tables through pointers: flat arrays of plain values, so the per-position loop retains nothing.
        return bytes.withUnsafeBufferPointer { haystack in
            self.openings.withUnsafeBufferPointer { openings in
                self.phrases.withUnsafeBufferPointer { phrases in
                    self.bucketStarts.withUnsafeBufferPointer { bucketStarts in
                        self.phraseBytes.withUnsafeBufferPointer { phraseBytes in
                            Self.byteKinds.withUnsafeBufferPointer { kinds in
                                Self.search(haystack, kinds, openings, phrases, bucketStarts, phraseBytes)
                            }
                        }
                    }
                }
            }
        }
    }

    /// ``categories(in:)`` on the tables' storage.
    ///
    /// Only positions where no word goes on from the character before are looked up: a phrase found
    /// inside a word is no phrase. Whether a character is a word's is kept from one character to the
    /// next, so the inside of a word costs a table lookup per byte and no hash.
    private static func search(
        _ haystack: UnsafeBufferPointer<UInt8>,
        _ kinds: UnsafeBufferPointer<UInt8>,
        _ openings: UnsafeBufferPointer<UInt64>,
        _ phrases: UnsafeBufferPointer<Phrase>,
        _ bucketStarts: UnsafeBufferPointer<UInt16>,
        _ phraseBytes: UnsafeBufferPointer<UInt8>
    ) -> UInt64 {
        var found: UInt64 = 0
        let base = haystack.baseAddress!
        let last = haystack.count - 4
        // The kind of the character before `index` (its lead byte's).
        var before = ByteKind.otherLead
        var index = 0
        while index <= last {
            if before == ByteKind.wordLead {
                // The rest of a word (its letters and their continuation bytes): nothing starts there.
                while index <= last && kinds[Int(base[index])] != ByteKind.otherLead { index &+= 1 }
                guard index <= last else { break }
            }
            let kind = kinds[Int(base[index])]
            let start = index
            index &+= 1
            // A character's continuation byte starts no phrase and leaves the character's kind as it was.
            if kind == ByteKind.continuation { continue }
            before = kind
            // Little-endian, like ``word(_:_:)``: the same four bytes give the same hash.
            let hash = Self.hash(
                UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt32.self))
            )
            guard openings[hash >> 6] & (1 << UInt64(hash & 63)) != 0 else { continue }
            // Eight bytes of the line from here, when the line has them (else the phrases are compared by
            // `memcmp` alone).
            let ahead =
                start + 8 <= haystack.count
                ? UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self))
                : nil
            let short = hash & (Self.bucketCount - 1)
            Self.compare(
                phrases[Int(bucketStarts[short])..<Int(bucketStarts[short + 1])],
                haystack,
                start,
                ahead,
                phraseBytes,
                &found
            )
            guard start + 6 <= haystack.count else { continue }
            var six: UInt64 = 0
            if let ahead {
                six = ahead & Self.sixBytes
                let eight = 2 * Self.bucketCount + Self.longBucket(ahead)
                Self.compare(
                    phrases[Int(bucketStarts[eight])..<Int(bucketStarts[eight + 1])],
                    haystack,
                    start,
                    ahead,
                    phraseBytes,
                    &found
                )
            } else {
                for offset in 0..<6 { six |= UInt64(base[start + offset]) << (8 * UInt64(offset)) }
            }
            let long = Self.bucketCount + Self.longBucket(six)
            Self.compare(
                phrases[Int(bucketStarts[long])..<Int(bucketStarts[long + 1])],
                haystack,
                start,
                ahead,
                phraseBytes,
                &found
            )
        }
        return found
    }

    /// Adds to `found` the categories of the phrases of `bucket` that the line holds from `start` (and
    /// that add a category not found yet).
    @inline(__always)
    private static func compare(
        _ bucket: Slice<UnsafeBufferPointer<Phrase>>,
        _ haystack: UnsafeBufferPointer<UInt8>,
        _ start: Int,
        _ ahead: UInt64?,
        _ phraseBytes: UnsafeBufferPointer<UInt8>,
        _ found: inout UInt64
    ) {
        let base = haystack.baseAddress!
        for phrase in bucket {
            guard phrase.categories & ~found != 0, start + phrase.count <= haystack.count else { continue }
            if let ahead {
                guard ahead & phrase.headMask == phrase.head else { continue }
                if phrase.count <= 8
                    || memcmp(base + start + 8, phraseBytes.baseAddress! + phrase.start + 8, phrase.count - 8) == 0
                {
                    found |= phrase.categories
                }
            } else if memcmp(base + start, phraseBytes.baseAddress! + phrase.start, phrase.count) == 0 {
                found |= phrase.categories
            }
        }
    }
}

/// One list of phrases: whether any occurs in a line where a word starts.
struct PhraseSet: Sendable {
    private let index: PhraseIndex

    init(_ phrases: [String]) {
        self.index = PhraseIndex([phrases])
    }

    func occurs(in bytes: ArraySlice<UInt8>) -> Bool {
        self.index.categories(in: bytes) != 0
    }
}

/// A set of whole lines (a cue list's entries), looked up by their UTF-8 bytes. Lines looked up must be
/// in NFC, as normalized text is: NFC text with the same characters has the same bytes, which is
/// what lets a byte comparison stand in for `Set<String>`'s canonical equality.
///
/// `Set<String>` hashes a non-ASCII string through its NFC form on every lookup, and compares by
/// characters. Two NFC strings are equal exactly when their bytes are, so a line is looked for by a
/// hash of its bytes and compared byte for byte; only a line whose bytes could spell a character that
/// is not in NFC (a combining mark, say), or a set with such an entry, asks the `Set<String>`.
struct LineSet: Sendable {
    private let strings: Set<String>
    /// Hashes of the entries' bytes, open addressing (0 marks an empty slot), at most a quarter full.
    private let table: [UInt64]
    /// The bytes of the entry in each slot of ``table`` (empty for an empty slot).
    private let entries: [[UInt8]]
    /// Whether some entry has bytes that an equal line might spell differently: then every lookup asks
    /// `strings`.
    private let alwaysAsk: Bool

    init(_ strings: Set<String>) {
        self.strings = strings
        var size = 16
        while size < strings.count * 4 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        var entries = [[UInt8]](repeating: [], count: size)
        var alwaysAsk = false
        for entry in strings {
            guard let hash = UTF8Bytes.withBytes(entry, Self.hash) else {
                alwaysAsk = true
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = hash
            entries[slot] = Array(entry.utf8)
        }
        self.table = table
        self.entries = entries
        self.alwaysAsk = alwaysAsk
    }

    func contains(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { self.contains(bytes: $0) } ?? self.strings.contains(text)
    }

    /// A word or part of a line, looked up without making a `String` of it (unless the set must be asked).
    func contains(_ text: Substring) -> Bool {
        UTF8Bytes.withBytes(text) { self.contains(bytes: $0) } ?? self.strings.contains(String(text))
    }

    /// A word or part of a line as bytes (well-formed UTF-8), looked up without making a `String` of it.
    func contains<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> Bool {
        let found =
            bytes.withContiguousStorageIfAvailable { self.contains(bytes: $0) }
            ?? Array(bytes).withUnsafeBufferPointer { self.contains(bytes: $0) }
        return found ?? self.strings.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the set holds `bytes`, or nil when the set of strings must be asked.
    private func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !self.alwaysAsk, let hash = LineSet.hash(bytes) else { return nil }
        return self.contains(bytes: bytes, hash: hash)
    }

    /// ``contains(bytes:)`` with the bytes' hash already taken.
    private func contains(bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & (self.table.count - 1)
        while self.table[slot] != 0 {
            if self.table[slot] == hash && self.entries[slot].elementsEqual(bytes) { return true }
            slot = (slot + 1) & (self.table.count - 1)
        }
        return false
    }

    /// A line's bytes, ready for lookups in several sets: their hash is taken once, not once a set.
    /// Made from bytes, it makes the line's `String` only when a set must be asked (bytes without a
    /// hash, a set that always asks).
    struct Probe {
        private let bytes: ArraySlice<UInt8>?
        private let string: String?
        /// ``LineSet/hash(_:)`` of the bytes.
        fileprivate let hash: UInt64?

        init(_ text: String) {
            self.bytes = nil
            self.string = text
            self.hash = UTF8Bytes.withBytes(text, LineSet.hash)
        }

        /// `bytes` must be well-formed UTF-8.
        init(utf8 bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.string = nil
            self.hash = bytes.withUnsafeBufferPointer(LineSet.hash)
        }

        var text: String { self.string ?? String(decoding: self.bytes ?? [], as: UTF8.self) }

        fileprivate func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            if let bytes = self.bytes { return bytes.withUnsafeBufferPointer(body) }
            return UTF8Bytes.withBytes(self.string ?? "", body)
        }
    }

    func contains(_ probe: Probe) -> Bool {
        guard !self.alwaysAsk, let hash = probe.hash else { return self.strings.contains(probe.text) }
        return probe.withBytes { self.contains(bytes: $0, hash: hash) }
    }

    /// A hash of the bytes (never 0), eight at a time, or `nil` when a byte leads a character from a
    /// range where canonically equal text may have other bytes: U+0300 and up, except Greek, Cyrillic
    /// and Armenian (CE–D4) and general punctuation and symbols (E2).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var index = 0
        @inline(__always) func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            // ASCII words (most) need no look at their bytes.
            if word & 0x8080_8080_8080_8080 != 0 {
                for offset in index..<(index + 8) where !Self.mayHash(bytes[offset]) { return nil }
            }
            mix(word)
            index += 8
        }
        var tail: UInt64 = 0
        for offset in index..<bytes.count {
            guard Self.mayHash(bytes[offset]) else { return nil }
            tail |= UInt64(bytes[offset]) << (8 * UInt64(offset - index))
        }
        mix(tail)
        return hash == 0 ? 1 : hash
    }

    @inline(__always)
    private static func mayHash(_ byte: UInt8) -> Bool {
        byte < 0xCC || (byte >= 0xCE && byte <= 0xD4) || byte == 0xE2
    }
}

/// A dictionary of words (NFC, as normalized text is) looked up by their UTF-8 bytes, as ``LineSet``
/// looks up lines: a hash of the bytes and a byte comparison, without hashing a `String` through NFC.
/// A word whose bytes could spell a character that is not in NFC, or a table with such a key, asks
/// the dictionary.
struct WordTable<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Hashes of the keys' bytes, open addressing (0 marks an empty slot), at most a quarter full.
    private let table: [UInt64]
    private let keys: [[UInt8]]
    private let values: [Value?]
    private let alwaysAsk: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var size = 16
        while size < dictionary.count * 4 { size *= 2 }
        var table = [UInt64](repeating: 0, count: size)
        var keys = [[UInt8]](repeating: [], count: size)
        var values = [Value?](repeating: nil, count: size)
        var alwaysAsk = false
        for (key, value) in dictionary {
            guard let hash = UTF8Bytes.withBytes(key, LineSet.hash) else {
                alwaysAsk = true
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = hash
            keys[slot] = Array(key.utf8)
            values[slot] = value
        }
        self.table = table
        self.keys = keys
        self.values = values
        self.alwaysAsk = alwaysAsk
    }

    /// The value of the word whose UTF-8 bytes `bytes` are (well-formed, NFC).
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard !self.alwaysAsk, let hash = LineSet.hash(bytes) else {
            return self.dictionary[String(decoding: bytes, as: UTF8.self)]
        }
        var slot = Int(truncatingIfNeeded: hash) & (self.table.count - 1)
        while self.table[slot] != 0 {
            if self.table[slot] == hash && self.keys[slot].elementsEqual(bytes) { return self.values[slot] }
            slot = (slot + 1) & (self.table.count - 1)
        }
        return nil
    }

    subscript(_ word: String) -> Value? {
        UTF8Bytes.withBytes(word) { self[bytes: $0] }
    }
}

/// Openings a line may start with (as bytes), in 256 lists by their first byte: most lines are ruled
/// out by one array index, the rest are compared with a handful of openings, each by its first eight
/// bytes in one load (``opens(_:)``).
struct OpeningIndex: Sendable {
    /// One opening: its bytes, and its first eight (fewer for a shorter one) as a little-endian integer
    /// with the mask of the bytes it holds.
    private struct Opening: Sendable {
        let bytes: [UInt8]
        let head: UInt64
        let mask: UInt64

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            self.head = bytes.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
            self.mask = bytes.count >= 8 ? ~0 : (1 << (8 * UInt64(bytes.count))) - 1
        }
    }

    private let lists: [[Opening]]

    init(_ openings: [[UInt8]]) {
        var lists = [[Opening]](repeating: [], count: 256)
        for opening in openings { lists[Int(opening.first ?? 0)].append(Opening(opening)) }
        self.lists = lists
    }

    init(_ openings: [String]) {
        self.init(openings.map { Array($0.utf8) })
    }

    /// Whether `bytes` start with one of the openings.
    @inline(__always)
    func opens<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first else { return false }
        let list = self.lists[Int(first)]
        guard !list.isEmpty else { return false }
        if let found = bytes.withContiguousStorageIfAvailable({ Self.opens($0, list) }) { return found }
        return list.contains { bytes.starts(with: $0.bytes) }
    }

    /// ``opens(_:)`` on contiguous bytes: the line's first eight bytes loaded once, each opening compared
    /// with them in one step, and past eight bytes by `memcmp`.
    private static func opens(_ input: UnsafeBufferPointer<UInt8>, _ list: [Opening]) -> Bool {
        guard input.baseAddress != nil else { return false }
        let head = Self.head(input)
        return list.contains { Self.starts(input, head, with: $0) }
    }

    /// The byte length of the longest opening that `bytes` start with, ending where a word ends; nil when
    /// none does.
    func openingLength<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? where Bytes.Index == Int {
        guard let first = bytes.first else { return nil }
        let list = self.lists[Int(first)]
        guard !list.isEmpty else { return nil }
        if let found = bytes.withContiguousStorageIfAvailable({ Self.openingLength($0, list) }) { return found }
        var longest: Int?
        for opening in list.lazy.map(\.bytes) where opening.count > longest ?? 0 && bytes.starts(with: opening) {
            let end = bytes.startIndex + opening.count
            if end == bytes.endIndex || !UTF8Bytes.isASCIILetter(bytes[end]) { longest = opening.count }
        }
        return longest
    }

    /// ``openingLength(_:)`` on contiguous bytes, each opening compared as ``opens(_:)`` compares it.
    private static func openingLength(_ input: UnsafeBufferPointer<UInt8>, _ list: [Opening]) -> Int? {
        guard let base = input.baseAddress else { return nil }
        let head = Self.head(input)
        var longest: Int?
        for opening in list where opening.bytes.count > longest ?? 0 && Self.starts(input, head, with: opening) {
            let end = opening.bytes.count
            if end == input.count || !UTF8Bytes.isASCIILetter(base[end]) { longest = end }
        }
        return longest
    }

    /// Up to the first eight bytes of `input`, little-endian, zero past its end (also how
    /// ``Boilerplate``'s prefix cues compare a line's opening).
    @inline(__always)
    static func head(_ input: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard input.count >= 8 else {
            var head: UInt64 = 0
            for offset in 0..<input.count { head |= UInt64(input[offset]) << (8 * UInt64(offset)) }
            return head
        }
        return UInt64(littleEndian: UnsafeRawPointer(input.baseAddress!).loadUnaligned(as: UInt64.self))
    }

    /// Whether `input` (whose ``head(_:)`` is `head`) starts with `opening`.
    @inline(__always)
    private static func starts(_ input: UnsafeBufferPointer<UInt8>, _ head: UInt64, with opening: Opening) -> Bool {
        guard opening.bytes.count <= input.count, head & opening.mask == opening.head else { return false }
        if opening.bytes.count <= 8 { return true }
        return opening.bytes.withUnsafeBufferPointer {
            memcmp(input.baseAddress! + 8, $0.baseAddress! + 8, $0.count - 8) == 0
        }
    }

    /// How many words the longest opening that `bytes` start with has; 0 when none opens them.
    func openingWordCount<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        guard let first = bytes.first else { return 0 }
        let longest = self.lists[Int(first)].map(\.bytes).filter { bytes.starts(with: $0) }.max { $0.count < $1.count }
        return longest.map { $0.count(where: { $0 == 0x20 }) + 1 } ?? 0
    }
}

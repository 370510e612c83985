// memcmp
import Glibc

/// Finds which of several lists of phrases occur anywhere in a line, in one pass over its bytes.
///
/// A bitmap of the phrases' first two bytes rules out nearly every position with one lookup; at the
/// few positions it lets through, only the phrases sharing those two bytes (one hash bucket) are
/// compared. A line therefore costs about one step per byte however many phrases there are.
struct PhraseIndex: Sendable {
    private let phrases: [(bytes: [UInt8], categories: UInt32)]
    /// Bit `hash(first four bytes)` is set for each phrase.
    private let openings: [UInt64]
    /// Indices into ``phrases`` by the hash of their first four bytes.
    private let buckets: [[Int]]
    private static let tableBits = 16
    private static let bucketCount = 1_024

    /// `lists[i]` is category `i` (at most 32). Phrases need four bytes at least (UTF-8); shorter
    /// ones are ignored: words that short are found by other means.
    init(_ lists: [[String]]) {
        var byText: [[UInt8]: UInt32] = [:]
        for (category, list) in lists.enumerated() {
            for phrase in list where phrase.utf8.count >= 4 { byText[Array(phrase.utf8), default: 0] |= 1 << category }
        }
        self.phrases = byText.map { (bytes: $0.key, categories: $0.value) }.sorted {
            $0.bytes.lexicographicallyPrecedes($1.bytes)
        }
        var openings = [UInt64](repeating: 0, count: (1 << Self.tableBits) / 64)
        var buckets = [[Int]](repeating: [], count: Self.bucketCount)
        for (index, phrase) in self.phrases.enumerated() {
            let hash = Self.hash(Self.word(phrase.bytes, 0))
            openings[hash >> 6] |= 1 << UInt64(hash & 63)
            buckets[hash & (Self.bucketCount - 1)].append(index)
        }
        self.openings = openings
        self.buckets = buckets
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

    /// The categories of the phrases found in `bytes`, as bits.
    func categories(in bytes: ArraySlice<UInt8>) -> UInt32 {
        guard bytes.count >= 4 else { return 0 }
        return bytes.withUnsafeBufferPointer { haystack in
            self.openings.withUnsafeBufferPointer { openings in
                var found: UInt32 = 0
                let base = UnsafeRawPointer(haystack.baseAddress!)
                for index in 0...(haystack.count - 4) {
                    // Little-endian, like ``word(_:_:)``: the same four bytes give the same hash.
                    let hash = Self.hash(
                        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                    )
                    if openings[hash >> 6] & (1 << UInt64(hash & 63)) != 0 {
                        found |= self.matches(self.buckets[hash & (Self.bucketCount - 1)], haystack, index, found)
                    }
                }
                return found
            }
        }
    }

    /// The categories of the phrases in `bucket` that start at `index` and add something to `found`.
    @inline(__always)
    private func matches(
        _ bucket: [Int],
        _ haystack: UnsafeBufferPointer<UInt8>,
        _ index: Int,
        _ found: UInt32
    )
        -> UInt32
    {
        var categories: UInt32 = 0
        for candidate in bucket {
            let phrase = self.phrases[candidate]
            guard phrase.categories & ~found != 0, index + phrase.bytes.count <= haystack.count else { continue }
            let equal = phrase.bytes.withUnsafeBufferPointer { needle in
                memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0
            }
            if equal { categories |= phrase.categories }
        }
        return categories
    }
}

/// One list of phrases: whether any occurs in a line.
struct PhraseSet: Sendable {
    private let index: PhraseIndex

    init(_ phrases: [String]) {
        self.index = PhraseIndex([phrases])
    }

    func occurs(in bytes: ArraySlice<UInt8>) -> Bool {
        self.index.categories(in: bytes) != 0
    }
}

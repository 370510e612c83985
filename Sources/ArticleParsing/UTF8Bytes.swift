// memchr
import Glibc

/// Byte-level helpers for text that is already valid UTF-8 (the bytes of a `String`).
enum UTF8Bytes {
    /// An ASCII capital letter's lowercase byte; every other byte as it is.
    @inline(__always)
    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// The scalar whose encoding starts at `index` of valid UTF-8 `bytes`, and the encoding's length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var cursor = index + 1
        let end = min(index + length, bytes.count)
        while cursor < end {
            value = value << 6 | UInt32(bytes[cursor] & 0x3F)
            cursor += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// How many Unicode scalars `text` holds: its bytes that are not UTF-8 continuation bytes.
    static func scalarCount<Text: StringProtocol>(_ text: Text) -> Int {
        Self.count(text) { $0 & 0xC0 != 0x80 }
    }

    /// `text.split(separator: " ")`, found on the bytes: a space byte is a character of its own unless
    /// what follows joins it (a combining mark) or a Prepend character stands before it, and the
    /// character-level split walks grapheme clusters at hundreds of instructions a character. Text
    /// that may hold a Prepend character (lead bytes D8, DB, DC, E0, F0 and up) is split by characters.
    static func spaceSeparated(_ text: Substring) -> [Substring] {
        Self.separated(text, by: 0x20, omittingEmpty: true)
    }

    /// `text.split(separator: Character(separator), omittingEmptySubsequences:)` for an ASCII separator
    /// other than CR, found on the bytes as ``spaceSeparated(_:)`` finds spaces.
    static func separated(_ text: Substring, by separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        let cuts: [(start: Int, end: Int)]? = Self.withBytes(text) { bytes in
            guard !Self.mayHoldPrepend(bytes) else { return nil }
            var cuts: [(start: Int, end: Int)] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == separator && !Self.extendsCharacter(bytes, at: index + 1) {
                    if index > start || !omittingEmpty { cuts.append((start, index)) }
                    start = index + 1
                }
                index += 1
            }
            if bytes.count > start || !omittingEmpty { cuts.append((start, bytes.count)) }
            return cuts
        }
        guard let cuts else {
            return text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: omittingEmpty)
        }
        let utf8 = text.utf8
        return cuts.map { cut in
            let lower = utf8.index(utf8.startIndex, offsetBy: cut.start)
            return text[lower..<utf8.index(lower, offsetBy: cut.end - cut.start)]
        }
    }

    static func spaceSeparated(_ text: String) -> [Substring] {
        Self.spaceSeparated(Substring(text))
    }

    /// `scalar.properties.isAlphabetic`, answered without the (slow on Linux) property lookup for the
    /// ranges article text is made of: ASCII, Latin-1 and Latin Extended-A/B letters, Cyrillic letters,
    /// general punctuation (none alphabetic). `AlphabeticShortcutTests` checks every scalar.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80, 0xD7, 0xF7, 0x2000...0x206F: false
        case 0xC0...0x24F, 0x400...0x481, 0x48A...0x52F: true
        default: scalar.properties.isAlphabetic
        }
    }

    /// Whether `bytes` may hold a Prepend character (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891,
    /// U+08E2, U+0D4E, and above U+FFFF only in U+11000–U+11FFF: Brahmic scripts' signs), which joins
    /// the character after it, a space even: by their lead bytes, and for four-byte characters the
    /// next byte (F0 91), so that emoji (F0 9F) leave a line on the byte paths.
    static func mayHoldPrepend(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xD8 || byte == 0xDB || byte == 0xDC || byte == 0xE0 { return true }
            if byte >= 0xF0 && (byte != 0xF0 || index + 1 >= bytes.count || bytes[index + 1] == 0x91) { return true }
            index += 1
        }
        return false
    }

    /// The byte length of the `|`, `·` (C2 B7) or `•` (E2 80 A2) that starts at `index`, else 0.
    static func partSeparatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "|"): 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xB7: 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2: 3
        default: 0
        }
    }

    /// The byte length of the dash that starts at `index`: `-` 1, `–` `—` (E2 80 93, 94) 3, else 0.
    static func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "-"): 1
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):
            3
        default: 0
        }
    }

    /// Whether `bytes` hold `|`, `·` (C2 B7) or `•` (E2 80 A2), the marks that set parts of a line apart.
    /// Whole encodings are matched: B7 and A2 alone are also continuation bytes of Cyrillic letters.
    static func containsPartSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "|"): return true
            case 0xB7 where index >= 1 && bytes[index - 1] == 0xC2: return true
            case 0xA2 where index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2: return true
            default: index += 1
            }
        }
        return false
    }

    /// Whether the scalar at `index` of valid UTF-8 `bytes` belongs to the character before it (a
    /// combining mark, a joiner, a spacing mark, an emoji modifier), as grapheme breaking decides.
    static func extendsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] >= 0x80 else { return false }
        let scalar = Self.scalar(in: bytes, at: index).scalar
        let properties = scalar.properties
        return properties.isGraphemeExtend || scalar.value == 0x200D || properties.generalCategory == .spacingMark
            || properties.isEmojiModifier
    }

    /// The offset of the first `byte` among the first `limit` of `bytes` (memchr), or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> Int? {
        guard let base = bytes.baseAddress,
            let found = memchr(base, Int32(byte), Swift.min(bytes.count, limit))
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether some occurrence of `byte` in `bytes` (each found by memchr) satisfies `test`, which is
    /// given the bytes and the occurrence's offset.
    static func contains(
        _ byte: UInt8,
        in bytes: UnsafeBufferPointer<UInt8>,
        where test: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if test(bytes, index) { return true }
            offset = index + 1
        }
        return false
    }

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Whether `byte` is an ASCII letter, `A`–`Z` or `a`–`z`.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    /// Whether `bytes` end with `ending`, byte for byte.
    static func endsWith(_ bytes: some BidirectionalCollection<UInt8>, _ ending: [UInt8]) -> Bool {
        bytes.count >= ending.count && bytes.suffix(ending.count).elementsEqual(ending)
    }

    /// Whether `byte` is one of the ASCII `marks`: a loop over the literal's bytes, where
    /// `"…".utf8.contains(byte)` walks a `String`'s view at a hundred instructions or more a call.
    @inline(__always)
    static func isAny(_ byte: UInt8, of marks: StaticString) -> Bool {
        let start = marks.utf8Start
        for index in 0..<marks.utf8CodeUnitCount where start[index] == byte { return true }
        return false
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// The bytes of a spaced em dash, " — " (space, E2 80 94, space).
    static let spacedEmDashLength = 5

    /// Where the first spaced em dash (" — ") of `bytes` starts (its space's offset), its dash's lead byte
    /// found by memchr (a search for the space would stop at every word); nil if none.
    static func firstSpacedEmDash(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var from = max(start + 1, 1)
        while from + 3 < bytes.count, let found = memchr(base + from, 0xE2, bytes.count - 3 - from) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[at - 1] == 0x20 && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x94 && bytes[at + 3] == 0x20 {
                return at - 1
            }
            from = at + 1
        }
        return nil
    }

    /// Where `needle` first occurs in `bytes` (an offset), its first byte found by memchr; nil if nowhere.
    static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress else { return nil }
        var start = 0
        while start + needle.count <= bytes.count,
            let found = memchr(base + start, Int32(first), bytes.count - needle.count + 1 - start)
        {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle, needle.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }

    /// Whether `text` holds the bytes `needle`: its first byte found by memchr, the rest compared there.
    static func contains(_ needle: [UInt8], inText text: String) -> Bool {
        guard !needle.isEmpty else { return true }
        return Self.withBytes(text) { Self.firstOffset(of: needle, in: $0) != nil }
    }

    /// `text.firstIndex(of: character)` for an ASCII `character`, found by its byte where the byte is
    /// surely a character of its own: an ASCII byte (or the end) after it, so no combining mark joins it,
    /// and before it an ASCII byte or a two-byte letter below U+0600 (the first Prepend character), so
    /// none leads it. Anywhere else the character search answers.
    static func firstCharacter(_ character: Character, in text: String) -> String.Index? {
        guard let byte = character.asciiValue, byte >= 0x20 else { return text.firstIndex(of: character) }
        // The first byte, if it is a character of its own, is the first such character: an earlier one
        // would have an earlier byte. (nil: no byte at all; .some(nil): ask the character search.)
        let offset: Int?? = Self.withBytes(text) { bytes in
            guard let at = Self.firstIndex(of: byte, in: bytes) else { return nil }
            let afterIsPlain = at + 1 == bytes.count || bytes[at + 1] < 0x80
            let beforeIsPlain =
                at == 0 || bytes[at - 1] < 0x80
                || (at >= 2 && bytes[at - 1] & 0xC0 == 0x80 && bytes[at - 2] >= 0xC2 && bytes[at - 2] < 0xD8)
            return afterIsPlain && beforeIsPlain ? .some(at) : .some(nil)
        }
        guard let offset else { return nil }
        guard let at = offset else { return text.firstIndex(of: character) }
        return text.utf8.index(text.utf8.startIndex, offsetBy: at)
    }

    /// Whether `text` holds the byte `byte` (memchr: the generic `utf8.contains` walks an iterator).
    @inline(__always)
    static func contains<Text: StringProtocol>(_ text: Text, _ byte: UInt8) -> Bool {
        Self.withBytes(text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// How many bytes of `text` satisfy `predicate`, on the contiguous bytes.
    @inline(__always)
    static func count<Text: StringProtocol>(_ text: Text, where predicate: (UInt8) -> Bool) -> Int {
        Self.withBytes(text) { bytes in bytes.count(where: predicate) }
    }

    /// Runs `body` on the UTF-8 bytes of `text`, contiguous (copied only when the string is not native).
    @inline(__always)
    static func withBytes<Text: StringProtocol, Result>(
        _ text: Text,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

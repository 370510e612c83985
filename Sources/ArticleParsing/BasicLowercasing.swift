/// Lowercases the UTF-8 bytes of ASCII, Latin-1 and basic Cyrillic (U+0400–U+045F) letters in place of
/// `String.lowercased()`, which maps every scalar through its Unicode properties and costs many times
/// more. Within these ranges every lowercase form has the same encoded length as its capital.
enum BasicLowercasing {
    /// `bytes` with the scalars it covers lowercased and every other byte as it is.
    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into lowered: UnsafeMutableBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x80 else {
                lowered[index] = UTF8Bytes.asciiLowercased(lead)
                index += 1
                continue
            }
            let end = min(index + (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2), bytes.count)
            if end - index == 2 {
                (lowered[index], lowered[index + 1]) = Self.lowercased(lead: lead, trail: bytes[index + 1])
            } else {
                for copied in index..<end { lowered[copied] = bytes[copied] }
            }
            index = end
        }
    }

    /// Whether every scalar of `bytes` (whole encodings) is one that ``lowercase(_:into:)`` lowercases
    /// as `String.lowercased()` does.
    static func covers(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case ..<0x80:
                index += 1
            case 0xC2, 0xC3, 0xD0:
                index += 2
            case 0xD1 where index + 1 < bytes.endIndex && bytes[index + 1] < 0xA0:
                index += 2
            default:
                return false
            }
        }
        return true
    }

    /// The lowercase form of the two-byte encoding `lead` `trail`, unchanged outside the capitals covered.
    private static func lowercased(lead: UInt8, trail: UInt8) -> (UInt8, UInt8) {
        switch (lead, trail) {
        case (0xC3, 0x80...0x9E) where trail != 0x97:  // À–Þ (not ×): U+00C0… to U+00E0…
            return (0xC3, trail + 0x20)
        case (0xD0, 0x80...0x8F):  // Ѐ–Џ: U+0400… to U+0450…
            return (0xD1, trail + 0x10)
        case (0xD0, 0x90...0x9F):  // А–П: U+0410… to U+0430…
            return (0xD0, trail + 0x20)
        case (0xD0, 0xA0...0xAF):  // Р–Я: U+0420… to U+0440…
            return (0xD1, trail - 0x20)
        default:
            return (lead, trail)
        }
    }
}

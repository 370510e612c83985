/// Lowercases the UTF-8 bytes of ASCII, Latin-1 and basic Cyrillic (U+0400–U+045F) text exactly as
/// `String.lowercased()` does (it maps every scalar through its Unicode properties and costs many
/// times more). Within these ranges every lowercase form has the same encoded length as its capital.
enum BasicLowercasing {
    /// Writes `word` lowercased to the same indices of `lowered`; `false`, and `lowered` not to be
    /// read, when `word` has a scalar outside the ranges covered. `word` holds whole encodings.
    static func lowercase(
        _ word: Slice<UnsafeBufferPointer<UInt8>>,
        into lowered: UnsafeMutableBufferPointer<UInt8>
    ) -> Bool {
        var index = word.startIndex
        while index < word.endIndex {
            let lead = word[index]
            if lead < 0x80 {
                lowered[index] = UTF8Bytes.asciiLowercased(lead)
                index += 1
                continue
            }
            guard lead == 0xC2 || lead == 0xC3 || lead == 0xD0 || lead == 0xD1, index + 1 < word.endIndex,
                let (newLead, newTrail) = Self.lowercased(lead: lead, trail: word[index + 1])
            else { return false }
            lowered[index] = newLead
            lowered[index + 1] = newTrail
            index += 2
        }
        return true
    }

    /// The lowercase form of the two-byte encoding `lead` `trail` (U+0080–U+045F), `nil` past U+045F.
    private static func lowercased(lead: UInt8, trail: UInt8) -> (UInt8, UInt8)? {
        switch (lead, trail) {
        case (0xC3, 0x80...0x9E) where trail != 0x97:  // À–Þ (not ×): U+00C0… to U+00E0…
            return (0xC3, trail + 0x20)
        case (0xD0, 0x80...0x8F):  // Ѐ–Џ: U+0400… to U+0450…
            return (0xD1, trail + 0x10)
        case (0xD0, 0x90...0x9F):  // А–П: U+0410… to U+0430…
            return (0xD0, trail + 0x20)
        case (0xD0, 0xA0...0xAF):  // Р–Я: U+0420… to U+0440…
            return (0xD1, trail - 0x20)
        case (0xD1, 0xA0...):  // U+0460 and on: letters of other alphabets, not covered
            return nil
        default:  // Latin-1 symbols and small letters, small Cyrillic letters: their own lowercase
            return (lead, trail)
        }
    }
}

/// Counts words exactly as `Article.wordCount` does (runs of non-white-space scalars), but over UTF-8 bytes.
///
/// `Unicode.Scalar.Properties.isWhitespace` costs about 90 ns a scalar on Linux, which made `wordCount`
/// ~370 µs for a 4 KB article: more than all the rest of writing a record. The Unicode `White_Space`
/// property is a fixed list of 25 code points, so a byte scan with that list gives the same answer.
enum WordCounter {
    /// Words in `paragraphs`, each paragraph counted separately (as the paragraphs of `body`).
    static func count(_ paragraphs: [String]) -> Int {
        var total = 0
        for paragraph in paragraphs {
            var paragraph = paragraph
            total += paragraph.withUTF8 { Self.count($0) }
        }
        return total
    }

    private static func count(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            let isSpace: Bool
            if lead < 0x80 {
                // Branch-free for ASCII: space/word alternation is what a branch predictor cannot learn.
                let space = (lead == 0x20) || (lead &- 0x09 < 5)
                count &+= (!space && !inWord) ? 1 : 0
                inWord = !space
                index += 1
                continue
            } else if lead >= 0xC3 && lead < 0xE0 || lead >= 0xE4 {
                // No white space starts with these lead bytes (only C2, E1, E2 and E3 do): a letter, most
                // often, without decoding it.
                isSpace = false
                index += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            } else {
                let length = lead >= 0xE0 ? 3 : 2
                var scalar = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
                for offset in 1..<length where index + offset < utf8.count {
                    scalar = scalar << 6 | UInt32(utf8[index + offset] & 0x3F)
                }
                isSpace = Self.isNonASCIIWhiteSpace(scalar)
                index += length
            }
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The non-ASCII code points with the Unicode `White_Space` property (PropList.txt).
    private static func isNonASCIIWhiteSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

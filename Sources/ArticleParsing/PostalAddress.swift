/// The shape of a publisher's postal address on a line of its own, as newsletters print it in their
/// footer ("Küstenpost Medien GmbH, Hafenstraße 12, 24999 Hafenstedt"; "Civic Ledger Media, 410 Elm
/// Street, Suite 3, Fenbridge, OH 45301"; "ООО «Северный ветер», 186930, г. Озёрск, ул. Набережная, д. 7").
///
/// An address is a list, not a sentence: three or more short parts between commas, one of them a
/// postcode, one a house number beside a street's name, and no full stop at the end. The shape alone
/// does not make a line boilerplate (an article may print an address); ``BodySelection`` drops one only
/// in the footer, next to lines already found to be boilerplate.
enum PostalAddress {
    /// Longest line (UTF-8 bytes) read as an address.
    static let maximumLength = 160

    static func isAddress(_ text: String) -> Bool {
        guard text.utf8.count <= Self.maximumLength, text.utf8.contains(UInt8(ascii: ",")),
            !TextShape.endsLikeSentence(text)
        else { return false }
        let parts = text.split(separator: ",").map { $0.split(separator: " ") }
        guard parts.count >= 3, parts.allSatisfy({ (1...5).contains($0.count) }) else { return false }
        let words = Array(parts.joined())
        return words.indices.contains { Self.isPostcode(words, at: $0) }
            && parts.contains(where: Self.isNumberedStreet)
    }

    /// A postcode: five or six digits (most of Europe, the US, Russia, Ukraine), four digits that are not
    /// a year of the last two centuries (Belgium, Switzerland, Austria…), or the British and Canadian
    /// letter-and-digit halves ("KB4", "1TS"; "K1A", "0B1") in pairs.
    private static func isPostcode(_ words: [Substring], at index: Int) -> Bool {
        let bytes = Array(words[index].utf8)
        if bytes.allSatisfy(UTF8Bytes.isDigit) {
            if bytes.count == 5 || bytes.count == 6 { return true }
            guard bytes.count == 4, let value = Int(words[index]) else { return false }
            return !(1900...2099).contains(value)
        }
        return index > 0 && Self.isInwardCode(bytes) && Self.isOutwardCode(Array(words[index - 1].utf8))
    }

    /// The second half of a British ("1TS") or Canadian ("0B1") postcode: digit, capital, and a capital
    /// or digit.
    private static func isInwardCode(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 3, UTF8Bytes.isDigit(bytes[0]), Self.isCapital(bytes[1]) else { return false }
        return Self.isCapital(bytes[2]) || UTF8Bytes.isDigit(bytes[2])
    }

    /// The first half: two to four capitals and digits, opening with a capital, holding a digit ("KB4",
    /// "SW1A", "K1A").
    private static func isOutwardCode(_ bytes: [UInt8]) -> Bool {
        guard (2...4).contains(bytes.count), Self.isCapital(bytes[0]), bytes.contains(where: UTF8Bytes.isDigit) else {
            return false
        }
        return bytes.allSatisfy { Self.isCapital($0) || UTF8Bytes.isDigit($0) }
    }

    /// A part that holds a house or suite number beside words: "22 Harbour Row", "Hafenstraße 12",
    /// "д. 7", "Suite 3" — a number of one to four digits (optionally with a letter: "12a") and at least
    /// one word with a letter.
    private static func isNumberedStreet(_ part: [Substring]) -> Bool {
        guard part.count >= 2 else { return false }
        let hasNumber = part.contains { word in
            let bytes = Array(word.utf8)
            let digits = bytes.prefix(while: UTF8Bytes.isDigit).count
            return (1...4).contains(digits) && bytes.count - digits <= 1
        }
        return hasNumber && part.contains { $0.contains(where: \.isLetter) }
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}

/// What a printed page or a channel's post puts around an article's text, as it survives a copy: a
/// page number alone, a jump line ("Continued on Page 6", "Suite de la page 17"), a wire's word count
/// ("Mots : 480"), a post's row of hashtags ("#погода #Приозерськ"). Shapes, read on a line's key.
enum PageFurniture {
    static func isFurniture(_ key: [UInt8]) -> Bool {
        guard key.count <= Self.maximumLength, let first = key.first else { return false }
        if UTF8Bytes.isDigit(first) { return key.count <= 3 && key.allSatisfy(UTF8Bytes.isDigit) }
        if first == UInt8(ascii: "#") { return Self.isHashtagRow(key) }
        return Self.isJumpLine(key) || Self.isWordCount(key)
    }

    /// The longest furniture line, in bytes.
    private static let maximumLength = 120

    /// Two hashtags or more and nothing else ("#weather #Lakeside #storm_warning").
    private static func isHashtagRow(_ key: [UInt8]) -> Bool {
        let words = key.split(separator: 0x20)
        return words.count >= 2 && words.allSatisfy { $0.count >= 2 && $0.first == UInt8(ascii: "#") }
    }

    /// A jump's words and the page's number ("continued on page 6", "fortsetzung auf seite 5").
    private static func isJumpLine(_ key: [UInt8]) -> Bool {
        guard key.count <= 40, let length = Self.jumpOpenings.openingLength(key) else { return false }
        let rest = key[length...].drop { $0 == 0x20 || $0 == UInt8(ascii: ".") }
        return (1...3).contains(rest.count) && rest.allSatisfy(UTF8Bytes.isDigit)
    }

    private static let jumpOpenings = OpeningIndex(PageFurnitureCues.jumpOpenings)

    /// A wire's count of words: "Words: 480", "Mots : 480", "Wörter: 480".
    private static func isWordCount(_ key: [UInt8]) -> Bool {
        guard key.count <= 24, let colon = key.firstIndex(of: UInt8(ascii: ":")) else { return false }
        var label = key[..<colon]
        while label.last == 0x20 { label = label.dropLast() }
        let number = key[(colon + 1)...].drop { $0 == 0x20 }
        return Self.wordCountLabels.contains(utf8: label) && (1...5).contains(number.count)
            && number.allSatisfy(UTF8Bytes.isDigit)
    }

    private static let wordCountLabels = LineSet(Set(PageFurnitureCues.wordCountLabels))
}

/// Marks only a page's widgets leave in a line of text, read on the line's key (lowercased UTF-8): a
/// button after an arrow at the line's end, a profile card's follower count among its parts, a poll's
/// label before its question, a discount's code to type.
enum WidgetMarks {
    /// "The Herald is published by students … A gift of $10 keeps us on the newsstands. → Donate": a
    /// box's text with its button, an arrow and a call to action of a few words ending the line ("Prices
    /// rose → demand fell" has no call after its arrow).
    static func endsWithArrowButton(_ key: [UInt8]) -> Bool {
        guard key.count >= 8, key.count <= 600 else { return false }
        // The arrow (→ E2 86 92, ➔ E2 9E 94, ➜ E2 9E 9C) within the last 40 bytes, a space on each side;
        // its lead byte looked for first (memchr): most lines' ends have none.
        let lowest = max(2, key.count - 40)
        guard
            key.withUnsafeBufferPointer({
                UTF8Bytes.firstIndex(of: 0xE2, in: UnsafeBufferPointer(rebasing: $0[lowest...]))
            })
                != nil
        else { return false }
        var index = key.count - 3
        while index >= lowest {
            if key[index - 1] == 0x20, key[index] == 0xE2, Self.isArrowTail(key[index + 1], key[index + 2]),
                index + 4 < key.count, key[index + 3] == 0x20
            {
                let button = key[(index + 4)...]
                let words = button.split(separator: 0x20)
                return (1...3).contains(words.count) && !button.contains(where: Self.isSentenceMark)
                    && Self.calls.opens(button)
            }
            index -= 1
        }
        return false
    }

    /// "Written by Tamsin Rhee · 2.3K followers · Urban planner, …": a line of parts set apart by `·`, `|`
    /// or `•` (``Boilerplate/markedParts(of:)``), one of them a count of followers ("2.3k followers",
    /// "12,4k abonnés"; "The account now has 2.3K followers" is a story's sentence, one part).
    static func isProfileCard(_ key: [UInt8]) -> Bool {
        // A count of followers first, found from digit to digit (most lines have few digits and no such
        // count), then the separators.
        guard key.count <= 400, key.withUnsafeBufferPointer(Self.holdsFollowerCount),
            key.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator)
        else { return false }
        let parts = Boilerplate.markedParts(of: String(decoding: key, as: UTF8.self)).map { $0.trimmingSpaces() }
        return parts.count >= 2 && parts.contains(where: Self.isFollowerCount)
    }

    /// Whether a number with a word for followers after it stands anywhere in `bytes`.
    private static func holdsFollowerCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let digit = WordwiseScan.firstDigit(in: bytes, from: from) {
            var index = digit
            while index < bytes.count
                && (UTF8Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".")
                    || bytes[index] == UInt8(ascii: ","))
            {
                index += 1
            }
            if index < bytes.count && (bytes[index] == UInt8(ascii: "k") || bytes[index] == UInt8(ascii: "m")) {
                index += 1
            }
            if index + 1 < bytes.count && bytes[index] == 0x20 {
                let start = index + 1
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                if Self.followerWords.contains(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
            }
            from = index + 1
        }
        return false
    }

    /// "Poll: Who was your Ashgrove sports star of the season? Cast your vote", "ОПРОС: Как вы добираетесь
    /// до центра? …", "ENCUESTA ▸ ¿Te ha afectado …? Sí / No": a poll's label, its colon (or an arrow or
    /// a bar standing for one) and its question.
    static func isPollQuestion(_ key: [UInt8]) -> Bool {
        guard key.count <= 300, let length = Self.pollLabels.openingLength(key) else { return false }
        let rest = key[length...]
        guard rest.drop(while: { $0 == 0x20 }).first == UInt8(ascii: ":") || Boilerplate.opensWithColonStandIn(rest)
        else { return false }
        return rest.contains(UInt8(ascii: "?"))
    }

    /// "Sponsored by Kestrel Marine Supply: 10% off waders with code SALT10": a code to type, written in
    /// capitals and digits after the word for a code.
    static func hasPromoCode(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 240, key.phrases & ReaderPromptCues.Found.promoCode != 0 else { return false }
        let words = UTF8Bytes.spaceSeparated(key.text)
        return words.indices.dropLast().contains { index in
            let word = words[index].lowercased().trimmingCharacters(in: ":")
            guard Self.codeWords.contains(String(word)) else { return false }
            let code = words[index + 1].utf8.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") }
            return code.count >= 4 && code.allSatisfy { UTF8Bytes.isDigit($0) || $0 &- UInt8(ascii: "A") < 26 }
                && code.contains { $0 &- UInt8(ascii: "A") < 26 }
        }
    }

    /// A part that is a number (perhaps with its decimals and a "k" or "m") and a word for followers.
    private static func isFollowerCount(_ part: Substring) -> Bool {
        let words = part.split(separator: " ")
        guard words.count == 2 else { return false }
        return Self.isCount(words[0].utf8, groupedBySpaces: false) && Self.followerWords.contains(words[1])
    }

    /// "8 436 підписників", "12.4K followers": a count of followers alone on its line, its thousands
    /// perhaps set apart by spaces, as a channel's or a profile's card prints it under the name.
    static func isFollowerCountLine(_ key: [UInt8]) -> Bool {
        guard key.count <= 40, let first = key.first, UTF8Bytes.isDigit(first),
            let space = key.lastIndex(of: 0x20)
        else { return false }
        return Self.isCount(key[..<space], groupedBySpaces: true)
            && Self.followerWords.contains(utf8: key[(space + 1)...])
    }

    /// "1.2K", "12k", "3M": a count shortened with a "k" or "m" alone on its line, as a post's claps,
    /// likes or views stand under its byline (a story writes "1,200" or "1.2 million").
    static func isShortenedCountLine(_ key: [UInt8]) -> Bool {
        guard key.count >= 2, key.count <= 8, let last = key.last,
            last == UInt8(ascii: "k") || last == UInt8(ascii: "m")
        else { return false }
        return Self.isCount(key, groupedBySpaces: false)
    }

    /// Whether `key` is a profile's follow button alone (``PageWidgetCues/followButtons``).
    static func isFollowButton(_ key: Boilerplate.LineKey) -> Bool {
        key.length <= 12 && key.bare.map(Self.followButtons.contains) == true
    }

    /// A count as a card prints one: digits with their `.` and `,` (and spaces between groups of
    /// thousands when `groupedBySpaces`), perhaps a "k" or "m" after them: "2.3k", "12,4k", "8 436".
    private static func isCount(_ bytes: some Collection<UInt8>, groupedBySpaces: Bool) -> Bool {
        guard let first = bytes.first, UTF8Bytes.isDigit(first) else { return false }
        let rest = bytes.drop {
            UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")
                || (groupedBySpaces && $0 == 0x20)
        }
        return rest.isEmpty
            || (rest.count == 1 && (rest.first == UInt8(ascii: "k") || rest.first == UInt8(ascii: "m")))
    }

    /// The second and third bytes of →, ➔ and ➜ after their E2.
    private static func isArrowTail(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x86 && third == 0x92) || (second == 0x9E && (third == 0x94 || third == 0x9C))
    }

    private static func isSentenceMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
    }

    private static let calls = OpeningIndex(PageWidgetCues.callsToAction)
    private static let pollLabels = OpeningIndex(PageWidgetCues.pollLabels)
    private static let codeWords: Set<String> = [
        "code", "promo", "promocode", "gutscheincode", "rabattcode", "code-promo", "código", "cupón", "промокод",
        "промокодом", "промокоду",
    ]
    private static let followerWords = LineSet(Set(PageWidgetCues.followerWords))
    private static let followButtons = LineSet(Set(PageWidgetCues.followButtons))
}

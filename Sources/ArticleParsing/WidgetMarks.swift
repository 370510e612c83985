/// Marks only a page's widgets leave in a line of text, read on the line's key (lowercased UTF-8): a
/// button after an arrow at the line's end, and a profile card's follower count among its parts.
enum WidgetMarks {
    /// "The Herald is published by students … A gift of $10 keeps us on the newsstands. → Donate": a
    /// box's text with its button, an arrow and a call to action of a few words ending the line ("Prices
    /// rose → demand fell" has no call after its arrow).
    static func endsWithArrowButton(_ key: [UInt8]) -> Bool {
        guard key.count >= 8, key.count <= 600 else { return false }
        // The arrow (→ E2 86 92, ➔ E2 9E 94, ➜ E2 9E 9C) within the last 40 bytes, a space on each side.
        var index = key.count - 3
        let lowest = max(2, key.count - 40)
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
    /// or `•`, one of them a count of followers ("2.3k followers", "12 400 abonnés", "1,2 тыс.
    /// подписчиков" is a story's when it stands in a sentence, without the separators).
    static func isProfileCard(_ key: [UInt8]) -> Bool {
        guard key.count <= 400, key.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) else { return false }
        let parts = key.split(omittingEmptySubsequences: true) { $0 == UInt8(ascii: "|") }
            .flatMap { Self.split($0, at: [0xC2, 0xB7]) }.flatMap { Self.split($0, at: [0xE2, 0x80, 0xA2]) }
        return parts.count >= 2 && parts.contains(where: Self.isFollowerCount)
    }

    /// A part that is a number (perhaps with its decimals and a "k" or "m") and a word for followers.
    private static func isFollowerCount(_ part: ArraySlice<UInt8>) -> Bool {
        let words = part.split(separator: 0x20)
        guard words.count == 2, let first = words[0].first, UTF8Bytes.isDigit(first) else { return false }
        let number = words[0].drop { UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        guard
            number.isEmpty
                || (number.count == 1 && (number.first == UInt8(ascii: "k") || number.first == UInt8(ascii: "m")))
        else { return false }
        return Self.followerWords.contains(utf8: words[1])
    }

    /// The pieces of `bytes` between occurrences of `separator`.
    private static func split(_ bytes: ArraySlice<UInt8>, at separator: [UInt8]) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index + separator.count <= bytes.endIndex {
            if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                pieces.append(bytes[start..<index])
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(bytes[start...])
        return pieces.map { $0.drop { $0 == 0x20 } }.map { piece in
            var piece = piece
            while piece.last == 0x20 { piece = piece.dropLast() }
            return piece
        }
    }

    /// The second and third bytes of →, ➔ and ➜ after their E2.
    private static func isArrowTail(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x86 && third == 0x92) || (second == 0x9E && (third == 0x94 || third == 0x9C))
    }

    private static func isSentenceMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
    }

    private static let calls = OpeningIndex(PageWidgetCues.callsToAction)
    private static let followerWords = LineSet(Set(PageWidgetCues.followerWords))
}

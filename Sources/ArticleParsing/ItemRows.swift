/// Rows of short items laid out side by side: a site's menu, a strip of links or buttons, a widget's
/// readings. A page's text extractor keeps the gaps between the items (runs of spaces, a tab) or the
/// marks the page set between them (`·`, `•`); a story's sentences have neither, so such a row is
/// never the article's text, unless it is one row of a table printed in the story.
enum ItemRows {
    /// Whether the raw line (before white space is collapsed) is three or more short items set apart
    /// by wide gaps: runs of two or more spaces, or tabs ("Scores & Fixtures   Tables   Transfers",
    /// "51° Clear  Bellmont  OK  ▸ 7-Day Forecast"). An item has at most four words and 40 bytes
    /// and ends in no full stop, comma or semicolon: prose typed with two spaces after its full stops
    /// ("… in town.  The …") is no row.
    static func isGapRow(_ line: Substring) -> Bool {
        UTF8Bytes.withBytes(line) { bytes in
            // Most lines have no gap at all: one pass for a double space or a tab before anything else.
            guard bytes.count <= 400, Self.hasGap(bytes) else { return false }
            return Self.gapItems(bytes) >= 3
        }
    }

    /// The number of items of a gap row, or 0 when some part between gaps is no item.
    private static func gapItems(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var items = 0
        var index = 0
        while index < bytes.count {
            // One item: up to a gap (two spaces, or a tab) or the end.
            let start = index
            var spaces = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x09 { break }
                if byte == 0x20 {
                    if index + 1 < bytes.count && (bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09) { break }
                    spaces += 1
                }
                index += 1
            }
            let end = index
            if end > start {
                let last = bytes[end - 1]
                guard spaces <= 3, end - start <= 40, last != UInt8(ascii: "."), last != UInt8(ascii: ","),
                    last != UInt8(ascii: ";")
                else { return 0 }
                items += 1
            }
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        }
        return items
    }

    /// Whether `bytes` hold two spaces in a row or a tab: eight bytes at a time (every line of every
    /// article is asked), a space closing one word carried to the first byte of the next.
    static func hasGap(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        // The high bit of the first byte set when the byte before the word is a space.
        var carried: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let spaces = Self.zeroBytes(word ^ 0x2020_2020_2020_2020)
            if spaces & (spaces << 8 | carried) != 0 || Self.zeroBytes(word ^ 0x0909_0909_0909_0909) != 0 {
                return true
            }
            carried = spaces >> 56
            index += 8
        }
        var previousSpace = index > 0 && bytes[index - 1] == 0x20
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x09 || (byte == 0x20 && previousSpace) { return true }
            previousSpace = byte == 0x20
            index += 1
        }
        return false
    }

    /// The high bit of each byte of `word` that is zero, and no other bit (exact: no borrow runs from
    /// one byte into the next).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Whether a line's key is three or more short items set apart by `·` or `•` ("Imprimer la
    /// recette · Ajouter à mes favoris · Envoyer la liste de courses", a job ad's "Camarero/a · Hotel
    /// Miramar · 1.650 €/mes · Inscribirme", a poll's answers): each item has at most eight words and
    /// holds no question or exclamation that ends a sentence inside it. A story's sentences are not
    /// strung on such marks; its bulleted lines open with one mark and hold one item; a live blog's
    /// "19:42 · …" has two parts. A mark counts with a space on either side: Cyrillic read as
    /// Windows-1252 is full of `·` inside its words ("Ð·" is "з"'s bytes), and such text is still a
    /// story's. (`|` is left out: a table printed in a story sets its cells apart with it.)
    static func isMarkedRow(_ key: [UInt8]) -> Bool {
        guard key.count <= 300 else { return false }
        let items = Self.items(of: key) { bytes, index in
            if bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xB7 { return 2 }
            if bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2 {
                return 3
            }
            return 0
        }
        guard items.allSatisfy({ $0.words <= 8 && !$0.breaksSentence }) else { return false }
        return items.count(where: { $0.words > 0 }) >= 3
    }

    /// Whether a line's key is a trail of three or more short names, each pointing on to the next with
    /// `›`, `>` or `→` standing between spaces: a breadcrumb anywhere on the page ("Головна › Міська
    /// рада › Сесії › 47-ма сесія"), not only above the headline. Each name has at most six words; the
    /// line ends in no full stop. (`»` is left out: French sets its closing quotation marks apart with
    /// spaces.)
    static func isTrail(_ key: [UInt8]) -> Bool {
        guard key.count <= 200, key.last != UInt8(ascii: ".") else { return false }
        let names = Self.items(of: key) { bytes, index in
            if bytes[index] == UInt8(ascii: ">") { return 1 }
            guard bytes[index] == 0xE2 && index + 2 < bytes.count else { return 0 }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            return (second == 0x80 && third == 0xBA) || (second == 0x86 && third == 0x92) ? 3 : 0
        }
        return names.count >= 3 && names.allSatisfy { (1...6).contains($0.words) }
    }

    /// Whether a line's key is three or more short items set apart by `|` with spaces: a site's menu
    /// ("☰ Menu | U.S. | World | Politics | Business"). Each item has one to six words and ends in no
    /// full stop (a one-word item may be an abbreviation: "U.S."), and at most one holds a figure (a
    /// table's row has several: "Robledal | 34 | 23 | 76"); the caller also keeps such a row when
    /// another stands next to it, as a table's header row does ("Equipo | PJ | G | Pts").
    static func isBarRow(_ key: [UInt8]) -> Bool {
        guard key.count <= 300, key.last != UInt8(ascii: "."), Self.hasBar(key) else { return false }
        let items = Self.items(of: key) { bytes, index in bytes[index] == UInt8(ascii: "|") ? 1 : 0 }
        guard items.count >= 3,
            items.allSatisfy({ (1...6).contains($0.words) && ($0.words == 1 || !$0.endsWithFullStop) })
        else { return false }
        return items.count(where: \.hasFigure) < 2
    }

    /// Whether `key` holds a `|`, by `memchr`: every line is asked, and most hold none.
    static func hasBar(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: UInt8(ascii: "|"), in: $0) != nil }
    }

    /// What the row rules ask of one item.
    private struct Item {
        var words = 0
        /// Its last byte before the separator's space is a full stop.
        var endsWithFullStop = false
        var hasFigure = false
        /// A space follows a `?` or `!` inside it: a sentence ends there.
        var breaksSentence = false
    }

    /// The items of `key` between separators that stand between spaces; `separatorLength` gives the
    /// length of a separator starting at an index, 0 where none starts.
    private static func items(
        of key: [UInt8],
        separatorLength: (UnsafeBufferPointer<UInt8>, Int) -> Int
    ) -> [Item] {
        key.withUnsafeBufferPointer { bytes in
            var items: [Item] = []
            var item = Item()
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = separatorLength(bytes, index)
                if length > 0, index > 0, bytes[index - 1] == 0x20, index + length < bytes.count,
                    bytes[index + length] == 0x20
                {
                    item.endsWithFullStop = index >= 2 && bytes[index - 2] == UInt8(ascii: ".")
                    items.append(item)
                    item = Item()
                    inWord = false
                    index += length
                    continue
                }
                if byte == 0x20 {
                    if index > 0, bytes[index - 1] == UInt8(ascii: "?") || bytes[index - 1] == UInt8(ascii: "!") {
                        item.breaksSentence = true
                    }
                    inWord = false
                } else {
                    if UTF8Bytes.isDigit(byte) { item.hasFigure = true }
                    if !inWord {
                        inWord = true
                        item.words += 1
                    }
                }
                index += 1
            }
            item.endsWithFullStop = bytes.last == UInt8(ascii: ".")
            items.append(item)
            return items
        }
    }
}

/// What a browser prints around each page of an article saved as a PDF, as it survives a copy of the
/// PDF's text: the header (the date and time of printing, then the page's title: "20.03.25, 10:14
/// Tempo 30 vor Grundschule … | Neckartaler Bote", "3/20/25, 10:14 AM Title") and the footer (the
/// page's address and the page's number: "https://www.example.de/region/artikel-100.html 1/2"). The
/// footer's address is the article's own.
enum PrintView {
    /// The address of a print footer ("https://… 1/2"); nil for any other line.
    static func footerAddress(_ text: String) -> String? {
        // An address first and a digit last: most lines fail on their first or last byte.
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "h"), let last = bytes.last, UTF8Bytes.isDigit(last),
            let space = bytes.lastIndex(of: 0x20)
        else { return nil }
        let pages = bytes[bytes.index(after: space)...].split(
            separator: UInt8(ascii: "/"),
            omittingEmptySubsequences: false
        )
        guard pages.count == 2, let page = Self.number(pages[0]), let count = Self.number(pages[1]), page >= 1,
            page <= count
        else { return nil }
        // (The text is normalized: one space before the number.)
        let address = String(text[..<space])
        return TextShape.isBareURL(address) ? address : nil
    }

    /// Whether `text` is a print header over `title`: a numeric date, a comma, a time (a 12-hour clock's
    /// AM or PM too), then the page's title, which opens with the headline.
    static func isHeader(_ text: String, title: String) -> Bool {
        // A digit first: most lines fail there, before their bytes are copied.
        guard let first = text.utf8.first, UTF8Bytes.isDigit(first), text.utf8.count > title.utf8.count else {
            return false
        }
        let bytes = Array(text.utf8)
        guard
            let comma = bytes.prefix(11).firstIndex(of: UInt8(ascii: ",")),
            Self.isNumericDate(bytes[..<comma])
        else { return false }
        var rest = bytes[(comma + 1)...].drop { $0 == 0x20 }
        // The time: "10:14", "9:05 AM".
        let hours = rest.prefix(while: UTF8Bytes.isDigit)
        guard (1...2).contains(hours.count), rest.dropFirst(hours.count).first == UInt8(ascii: ":") else {
            return false
        }
        rest = rest.dropFirst(hours.count + 1)
        let minutes = rest.prefix(while: UTF8Bytes.isDigit)
        guard minutes.count == 2 else { return false }
        rest = rest.dropFirst(2).drop { $0 == 0x20 }
        for meridiem in Self.meridiems where rest.starts(with: meridiem) {
            rest = rest.dropFirst(meridiem.count).drop { $0 == 0x20 }
            break
        }
        return rest.starts(with: title.utf8)
    }

    /// "20.03.25", "3/20/25", "20/03/2025", "2025-03-20": figures set apart by one kind of mark.
    private static func isNumericDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let mark = bytes.first(where: { !UTF8Bytes.isDigit($0) }),
            mark == UInt8(ascii: ".") || mark == UInt8(ascii: "/") || mark == UInt8(ascii: "-")
        else { return false }
        let parts = bytes.split(separator: mark, omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy(UTF8Bytes.isDigit) }
    }

    private static let meridiems = ["AM", "PM", "am", "pm"].map { Array($0.utf8) }

    private static func number(_ bytes: Substring.UTF8View.SubSequence) -> Int? {
        guard (1...3).contains(bytes.count), bytes.allSatisfy(UTF8Bytes.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

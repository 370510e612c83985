/// The closing of an official notice or a letter: the place and date of its signing ("Talheim, den
/// 21. März 2025", "Lyon, le 3 mars 2025", "Kyiv, 21 March 2025") and the signature under it ("Jörg
/// Albrecht, Bürgermeister"). Neither is the notice's text.
enum NoticeClosing {
    /// A place of one to three words from a capital (no weekday), a comma, then a full date and nothing else.
    static func isPlaceAndDate(_ text: String) -> Bool {
        // A year last: most lines end otherwise.
        guard text.utf8.count <= 60, let last = text.utf8.last, UTF8Bytes.isDigit(last),
            let commaByte = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ",")),
            let comma = commaByte.samePosition(in: text)
        else { return false }
        let place = text[..<comma]
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count), place.first?.isUppercase == true,
            place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." }),
            // A weekday before the date makes a date line ("Mittwoch, 5. März 2025"), read as such.
            !words.contains(where: {
                DateVocabulary.weekdays.contains(String($0.lowercased().trimmingCharacters(in: ".")))
            })
        else { return false }
        var rest = text[text.index(after: comma)...].drop { $0 == " " }
        for article in Self.articles where rest.hasPrefix(article) {
            rest = rest.dropFirst(article.count)
            break
        }
        let reading = DateParsing.readDateLine(String(rest))
        return reading.isDateOnly && reading.date != nil && !reading.isRelative
    }

    /// A person's name, a comma and an office of one to four words, no sentence ("Jörg Albrecht,
    /// Bürgermeister", "Marie Dupont, maire de Vernay").
    static func isSignature(_ text: String) -> Bool {
        guard text.utf8.count <= 80, let comma = text.lastIndex(of: ","), let last = text.last,
            !".!?:".contains(last)
        else { return false }
        let name = String(text[..<comma])
        let office = text[text.index(after: comma)...].split(separator: " ")
        return (1...4).contains(office.count) && Byline.author(name) == name
    }

    /// Words between the comma and the date ("den", "le", "el", "am").
    private static let articles = ["den ", "le ", "el ", "am ", "on "]
}

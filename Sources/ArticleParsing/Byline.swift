/// Recognises bylines: "By Kenji Mori, Technology Editor", "*Par Hugo Lemaire | 14 mai 2024*".
enum Byline {
    /// Whether `text` is a byline, and the date written beside it, if any.
    static func read(_ text: String) -> (isByline: Bool, date: WrittenDate?) {
        if let nameAndDate = Self.nameAndDate(text) { return (true, nameAndDate) }
        // A credit after an icon ("✔ Medizinisch geprüft von Dr. med. Ute Kranich"): read past the icon.
        if let first = text.utf8.first, first >= 0xE2 {
            let bytes = Array(text.utf8)
            let start = PageWidgets.afterLeadingMarks(bytes).startIndex
            if start > 0 && start < bytes.count { return Self.read(String(decoding: bytes[start...], as: UTF8.self)) }
        }
        guard text.utf8.count <= 800, UTF8Bytes.withBytes(text, Self.openings.opens),
            TextShape.hasAtMost(200, charactersIn: text)
        else { return (false, nil) }
        let parts = Self.parts(of: text)
        guard let name = parts.first, Self.isByline(name) else { return (false, nil) }
        let rest = parts.dropFirst().joined(separator: " ")
        let date = rest.isEmpty ? nil : DateParsing.read(rest).date
        return (true, date ?? Self.dateAfterName(name))
    }

    /// The date a byline writes after its name without a separator: after a comma ("By Jane Doe, March 3,
    /// 2025") or a word for "on" ("Von Anna Berg am 3. März 2025", "Par Hugo Lemaire le 14 mai 2024").
    /// Only when all that follows is a date.
    private static func dateAfterName(_ byline: Substring) -> WrittenDate? {
        // A date needs a digit: most bylines have none and are not cut into words.
        guard byline.utf8.contains(where: UTF8Bytes.isDigit) else { return nil }
        let words = UTF8Bytes.spaceSeparated(byline)
        // The opening and one word of the name at least come first.
        for index in words.indices.dropFirst(2) {
            let afterComma = words[index - 1].utf8.last == UInt8(ascii: ",")
            let connector = Self.dateConnectors.contains(words[index])
            guard afterComma || connector, index + (connector ? 1 : 0) < words.count else { continue }
            let reading = DateParsing.read(words[(index + (connector ? 1 : 0))...].joined(separator: " "))
            if reading.isDateOnly, let date = reading.date { return date }
        }
        return nil
    }

    /// Words that set a date after a name: "am", "on", "le", "el".
    private static let dateConnectors: Set<Substring> = ["am", "on", "le", "el", "den"]

    private static let openings = OpeningIndex(BoilerplateCues.bylineOpenings)

    /// "Ирина Лаптева | 14 августа 2024": a name without "By", set beside a date (the date is what
    /// makes it a byline; a name alone could be a subheading).
    private static func nameAndDate(_ text: String) -> WrittenDate? {
        // `|`, `·`, `•`: looked for on the bytes, most lines have none.
        guard text.utf8.count <= 160,
            UTF8Bytes.withBytes(text, UTF8Bytes.containsPartSeparator)
        else { return nil }
        let parts = Self.parts(of: text)
        guard parts.count >= 2 else { return nil }
        var date: WrittenDate?
        for part in parts {
            let reading = DateParsing.read(String(part))
            if reading.isDateOnly {
                if date == nil { date = reading.date }
            } else if !Self.isName(part) {
                return nil
            }
        }
        return date
    }

    /// One to five words, each capitalized (or a particle such as "de", "van"), no sentence; or up to
    /// three such names set apart by commas or "and" ("Анна Крылова, Олег Савин", "Ana Ruiz y Luis Gil").
    private static func isName(_ text: Substring) -> Bool {
        guard !text.hasSuffix(".") else { return false }
        let words = UTF8Bytes.spaceSeparated(text)
        if (1...5).contains(words.count) && words.allSatisfy(Self.isNameWord) { return true }
        guard words.count <= 12 else { return false }
        // Names between commas and joining words, each of two to five words.
        var names = 0
        var length = 0
        for word in words {
            if Self.nameJoiners.contains(word) {
                guard (2...5).contains(length) else { return false }
                names += 1
                length = 0
                continue
            }
            let hasComma = word.hasSuffix(",")
            guard Self.isNameWord(hasComma ? word.dropLast() : word) else { return false }
            length += 1
            if hasComma {
                guard (2...5).contains(length) else { return false }
                names += 1
                length = 0
            }
        }
        guard (2...5).contains(length) else { return false }
        return names + 1 <= 3
    }

    private static let nameJoiners: Set<Substring> = ["and", "und", "et", "y", "и", "і", "та", "&"]

    /// The author a byline or an `Author:` field names ("By Renata Olsen, Utilities Reporter" →
    /// "Renata Olsen"), when that is a name of two to five words.
    static func author(_ text: String) -> String? {
        // (A byline in Cyrillic with the author's career after the name takes 300 bytes.)
        guard text.utf8.count <= 320 else { return nil }
        // On the bytes, up to the first separator or comma (a role or a date follows).
        var name = Array(text.utf8)
        if let opening = Self.openingBytes.first(where: { name.starts(with: $0) }) { name.removeFirst(opening.count) }
        if let end = name.indices.first(where: { Self.endsName(name, at: $0) }) { name.removeSubrange(end...) }
        let words = UTF8Bytes.spaceSeparated(String(decoding: name, as: UTF8.self))
        guard (2...5).contains(words.count), words.allSatisfy(Self.isNameWord) else { return nil }
        return words.joined(separator: " ")
    }

    private static let openingBytes = BoilerplateCues.bylineOpenings.map { Array($0.utf8) }
    /// Whether the name in a byline ends at `index`: a comma, `|`, `·` (C2 B7), `•` `—` `–` (E2 80 A2,
    /// 94, 93).
    private static func endsName(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: ","), UInt8(ascii: "|"): return true
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xB7
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80
                && [0xA2, 0x94, 0x93].contains(bytes[index + 2])
        default: return false
        }
    }

    /// A capitalised word, or a particle of a name ("de", "van").
    private static func isNameWord(_ word: Substring) -> Bool {
        // ASCII first, on the bytes (Unicode properties are slow to ask on Linux).
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let first = word.utf8.first,
                word.utf8.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || UTF8Bytes.isAny($0, of: "-'.") })
            else { return false }
            return first &- UInt8(ascii: "A") < 26 || Self.particles.contains(String(word))
        }
        // Letters, and the hyphens, apostrophes and full stops of names ("Jean-Luc", "O'Neill", "J.").
        guard let first = word.unicodeScalars.first,
            word.unicodeScalars.allSatisfy({ UTF8Bytes.isAlphabetic($0) || "-'’.".unicodeScalars.contains($0) })
        else { return false }
        return first.properties.isUppercase || Self.particles.contains(String(word))
    }

    private static let particles: Set<String> = ["de", "da", "van", "von", "der", "la", "le", "del", "di"]

    private static func isByline(_ text: Substring) -> Bool {
        // On the bytes (`hasPrefix` compares characters, hundreds of instructions each): every opening ends
        // with a space, which ends a character unless a combining mark follows it.
        let openingLength = UTF8Bytes.withBytes(text) { bytes in
            Self.openingBytes.first { bytes.starts(with: $0) && !UTF8Bytes.extendsCharacter(bytes, at: $0.count) }?
                .count
        }
        guard let openingLength else { return false }
        let name = text[text.utf8.index(text.startIndex, offsetBy: openingLength)...]
        guard let first = name.first, first.isUppercase || Self.namesNewsroom(name) || Self.namesTeam(name) else {
            return false
        }
        return TextShape.wordCount(String(name)) <= 12 && !name.hasSuffix(".")
    }

    /// "Par la rédaction, avec ARP", "Por la redacción": the newsroom credited instead of a name, alone
    /// or before a comma ("Por la redacción de un nuevo reglamento, …" opens a story's sentence).
    private static func namesNewsroom(_ name: Substring) -> Bool {
        let lowered = name.lowercased()
        return BoilerplateCues.newsroomNames.contains { newsroom in
            lowered.hasPrefix(newsroom)
                && (lowered.utf8.count == newsroom.utf8.count
                    || lowered.utf8.dropFirst(newsroom.utf8.count).first == UInt8(ascii: ","))
        }
    }

    /// "By the Wexcombe transport team", "By the Ledger business desk": the outlet's team credited, "the", a
    /// few words (the outlet's or the beat's name) and a word for a team.
    private static func namesTeam(_ name: Substring) -> Bool {
        let words = UTF8Bytes.spaceSeparated(name)
        guard (3...6).contains(words.count), words[0] == "the", let last = words.last else { return false }
        return Self.teamWords.contains(last.lowercased())
    }

    private static let teamWords = Set(BoilerplateCues.bylineTeamWords)

    /// The byline and what follows it, split at `|`, `•`, `·` and spaced dashes.
    private static func parts(of text: String) -> [Substring] {
        // Separators are found on the bytes; a mark that a combining character joins is not one.
        let offsets: [Int] = UTF8Bytes.withBytes(text) { bytes in
            var offsets: [Int] = []
            var index = 0
            while index < bytes.count {
                let length = Self.separatorLength(bytes, at: index)
                if length > 0 && !UTF8Bytes.extendsCharacter(bytes, at: index + length) { offsets.append(index) }
                index += max(length, 1)
            }
            return offsets
        }
        var parts: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let separator = utf8.index(utf8.startIndex, offsetBy: offset)
            parts.append(text[start..<separator].trimmingSpaces())
            start = text.index(after: separator)
        }
        parts.append(text[start...].trimmingSpaces())
        return parts.filter { !$0.isEmpty }
    }

    /// The byte length of the separator at `index` (`|`, `•`, `·`, or `—`/`–` between spaces), else 0.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let mark = UTF8Bytes.partSeparatorLength(bytes, at: index)
        // (A hyphen joins words in a name: only `–` and `—` separate.)
        guard mark == 0, UTF8Bytes.dashLength(bytes, at: index) == 3 else { return mark }
        // A dash separates only between spaces (a space that is a character of its own).
        let spaceBefore = index == 0 || bytes[index - 1] == 0x20
        let spaceAfter =
            index + 3 == bytes.count || (bytes[index + 3] == 0x20 && !UTF8Bytes.extendsCharacter(bytes, at: index + 4))
        return spaceBefore && spaceAfter ? 3 : 0
    }
}

/// Recognises bylines: "By Kenji Mori, Technology Editor", "*Par Hugo Lemaire | 14 mai 2024*".
enum Byline {
    /// Whether `text` is a byline, and the date written beside it, if any.
    static func read(_ text: String) -> (isByline: Bool, date: WrittenDate?) {
        guard text.utf8.count <= 800, let first = text.utf8.first, Self.openingFirstBytes.contains(first),
            BoilerplateCues.bylineOpenings.contains(where: { text.utf8.starts(with: $0.utf8) }),
            text.count <= 200
        else { return (false, nil) }
        let parts = Self.parts(of: text)
        guard let name = parts.first, Self.isByline(name) else { return (false, nil) }
        let rest = parts.dropFirst().joined(separator: " ")
        return (true, rest.isEmpty ? nil : DateParsing.read(rest).date)
    }

    /// The first bytes of ``BoilerplateCues/bylineOpenings``: most lines fail on their first byte.
    private static let openingFirstBytes = Set(BoilerplateCues.bylineOpenings.compactMap(\.utf8.first))

    private static func isByline(_ text: Substring) -> Bool {
        guard let opening = BoilerplateCues.bylineOpenings.first(where: { text.hasPrefix($0) }) else { return false }
        let name = text.dropFirst(opening.count)
        guard let first = name.first, first.isUppercase else { return false }
        return TextShape.wordCount(String(name)) <= 12 && !name.hasSuffix(".")
    }

    /// The byline and what follows it, split at `|`, `•`, `·` and spaced dashes.
    private static func parts(of text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isSeparator: Bool
            switch character {
            case "|", "•", "·": isSeparator = true
            case "—", "–":
                let before = index > text.startIndex ? text[text.index(before: index)] : " "
                let afterIndex = text.index(after: index)
                let after = afterIndex < text.endIndex ? text[afterIndex] : " "
                isSeparator = before == " " && after == " "
            default: isSeparator = false
            }
            if isSeparator {
                parts.append(text[start..<index].trimmingSpaces())
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        parts.append(text[start...].trimmingSpaces())
        return parts.filter { !$0.isEmpty }
    }
}

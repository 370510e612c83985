/// The closing sections every press release carries and no story does: "About <company>" over the
/// company's boilerplate paragraph, and the legal note under "Forward-Looking Statements".
enum PressReleaseSections {
    /// The last unit of a closing section headed at `index`; nil when no section starts there.
    ///
    /// An "About" heading counts when the paragraph under it opens with the name the heading gives
    /// ("About Halden Ag Ventures" / "Halden Ag Ventures is an early-stage investor …"): a story's
    /// subheading that opens with "About" ("About the money") is not followed by its own words.
    static func sectionEnd(at index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Int? {
        let key = keys[index]
        guard key.length <= 80, index + 1 < units.count, !units[index + 1].text.isEmpty,
            let last = key.bytes.last, !UTF8Bytes.isAny(last, of: ".,;!?")
        else { return nil }
        if let bare = key.bare, Self.legalHeadings.contains(bare) { return index + 1 }
        guard Self.aboutLabels.opens(key.bytes) else { return nil }
        // The name after the label, from the text itself (its capitals): the label is ASCII or a word of
        // the same length in the key and the text, so its byte count carries over.
        let text = units[index].text
        let labelLength = Self.aboutLabelLength(key.bytes)
        var name = text.utf8.dropFirst(labelLength)
        var next = units[index + 1].text.utf8[...]
        // An article before the name ("Über das Klinikum Auental" / "Das Klinikum Auental ist …", "About
        // the Riverside Trust"), which the paragraph may open with too.
        if let space = name.firstIndex(of: 0x20),
            Self.articles.contains(String(decoding: name[..<space], as: UTF8.self).lowercased())
        {
            let article = name[..<space]
            name = name[name.index(after: space)...]
            if let nextSpace = next.firstIndex(of: 0x20),
                String(decoding: next[..<nextSpace], as: UTF8.self).lowercased()
                    == String(decoding: article, as: UTF8.self).lowercased()
            {
                next = next[next.index(after: nextSpace)...]
            }
        }
        guard let first = name.first, first &- UInt8(ascii: "A") < 26 || first >= 0xC3,
            let nameWord = name.split(separator: 0x20).first
        else { return nil }
        guard next.starts(with: nameWord) else { return nil }
        let after = next.dropFirst(nameWord.count).first
        return after == nil || after == 0x20 || after == UInt8(ascii: ",") || after == UInt8(ascii: "'")
            ? index + 1 : nil
    }

    private static func aboutLabelLength(_ key: [UInt8]) -> Int {
        PressReleaseCues.aboutLabels.map(\.utf8).filter { key.starts(with: $0) }.map(\.count).max() ?? 0
    }

    private static let aboutLabels = OpeningIndex(PressReleaseCues.aboutLabels)
    private static let articles: Set<String> = [
        "the", "der", "die", "das", "den", "le", "la", "les", "l'", "el", "los", "las",
    ]
    private static let legalHeadings = LineSet(PressReleaseCues.legalHeadings)
}

/// The cue lists of ``PressReleaseSections``, lowercase as line keys are.
enum PressReleaseCues {
    /// "About …" in the supported languages, each with its space (and ASCII or of equal length in the
    /// key as in the text: the key lowercases ASCII letters only, byte for byte).
    static let aboutLabels: [String] = [
        "about ", "über ", "à propos de ", "a propos de ", "acerca de ", "sobre ", "о компании ", "про компанію ",
    ]

    /// Headings of a press release's legal notes.
    static let legalHeadings: Set<String> = [
        "forward-looking statements", "forward looking statements", "safe harbor statement",
        "cautionary statement regarding forward-looking statements",
        "cautionary note regarding forward-looking statements",
        "zukunftsgerichtete aussagen", "déclarations prospectives", "énoncés prospectifs", "declaraciones prospectivas",
        "прогнозные заявления", "заяви щодо майбутнього",
    ]
}

/// Lines that say where the piece was published or posted, as a page or a print edition's copy gives
/// them: "Published in The Karachi Ledger, March 4th, 2024" (the paper and the day, nothing else),
/// "Posted in City Hall · Tagged budget, libraries, schools" (a blog's section and its tags). A story's
/// sentence that opens the same way goes on past a name ("Published in the journal Nature, the study
/// found …"; "Posted in Kabul since 2019, the envoy …").
enum PublicationLines {
    /// The longest such line.
    static let maximumLength = 240

    static func isPublicationLine(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= Self.maximumLength, Self.publishedOpenings.opens(key.bytes) else { return false }
        let bytes = key.bytes
        // The paper, a comma, and a date that ends the line (no opening holds a comma).
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")) {
            let rest = String(decoding: bytes[(comma + 1)...], as: UTF8.self)
            if DateParsing.read(rest).isDateOnly { return true }
        }
        // A blog's post: its section, then its tags.
        return Self.postedOpenings.opens(bytes) && ReaderPrompts.words(bytes).contains(where: Self.tagWords.contains)
    }

    private static let publishedOpenings = OpeningIndex(
        PublicationLineCues.publishedOpenings + PublicationLineCues.postedOpenings
    )
    private static let postedOpenings = OpeningIndex(PublicationLineCues.postedOpenings)
    private static let tagWords = LineSet(Set(PublicationLineCues.tagWords))
}

/// The words ``PublicationLines`` reads, lowercased as in a line's key.
enum PublicationLineCues {
    /// "Published in", with its space: a paper or a section follows.
    static let publishedOpenings: [String] = [
        "published in ", "printed in ", "appeared in ", "erschienen in ", "veröffentlicht in ", "publié dans ",
        "paru dans ", "publicado en ", "publicada en ", "опубликовано в ", "опубліковано в ", "вышло в ",
    ]

    /// A blog's "Posted in" before its section.
    static let postedOpenings: [String] = [
        "posted in ", "filed in ", "gepostet in ", "abgelegt unter ", "publié dans la catégorie ",
        "publicado en la categoría ", "рубрика: ",
    ]

    /// Tags after a blog post's section.
    static let tagWords: [String] = [
        "tagged", "tags", "schlagwörter", "verschlagwortet", "étiquettes", "étiqueté", "etiquetas", "etiquetado",
        "метки", "теги", "мітки",
    ]
}

/// The formulas of ``SourceCredits`` as data, lowercased, in the languages newsdrop reads. Openings
/// end where a word does (``OpeningIndex/openingLength(_:)``): no space after them.
enum SourceCreditCues {
    /// An agency's or a colleague's credit, before the name.
    static let creditOpenings: [String] = [
        "with additional reporting by", "additional reporting by", "additional reporting from",
        "mit material von", "mit material der", "mit material des", "mit material aus", "mit agenturmaterial",
        "con información de", "con informacion de", "по материалам агентства", "по материалам",
        "по информации агентства", "за матеріалами агентства", "за матеріалами", "за інформацією агентства",
    ]

    /// "With AFP", "Avec AFP et Reuters": words as common as a story's, before agencies' names only.
    static let withOpenings: [String] = ["with", "avec", "con"]

    /// What may stand between agencies' names ("AP and Reuters").
    static let nameJoiners: Set<String> = ["and", "et", "und", "y", "&", "и", "і", "та"]

    /// A translator's credit, before the name or the language translated from.
    static let translationOpenings: [String] = [
        "translated from", "translated by", "translation by", "translation:", "traduit de", "traduit par",
        "traduction :", "traduction:", "traduction de", "übersetzt von", "übersetzung:", "übersetzung aus",
        "traducido del", "traducido de", "traducido por", "traducción:", "traducción de", "перевод с",
        "перевод:", "переведено с", "переклад з", "переклад із", "переклад:",
    ]

    /// An aggregator's note on whose reporting it summarised.
    static let aggregatorOpenings: [String] = [
        "summarized by", "summarised by", "zusammengefasst von", "résumé par", "resumido por",
    ]

    /// A colleague's credit, at the end of the line.
    static let contributionEndings: [String] = [
        "contributed to this report", "contributed reporting", "contributed to this story",
        "trug zu diesem bericht bei", "a contribué à cet article", "ont contribué à cet article",
        "colaboró con esta información", "colaboraron con esta información",
    ]
}

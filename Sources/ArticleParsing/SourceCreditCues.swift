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

    /// A funder's credit, before its names ("Gefördert durch das Ministerium …", "Avec le soutien de la
    /// Région …").
    static let supportOpenings: [String] = [
        "funded by", "supported by", "with support from", "with the support of", "with funding from",
        "gefördert durch", "gefördert von", "mit unterstützung von", "mit unterstützung der",
        "mit unterstützung des", "mit freundlicher unterstützung", "avec le soutien de", "avec le soutien du",
        "avec le soutien des", "soutenu par", "financé par", "con el apoyo de", "con el apoyo del",
        "con la financiación de", "financiado por", "при поддержке", "при финансовой поддержке",
        "за підтримки", "за фінансової підтримки",
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

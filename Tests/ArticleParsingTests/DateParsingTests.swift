import Testing

@testable import ArticleParsing

@Suite struct DateParsingTests {
    /// Lines that carry only a date, and the `published` value each gives (nil: relative, no date).
    static let dateLines: [(String, String?)] = [
        ("February 05, 2025", "2025-02-05"),
        ("Tuesday 2 April 2024", "2024-04-02"),
        ("22 January 2024", "2024-01-22"),
        ("Sept. 18, 2024", "2024-09-18"),
        ("Published Sept. 18, 2024 | Updated Sept. 19, 2024", "2024-09-18"),
        ("October 15, 2024 • Updated 4:35 PM", "2024-10-15"),
        ("October 15, 2024 4:35 PM EST", "2024-10-15T16:35:00-05:00"),
        ("Oct 15, 2024 at 9:05 a.m. EDT", "2024-10-15T09:05:00-04:00"),
        ("10.02.2025 14:35", "2025-02-10"),
        ("10.02.2025 14:35 CET", "2025-02-10T14:35:00+01:00"),
        ("2024-11-02T06:00:00Z", "2024-11-02T06:00:00+00:00"),
        ("2024-05-14T09:30:00+02:00", "2024-05-14T09:30:00+02:00"),
        ("2024-05-14 09:30 UTC+2", "2024-05-14T09:30:00+02:00"),
        ("2024-05-14", "2024-05-14"),
        ("14 mai 2024", "2024-05-14"),
        ("19 de mayo de 2024", "2024-05-19"),
        ("Montag, 10. Februar 2025", "2025-02-10"),
        ("5 июня 2024 г.", "2024-06-05"),
        ("5 червня 2024", "2024-06-05"),
        ("13/02/2025", "2025-02-13"),
        ("02/13/2025", "2025-02-13"),
        (
            "Published Feb. 5, 2025 at 3:40 p.m. CST | Updated Feb. 6, 2025 at 9:12 a.m. CST",
            "2025-02-05T15:40:00-06:00"
        ),
        ("Sunday 6 October 2024 07.00 BST", "2024-10-06T07:00:00+01:00"),
        ("Apr 08, 2025, 09:00 ET", "2025-04-08T09:00:00-04:00"),
        ("Jan 08, 2025, 09:00 ET", "2025-01-08T09:00:00-05:00"),
        ("Publié le 18 mars 2025 à 09h30 – Mis à jour le 18 mars 2025 à 14h12", "2025-03-18"),
        ("Publié le 5 février 2025 à 14 h 30", "2025-02-05"),
        ("Publicado el 5 de marzo de 2025", "2025-03-05"),
        ("Fecha de publicación: 5 de marzo de 2025", "2025-03-05"),
        ("Zuletzt aktualisiert am 6. März 2025 | Veröffentlicht am 5. März 2025", "2025-03-05"),
        ("Letzte Aktualisierung: 6. März 2025", "2025-03-06"),
        ("Dernière mise à jour : 6 mars 2025", "2025-03-06"),
        ("Дата публикации: 5 марта 2025", "2025-03-05"),
        ("Останнє оновлення: 6 березня 2025", "2025-03-06"),
        // Regional ways of writing them: Canadian French hours and zones, Spanish "a. m."/"p. m.",
        // Austrian month names, Australian and New Zealand zones.
        ("Publié le 14 novembre 2024 à 17 h 42 HNE", "2024-11-14T17:42:00-05:00"),
        ("Publié le 6 mars 2025 à 8 h 05 HAE", "2025-03-06T08:05:00-04:00"),
        ("Publicado: 4 de marzo de 2025, 10:15 a. m. CST", "2025-03-04T10:15:00-06:00"),
        ("Publicado el 4 de marzo de 2025, 7:40 p. m. CST", "2025-03-04T19:40:00-06:00"),
        ("3. Feber 2025", "2025-02-03"),
        ("15. Jänner 2025", "2025-01-15"),
        ("14/03/2025 4:05pm AEDT", "2025-03-14T16:05:00+11:00"),
        ("Published 5 March 2025, 9:30am NZDT", "2025-03-05T09:30:00+13:00"),
        ("vor 3 Std.", nil),
        ("Updated 2 hours ago", nil),
        ("il y a 3 heures", nil),
    ]

    @Test(arguments: Self.dateLines)
    func readsDateLine(line: String, published: String?) {
        let reading = DateParsing.read(line)
        #expect(reading.isDateOnly)
        #expect(reading.date?.iso == published)
    }

    static let prose = [
        "On Feb. 4, Trump described the talks as very good.",
        "The study was published on 12 September 2024 in a journal.",
        "2024",
        "May",
        "‘I’ve had it’",
        "Rovers will host a parade through Wrenfield town centre on Tuesday evening.",
    ]

    @Test(arguments: Self.prose)
    func proseIsNotADateLine(line: String) {
        #expect(!DateParsing.read(line).isDateOnly)
    }

    @Test(arguments: ["2025-02-30", "2025-13-01", "31.04.2024", "February 30, 2025"])
    func rejectsImpossibleDates(text: String) {
        #expect(DateParsing.read(text).date == nil)
    }

    @Test func ambiguousNumericDateIsSettledByAnotherDate() throws {
        let date = try #require(DateParsing.read("09/02/2025").date)
        #expect(date.iso == "2025-02-09")
        let september = try #require(WrittenDate(year: 2025, month: 9, day: 2))
        #expect(ArticleParser.settled(date, references: [september], url: nil, language: "en")?.iso == "2025-09-02")
        #expect(
            ArticleParser.settled(date, references: [], url: "https://x.com/2025/09/02/story", language: "en")?.iso
                == "2025-09-02"
        )
        #expect(ArticleParser.settled(date, references: [], url: nil, language: "fr")?.iso == "2025-02-09")
    }

    /// Unsettled by another date, the language settles it where it writes dates one way only; English
    /// writes both orders, and an unknown language tells nothing: no date then.
    @Test func ambiguousNumericDateIsDayFirstOnlyInADayFirstLanguage() throws {
        let date = try #require(DateParsing.read("03/05/2025").date)
        for language in ["de", "fr", "es", "ru", "uk"] {
            #expect(ArticleParser.settled(date, references: [], url: nil, language: language)?.iso == "2025-05-03")
        }
        #expect(ArticleParser.settled(date, references: [], url: nil, language: "en") == nil)
        #expect(ArticleParser.settled(date, references: [], url: nil, language: "und") == nil)
        // A date that reads one way only needs no settling, in any language.
        let unambiguous = try #require(DateParsing.read("23/05/2025").date)
        #expect(ArticleParser.settled(unambiguous, references: [], url: nil, language: "en")?.iso == "2025-05-23")
        let text =
            "Headline of the story here\n\nPublished 03/05/2025\n\nThe council met on Tuesday to vote on the plan.\n"
        #expect(try ArticleParser.parse(Array(text.utf8)).get().published == nil)
    }

    @Test func ambiguousDateLineInFileUsesURLDate() throws {
        let text =
            "Headline of the story here\n\n09/02/2025\n\nBody text of the story goes here.\n\nOriginal url: https://news.example.com/2025/09/02/story"
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.published == "2025-09-02")
        #expect(article.site == "news.example.com")
    }
}

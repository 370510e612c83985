import Testing

@testable import ArticleParsing

/// What held-out-39's known misses showed of the page's top and its widgets: the author's bio under the
/// byline, a reading time after an icon, a link to skip to the article with its arrow, a heading over
/// what other readers also looked at, a poll's label with an arrow for its colon, and a share row in
/// bars taken for the headline; each beside the story lines that look like it.
@Suite struct PageTopRemnantTests {
    let frame = StoryFrame()

    @Test func theAuthorsBioUnderTheBylineIsDebris() throws {
        let bio = "Sabine Kröger ist Wirtschaftsredakteurin und berichtet über Industrie und Mittelstand."
        #expect(
            try self.frame.parse(self.bylinedStory(opening: bio)).paragraphs == [self.frame.story, self.frame.more]
        )
        // Another person's name opening the lead is the story's.
        let lead = "Sabine Hartmann ist seit 2019 Bürgermeisterin und hat den Stellenabbau scharf kritisiert."
        #expect(
            try self.frame.parse(self.bylinedStory(opening: lead)).paragraphs == [
                lead, self.frame.story, self.frame.more,
            ]
        )
    }

    /// A story whose header names its author (Sabine Kröger), with `opening` as its first paragraph.
    private func bylinedStory(opening: String) -> String {
        """
        ---
        title: Maschinenbauer streicht 240 Stellen
        date: 2025-03-12T07:15:00+01:00
        author: Sabine Kröger
        ---

        \(opening)

        \(self.frame.story)

        \(self.frame.more)
        """
    }

    @Test func aReadingTimeAfterAnIconIsChrome() throws {
        #expect(try self.frame.kept(["⏱ 4 минуты", "📖 6 min", "🕒 3 хв"]).isEmpty)
        // Minutes of something else are the story's ("4 minutes of silence").
        #expect(try self.frame.kept(["⏱ 4 минуты тишины"]) == ["⏱ 4 минуты тишины"])
    }

    @Test func aLinkToSkipToTheArticleIsChromeWithItsArrow() throws {
        #expect(try self.frame.kept(["Jump to article ↓", "Skip to content →", "Перейти к статье ↓"]).isEmpty)
        let story = ["Jump to conclusions, the judge warned the jury"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aHeadingOverWhatOtherReadersAlsoViewedGoesWithItsTeasers() throws {
        let text = """
            Des empreintes de dinosaures découvertes près du Vernois

            \(self.frame.story)

            \(self.frame.more)

            Nos lecteurs ont aussi consulté
            Climat : l'hiver le plus doux depuis 1900 dans l'Est
            Une comète visible à l'œil nu ce week-end
            """
        #expect(try self.frame.parse(text).paragraphs == [self.frame.story, self.frame.more])
        // The same words over the story's own paragraph head it.
        let heading = "Was unsere Leser auch angesehen haben"
        #expect(try self.frame.kept([heading]) == [heading])
    }

    @Test func aPollsLabelMayTakeAnArrowOrABarForItsColon() throws {
        let lines = [
            "ENCUESTA ▸ ¿Te ha afectado el temporal? Sí / No / Solo un poco",
            "Umfrage | Nutzen Sie den neuen Radweg? Ja · Nein",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A poll's result reported has no question.
        let story = ["Umfrage ▸ Mehrheit der Anwohner für den neuen Radweg"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aShareRowInBarsIsNeverTheHeadline() throws {
        let text = """
            НОВООЛЬХОВСКИЙ ВЕСТНИК • городской портал
            Новости | Город | Культура | Спорт | Происшествия
            Войти  ·  Регистрация

            3 мин чтения
            ↗ Отправить другу: VK | OK | TG

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }
}

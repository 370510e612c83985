import Testing

@testable import ArticleParsing

/// What a second batch of debris-heavy pages (held-out-39) showed: advertisements' markers with notes in
/// the page's own words, placeholders and buttons in square brackets, teaser labels with an arrow for a
/// colon, what is left of the page's top in the body's first block, a Markdown headline under the page's
/// lines, a header's headline repeated in the body; and the story lines that such rules once took (a
/// metered paywall's short stems in "mesure" and "lundi", a prompt's opening in reported speech, a
/// subheading after a cookie notice).
@Suite struct PageTopAndMarkerNoteTests {
    let frame = StoryFrame()

    @Test func anAdvertisementsMarkerWithItsNoteIsDebris() throws {
        let lines = [
            "Ad · Story continues below ▼", "WERBUNG · Der Artikel geht unten weiter", "Werbung ▼ Weiterlesen",
            "PUBLICITÉ — La suite de l'article ci-dessous", "— Anuncio — La información continúa más abajo",
            "РЕКЛАМА 0+ · материал продолжится ниже", "РЕКЛАМНИЙ БЛОК · читайте далі", "— Рекламный блок —",
            "— ADVERTISING — Keep scrolling for more",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A colon opens a sentence ("Anzeige" is also a complaint to the police), a full stop ends one,
        // and a marker's word before another word is no marker.
        let story = [
            "Anzeige: Die Polizei ermittelt weiter gegen Unbekannt",
            "Werbung · Die Stadt spart weiter an ihren Plakatflächen.",
            "Ad revenue continues to fall below last year's level",
        ]
        for line in story { #expect(try self.frame.kept([line]) == [line], "\(line)") }
    }

    @Test func aLineWhollyInSquareBracketsIsAPagesPlaceholderOrButton() throws {
        let lines = [
            "[ Join free ]", "[Third-party video — enable cookies to watch]",
            "[This interactive map requires JavaScript. View it in a browser with scripts enabled.]",
            "[Document viewer: Pell verdict form (PDF) — click to load]",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A footnote's mark has no words; text after a bracket is a sentence's.
        let story = ["[1]", "[Updated] The bridge reopened at noon, the county said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTeaserLabelMayTakeAnArrowForItsColon() throws {
        let lines = [
            "Auch interessant ► Salzfurter Museumsnacht: Das ist das Programm",
            "Ещё по теме ➜ Почему в Приречье стало меньше снега",
            "À LIRE › Transports : la ligne 4 prolongée jusqu'à la zone des Prés-Hauts",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    /// Under an ad's marker or over a newsletter's box in one block, a teaser under its label goes as it
    /// would alone; a subheading under a name ("Dritter Abschnitt: …") stays.
    @Test func aTeaserAmongDroppedLinesOfItsBlockGoesToo() throws {
        let text = """
            Stadtrat beschließt Haushalt

            \(self.frame.story)

            [Реклама] Оголошення партнерів — гортайте далі
            Вам буде цікаво: Зеленобір отримає новий спорткомплекс до 2027 року

            Werbung ▼ Weiterlesen
            Dritter Abschnitt: Anschluss an die B 27, 2027 bis Mitte 2028

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(
            article.paragraphs == [
                self.frame.story, "Dritter Abschnitt: Anschluss an die B 27, 2027 bis Mitte 2028", self.frame.more,
            ]
        )
    }

    @Test func theRestOfThePagesTopGoesWithItsChrome() throws {
        let text = """
            Title: Former youth soccer treasurer convicted of stealing $186,000 from league
            Date: March 25, 2025

            The Harlow Ledger ✦ Independent local news for Harlow & the Tamsin Valley
            My account ▾ | Log out
            Home / News / Courts & Crime
            SHARE THIS STORY: Facebook | Bluesky | Email | Print
            ⏲ 5-minute read

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    /// A dek without a full stop over a byline and a date line is no page furniture: nothing in its
    /// block is set out with separators.
    @Test func aDekInTheFirstBlockStays() throws {
        let text = """
            Title: Harbour to reopen in spring
            Date: March 3, 2025

            Engineers say the quay can take ships again by April
            By Jane Doe
            March 3, 2025

            \(self.frame.story)
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == ["Engineers say the quay can take ships again by April", self.frame.story])
    }

    @Test func aMarkdownHeadlineUnderThePagesLinesIsTheTitle() throws {
        let text = """
            **Sportportal Oberland** — Sport aus der Region
            [Fußball](/fussball) · [Eishockey](/eishockey) · [Handball](/handball)
            🔴 LIVE: Kreisliga A – TSV Hallwang gegen SC Mooskirch 1:1 (67.)

            # Nach 22 Jahren: EHC Wendorf feiert den Aufstieg in die Oberliga

            *Von Jonas Keller | 29. März 2025*

            \(self.frame.story)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Nach 22 Jahren: EHC Wendorf feiert den Aufstieg in die Oberliga")
        #expect(article.paragraphs == [self.frame.story])
    }

    @Test func aPlayersLabelIsNoHeadline() throws {
        let text = """
            ↓ Skip to content
            BRENMOOR VALLEY POST
            HOME  •  NEWS  •  WEATHER  •  SPORT
            Now: 8°C light rain · Wind SW 35 km/h

            🎧 Listen to this article — 5 min

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aHeadersHeadlineRepeatedInTheBodyIsNoParagraph() throws {
        let text = """
            Title: Court overturns permit for flats on Lypova Street square
            Date: 2025-03-19

            Court overturns permit for flats on Lypova Street square

            \(self.frame.story)
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == [self.frame.story])
    }

    // MARK: - Story lines the rules once took

    /// "mesure" opened the Spanish month "mes", "lundi" the French "lu" (read): with "gratuitement" and a
    /// figure, a metered paywall's words.
    @Test func aStoryOfFreeBusesIsNoMeteredPaywall() throws {
        let paragraph =
            "Les jeunes de moins de 26 ans pourront emprunter gratuitement le réseau de bus de Montbriel à partir du "
            + "1er septembre. Le conseil municipal a adopté la mesure lundi soir, par 27 voix contre 6."
        #expect(try self.frame.kept([paragraph]) == [paragraph])
        #expect(try self.frame.kept(["Il vous reste 2 articles gratuits ce mois-ci"]).isEmpty)
    }

    @Test func aPromptsOpeningInReportedSpeechIsTheStorys() throws {
        let paragraph =
            "Subscribe to the idea that a bridge alone fixes the problem, however, and you will be disappointed, "
            + "Ellison cautioned."
        #expect(try self.frame.kept([paragraph]) == [paragraph])
        #expect(try self.frame.kept(["Subscribe to our newsletter and get the news first."]).isEmpty)
    }

    /// A cookie notice's buttons stand in its block: the subheading after the blank line under it is the
    /// story's.
    @Test func aSubheadingAfterACookieNoticeStays() throws {
        let text = """
            Temporal en la costa

            \(self.frame.story)

            Anuncio publicitario ▾ continúa la noticia
            [Publicación de Instagram no disponible · Acepta las cookies de terceros para verla]

            Aviso naranja hasta el domingo

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == [self.frame.story, "Aviso naranja hasta el domingo", self.frame.more])
    }

    // MARK: - Byte-level answers

    /// ``UTF8Bytes/firstCharacter(_:in:)`` finds what `firstIndex(of:)` finds, a colon with a combining
    /// mark after it (one character, not ":") and a Prepend character before it included.
    @Test func theFirstColonOnTheBytesIsTheCharactersOne() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", " ", ":", ":\u{301}", "\u{600}:", "é", "Ж", "—", "“", "1"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(
                UTF8Bytes.firstCharacter(":", in: text) == text.firstIndex(of: ":"),
                "\(text.unicodeScalars.map(\.value))"
            )
        }
    }
}

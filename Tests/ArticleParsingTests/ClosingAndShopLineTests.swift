import Testing

@testable import ArticleParsing

/// An official notice's closing (the place and date of signing, the signature), a review's shop
/// button, a page's print and newsletter buttons and its feedback question are not the article's text.
@Suite struct ClosingAndShopLineTests {
    private let frame = StoryFrame()

    @Test func aNoticesPlaceDateAndSignatureGo() throws {
        let notice = """
            Bebauungsplan „Am Mühlbach“ liegt aus

            Der Entwurf des Bebauungsplans liegt vom 31. März bis zum 2. Mai 2025 im Rathaus aus.

            Das Plangebiet umfasst die Flächen zwischen der Mühlstraße und dem Mühlbach.

            Geplant sind 42 Bauplätze für Einzel- und Doppelhäuser sowie eine Kindertagesstätte.

            Während der Auslegung kann jedermann Stellungnahmen abgeben.

            Stellungnahmen können schriftlich oder zur Niederschrift im Bauamt abgegeben werden.

            Nicht fristgerecht abgegebene Stellungnahmen können unberücksichtigt bleiben.

            Die Unterlagen sind zusätzlich auf der Internetseite der Gemeinde einsehbar.

            Talheim, den 21. März 2025

            Jörg Albrecht, Bürgermeister

            """
        let article = try self.frame.parse(notice)
        // (A notice's closing stands below its header's lines: a name and a date at the top are a byline.)
        #expect(article.paragraphs.count == 7)
        #expect(
            article.paragraphs.last == "Die Unterlagen sind zusätzlich auf der Internetseite der Gemeinde einsehbar."
        )
        #expect(NoticeClosing.isPlaceAndDate("Lyon, le 3 mars 2025"))
        #expect(NoticeClosing.isPlaceAndDate("Kyiv, 21 March 2025"))
        #expect(NoticeClosing.isSignature("Marie Dupont, maire de Vernay"))
    }

    /// A date line, a dateline opening a paragraph and a sentence with a place and a year stay read as
    /// they were.
    @Test func datesAndDatelinesElsewhereStay() throws {
        #expect(!NoticeClosing.isPlaceAndDate("Mittwoch, 5. März 2025, 14:30"))  // no place: a weekday's date line
        #expect(!NoticeClosing.isPlaceAndDate("BERLIN, 21. März 2025 (dpa) - Die Koalition"))
        #expect(!NoticeClosing.isPlaceAndDate("In Talheim, the plan was first drawn up in 2019"))
        #expect(!NoticeClosing.isSignature("Albrecht said, the plan will be ready."))
        let article = try self.frame.parse(
            "Rathaus öffnet wieder\n\nMittwoch, 5. März 2025\n\nDas Rathaus öffnet nach dem Umbau am Montag wieder.\n"
        )
        #expect(article.published == "2025-03-05")
    }

    @Test func shopAndPageButtonsGo() throws {
        let kept = try self.frame.kept([
            "Buy the Arclight X2 for £179 at Books & Bytes", "Jetzt kaufen: 49 € bei Technikhaus",
            "Diese Seite drucken", "Newsletter abonnieren", "Imprimer cette page",
            "Note to desk: Dr Mensah’s quotes checked with practice manager 13/03. HO",
        ])
        #expect(kept.isEmpty)
    }

    @Test func sentencesAboutBuyingStay() throws {
        let lines = [
            "Buy-now-pay-later plans cost shoppers £179 a year on average, the regulator found.",
            "Buyers paid $450,000 for the house in March",
            "Acheter un vélo électrique coûte désormais 1 800 € en moyenne.",
        ]
        #expect(try self.frame.kept(lines) == lines)
    }

    /// "Cet article vous a été utile ? Abonnez-vous à …": the article's feedback question and its prompt.
    @Test func theArticlesFeedbackQuestionGoes() throws {
        let kept = try self.frame.kept([
            "Cet article vous a été utile ? Abonnez-vous à la lettre Éco-Vercel pour recevoir l’essentiel.",
            "Was this article helpful? Sign up for our morning briefing.",
            "¿Te ha resultado útil este artículo? Suscríbete a nuestro boletín.",
            "Вам понравилась статья? Подпишитесь на наш канал.",
        ])
        #expect(kept.isEmpty)
    }
}

import Testing

@testable import ArticleParsing

/// What `held-out-18` (20 dumps of outlets such as a fact-checker, a press-release service, a car
/// magazine, a jobs page, a parish bulletin) and the misses `held-out-17` left showed: a page's rows
/// of items (menus set apart by wide gaps, strings of `·` items, breadcrumbs below the top, links
/// ending in an arrow), a press release's closing sections, scoreboards, readers' ratings, dated
/// notes ended by a full stop, and notices (reprints, disclaimers, affiliate links, comment policies).
@Suite struct EighteenthBatchDebrisTests {
    private func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }

    private let story = "Der erste Absatz des Artikels erzählt, was geschah, und warum es die Leser angeht."

    // MARK: - Rows of items

    /// A site's menu, its items set apart by wide gaps, is neither the headline nor text; above it,
    /// the site's name and slogan are not the headline either.
    @Test func menusSetApartByWideGapsAreDropped() throws {
        let menu = "Tests   Fahrberichte   Elektro   Gebrauchtwagen   Ratgeber"
        let article = try self.parse(
            "\(menu)\n\nKessler Aurin im Test: viel Platz, wenig Reichweite\n\n\(self.story)\n"
        )
        #expect(article.title == "Kessler Aurin im Test: viel Platz, wenig Reichweite")
        #expect(article.paragraphs == [self.story])

        let masthead = "Audiences & Prétoires — la chronique judiciaire du Val-de-Loir"
        let withMasthead = try self.parse(
            "\(masthead)\nCorrectionnel   Assises   Prud’hommes\n\nDix-huit mois avec sursis pour l’artisan\n\n\(self.story)\n"
        )
        #expect(withMasthead.title == "Dix-huit mois avec sursis pour l’artisan")
        #expect(!withMasthead.paragraphs.contains(masthead))

        // Tabs are gaps too; a widget's readings are a row of items as well.
        let tabs = try self.parse(
            "Eine Überschrift über dem Text steht hier\n\n\(self.story)\n\nHome\tNews\tSport\tWetter\n"
        )
        #expect(tabs.paragraphs == [self.story])
    }

    /// A table printed in the story keeps its rows; prose typed with two spaces after its full stops
    /// is no row.
    @Test func tablesAndDoubleSpacedProseStay() throws {
        let table = "Team        P    W    Pts\nHarlow      17   15   45\nWestbrook   17   12   36"
        let article = try self.parse("Harlow stay top after late winner\n\n\(self.story)\n\n\(table)\n")
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.contains("Harlow 17 15 45"))

        #expect(!ItemRows.isGapRow("He left.  She stayed.  They won."))
        #expect(
            !ItemRows.isGapRow("The chamber has written to the borough's two MPs  asking them to press the Treasury.")
        )
        #expect(ItemRows.isGapRow("51° Clear  Bellmont  OK  ▸ 7-Day Forecast"))
        #expect(!ItemRows.isGapRow("Not now     Allow"))  // two items: other rules read buttons
    }

    static let markedRows = [
        "Imprimer la recette · Ajouter à mes favoris · Envoyer la liste de courses",
        "Camarero/a de sala · Hotel Miramar Sol · Calavella · 1.650 €/mes + propinas · Inscribirme",
        "В течение суток · За двое-трое суток · Дольше · Аварий не было",
        "HOJA PARROQUIAL · San Bartolomé Apóstol · Valdemora de la Sierra · N.º 214",
        "Production : Studio Ferrand • Réalisation : Malik Ouédraogo • Musique : Les Sœurs Grave",
    ]

    @Test(arguments: Self.markedRows)
    func rowsOfMarkedItemsAreDebris(line: String) {
        #expect(ItemRows.isMarkedRow(Boilerplate.LineKey(line).bytes), "\(line)")
        #expect(Boilerplate.isBoilerplate(line), "\(line)")
    }

    static let notMarkedRows = [
        // A live blog's stamp and its entry: two parts.
        "19:42 · El Centro de Coordinación de Emergencias confirma que el fuego está estabilizado.",
        // A bulleted line: one item after the mark.
        "• Bills will stay at current levels until at least September 2026.",
        // Cyrillic read as Windows-1252 is full of `·` inside words ("Ð·" is "з").
        "Ð£ Ð¢ÐµÑ€Ð½Ð¾Ð¿Ð¾Ð»Ñ– Ð·Ð°Ð¿ÑƒÑÑ‚Ð¸Ð»Ð¸ Ð½Ñ–Ñ‡Ð½Ð¸Ð¹ Ð°Ð²Ñ‚Ð¾Ð±ÑƒÑ Ð·Ð° Ð¼Ñ–ÑÑ‚Ð¾",
        // An item holding a whole sentence and a question.
        "Tamsin Rhee · Urban planner · Why does the bus map lie? It is drawn for the operator.",
    ]

    @Test(arguments: Self.notMarkedRows)
    func sentencesAreNoMarkedRows(line: String) {
        #expect(!ItemRows.isMarkedRow(Boilerplate.LineKey(line).bytes), "\(line)")
    }

    /// A breadcrumb is dropped wherever it stands, not only at the top; French quotation marks set
    /// apart by spaces are no trail.
    @Test func breadcrumbsBelowTheTop() throws {
        let trail = "Головна › Міська рада › Сесії › 47-ма сесія VIII скликання"
        #expect(ItemRows.isTrail(Boilerplate.LineKey(trail).bytes))
        let article = try self.parse(" date 2026-02-26 Депутати ухвалили бюджет розвитку.\n\(trail)\n\n\(self.story)\n")
        #expect(!article.paragraphs.contains(trail))
        #expect(!ItemRows.isTrail(Boilerplate.LineKey("Il a dit « non » puis « oui » > avant de partir.").bytes))
        #expect(!ItemRows.isTrail(Boilerplate.LineKey("Prices rose from 3 > 4 > 5 percent over the year.").bytes))
    }

    static let linksAndWidgets = [
        // Links that point on with an arrow.
        "Ver las 412 ofertas de hostelería en la Costa Tramontana →",
        "🔴 LIVE · Radio Kinzwelle 97,4 – „Der Morgen“ mit Tobi und Merle · Jetzt einschalten ▶",
        "Alle Termine ›",
        // Scoreboards.
        "FT  Kingsbridge Athletic 2–1 Dunmore Town  (Okonedo 34' / Marsh 90+3' — Villiers 58')",
        "FINAL Dep. Alcaraván 3–2 Sporting Marisma (Quiroga 58', Badu 77' — Lemos 9')",
        // Readers' ratings.
        "Avis des lecteurs : ★★★☆☆ 3,6/5 (27 votes) · Donnez votre note",
        // A teaser block run together on one line.
        "Most popular in Travel / The 10 best coastal walks in Wales for winter / Is the night train worth it?",
        "Останні новини ради / Виконком погодив графік прибирання парків / Стартував прийом заявок",
        // A newsletter box ending in its bracketed button.
        "Chaque vendredi, la lettre d’Estran : nos meilleurs récits dans votre boîte mail. [Je m’inscris]",
    ]

    @Test(arguments: Self.linksAndWidgets)
    func linksScoreboardsAndRatingsAreDebris(line: String) {
        #expect(Boilerplate.isBoilerplate(line), "\(line)")
    }

    static let articleText = [
        // A score reported in a sentence.
        "Final score: Kingsbridge 2–1 Dunmore, a result that keeps them top.",
        "Final talks on the 2–1 vote split are due on Monday, the chair said.",
        // A critic's stars carry no figure: the review's verdict stays where the review prints it.
        "★★★★☆",
        // French quotation marks close a paragraph.
        "« Ça marche depuis soixante ans, pourquoi je changerais ? »",
        // Slashes in a story line whose first part heads no teaser block.
        "Die Strecke Ulm / Augsburg / München bleibt bis Freitag gesperrt.",
        // The word "forwarded" in a sentence, not a channel's label.
        "The memo, forwarded from the governor's office on Monday, named three contractors.",
    ]

    @Test(arguments: Self.articleText)
    func keepsArticleText(line: String) {
        #expect(!Boilerplate.isBoilerplate(line), "\(line)")
    }

    // MARK: - Press releases

    /// "About <company>" over a paragraph that opens with the company's name, and the legal note
    /// under its heading, close a press release; a story's subheading "About the money" stays.
    @Test func pressReleaseClosingSections() throws {
        let release = """
            Brightfen Robotics raises $48 million

            Brightfen Robotics said on Tuesday it had raised $48 million to build more harvesting machines.

            About Brightfen Robotics

            Brightfen Robotics, Inc. develops autonomous harvesting machines for tree fruit.

            Forward-Looking Statements

            This press release contains forward-looking statements about fleet size and hiring.

            """
        let article = try self.parse(release)
        #expect(
            article.paragraphs == [
                "Brightfen Robotics said on Tuesday it had raised $48 million to build more harvesting machines."
            ]
        )

        let story = """
            Council backs new pool

            The council voted on Tuesday to build a new pool by 2028.

            About the money

            The money comes from a regional fund, the treasurer said.

            """
        #expect(try self.parse(story).paragraphs.count == 3)
    }

    // MARK: - Notes and notices

    static let notices = [
        "Licensing & reprints: sales@tallyline.com",
        "Republish this fact-check for free under our Creative Commons BY-ND 4.0 licence. Republishing guidelines",
        "Передрук матеріалів дозволено лише з активним гіперпосиланням на agropivden.com.ua",
        "Alle Angaben ohne Gewähr. Maßgeblich ist die jeweils aktuelle Warnlage auf der Startseite.",
        "Market data delayed by at least 15 minutes. Not investment advice.",
        "Мнение собеседника может не совпадать с позицией редакции.",
        "We may earn a commission if you book through links on this page. How we make money",
        "Comments are moderated and must include your full name. Read our comment policy.",
        "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
        "Über die Autorin: Katrin Albers leitet die Lokalredaktion Bramstedt.",
        "Переслано из канала «Речной порт Заозёрска»",
        // Dated notes whose label ends in a full stop.
        "Исправление (12.02.2026). В первоначальной версии материала сумма контракта была указана неверно.",
        "Обновлено 13 февраля 2026 года. После публикации администрация прислала ответ на запрос редакции.",
    ]

    @Test(arguments: Self.notices)
    func noticesAreDebris(line: String) {
        #expect(Boilerplate.isBoilerplate(line), "\(line)")
    }

    /// An update that reports news after its dated label stays: it names no newsroom and no text.
    @Test func anUpdateReportingNewsStays() {
        #expect(!Boilerplate.isBoilerplate("Updated 13 February 2026. The mayor has since resigned, his office said."))
        #expect(
            !Boilerplate.isBoilerplate("Correction lines were painted on the road in 2024. The council paid for them.")
        )
    }

    // MARK: - More shapes and two recall losses

    static let moreDebris = [
        "PROMOTED · Compare brokerage fees in two minutes with Ferncroft Invest. Capital at risk.",
        "Espacio patrocinado · Fórmate en hostelería con la Escuela Costa Tramontana. Matrícula abierta",
        "Copyright (C) 2026 The Carrow Falls Dispatch. Shared under CC BY-NC 4.0.",
        "Продолжение интервью — после рекламы",
        "Adelina Robles, en el patio del colegio San Isidro en 1978. Foto cedida por la familia",
        "This week's issue is supported by Halvorsen Hardware, open until 8 p.m. on weeknights.",
        "Know someone who'd want this? Forward it on. They can sign up at carrowfalls.org/join.",
        "Sie haben etwas mitbekommen? Schicken Sie uns eine Sprachnachricht an die Hotline: 0781 974 974",
    ]

    @Test(arguments: Self.moreDebris)
    func sponsorsCopyrightsAndCreditsAreDebris(line: String) {
        let key = Boilerplate.LineKey(line)
        #expect(Boilerplate.isBoilerplate(key) || Boilerplate.isCaption(line, key), "\(line)")
    }

    static let moreArticleText = [
        "Sponsored by the council, the fair opens on Saturday with 40 stalls.",
        "Copyright lawyers say the 2026 ruling will change how archives are licensed.",
        "Print or write down the backup codes for every account that offers them.",
        "The festival is supported by the city, which paid for the stage.",
        "Residents can send us their questions before the meeting, the mayor said.",
    ]

    @Test(arguments: Self.moreArticleText)
    func keepsMoreArticleText(line: String) {
        #expect(!Boilerplate.isBoilerplate(line), "\(line)")
    }

    /// A poll's box (heading, question, answers, vote button) goes whole; a heading over listings that
    /// were all dropped goes with them; a subheading over a story's paragraph stays.
    @Test func pollsAndHeadingsOverDroppedBoxes() throws {
        let text = """
            Отопление вернули не всем

            Аварийные бригады работали всю ночь, сообщили в администрации города.

            Опрос
            Как быстро в вашем доме восстанавливают отопление?
            В течение суток · За двое-трое суток · Дольше
            Проголосовать

            OFERTAS DESTACADAS
            Camarero/a de sala · Hotel Miramar Sol · Calavella · 1.650 €/mes · Inscribirme
            Jefe/a de partida · Restaurante Es Fogonet · Portitxol · 1.900 €/mes · Inscribirme

            Что дальше
            Ремонт сетей обещают закончить к маю, добавили в администрации.

            """
        let article = try self.parse(text)
        #expect(
            article.paragraphs == [
                "Аварийные бригады работали всю ночь, сообщили в администрации города.", "Что дальше",
                "Ремонт сетей обещают закончить к маю, добавили в администрации.",
            ]
        )
    }

    /// A quotation wrapped at a fixed width and its attribution on a dash-opened line are one paragraph.
    @Test func aWrappedQuotationKeepsItsAttribution() throws {
        let text = """
            Експорт зерна через порти зріс у жовтні

            «Жовтень традиційно сильний місяць, але цього року допомогла й погода:
            штормових днів було лише чотири, тож черги на рейді не накопичувалися»,
            — пояснив виконавчий директор асоціації Віталій Бондар.

            """
        let article = try self.parse(text)
        #expect(article.paragraphs.count == 1)
        #expect(article.paragraphs.first?.hasSuffix("— пояснив виконавчий директор асоціації Віталій Бондар.") == true)
    }

    /// A date line naming two authors gives the date.
    @Test func aDateLineWithTwoAuthors() throws {
        let text = "# Ремонт на бумаге\n\n*Анна Крылова, Олег Савин | 11 февраля 2026*\n\n\(self.story)\n"
        let article = try self.parse(text)
        #expect(article.published == "2026-02-11")
        #expect(article.paragraphs == [self.story])
    }

    /// A reviewer credited under the headline, after an icon, is a byline, not text.
    @Test func aReviewersCreditUnderTheHeadline() throws {
        let text = """
            Abhängig vom Nasenspray: So gelingt der Ausstieg

            Mittwoch, 11. März 2026

            ✔ Medizinisch geprüft von Dr. med. Ute Kranich, Fachärztin für HNO-Heilkunde

            \(self.story)

            """
        let article = try self.parse(text)
        #expect(article.published == "2026-03-11")
        #expect(article.paragraphs == [self.story])
    }

    /// A menu set apart by bars is dropped, above the headline or below it; a table's rows in bars stay,
    /// its header row too when a blank line sets it apart.
    @Test func menusSetApartByBars() throws {
        let menu = "☰ Menu | U.S. | World | Politics | Business | Climate"
        let article = try self.parse("\(menu)\n\nSenate passes airline refund bill\n\n\(self.story)\n")
        #expect(article.title == "Senate passes airline refund bill")
        #expect(article.paragraphs == [self.story])

        let table = "Equipo | PJ | G | Pts\n\nRobledal | 34 | 23 | 76\nCosta Azul | 34 | 18 | 63"
        let withTable = try self.parse("El Robledal gana la liga\n\n\(self.story)\n\n\(table)\n")
        #expect(withTable.paragraphs.contains("Equipo | PJ | G | Pts"))
        #expect(withTable.paragraphs.contains("Costa Azul | 34 | 18 | 63"))

        #expect(!ItemRows.isBarRow(Boilerplate.LineKey("Robledal | 34 | 23 | 7 | 4 | 76").bytes))
        #expect(ItemRows.isBarRow(Boilerplate.LineKey("Главная | Администрация | Городская дума | Документы").bytes))
    }

    /// The site's name over a live link and a widget's row, all above the headline, is not the headline.
    @Test func aStationsMastheadOverItsWidgets() throws {
        let text = """
            KVRN 6 | Bellmont Valley's News Leader
            WATCH LIVE: 6 News at 10
            51° Clear  Bellmont  OK  ▸ 7-Day Forecast

            Boil-water advisory issued for 14,000 Bellmont customers

            Crews work at the site of the break on Cottonwood Avenue on Monday afternoon. (KVRN)

            \(self.story)

            """
        let article = try self.parse(text)
        #expect(article.title == "Boil-water advisory issued for 14,000 Bellmont customers")
        #expect(article.paragraphs == [self.story])
        // An abbreviation named in a sentence is no source in brackets.
        #expect(!Boilerplate.isCaption("The agency is run by the World Health Organization. (WHO) staff disagree"))
        #expect(!Boilerplate.isCaption("The figure comes from the World Health Organization (WHO)."))
    }

    /// A bracketed button opening a player's strip; a Markdown link opening a sentence stays.
    @Test func aBracketedButtonOpeningAStrip() {
        #expect(
            Boilerplate.isBoilerplate(
                "[ Écouter le direct ]  Onde Publique Garonne · En ce moment : le journal de 18 h"
            )
        )
        #expect(
            !Boilerplate.isBoilerplate(
                "[Der Stadtrat](https://example.org/rat) hat am Montag den Haushalt beschlossen."
            )
        )
    }
}

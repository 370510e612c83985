import Testing

@testable import ArticleParsing

/// What `held-out-19`'s misses and `held-out-20` (a seventh writer's ordinary week of intake) showed:
/// teaser blocks under headings in other wordings, ad markers in other wordings, the German polite
/// "Sie"/"Ihr" against the lower-case "sie"/"ihr" (she, they, their), and a story's list of labelled
/// figures that only looks like teasers under a label.
@Suite struct NineteenthBatchDebrisTests {
    private func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }

    private let story = "The first paragraph tells the reader what happened and why it matters to them."
    private let more = "The second paragraph says that most residents back the strike, according to a poll."

    // MARK: - Teaser blocks and markers

    /// "Popular right now", "Pour aller plus loin", "Últimas noticias de …", "Ещё на «…»", "Матеріали за
    /// темою" over other articles' headlines go with them; the same words over story text stay.
    @Test func teaserBlocksUnderOtherHeadingsAreDropped() throws {
        for heading in [
            "Popular right now", "Pour aller plus loin", "Últimas noticias de Economía", "Ещё на «Платформе»",
            "Матеріали за темою",
        ] {
            let article = try self.parse(
                "Dockworkers vote to strike\n\n\(self.story)\n\n\(heading)\n\n"
                    + "Ice storm leaves 200,000 without power across the Ohio Valley\n\n"
                    + "Why your grocery bill is climbing again, in four charts\n"
            )
            #expect(article.paragraphs == [self.story], "\(heading)")
        }
        let subheading = try self.parse(
            "Dockworkers vote to strike\n\n\(self.story)\n\nPopular support\n\n\(self.more)\n"
        )
        #expect(subheading.paragraphs == [self.story, "Popular support", self.more])
        let french = "Le syndicat prévoit une seconde journée d’action si la direction ne revient pas à la table."
        let further = try self.parse("Grève des dockers\n\n\(self.story)\n\nPour aller plus loin\n\n\(french)\n")
        #expect(further.paragraphs == [self.story, "Pour aller plus loin", french])
    }

    @Test func adMarkersInOtherWordingsAreDropped() throws {
        let article = try self.parse(
            "Dockworkers vote to strike\n\n\(self.story)\n\nAdvertisement · Continue reading below\n\n"
                + "Espacio publicitario\n\n\(self.more)\n"
        )
        #expect(article.paragraphs == [self.story, self.more])
    }

    // MARK: - The German polite forms

    /// "Ihnen" (you) in a newsletter's offer makes it a prompt; "ihnen" (them) and "ihrem" (their) in a
    /// sentence about a newsletter are the story's.
    @Test func onlyTheCapitalisedPoliteFormAddressesTheReader() throws {
        let lead = "Der erste Absatz des Artikels erzählt, was geschah, und warum es die Leser angeht."
        let offer = "Der Newsletter bringt Ihnen jeden Freitag die wichtigsten Nachrichten aus der Region."
        let prompt = try self.parse("Hafen im Wandel\n\n\(lead)\n\n\(offer)\n")
        #expect(prompt.paragraphs == [lead])

        for reported in [
            "Der Verband schreibt den Betrieben, dass ein Newsletter ihnen jeden Freitag die Nachrichten bringt.",
            "Über den Stand hatte die Verwaltung alle Haushalte regelmäßig in ihrem Newsletter informiert.",
        ] {
            let article = try self.parse("Hafen im Wandel\n\n\(lead)\n\n\(reported)\n")
            #expect(article.paragraphs == [lead, reported])
        }
        #expect(ReaderPrompts.countsAsReaderWord("ihrem", in: "Melden Sie sich mit Ihrem Konto an"))
        #expect(!ReaderPrompts.countsAsReaderWord("ihrem", in: "Sie berichten von ihrem Alltag"))
        #expect(ReaderPrompts.countsAsReaderWord("you", in: "whatever the line says"))
    }

    // MARK: - Lists the story introduced

    /// "Port Ames: 1.6 million containers; …" under "The three ports at a glance:" is an item of the
    /// story's list; the same line under a paragraph is another article's headline under a label.
    @Test func labelledItemsUnderAColonStay() throws {
        let items = [
            "Halverston: 2.1 million containers handled in 2025; about 3,400 dockworkers",
            "Port Ames: 1.6 million containers; about 2,200 dockworkers",
            "New Kendal: 0.9 million containers; about 1,300 dockworkers",
        ]
        let listed = try self.parse(
            "Dockworkers vote to strike\n\n\(self.story)\n\nThe three ports at a glance:\n\n"
                + items.joined(separator: "\n\n") + "\n"
        )
        #expect(listed.paragraphs == [self.story, "The three ports at a glance:"] + items)

        let teaser = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(items[1])\n")
        #expect(teaser.paragraphs == [self.story])
    }

    // MARK: - The top of the page

    /// A page's own lines above the headline (skip link, masthead, menu, cookie banner, kicker) push the
    /// date line past the first eight units: the header's lines are counted from the headline found.
    @Test func theDateLineIsReadAfterALongTopOfThePage() throws {
        let article = try self.parse(
            "Skip to main content\nWexmoor Gazette\nNews   Sport   What's On   Jobs\n"
                + "We use cookies to personalise content and ads. Accept all cookies | Manage preferences\n\n"
                + "HEALTH\nUrgent treatment centre to open at Fellgate hospital\n\n"
                + "Patients with minor injuries will be seen in a new unit from April, the trust says\n\n"
                + "By Harriet Coles, Health Correspondent\n"
                + "Published 10 March 2026, 07:15 GMT | Updated 10 March 2026, 11:02 GMT\n\n\(self.story)\n"
        )
        #expect(article.title == "Urgent treatment centre to open at Fellgate hospital")
        #expect(article.published == "2026-03-10T07:15:00+00:00")
        #expect(article.paragraphs.count == 2)
    }

    /// "TRANSPORTS" over "Bus : hausse des tarifs …" in one block: the section's name, not the headline.
    @Test func aKickerInCapitalsOverTheHeadlineIsNotTheHeadline() throws {
        let lead = "Le premier paragraphe raconte ce qui s’est passé et pourquoi cela compte pour les lecteurs."
        let article = try self.parse(
            "Accueil > Montclar > Transports\n\nTRANSPORTS\nBus : hausse des tarifs et nouvelles lignes\n\n\(lead)\n"
        )
        #expect(article.title == "Bus : hausse des tarifs et nouvelles lignes")
        #expect(article.paragraphs == [lead])
        // A headline in capitals with a dek under it in its block stays the headline when it is long.
        let capitals = try self.parse(
            "BUS FARES RISE AS MONTCLAR REDRAWS ITS NETWORK\nThe council votes today\n\n\(lead)\n"
        )
        #expect(capitals.title == "BUS FARES RISE AS MONTCLAR REDRAWS ITS NETWORK")
    }

    /// A radio station's strip, a picture's labels, a save button and a topics heading.
    @Test func stationStripsPictureLabelsAndSaveButtonsAreDropped() throws {
        let article = try self.parse(
            "Lifeboat crew rescue two paddleboarders\n\nON AIR NOW: Drivetime with Becca Lane\n\n\(self.story)\n\n"
                + "Image caption: The lifeboat returns to the station\nImage source, Porthlow Lifeboat Station\n\n"
                + "Lire plus tard\n\nRelated Topics\nPorthlow   Lifeboats   Sea safety\n"
        )
        #expect(article.title == "Lifeboat crew rescue two paddleboarders")
        #expect(article.paragraphs == [self.story])
    }

    /// The label Russian law puts on an ad names the advertiser's taxpayer number (ИНН) or the ad's
    /// token (erid); "Реклама." opening a sentence about advertising is the story's.
    @Test func russianAdLabelsAreDropped() throws {
        let lead = "Первый абзац рассказывает, что случилось и почему это важно для читателей."
        let story = "Реклама. Именно она приносит газете половину доходов, сказал директор."
        let article = try self.parse(
            "Аэропорт открыл продажи\n\n\(lead)\n\nРеклама. ООО «Турмаркет Север», ИНН 3525123456\n\n"
                + "Реклама: ИП Петров, erid: 2VtzqwXyz\n\n\(story)\n"
        )
        #expect(article.paragraphs == [lead, story])
        #expect(Boilerplate.isRussianAdLabel(Array("реклама. ооо «север», инн 3525123456".utf8)))
        #expect(!Boilerplate.isRussianAdLabel(Array("реклама. именно она приносит доход".utf8)))
    }

    // MARK: - held-out-21: the top of the page again

    /// The site's name over its menu between bars or `·` marks, a kicker in capitals in a block of its
    /// own, "Skip to main content" glued to the date prefix: none is the headline. A headline over its
    /// share buttons stays the headline.
    @Test func mastheadsOverMenusAndKickersInCapitalsAreNoHeadline() throws {
        let bars = try self.parse(
            "QUAYSIDE LOGISTICS REVIEW\nPorts | Shipping | Road & Rail | Warehousing | Events | Jobs\n\n"
                + "PORTS & TERMINALS\n\nHarlow Bay orders 14 battery straddle carriers\n\n\(self.story)\n"
        )
        #expect(bars.title == "Harlow Bay orders 14 battery straddle carriers")
        #expect(bars.paragraphs == [self.story])

        let marks = try self.parse(
            "Red Agua Viva\nQuiénes somos · Campañas · Informes · Noticias · Hazte socia\n\n"
                + "Un informe localiza 3.100 pozos sin autorización\n\n\(self.story)\n"
        )
        #expect(marks.title == "Un informe localiza 3.100 pozos sin autorización")

        let shared = try self.parse(
            "Fire at Quay Street warehouse forces evacuation of homes\n"
                + "Share on Facebook · Share on X · Email this article\n\n\(self.story)\n"
        )
        #expect(shared.title == "Fire at Quay Street warehouse forces evacuation of homes")

        let kicker = try self.parse(
            "---\ntitle: \"У Карпатах відкрили веломаршрут\"\n---\n\nСУСПІЛЬСТВО\n\n\(self.story)\n"
        )
        #expect(kicker.paragraphs == [self.story])

        let skipLink = try self.parse(
            " date 2026-03-09 Skip to main content\n\nUniversity of Fernbridge\n"
                + "Study   Research   Business   Alumni   News\n\nTablet hearing checks find hidden hearing loss\n\n"
                + "\(self.story)\n"
        )
        #expect(skipLink.title == "Tablet hearing checks find hidden hearing loss")
        #expect(skipLink.published == "2026-03-09")
        #expect(skipLink.paragraphs == [self.story])
    }

    /// "*Пресс-служба музея | 14 марта 2026*": the Markdown byline's shape with a name and no "By" gives
    /// the date; an emphasized line of a name and no date stays text.
    @Test func anEmphasizedNameAndDateIsTheByline() throws {
        let article = try self.parse(
            "# Музею передали дневник радиста\n\n*Пресс-служба музея | 14 марта 2026*\n\n\(self.story)\n"
        )
        #expect(article.published == "2026-03-14")
        #expect(article.paragraphs == [self.story])
        let motto = try self.parse("# Музею передали дневник радиста\n\n*Память | наследие*\n\n\(self.story)\n")
        #expect(motto.published == nil)
    }

    /// A story's timeline, every line opening with a time and a dash part, is no listings box: its first
    /// line is no box's heading. An events box under a heading still goes.
    @Test func aTimelineOfTimesIsTheStorys() throws {
        let lead = "Der erste Absatz erzählt, was geschah, und warum es die Leser angeht."
        let timeline = [
            "21:47 Uhr – Alarm durch die Brandmeldeanlage", "21:54 Uhr – erster Löschzug vor Ort, Halle in Vollbrand",
            "22:20 Uhr – Warnung der Bevölkerung",
        ]
        let article = try self.parse(
            "Brand in Lagerhalle\n\n\(lead)\n\nEinsatzverlauf\n\n" + timeline.joined(separator: "\n") + "\n"
        )
        #expect(article.paragraphs == [lead, "Einsatzverlauf"] + timeline)
        let box = try self.parse(
            "Brand in Lagerhalle\n\n\(lead)\n\nTermine am Wochenende\nSa. 20 Uhr · Konzert im Kurhaus\n"
                + "So. 11 Uhr · Frühschoppen am Markt\nSo. 15 Uhr · Führung durch die Altstadt\n"
        )
        #expect(box.paragraphs == [lead])
    }
}

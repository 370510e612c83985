import Testing

@testable import ArticleParsing

/// What held-out-44 and held-out-45 (the samples' genre as an ordinary day brings it) showed, and
/// held-out-43's saved copies with it: a note of where the piece first ran against a story's sentence about a first
/// publication, a marker with its partner's name, a German call to order a newsletter, a corrections
/// schedule under the invitation to report an error; a feed's, a share sheet's and an export's line, a
/// newsletter's footer.
@Suite struct OrdinaryIntakeTests {
    let frame = StoryFrame()

    @Test func aProvenanceNoteNamesWhereAStorySaysWhen() throws {
        let notes = [
            "Originally published on Northgate Notes.", "First published in The Harbour Ledger.",
            "Erschien zuerst auf zeit.de", "Publicado originalmente en El Diario de Almendral.",
            "Originally published on March 3, 2025.",
            "Первоначально опубликовано на сайте «Вечерний Заречинск».",
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = [
            """
            The diaries were originally published in part in 1932, in a slim book of extracts that has long \
            been out of print.
            """,
            "The novel was originally published in March 1932 and sold poorly.",
            "Originally published in 1911, the guide was reprinted twice.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aMarkerWithItsPartnersNameIsAMarker() throws {
        #expect(try self.frame.kept(["Реклама від партнера", "Advertisement from our partners"]).isEmpty)
        let story = ["Реклама в метро подорожчала вдвічі", "Реклама партнерів стала головним джерелом доходу"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aGermanCallToOrderTheNewsletterIsAPrompt() throws {
        let prompts = [
            "Jetzt den Ostrade-Newsletter bestellen und jeden Morgen informiert sein", "Newsletter bestellen",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = ["Die Stadt hat den Auftrag bestellen lassen, sagte der Bürgermeister."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToSignUpToANamedServiceAfterAColonIsAPrompt() throws {
        let prompts = [
            "Get disruption alerts for your route by text: sign up to Travel Watch",
            "Never miss a fixture: Sign up for Matchday Mail.",
            "Want the week's planning decisions? Here's how: subscribe to \u{201C}The Planning Desk\u{201D}",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "You do not need to sign up for text alerts to see them.",
            "The message to residents was simple: sign up to the scheme before the end of May.",
            "Ratepayers can sign up to Harbour Alerts online.",
            "Only one thing was asked of the volunteers: sign up for training and turn up on the day",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func whatIsPopularThisWeekIsATeaserLabel() throws {
        let teasers = [
            "Most popular this week: Dunmore bypass public inquiry opens to packed hall",
            "Popular today: Ferry timetable changes for the winter season",
        ]
        #expect(try self.frame.kept(teasers).isEmpty)
        let story = [
            "Most popular this week were the harbour tours, organisers said.",
            "Most popular this week: the stalls selling hot chestnuts.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToWatchOnTheOutletsOwnAppIsAnAppPrompt() throws {
        let prompts = [
            "Stream WRDX 9 newscasts anytime with our free app for phones and TVs.",
            "Écoutez la radio sur notre application gratuite",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "Watch the club's app for updates on the ticket sale, the secretary said.",
            "Listen to residents and the app will improve, the developers were told.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNoteOfWhereThePieceWasFirstPrintedIsANote() throws {
        #expect(
            try self.frame.kept(["Originally printed in The Comb (the Fennick Beekeepers' Association quarterly)."])
                .isEmpty
        )
        let story = ["The poem was originally printed in 1923 and later set to music."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToPassTheNewsletterOnIsAPrompt() throws {
        let prompts = [
            "Know someone who keeps bees? Forward them this newsletter.",
            "Keine Nachricht aus Kellmoor verpassen: Jetzt den Tagblatt-Newsletter abonnieren",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "Forward planning kept the parish newsletter going through the winter.",
            "Die Zeitung will jetzt den Newsletter abonnieren lassen, sagte die Sprecherin.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTeaserBoxUnderWhatIsWorthTheReadersTimeIsDropped() throws {
        let box = """
            Carrowfield Pool Reopening Slips to Spring
            Also Worth Your Time

            Carrowfield Pool Reopening Slips to Spring

            Engineers found more corrosion in the roof beams than expected and say the pool cannot reopen before April.
            """
        let article = try self.frame.parse(
            "Council agrees budget\n\n\(self.frame.story)\n\n\(box)\n\n\(self.frame.more)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // A story's subheading that opens so, with the story going on under it, stays.
        let subheading = "Also worth noting"
        let story = try self.frame.parse(
            "Council agrees budget\n\n\(self.frame.story)\n\n\(subheading)\n\n\(self.frame.more)\n"
        )
        #expect(story.paragraphs == [self.frame.story, subheading, self.frame.more])
    }

    @Test func aTeaserLabelOffersWhatElseTheOutletCarries() throws {
        let teasers = [
            "Also in the Courier: Harbour dredging contract goes to Aberlin firm",
            "» ALSO ON SENTINEL: Road crews race to patch 400 potholes before spring rains",
        ]
        #expect(try self.frame.kept(teasers).isEmpty)
        let story = [
            "Also on Tuesday: Council approves the new harbour wall",
            "Also on the agenda: A plan to close two schools",
            "Also in the report: The council will vote on the harbour again",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTimeBeforeAColonIsNoOutletsName() throws {
        let story = [
            "In March: The council will vote on the harbour again", "Next Tuesday: Residents meet the harbour board",
        ]
        #expect(try self.frame.kept(story) == story)
        // An outlet's name before another piece's headline still marks a teaser.
        #expect(try self.frame.kept(["Kyiv Independent: Russia expands its offensive in the east again"]).isEmpty)
    }

    @Test func aPoliteCallToShareIsAPrompt() throws {
        #expect(try self.frame.kept(["Поширте, будь ласка, серед знайомих 🙏"]).isEmpty)
        let story = [
            "Поширення нового розкладу селищна рада бере на себе.", "Share prices fell sharply on Monday.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCorrectionsScheduleUnderTheErrorPromptEndsTheArticle() throws {
        let footer = """
            Found a mistake in this article? Our standards desk reads every message: standards@wendover.example
            Corrections appear every Saturday on page 2 of the print edition
            """
        let article = try self.frame.parse(
            "Council agrees budget\n\n\(self.frame.story)\n\n\(self.frame.more)\n\n\(footer)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // Alone, between the story's paragraphs, the same line is kept: nothing says it is the outlet's.
        let line = "Corrections appear every Saturday on page 2 of the print edition"
        #expect(try self.frame.kept([line]) == [line])
    }

    @Test func aFeedsFooterAShareSheetAndAnExportAreChrome() throws {
        let chrome = [
            "The post The post office that became a bakery (and kept the counter) first appeared on Northgate Notes.",
            "La entrada Nueva biblioteca se publicó primero en Diario de Almendral.",
            "Сообщение Новый мост в Заречинске появились сначала на Вечерний Заречинск.",
            "Geteilt über die Lauterbote-App. Hol sie dir gratis: lauterbote.de/app",
            "Partagé depuis l’appli Le Courrier de Clairval – téléchargez-la sur courrier-clairval.fr/appli",
            "Shared via the Courier app", "Exporté depuis Lirelater · votre liste de lecture hors ligne",
        ]
        #expect(try self.frame.kept(chrome).isEmpty)
        let story = [
            "The post first appeared on the market in 1998, when the council approved it.",
            "The post-war plan first appeared on the agenda in 1946 and was approved.",
            "The post of harbour master first appeared on Tuesday in the minutes.",
            "Shared with neighbours, the garden now feeds forty families.",
            "Exported from Chile, the copper reached the port in May.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aMessengersForwardLabelIsChrome() throws {
        let labels = [
            "Переслано от: Вечерний Заречинск", "Forwarded from Evening Zarechinsk",
            "Переслано из канала «Вечерний Заречинск»",
        ]
        #expect(try self.frame.kept(labels).isEmpty)
        let story = [
            "Forwarded from the council's inbox, the letter reached the newsroom on Monday.",
            "Переслано в прокуратуру уже 40 коллективных жалоб жильцов.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aMastheadWithItsEditionDatesTheNewsletter() throws {
        for masthead in [
            "**The Fenwick Flyer · Morning edition · 7 March 2025**",
            "**«Вишнівський тиждень» · ранковий випуск · 7 березня 2025**",
        ] {
            let text =
                "# Harbour repairs to start in spring\n\n\(masthead)\n\n\(self.frame.story)\n\n\(self.frame.more)\n"
            let article = try self.frame.parse(text)
            #expect(article.published == "2025-03-07")
            #expect(article.paragraphs == [self.frame.story, self.frame.more])
        }
    }

    @Test func anArticleSentOnWithItsMailHeadersInFrench() throws {
        let text = """
            De : Claire Vautrin <claire@exemple.fr>
            À : Paul Vautrin <paul@exemple.fr>
            Objet : La piscine fermera tout l’été pour travaux
            Date : 12 mars 2025 à 08:14:22 UTC+1

            https://www.courrier.example/clairval/2025/03/11/piscine-fermeture-ete

            Publié le 11 mars 2025 à 18h30

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "La piscine fermera tout l’été pour travaux")
        // The mail's date is when it was sent; the article's own date line goes first.
        #expect(article.published == "2025-03-11")
        #expect(article.url == "https://www.courrier.example/clairval/2025/03/11/piscine-fermeture-ete")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // The subject of a mail sent on, without the forward's prefix.
        let forwarded = text.replacing("Objet : La", with: "Objet : TR: La")
        #expect(try self.frame.parse(forwarded).title == "La piscine fermera tout l’été pour travaux")
        // A link of no article's shape over the story is no article's address.
        let linked = try self.frame.parse("Council agrees budget\nhttp://x.com/a\n\n\(self.frame.story)\n")
        #expect(linked.url == nil)
    }

    @Test func aMastheadRowOpeningABlockIsALineOfItsOwnInAWrappedFile() {
        let text = """
            ELBAUEN BRIEFING · Ausgabe 214 · Dienstag, 3. März 2026
            Probleme mit der Darstellung? Diese Ausgabe im Browser öffnen.

            The ferry between Grauwerder and the mainland will sail
            less often from April, the operator said on Monday, as
            fewer passengers use it.
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let units = ParagraphAssembly.units(from: lines[...]).map(\.text)
        #expect(
            units == [
                "ELBAUEN BRIEFING · Ausgabe 214 · Dienstag, 3. März 2026",
                "Probleme mit der Darstellung? Diese Ausgabe im Browser öffnen.",
                """
                The ferry between Grauwerder and the mainland will sail less often from April, the operator said \
                on Monday, as fewer passengers use it.
                """,
            ]
        )
    }

    @Test func aNewslettersFooterIsChrome() throws {
        let footer = [
            "You're getting the Flyer because you signed up on our website or at a market stall.",
            "Лист не відображається як слід? Відкрийте його у браузері.",
            "Ви отримуєте цей лист як підписник «Вишнівського тижня».", "Відписатися · Змінити налаштування",
        ]
        #expect(try self.frame.kept(footer).isEmpty)
    }

    @Test func aTeaserHeadingsWordsAsALabelAreATeaser() throws {
        let teasers = [
            "Вас може зацікавити: У Хоролі запрацював перший у громаді пункт приймання вторсировини",
            "You may also like: Ferry timetable to change in April",
        ]
        #expect(try self.frame.kept(teasers).isEmpty)
        let story = ["You may also like the new timetable: it adds a late sailing on Fridays."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aBroadcastsProgrammeLabelIsANote() throws {
        #expect(try self.frame.kept(["Sendung: RMR Aktuell, 19.01.2026, 6:30 Uhr"]).isEmpty)
        let story = ["Die Sendung wurde am Montag um 6:30 Uhr ausgestrahlt, sagte ein Sprecher."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNoteOfWhereThisFeatureAppearedIsANote() throws {
        let notes = [
            "Ce récit est paru dans Estran n° 47 (hiver 2026), en vente en kiosque et sur notre boutique en ligne."
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = ["Le roman est paru chez Gallimard en 1932, puis a été oublié pendant des décennies."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aDigitalSubscriptionsTermWithoutACallIsAnOffer() throws {
        #expect(
            try self.frame.kept(["Alle Artikel auf weserland-kurier.de, E-Paper und App – 4 Wochen für 0,99 €"]).isEmpty
        )
        let story = ["Das Deutschlandticket gibt es künftig für 4 Wochen für 58 €"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aGuestBooksHeadingWithItsCountHeadsItsEntries() throws {
        let box = """
            Libro de condolencias (23)
            Mercedes P. · "Gracias por todo, doña Adelina. Descanse en paz."
            Familia Cuesta Rubio · "Nuestro más sentido pésame a Pilar, Andrés y Tomás."
            Escriba sus condolencias
            """
        let article = try self.frame.parse(
            "Adelina Robles, la maestra\n\n\(self.frame.story)\n\n\(self.frame.more)\n\n\(box)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // Over a paragraph of its block, a heading with a count heads no box.
        let story =
            "Comments (3)\nThe council received more than 300 comments on the plan, most of them against the new road."
        let kept = try self.frame.parse("Road plan\n\n\(self.frame.story)\n\n\(story)\n\n\(self.frame.more)\n")
        #expect(kept.paragraphs.contains { $0.hasPrefix("The council received more than 300 comments") })
    }

    @Test func aLinkToTheOutletsStandardsIsChrome() throws {
        #expect(try self.frame.kept(["How we report: Tallyline editorial standards"]).isEmpty)
        let story = ["The paper's editorial standards were questioned by the inquiry.", "Editorial standards"]
        #expect(try self.frame.kept(story) == story)
    }
}

import Testing

@testable import ArticleParsing

/// What `held-out-21`'s misses and `held-out-22` (a ninth writer's week of a media-monitoring service)
/// showed: the headline under the page's own lines, links back to a listing, a paragraph that only
/// reports a prompt's words, a story's own forecast rows and opening hours, captions credited in other
/// ways, a press release's "About" section with an article, and cue lines in other wordings.
@Suite struct TwentiethBatchDebrisTests {
    private func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }

    private let story = "The first paragraph tells the reader what happened and why it matters to them."
    private let more = "The second paragraph says that most residents back the strike, according to a poll."

    // MARK: - The headline under the page's top

    /// A menu of one item a line, a site's name with its menu, a link under a masthead: the headline is
    /// the line that its byline or date line follows, and the page's lines above it go.
    @Test func theHeadlineUnderThePagesOwnLinesIsTheTitle() throws {
        let menu = try self.parse(
            "Plan a Trip\nFares & Passes\nSchedules & Maps\nService Alerts\nAbout PMT\n"
                + "Language: English | Español | Polski\n\n"
                + "Blue Line trains replaced by buses between Union Station and Elmhurst\n\n"
                + "By PMT Service Planning\nPosted Feb 27, 2026, 6:10 AM CST\n\n\(self.story)\n"
        )
        #expect(menu.title == "Blue Line trains replaced by buses between Union Station and Elmhurst")
        #expect(menu.paragraphs == [self.story])
        #expect(menu.published != nil)

        let masthead = try self.parse(
            "Comunicación Judicial · Tribunal Superior de Justicia de Almenara\n"
                + "Inicio | Tribunales | Agenda judicial | Notas de prensa\n\n"
                + "El TSJ anula la ordenanza de terrazas por falta de estudio acústico\n\n12/03/2026\n\n\(self.story)\n"
        )
        #expect(masthead.title == "El TSJ anula la ordenanza de terrazas por falta de estudio acústico")
        #expect(masthead.paragraphs == [self.story])

        let markdown = try self.parse(
            "WESTMARK ATHLETICS\nCompetitions | Clubs | Coaching | News\n[Join or renew](https://example.org/join)\n\n"
                + "# Okoth and Hale defend their marathon titles\n\n\(self.story)\n"
        )
        #expect(markdown.title == "Okoth and Hale defend their marathon titles")
        #expect(markdown.paragraphs == [self.story])
    }

    /// A headline whose block holds no page's lines, and a dek without a full stop between the headline
    /// and its byline, are not passed over.
    @Test func aHeadlineOverADekAndItsBylineStays() throws {
        let article = try self.parse(
            "Dockworkers vote to strike\nWhy the port's owners did not see it coming\nBy Ana Ruiz\n\n\(self.story)\n"
        )
        #expect(article.title == "Dockworkers vote to strike")
        #expect(article.paragraphs.first == "Why the port's owners did not see it coming")
    }

    /// A cookie banner's buttons stand under it in its block; a headline after a blank line is none.
    @Test func aHeadlineAfterACookieBannerIsTheTitle() throws {
        let article = try self.parse(
            "We value your privacy. The Ledger and our partners use cookies to personalise content and adverts. "
                + "Accept all | Manage preferences\n\nRegulator fines three retailers over cookie banners\n\n"
                + "Monday 16 November 2026\n\n\(self.story)\n"
        )
        #expect(article.title == "Regulator fines three retailers over cookie banners")
        #expect(article.paragraphs == [self.story])
    }

    // MARK: - Links and prompts

    /// "← Back to news", "« Zurück zur Einsatzübersicht", "Retour aux actualités": links back to a
    /// listing; "Back to school" and "Zurück zur Normalität" as subheadings stay.
    @Test func linksBackToAListingAreDropped() throws {
        for link in [
            "← Back to news", "« Zurück zur Einsatzübersicht", "Retour aux actualités", "← Назад к новостям",
            "Повернутися до новин", "Volver a noticias",
        ] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(link)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(link)")
        }
        for heading in ["Back to school", "Zurück zur Normalität"] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(heading)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, heading, self.more], "\(heading)")
        }
    }

    /// A paragraph that tells of a free newsletter, or quotes a subscribe line, reports it; a short
    /// prompt with the same words says it.
    @Test func aParagraphThatReportsAPromptsWordsStays() throws {
        let reported = [
            "When the Courier printed its final edition in 2023, the town lost the only publication that sat "
                + "through its council meetings. Three weeks later, a retired teacher named Jo Ferreira sent the "
                + "first issue of a free email newsletter to 140 neighbours.",
            "The Minute carries no advertising. Ferreira pays for the email platform, about £40 a month, out of "
                + "roughly £1,900 in contributions from readers. Every issue ends with the same line: “If someone "
                + "forwarded this to you, subscribe – it’s free and it always will be.”",
        ]
        for paragraph in reported {
            let article = try self.parse("Newsletter becomes paper of record\n\n\(self.story)\n\n\(paragraph)\n")
            #expect(article.paragraphs == [self.story, paragraph])
        }
        let prompt = try self.parse(
            "Newsletter becomes paper of record\n\n\(self.story)\n\nSign up for the free newsletter\n\n\(self.more)\n"
        )
        #expect(prompt.paragraphs == [self.story, self.more])
    }

    /// Spanish commands to the reader ("Hazte suscriptor", "Afíliate", "súmate"), support appeals in
    /// French, a club's season ticket and sponsor.
    @Test func joinAndSupportPromptsInOtherWordingsAreDropped() throws {
        for prompt in [
            "Hazte suscriptor: el primer mes por 1 €",
            "¿Quieres cambiar las cosas? Afíliate a Alianza Cívica o súmate como simpatizante.",
            "¡Hazte abonado de la temporada 2026/27! Toda la información en la Oficina del Club.",
            "Cet article vous est offert. Pour soutenir un journalisme local et indépendant, abonnez-vous.",
            "Patrocinador principal: Aceites Sierra Almazara",
        ] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(prompt)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(prompt)")
        }
    }

    /// A live marker beside the outlet's invitation to follow its coverage.
    @Test func aLiveMarkerWithAnInvitationIsDropped() throws {
        let article = try self.parse(
            "Tempête Ciarán\n\n\(self.story)\n\nEN DIRECT | Suivez notre édition spéciale tempête à partir de 12h\n\n"
                + "\(self.more)\n"
        )
        #expect(article.paragraphs == [self.story, self.more])
    }

    /// Comment buttons, accessibility links, a "latest news" box, a date to keep over an event.
    @Test func commentButtonsAccessibilityLinksAndBoxesAreDropped() throws {
        let article = try self.parse(
            "Dockworkers vote to strike\n\n\(self.story)\n\nSign in to join the conversation\n\nJetzt kommentieren\n\n"
                + "Версия для слабовидящих\n\nПоследние новости\n19.11.2026 Итоги октября: месяц оказался теплее нормы\n"
                + "17.11.2026 На реках региона начался ледостав\n\n\(self.more)\n\nÀ NOTER DANS VOS AGENDAS\n"
                + "Petit-déjeuner de l'export - mardi 8 décembre, 8 h 30, CCI Orvanne - inscription obligatoire\n"
        )
        #expect(article.paragraphs == [self.story, self.more])
    }

    /// A menu between slashes in Cyrillic (two bytes a letter) is as long as a Latin one in characters.
    @Test func aCyrillicMenuBetweenSlashesIsDropped() throws {
        let article = try self.parse(
            "Штормовое предупреждение\n\nГлавная / Прогнозы / Новости / Предупреждения / Контакты\n\n\(self.story)\n"
        )
        #expect(article.paragraphs == [self.story])
    }

    // MARK: - The story's rows

    /// A forecast's rows labelled by their day, opening hours and race times are the story's; a weather
    /// widget's line and a video's length are not.
    @Test func forecastRowsOpeningHoursAndResultsStay() throws {
        let rows = [
            "Ночь на 21 ноября: −3…−8 °C, снег, ветер юго-восточный 12–17 м/с",
            "Понеділок — пʼятниця: 9:00–20:00",
            "Monday to Friday: 9:00–20:00",
            "Чоловіки: Андрій Ковальчук — 1:08:42",
        ]
        for row in rows {
            let article = try self.parse("Snow is coming\n\n\(self.story)\n\n\(row)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, row, self.more], "\(row)")
        }
        for widget in [
            "Омск: −27 °C, ясно · ветер 4 м/с", "Wie Ranger im Nationalpark arbeiten | 3:12",
            "Video: Waves break over the promenade – 0:41",
        ] {
            let article = try self.parse("Snow is coming\n\n\(self.story)\n\n\(widget)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(widget)")
        }
    }

    // MARK: - Captions and closing sections

    /// Photographer and agency in brackets, a credit with an initial after a slash, a credit before ©.
    @Test func captionsCreditedInOtherWaysAreDropped() throws {
        for caption in [
            "A school bus parked at the district depot in Millersport. (Carla Menendez / RPR)",
            "Chefarzt Henrik Stahl im neuen Wartebereich. Foto: Klinikum Auental/M. Roth",
            "Un arbre tombé sur une ligne électrique à Port-Vaillant. Photo © Radio Littoral / J. Morvan",
        ] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(caption)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(caption)")
        }
        let reference = "The ratio rose sharply last year. (Debt / GDP figures below)"
        let kept = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(reference)\n\n\(self.more)\n")
        #expect(kept.paragraphs == [self.story, reference, self.more])
    }

    /// "Über das Klinikum Auental" over "Das Klinikum Auental ist …": the release's "About" section,
    /// with the name's article; "About the money" over "The money …" stays.
    @Test func anAboutSectionWithAnArticleIsDropped() throws {
        let about = try self.parse(
            "Neue Kindernotaufnahme eröffnet\n\n\(self.story)\n\nÜber das Klinikum Auental\n\n"
                + "Das Klinikum Auental ist mit 720 Betten der größte Gesundheitsversorger im Landkreis.\n"
        )
        #expect(about.paragraphs == [self.story])
        let money = "The money comes from a state grant that the council applied for in 2024."
        let story = try self.parse("Pool reopens\n\n\(self.story)\n\nAbout the money\n\n\(money)\n")
        #expect(story.paragraphs == [self.story, "About the money", money])
    }
}

import Testing

@testable import ArticleParsing

/// A page's widgets (``PageWidgets``) and the other kinds `held-out-13` showed the parser missing, and
/// the same words in sentences a story prints.
@Suite struct PageWidgetsTests {
    static let widgets = [
        // Rows of buttons, boxes that end in a call to action.
        "Accept all | Reject all | Manage options", "Not now Allow", "Später | Erlauben", "Ні, дякую | Дозволити",
        "Thinking about a home equity line? Bayline members get rates from 6.49% APR. Learn more",
        "Envie de prolonger l’escapade ? Croisières Charente vous emmène à Fort Boyard. Réservez votre place",
        "Descubre los patios de Sevilla con nuestras rutas guiadas. Plazas limitadas. Reserva ya en sevillapatios.es",
        "«Нижегородский откос» существует на деньги читателей. Поддержите нас — оформите пожертвование. Поддержать",
        "Melden Sie sich an, um alle OA+-Artikel vollständig zu lesen. Anmelden | Registrieren",
        // Notification prompts.
        "Don’t miss a thing: allow the Harbourside Gazette to send you breaking news notifications?",
        "Ne manquez rien : activez les notifications de L’Écho des Combes. Plus tard · Activer",
        "🔔 Разрешите уведомления, чтобы первыми узнавать о происшествиях в Омске. Не сейчас · Разрешить",
        // Weather, markets, listings, login walls.
        "Saltmarsh Bay 9°C Showers · Wind SW 28 mph · High tide 14:12", "Омск: −27 °C, ясно · ветер 4 м/с",
        "USD 41,52 ▲ | EUR 43,38 ▼ | PLN 10,19 ▲ · курс НБУ",
        "MARKETS Dow 46,602.98 ▲ 0.3% · S&P 500 6,753.72 ▲ 0.6%", "Weiterlesen mit NB-Konto", "Sigue leyendo gratis",
        "Дорожня ситуація: Київське шосе — ремонт, рух однією смугою; вул. Європейська — затор 2 км",
        "You’ve read 3 of your 4 free articles this month.", "Sie sind nicht angemeldet.",
        "Create a free account or log in to keep reading. Already a member? Log in",
        // Contact boxes, notes about the article, print editions, series.
        "Олег Ларионов, корреспондент · o.larionov@belomor-kurier.ru · Telegram: @larionov_bk",
        "Reporter Ana Ruiz covers county government. Email her at aruiz@tidewaterledger.com or follow her on X.",
        "A version of this article appears in print on Oct. 9, 2025, Section A, Page 3, of the Larch County Courier.",
        "Материал опубликован в печатном выпуске «Беломорского курьера» № 37 от 17 сентября 2025 года.",
        "Dieser Beitrag erscheint im Rahmen einer Kooperation mit dem Spreewälder Heimatblatt.",
        "This article is part of “Mill Town Lives”, our series on the people who built the Calder Valley.",
        // Contents, sponsors, galleries, consent headings, comment and donation buttons.
        "Inhalt: Was sich ändert · Wer betroffen ist · Was Kunden tun können",
        "SPONSORED · Presented by Bayline Credit Union", "Diaporama - 3 photos", "Фотогалерея (3)",
        "FOTOGALERÍA | Así son los nuevos refugios climáticos (6 fotos)", "We value your privacy", "Leave a comment",
        "Voir tous les commentaires", "Je fais un don",
        "We and our 143 partners store and access information on your device, such as cookies, to personalise ads.",
    ]

    @Test(arguments: Self.widgets)
    func recognisesWidgets(line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    static let articleText = [
        "Residents of Saltmarsh Bay will receive flood warnings as push notifications on their phones from May.",
        "Users can allow notifications for one district or for the whole region.",
        "Temperatures fell to −27 °C overnight, the coldest night of the winter.",
        "The index closed at 12,487 points, up 0.4%.", "Trending down: DVDs and audiobooks on CD",
        "“Sign up, then show up,” the coach told the volunteers.", "Learn more about the plan at the library",
        "What to know before you register", "Most read of all: the sports pages",
        "The paper's print edition will shrink to four days a week, the publisher said.",
        "Write to the council at planning@valmont.example before Friday, residents were told.",
        "„Wer Push-Nachrichten erlaubt, bekommt die Warnung sofort“, sagte der Sprecher.",
    ]

    @Test(arguments: Self.articleText)
    func keepsArticleText(line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
    }

    @Test func captionsCreditedInBrackets() {
        #expect(
            Boilerplate.isCaption("Des bogues tombées avant maturité, près de Lasalle. (Photo Marc Roux / Le Courrier)")
        )
        #expect(Boilerplate.isCaption("Le séchoir de la ferme Bastide, resté vide cette année. (Photo Claire Fabre)"))
        // A bracket that credits no picture, and one inside a sentence, are text.
        #expect(!Boilerplate.isCaption("The vote was close. (Details in the council minutes)"))
        #expect(!Boilerplate.isCaption("The photo (taken in 1911) shows the mill."))
    }

    @Test func commentHeadersNeedAUsersNameAndAnAge() {
        for header in [
            "birdwatcher52 · 3 hours ago", "Gwen17 · il y a 2 heures", "Belén G. · hace 3 horas",
            "Олена К. · 2 години тому", "kirill88, 11:05", "Ольга_НН, 10:42",
        ] {
            #expect(PageWidgets.isCommentHeader(Boilerplate.LineKey(header)), "\(header)")
        }
        // A place and a time is a live blog's or a dateline's, and a date is no comment's age.
        for line in ["Kyiv, 10:42", "Berlin · 10. März 2025", "Anna Korneeva, 12 ноября 2025"] {
            #expect(!PageWidgets.isCommentHeader(Boilerplate.LineKey(line)), "\(line)")
        }
    }

    /// Reader comments and a listings box go with what stands under them; a name and a job at the top
    /// is a byline; a subheading over article text stays.
    @Test func dropsCommentsListingsAndABylineWithAJob() throws {
        let text = """
            Житомир переходить на електронний квиток

            Тарас Мельник, кореспондент
            Опубліковано 6 березня 2026, 09:15

            З 1 квітня в житомирських тролейбусах можна буде розрахуватися банківською карткою.

            Афіша вихідних
            Сб, 28 лютого, 11:00 — ярмарок вишиванок на Соборній площі
            Нд, 1 березня, 17:00 — концерт хору у будинку культури

            Що зміниться
            Поїздка з оплатою карткою коштуватиме 12 гривень.

            Олена К. · 2 години тому
            А пенсіонерам що робити без смартфона?

            serhii_zt · 1 годину тому
            Нарешті, у Києві так уже давно.
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "Житомир переходить на електронний квиток")
        #expect(article.published == "2026-03-06")
        #expect(
            article.paragraphs == [
                "З 1 квітня в житомирських тролейбусах можна буде розрахуватися банківською карткою.",
                "Що зміниться", "Поїздка з оплатою карткою коштуватиме 12 гривень.",
            ]
        )
    }

    /// A date in an e-mail style header is settled by the URL's, not by itself: `04/03/2026` with
    /// `/2026/04/03/` is the 3rd of April.
    @Test func aHeadersNumericDateIsSettledByTheURL() throws {
        let text = """
            Title: Your reassessment notice, explained
            Date: 04/03/2026 7:30 a.m. EDT
            URL: https://www.tidewaterledger.com/2026/04/03/reassessment-notice/

            About 61,000 property owners will find a reassessment notice in their mailboxes this month.
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.published == "2026-04-03T07:30:00-04:00")
    }
}

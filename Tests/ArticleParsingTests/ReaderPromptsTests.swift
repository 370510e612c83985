import Testing

@testable import ArticleParsing

/// Lines that address the reader or annotate the article, and news sentences that share their words.
@Suite struct ReaderPromptsTests {
    static let prompts = [
        // Share lists and follow prompts.
        "Share this page: Facebook | Twitter | LinkedIn", "Teilen: WhatsApp · Facebook · E-Mail",
        "Partager : X · Facebook · Courriel", "Compartir: Facebook | WhatsApp | X",
        "Поделиться: Telegram · ВКонтакте", "Follow the Valley Courier on Instagram and TikTok",
        "Folgen Sie uns auf Instagram", "Suivez-nous sur Facebook et Instagram",
        "Síguenos en X y en Instagram", "Подписывайтесь на наш канал в Telegram",
        "Стежте за нами в Telegram та Facebook",
        // Newsletters.
        "Never miss a story: get our free morning newsletter in your inbox.",
        "Verpassen Sie nichts: Hier geht es zum kostenlosen Newsletter.",
        "Recevez notre newsletter chaque vendredi, c’est gratuit.",
        "Recibe gratis nuestro boletín cada mañana.", "Подпишитесь на нашу рассылку, чтобы ничего не пропустить.",
        // Cookie banners.
        "This website uses cookies to improve your experience. Accept all",
        "Wir verwenden Cookies, um unsere Website zu verbessern.",
        "Ce site utilise des cookies pour mesurer l’audience.", "Este sitio usa cookies. Aceptar",
        "Мы используем cookie, чтобы сайт работал лучше.",
        // Support appeals.
        "Quality reporting costs money. Support us from £3 a month.",
        "Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo.",
        "Soutenez une rédaction indépendante.", "Apóyanos con una suscripción.", "Поддержите независимую редакцию.",
        // Editors' notes.
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "This article has been updated with a statement from the ministry.",
        "Dieser Beitrag erschien zuerst in der Wochenendausgabe.",
        "Cet article a été mis à jour mardi à 18 heures.", "Esta nota fue actualizada con nuevos datos.",
        "Spotted an error? Let us know.", "Fehler gefunden? Schreiben Sie uns.",
        "Vous avez vu une erreur ? Signalez-la à la rédaction.", "¿Has visto un error? Escríbenos.",
        "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.",
        "The views expressed are the writer’s own and do not necessarily reflect those of the paper.",
        "Write a letter to the editor: letters@example.com",
        // Press contacts.
        "News provided by Harbour Lights Trust", "press@harbourlights.example.org", "+44 (0)20 7946 0958",
    ]

    @Test(arguments: Self.prompts)
    func recognisesPrompt(line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    static let newsSentences = [
        "The video was shared on Facebook and Twitter thousands of times within an hour, police said.",
        "Follow-up inspections are planned for the spring, the agency said.",
        "The company told investors in a newsletter that profits would fall.",
        "The bakery sells 3,000 cookies a day, most of them to tourists.",
        "The court ruled that the photographer had not given up the copyright.",
        "Share prices fell 4% after the announcement.",
        "“Support us or we close,” the owner told the council.",
        "Correctional officers said the prison was understaffed.",
        "Rumours spread quickly on Telegram channels run by local activists.",
        "Der Verlag verschickt seinen Newsletter an 40.000 Abonnenten, sagte die Sprecherin.",
        "La boulangerie vend des cookies depuis 1998.", "El error le costó el partido al equipo visitante.",
        "In einer Studie fanden die Forscher einen Fehler in den Daten von 2019.",
        "This story began in 1962, when the mill closed.",
        "The error was found in the 2019 data, the auditors said.",
        "The union said it would support local journalism schools with a new fund.",
        "Abonnez-vous tôt, payez moins : le slogan de la campagne lancée en avril a porté ses fruits.",
        "Subscribe to a theory long enough and it starts to look like fact, the professor warned.",
        "Dessen Cookie-Banner zeigte einen großen grünen Knopf „Alle akzeptieren“, die Ablehnung war versteckt.",
        "“All rights reserved.”", "Підписатися на розсилку бібліотеки можна на її сайті.",
        "Journalists were told to follow the instructions on screen.",
    ]

    @Test(arguments: Self.newsSentences)
    func keepsNewsSentence(line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
    }

    @Test func dropsPressContactBlockAndWireSource() throws {
        let text = """
            Harbour trust buys the old lighthouse

            The Harbour Lights Trust has bought the disused lighthouse at Kell Point for £1.2 million.

            It plans to open a museum there in 2027.

            Media contact:
            Ana Ruiz
            Harbour Lights Trust
            press@harbourlights.example.org

            SOURCE Harbour Lights Trust
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(
            article.paragraphs == [
                "The Harbour Lights Trust has bought the disused lighthouse at Kell Point for £1.2 million.",
                "It plans to open a museum there in 2027.",
            ]
        )
    }

    @Test func cookieBannerAndItsButtonsAreNotTheHeadline() throws {
        let text = """
            We use cookies to improve this website. By continuing you agree to their use.
            Accept all   Settings

            Lighthouse to become a museum

            The disused lighthouse at Kell Point will open as a museum in 2027, its new owners said.

            The museum will show the keepers’ logbooks and the original lens.
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "Lighthouse to become a museum")
        #expect(article.paragraphs.count == 2)
    }
}

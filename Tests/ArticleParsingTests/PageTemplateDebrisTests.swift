import Testing

@testable import ArticleParsing

/// What held-out-41 (the genre from many publishing systems' page templates) showed: the software's
/// credit in the footer, likes, shares and a channel's subscribers counted, a comment section's buttons
/// and notes, a blog's post navigation and labels, a search box, recent posts, the author's box at the
/// foot, a name over a byline's place and date, a profile's follow button and shortened counts; and the
/// story line a login wall's words once took ("compter" is to count, not "compte").
@Suite struct PageTemplateDebrisTests {
    let frame = StoryFrame()

    @Test func theSoftwaresCreditIsChrome() throws {
        let lines = [
            "Funciona con WordPress | Tema: NoticiasPro de ThemeLab", "Modèle « Simple » — propulsé par Blogger",
            "Сайт создан на Tilda", "Powered by Ghost",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["Powered by solar panels, the plant opens in May."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func likesSharesAndSubscribersCountedAreChrome() throws {
        #expect(try self.frame.kept(["Me gusta (23)", "Нравится 1 412", "Поделиться 57", "8 436 підписників"]).isEmpty)
        // A list's item of figures is the story's.
        #expect(try self.frame.kept(["• 1,400 subscribers"]) == ["• 1,400 subscribers"])
    }

    @Test func aCommentSectionsButtonsAndNotesAreDebris() throws {
        let lines = [
            "Publicar comentario", "Tu correo no se mostrará. Los campos obligatorios están marcados con *",
            "Pas encore de commentaire", "Показать следующие комментарии",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["The council posted a comment on its website on Monday, residents said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aBlogsNavigationLabelsAndSearchAreChrome() throws {
        let lines = [
            "« Entrada anterior: La nieve obliga a cerrar el puerto de Navalcuervo",
            "« Billet suivant · Accueil · Billet précédent »", "Libellés : associations, musique, Vernoux",
            "Buscar …", "Switch to full site",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["« Entrada anterior a la guerra », dijo el historiador sobre el edificio."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func recentPostsGoWithTheirHeading() throws {
        let text = """
            Council agrees budget

            \(self.frame.story)

            \(self.frame.more)

            Entradas recientes
            Vecinos de Braojos piden recuperar la línea de autobús a la capital
            El mercadillo de Montejo cumple 30 años
            """
        #expect(try self.frame.parse(text).paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func theAuthorsBoxAtTheFootIsDebris() throws {
        let text = """
            ---
            title: Fish market roof becomes a power station
            date: 2025-03-18T07:45:00.000Z
            author: Delia Marsh
            ---

            \(self.frame.story)

            \(self.frame.more)

            Delia Marsh
            Delia covers energy, the harbour and anything with a council agenda.
            """
        #expect(try self.frame.parse(text).paragraphs == [self.frame.story, self.frame.more])
        // The author named in the story's last line is no box.
        let named =
            text.split(separator: "\n").dropLast(2).joined(separator: "\n")
            + "\n\nDelia Marsh, who wrote this story, lives in Saltcombe.\n"
        #expect(
            try self.frame.parse(named).paragraphs == [
                self.frame.story, self.frame.more, "Delia Marsh, who wrote this story, lives in Saltcombe.",
            ]
        )
    }

    @Test func aNameOverABylinesPlaceAndDateIsTheByline() throws {
        let text = """
            La cooperativa exportará por primera vez a Japón

            Lucía Benítez
            Valdesauces | Publicado el 12 mar 2025, 09:15 | Actualizado el 13 mar 2025, 11:02

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        #expect(article.published?.hasPrefix("2025-03-12") == true)
    }

    @Test func aSkipLinkAfterTheDatePrefixLeavesTheHeadlineBelow() throws {
        let text = """
             date 2025-03-09 Saltar al contenido principal
            PORTADA | MONTEGRILLO | COMARCA | DEPORTES | OPINIÓN | AGENDA

            El Montegrillo femenino jugará su primera final de Copa

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "El Montegrillo femenino jugará su primera final de Copa")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aChannelsNameOverItsFollowerCountIsNoHeadline() throws {
        let article = try self.frame.parse(self.channelPost(under: "8 436 підписників"))
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // A headline over a figure of its own stays the headline.
        #expect(try self.frame.parse(self.channelPost(under: "8 436 residents")).title == "Берестянка Online")
    }

    /// A post under "Берестянка Online" and `line` in its block.
    private func channelPost(under line: String) -> String {
        """
        Берестянка Online
        \(line)

        \(self.frame.story)

        \(self.frame.more)
        """
    }

    @Test func aProfilesFollowButtonAndShortenedCountsAreChrome() throws {
        #expect(try self.frame.kept(["Follow", "Folgen", "Записаться", "1.2K", "12k", "3M"]).isEmpty)
        // A subheading that opens with the verb, and a sentence with a shortened figure, are the story's.
        let story = ["Follow the water", "1.2K runners finished the race in the rain."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anAuthorsNameOverTheFollowButtonIsNoHeadline() throws {
        let text = """
            What a year of counting potholes taught me

            Harriet Osei
            Follow

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "What a year of counting potholes taught me")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // A headline over the button is no name: it stays the headline.
        let headline = text.split(separator: "\n").dropFirst(2).joined(separator: "\n")
        #expect(
            try self.frame.parse("Harbour repairs start in spring\n" + headline).title
                == "Harbour repairs start in spring"
        )
    }

    @Test func aBylineOverItsProfileCardAtTheFootIsTheAuthorsBox() throws {
        let text = """
            Harbour repairs start in spring

            \(self.frame.story)

            \(self.frame.more)

            \(self.frame.story)

            \(self.frame.more)

            Written by Harriet Osei
            2.3K Followers · Writer for Civic Lines
            Structural engineer. I write about streets, bridges and the things that hold cities together.
            """
        // (Below the header's lines: a byline among them is read as the byline.)
        let story = [self.frame.story, self.frame.more]
        #expect(try self.frame.parse(text).paragraphs == story + story)
        // A byline over a story's paragraph in its block keeps the paragraph.
        let closing = "« Ce soir, les habitants ont choisi de tourner la page », a déclaré la tête de liste."
        let byline = text.split(separator: "\n").dropLast(3).joined(separator: "\n")
        #expect(try self.frame.parse(byline + "\n\nVon Annette Schwarzmann\n\(closing)\n").paragraphs.last == closing)
    }

    @Test func aBlogsFeedLinkAndAMeteredWallsOfferAreChrome() throws {
        let lines = [
            "S’abonner aux billets (Atom)", "Subscribe to: Posts (Atom)", "Lesen Sie jetzt weiter mit WK+",
            "Poursuivez votre lecture avec Le Courrier+", "Jetzt testen",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A story's sentence that names the feed, and one that opens with the words.
        let story = [
            "The council publishes its minutes as a feed (RSS) since January, so residents can follow them.",
            "Continue reading with care: the report's appendix lists every pipe replaced since 2019.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func countingIsNoAccount() throws {
        let line = """
            Lire, écrire, compter : la fédération finance aussi des cours de remise à niveau pour les apprentis \
            qui en ont besoin.
            """
        #expect(try self.frame.kept([line]) == [line])
        #expect(try self.frame.kept(["Lire la suite ? Créez votre compte gratuit."]).isEmpty)
    }
}

import Testing

@testable import ArticleParsing

/// What held-out-51 (the morning after regional elections: live blogs, results, concessions, and the day's
/// other news) showed: an ad's slot named as a sponsor's or an ad's space over a note that the story goes on;
/// share calls that repost or pass the story on through a network; teaser headings of what readers pick,
/// what is hot or read now, and of the outlet's whole coverage; reuse notices on the outlet's terms; a
/// widget's row of triangles; a search box's call to type; an e-mail form's pitch; a live page's call to
/// reload; a reader's photo credited after a caption; a discussion's count; a line closed by where the
/// podcast is heard everywhere; "Auch aus dem …:" teasers. Each with a story's look-alike.
@Suite struct ElectionMorningTests {
    let frame = StoryFrame()

    @Test func anAdsSlotOverANoteThatTheStoryGoesOnIsAMarker() throws {
        let markers = [
            "Sponsored message · the article carries on underneath",
            "WERBEFLÄCHE – darunter lesen Sie weiter",
            "Annonce · l'article reprend juste après",
            "Anuncio · la noticia continúa tras este espacio",
            "Спонсорский блок — читайте дальше",
        ]
        #expect(try self.frame.kept(markers).isEmpty)
        let story = [
            "Werbefläche am Bahnhof: Die Stadt vermietet die Tafeln ab April neu",
            "L'annonce a été faite lundi soir, et la séance reprend jeudi après la pause.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToRepostOrPassTheStoryOnThroughANetworkIsAPrompt() throws {
        let prompts = [
            "Repost on X or Bluesky · Copy the page address",
            "Tell a neighbour about this update via WhatsApp or Facebook",
            "Понравилась новость? Перешлите её в мессенджер",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        // Telling someone without a network is a story's (or a subheading's); a reported post is news.
        let story = [
            "Tell the council what you think",
            "Tell-tale posts on Facebook gave the scheme away, police said.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func headingsOfReadersPicksHotTopicsAndWholeCoverageHeadTeaserBlocks() throws {
        for heading in [
            "Readers’ picks this morning", "Hot topics on wktl9.com", "Vos lectures favorites depuis l'aube",
            "Читают прямо сейчас", "Alles zur Kommunalwahl in unserer Region",
        ] {
            let block = """
                \(heading)
                Hospital car park charges scrapped across the north
                Lady Falcons head to regional final after buzzer-beater
                """
            let article = try self.frame.parse(
                "Ferry review ordered\n\n\(self.frame.story)\n\n\(block)\n\n\(self.frame.more)\n"
            )
            #expect(article.paragraphs == [self.frame.story, self.frame.more], "\(heading)")
        }
        // Between the story's paragraphs, over prose, such a line is a subheading.
        let story = ["Alles zur Kommunalwahl in unserer Region"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func reuseOnTheOutletsTermsIsAFooter() throws {
        let footers = [
            "Meridian Herald Media Ltd 2026. Republication needs our written permission.",
            "Использование материалов агентства «Приокский вестник» допускается только с гиперссылкой на источник",
        ]
        #expect(try self.frame.kept(footers).isEmpty)
        let story = ["Residents say the developer never asked for their written permission before felling the trees."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aRowOfTrianglesIsAWidgetsRow() throws {
        let rows = [
            "Results tracker ▸ 31/40 constituencies declared ▸ Open the seat map",
            "Ergebnisse live ▸ 23 von 23 Stimmbezirken gezählt ▸ Karte öffnen",
        ]
        #expect(try self.frame.kept(rows).isEmpty)
        let story = ["Turnout ▸ 58.7 per cent, the highest for twenty years, the returning office confirmed."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aSearchBoxsCallToTypeEndsAWidget() throws {
        #expect(try self.frame.kept(["Résultats commune par commune · Tapez le nom de votre ville"]).isEmpty)
        let story = ["Tapez le nom de votre ville dans le moteur et rien ne s'affiche, déplorent les usagers."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anEmailFormsPitchIsAPrompt() throws {
        let pitch = [
            "Like these late-night count notes? They cost nothing. Pop your email address in the box underneath."
        ]
        #expect(try self.frame.kept(pitch).isEmpty)
        let story = ["Fraudsters asked for her email address in a box on a fake council page, police said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aLivePagesCallToReloadIsChrome() throws {
        #expect(try self.frame.kept(["Actualiser la page pour afficher les derniers messages"]).isEmpty)
        let story = ["Les usagers devaient actualiser la page plusieurs fois pour voter, selon la mairie."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aReadersPhotoCreditedAfterACaptionIsACaption() throws {
        #expect(try self.frame.kept(["Сосульки над входом в подъезд на улице Котельной. Фото читателя"]).isEmpty)
        let story = ["Фото читателя стало главным доказательством в суде."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aDiscussionsCountWithItsCallIsChrome() throws {
        #expect(try self.frame.kept(["Обсуждение (3) · авторизуйтесь и оставьте своё мнение"]).isEmpty)
        let story = ["Обсуждение продлится 3 недели, сообщили в мэрии."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aLineClosedByWhereThePodcastIsHeardEverywhereIsAPrompt() throws {
        let prompts = [
            "Retrouvez Radio Val d’Orgène sur toutes les plateformes de podcast",
            "New episodes every Friday, wherever you get your podcasts",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "Le podcast de la radio, disponible sur toutes les plateformes de podcast, compte 10 000 auditeurs."
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func alsoFromAPlaceOfTheOutletBeforeAHeadlineIsATeaser() throws {
        #expect(
            try self.frame.kept(["Auch aus dem Gerichtssaal: Streit um Grenzhecke landet vor dem Landgericht"]).isEmpty
        )
        let story = ["Auch aus dem Stadtrat kam Kritik: Die Pläne seien zu teuer"]
        #expect(try self.frame.kept(story) == story)
    }
}

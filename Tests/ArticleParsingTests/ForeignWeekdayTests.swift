import Testing

@testable import ArticleParsing

/// What held-out-49 (the samples' genre on a weekday, mostly in German, French, Spanish, Russian and
/// Ukrainian) showed: a cookie banner or a subscription call glued to the date prefix is no dek, and the
/// headline under it is the title; an ad's marker between dashes over a note that the report goes on; a
/// newsletter offered "en tu correo"; each against a story's look-alike.
@Suite struct ForeignWeekdayTests {
    let frame = StoryFrame()

    @Test func aCookieBannerGluedToTheDatePrefixLeavesTheHeadlineUnderIt() throws {
        let text = """
             date 2025-11-12 Diese Website verwendet Cookies und ähnliche Technologien. Mit Klick auf „Alle akzeptieren“ willigen Sie ein.
            Blitzeis am Morgen: Mehr als 40 Unfälle in Quendelbach und Umgebung

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Blitzeis am Morgen: Mehr als 40 Unfälle in Quendelbach und Umgebung")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aSubscriptionCallGluedToTheDatePrefixLeavesTheHeadlineUnderIt() throws {
        let text = """
             date 2025-11-12 Газета живе завдяки читачам: оформіть річну передплату зі знижкою
            Сто років на фото: у Калиновому Броді відкрили виставку старих знімків міста

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Сто років на фото: у Калиновому Броді відкрили виставку старих знімків міста")
        let story = ["«Оформіть передплату на районку», — порадила бібліотекарка відвідувачам."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anAdsMarkerBetweenDashesOverANoteIsAMarker() throws {
        #expect(try self.frame.kept(["– Anzeige – Fortsetzung des Berichts folgt"]).isEmpty)
        let story = ["Die Fortsetzung des Berichts folgt in der nächsten Ausgabe, kündigte die Redaktion an."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNewsletterOfferedInTheReadersInboxIsAPrompt() throws {
        #expect(
            try self.frame.kept(["Las noticias de Valdelora en tu correo antes del desayuno: date de alta aquí"])
                .isEmpty
        )
        let story = ["El Ayuntamiento dio de alta a 300 vecinos en el nuevo servicio de avisos por correo."]
        #expect(try self.frame.kept(story) == story)
    }
}

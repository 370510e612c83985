import Testing

@testable import ArticleParsing

/// What held-out-42 (syndicated and republished copies) showed: the lines a reprint carries about where
/// it came from and on what terms, a wire's transmission codes over its fields, a forward's note over its
/// marker, an aggregator's "via", a site's address as its masthead, a photographer in capitals after a
/// slash; and the story's lines that open with the same words.
@Suite struct RepublishedCopyTests {
    let frame = StoryFrame()

    @Test func aReprintsProvenanceAndTermsAreNotices() throws {
        let lines = [
            "Dépêche de l'Agence France-Presse diffusée sans modification par notre rédaction.",
            "Noticia facilitada por Europa Press y publicada sin edición por esta web.",
            "При перепечатке материалов портала обязательна активная ссылка на Заречинск.инфо.",
            "Free to reuse in print or online: credit Ridgeline Report, link to the original.",
            "From our network partners at Heartland News Network",
            "Titre original : « Ein Dorf vermisst sein Eis », Bergland Zeitung, 16 janvier 2026",
            "Ссылка на источник: ИА «Северный вестник»",
            "WKTR's Amira Haddad contributed to this report from Cedar Bay.",
            "dpa-infocom, dpa:260213-99-481207/3",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    @Test func aStorysLinesWithTheSameWordsStay() throws {
        let story = [
            // A historical document's first publication in a paragraph longer than a notice, a subheading,
            // a letter quoted.
            """
            Originally published in 1911, the county's official history calls the elevator's predecessor, a \
            wooden structure that burned in 1914, "the cathedral of the prairie," and preservationists have \
            borrowed the phrase.
            """,
            "Translated from the archive",
            "Subscribe to the Gazette, one 1871 letter urges a younger sister, “so you will hear the news.”",
            "Via the Bellamy Reach, the only deep-water approach, the ships would have 40 meters to spare.",
            "She contributed to this report from the start, colleagues said.",
        ]
        #expect(try self.frame.kept(story) == story)
        // A translator named, or the language with its capital: the translator's credit.
        #expect(try self.frame.kept(["Translated from the German by Anna Weiss", "Translated from Swedish"]).isEmpty)
    }

    @Test func aWiresTransmissionCodesGoWithItsFields() throws {
        let text = """
            ZCZC
            EFE0347 4 AGR 0412 ESP/AGRO
            SLUG: ESPAÑA-AGRICULTURA-HELADAS
            DATE: 20/02/2026 11:42 CET

            Las heladas arruinan un tercio de la naranja tardía

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Las heladas arruinan un tercio de la naranja tardía")
        #expect(article.published == "2026-02-20T11:42:00+01:00")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aForwardersNoteGoesWithTheForward() throws {
        let text = """
            Hi Jens, lies das mal – betrifft auch deine Pendelstrecke. Gruß, Miriam

            ---------- Forwarded message ---------
            From: Elbauen Briefing <briefing@elbauen-briefing.de>
            Subject: Warum die Fähre seltener fährt
            To: <miriam@example.org>

            Warum die Fähre seltener fährt

            \(self.frame.story)

            \(self.frame.more)

            Abmelden: https://elbauen-briefing.de/abmelden?u=7f3a91
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Warum die Fähre seltener fährt")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aFeedItemsContentFieldOpensItsBody() throws {
        let text = """
            title: Landkreis testet Rufbus
            published: 2026-03-03T07:30:00+01:00
            content:

            \(self.frame.story)

            \(self.frame.more)
            """
        #expect(try self.frame.parse(text).paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func anAggregatorsViaIsNoDek() throws {
        let text = """
             date 2026-01-27 via NewsNook
            Harbor pilots say the new channel is too tight

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Harbor pilots say the new channel is too tight")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aSitesAddressWithItsTaglineIsTheMasthead() throws {
        let text = """
            Заречинск.инфо — городской портал

            В Заречинске при школах откроют пункты приёма батареек

            \(self.frame.story)

            \(self.frame.more)
            """
        #expect(try self.frame.parse(text).title == "В Заречинске при школах откроют пункты приёма батареек")
        // A sentence that names a site is a story's.
        let story = ["Booking.com — the travel site — raised its fees twice last year."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aPhotographerInCapitalsAfterASlashClosesACaption() throws {
        let lines = [
            "Vecinos hacen cola ante la oficina de la calle Mayor, este jueves. / MARTA LORENTE",
            "» More farm and ranch coverage: courierdispatch.com/ranch", "Te recomendamos: El precio del aceite cae",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["The vote was 5 / 4 in favour, with one member absent."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNewslettersMastheadGivesItsDate() throws {
        let text = """
            ELBAUEN BRIEFING · Ausgabe 214 · Dienstag, 3. März 2026
            Probleme mit der Darstellung? Diese Ausgabe im Browser öffnen.

            Warum die Fähre seltener fährt

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.published == "2026-03-03")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }
}

/// What held-out-43 (articles saved and forwarded by hand and through apps) showed: a compound's hyphen
/// at a line's end, a phone's signature, a feed item's excerpt and content fields, "next" headings in
/// Russian and Ukrainian.
@Suite struct SavedCopyTests {
    let frame = StoryFrame()

    @Test func aCompoundsHyphenAtALinesEndStays() {
        #expect(
            ParagraphAssembly.joinedWrapped(["The course was designed with a well-", "known local charity."])
                == "The course was designed with a well-known local charity."
        )
        #expect(
            ParagraphAssembly.joinedWrapped(["It will reopen as a round-the-", "clock service."])
                == "It will reopen as a round-the-clock service."
        )
        #expect(ParagraphAssembly.joinedWrapped(["Write to us by e-", "mail."]) == "Write to us by e-mail.")
        // A word broken between its syllables is joined.
        #expect(
            ParagraphAssembly.joinedWrapped(["reliable health informa-", "tion and advice."])
                == "reliable health information and advice."
        )
    }

    @Test func aPhonesSignatureAndANextHeadingAreChrome() throws {
        #expect(try self.frame.kept(["Sent from my iPhone", "Von meinem iPhone gesendet"]).isEmpty)
        let story = ["Sent from my phone, the photo reached the newsroom within minutes, the editor said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aFeedItemsExcerptAndContentFieldsAreItsHeader() throws {
        let text = """
            Title: The post office that became a bakery
            Link: https://northgatenotes.blog/2025/02/18/post-office-bakery/
            Comments: https://northgatenotes.blog/2025/02/18/post-office-bakery/#respond
            Description: When Northgate's sub-post office closed in the spring of 2023, Ruth and Sam Adeyemi bought it […]

            Content:
            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "The post office that became a bakery")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }
}

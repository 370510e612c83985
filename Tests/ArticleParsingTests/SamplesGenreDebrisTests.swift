import Testing

@testable import ArticleParsing

/// What a batch in the samples' own genre (held-out-34) showed: a teaser label that carries its headline
/// heads no block (the story's next subheading stays), an invitation to an outlet's Viber channel, an
/// advertisement's "scroll to continue", a note that the piece first appeared elsewhere (Ukrainian), and
/// a header's date line that opens with the place the story was filed from.
@Suite struct SamplesGenreDebrisTests {
    let frame = StoryFrame()

    @Test func aTeaserLabelWithItsHeadlineHeadsNoBlock() throws {
        let text = """
            Repair café opens in Lahnfeld

            Volunteers will fix toasters, lamps and laptops for free every last Saturday of the month.

            Auch interessant: Neue Öffnungszeiten am Wertstoffhof Lahnfeld

            Nachwuchs gesucht

            Most of the volunteers are over 65, and the group is looking for younger helpers.
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs.contains("Nachwuchs gesucht"))
        #expect(!article.paragraphs.contains { $0.hasPrefix("Auch interessant") })
    }

    @Test func promptsAndNotesAreDebris() throws {
        let lines = [
            "Долучайтеся до нашого каналу у Viber — там усі новини громади.", "ADVERTISEMENT - SCROLL TO CONTINUE",
            "Цей матеріал уперше з’явився у розсилці «Зелений вісник». Оригінал читайте на сайті видання.",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    @Test func aDateLineMayOpenWithThePlace() throws {
        let text = """
            Castellar del Río prohíbe los patinetes eléctricos en el casco histórico

            Lucía Herrero
            Castellar del Río - 12 mar 2025 - 14:05 CET
            Actualizado: 12 mar 2025 - 18:30 CET

            El pleno del Ayuntamiento aprobó este miércoles una ordenanza que prohíbe los patinetes.

            La prohibición afectará tanto a los patinetes particulares como a los de alquiler.
            """
        let article = try self.frame.parse(text)
        #expect(article.published == "2025-03-12T14:05:00+01:00")
        #expect(article.paragraphs.count == 2)
        // A byline keeps its name: "Von Henrike Barthel | 3. März 2026" names no place.
        #expect(BodySelection.placedDate("Von Henrike Barthel | 3. März 2026") == nil)
        #expect(BodySelection.placedDate("Madrid - Barcelona, el derbi del año") == nil)
    }

    /// held-out-35: a marker and its note across a spaced dash; a story's sentence on cookies attributed
    /// with another verb of speech; a list's lead, its colon and items ending in `;`, never joined as prose.
    @Test func aMarkersNoteAfterADashIsDebris() throws {
        let lines = ["Publicité – la suite de l’article après cette annonce", "ADVERTISEMENT - SCROLL TO CONTINUE"]
        #expect(try self.frame.kept(lines).isEmpty)
        let story =
            "Bestellt werden kann per App oder telefonisch. Wer in der App keine Cookies akzeptieren möchte, kann Fahrten auch über eine kostenlose Hotline buchen, versicherte die Verwaltung."
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func aListUnderAColonStaysItemByItem() throws {
        let text = """
            Ремонтна майстерня відкрилася в громаді

            Волонтери безкоштовно лагодять побутову техніку для мешканців громади.

            Майстерня відчинена тричі на тиждень:
            вівторок і четвер — з 17:00 до 20:00;
            субота — з 10:00 до 15:00.

            Записуватися заздалегідь не потрібно.
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs.contains("вівторок і четвер — з 17:00 до 20:00;"))
        #expect(article.paragraphs.contains("Майстерня відчинена тричі на тиждень:"))
    }

    /// held-out-36: a caption's bracket naming whose picture it is; an invitation to report an error with
    /// an address to write to, and the newsroom's word on its corrections under it; a teaser label naming
    /// the outlet's own site; an appeal to become the newsroom's patron; a button's "free".
    @Test func aBracketNamingWhosePictureEndsACaption() throws {
        let captions = [
            "The case was heard at Brackley Magistrates’ Court. (Examiner photo)",
            "Volunteers at the Ash Brook dam on Saturday. (Staff picture)",
        ]
        #expect(try self.frame.kept(captions).isEmpty)
        let story = "He kept one thing from the fire. (It was a photo of his parents on their wedding day.)"
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func anErrorReportWithAnAddressIsDebris() throws {
        let prompts = [
            "Spot something wrong? Let our standards editor know at standards@saltmarshledger.co.uk",
            "To report an inaccuracy in this story, email standards@brackleyexaminer.co.uk and quote the headline.",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "What went wrong?",
            "The council admitted the error and opened an inbox, refunds@kavlin.example.org, for residents, a spokesman said.",
            "Something went wrong with the ballot papers, and 200 voters were turned away.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCorrectionsPolicyGoesWithTheErrorReportAboveIt() throws {
        let text = """
            Brewery to close after 160 years

            Pengelly said the family had no plans to sell the brewhouse for housing.

            We all make mistakes, and our brewers made a few in the early years, he said.

            Spot something wrong? Let our standards editor know at standards@saltmarshledger.co.uk
            Every correction we make is logged on our transparency page.
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs.count == 2)
        #expect(
            article.paragraphs.last == "We all make mistakes, and our brewers made a few in the early years, he said."
        )
    }

    @Test func aTeaserLabelMayNameTheOutletsOwnSite() throws {
        #expect(
            try self.frame.kept(["Also on our site: Kavlin opens first council-built homes in two decades"]).isEmpty
        )
        let story = [
            "Also on the agenda: A new bus depot for the eastern suburbs",
            "Also on Tuesday: The council votes on the harbour budget",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anAppealToBecomeTheNewsroomsPatronIsDebris() throws {
        let appeals = [
            "Станьте патроном нашої редакції — разом ми робимо незалежні новини громади можливими.",
            "Become a patron of our newsroom from £3 a month.",
        ]
        #expect(try self.frame.kept(appeals).isEmpty)
        let story = [
            "Станьте донором крові: у п’ятницю в лікарні працюватиме мобільний пункт.",
            "Become a member of the rowing club early, the coach told the students, because places go fast.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aButtonMaySayFreeBetweenItsWords() {
        #expect(PageWidgets.isButtonLine(Boilerplate.LineKey("Jetzt kostenlos anmelden")))
        #expect(!PageWidgets.isButtonLine(Boilerplate.LineKey("Jetzt kostenlos parken")))
    }

    /// held-out-37: Argentine Spanish speaks to the reader with "vos" ("Leé también", "Suscribite").
    @Test func voseoCommandsAreCues() throws {
        let lines = [
            "Leé también: Reabre el Teatro Municipal de San Ignacio tras dos años de obras",
            "Seguinos en Instagram y enterate antes que nadie",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = "Leé el contrato antes de firmar, aconsejó la abogada a los inquilinos del barrio."
        #expect(try self.frame.kept([story]) == [story])
    }
}

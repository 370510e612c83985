import Testing

@testable import ArticleParsing

/// What held-out-47 (the samples' genre on a slow news day: features, obituaries, reviews, a recipe,
/// a newsletter letter) showed: a wrapped paragraph whose next line opens with a dash, a caption that
/// places its scene in a photograph, a newsletter's masthead with what it is, a staff writer's bio at
/// the foot, a note of where a letter went out first, a funding note, a guest book's call, a guide's
/// disclaimer, a save button's call, a desk's teaser label, a copyright line naming its holder before
/// the year; each against a story's look-alike.
@Suite struct SlowDayTests {
    let frame = StoryFrame()

    @Test func aWrappedClauseGoesOnPastADashOpeningTheNextLine() throws {
        let wrapped = """
            Wer sich in diesem Sommer in Wendelsbach verläuft, ist selbst schuld
            – oder genau am richtigen Ort. Auf einem drei Hektar großen Feld am
            Ortsrand hat Landwirt Tobias Hainbuch ein Maislabyrinth angelegt.
            """
        let article = try self.frame.parse("Labyrinth im Mais\n\n\(self.frame.story)\n\n\(wrapped)\n")
        #expect(
            article.paragraphs.last
                == "Wer sich in diesem Sommer in Wendelsbach verläuft, ist selbst schuld – oder genau am richtigen Ort. "
                + "Auf einem drei Hektar großen Feld am Ortsrand hat Landwirt Tobias Hainbuch ein Maislabyrinth angelegt."
        )
        // A list's short lead over its dashed items stays a list: each item a line of its own.
        let list = "Zutaten für vier Personen\n– frische Eier\n– zwei Becher Sahne"
        let listed = try self.frame.parse("Rezept\n\n\(self.frame.story)\n\n\(list)\n")
        #expect(listed.paragraphs.last != "Zutaten für vier Personen – frische Eier – zwei Becher Sahne")
    }

    @Test func aCaptionPlacingItsSceneInAPhotographIsACaption() throws {
        let captions = [
            "Elsie Varnham winds the harbour tide clock in a 1987 photograph supplied by her family.",
            "The mill's workers line up outside the gates in an undated photo.",
        ]
        #expect(try self.frame.kept(captions).isEmpty)
        let story = [
            "She kept the letters in a 1987 photograph album under her bed.",
            "He appears in a photograph. It shows him at the helm of the lifeboat in 1962.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNewslettersMastheadWithWhatItIsIsNoTitle() throws {
        let text = """
            THE PLOT THICKENS · a weekly letter from Plot 14 at Ferrier Road Allotments

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        let story = ["Market report · a quiet week for wheat as buyers wait for the harvest figures"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aStaffWritersBioAtTheFootIsDropped() throws {
        let bio =
            "Lowri Castle is the Clarion's features writer. She still types her shopping lists on a 1962 portable."
        let text = { (closing: String) in
            """
            The last typewriter mender

            \(self.frame.story)

            \(self.frame.more)

            The shop will stay open on Saturdays through the winter, he said.

            \(closing)
            """
        }
        let article = try self.frame.parse(text(bio))
        #expect(!article.paragraphs.contains(bio))
        // A story's last line saying what its subject is stays.
        let closing = "Oswin Tully is the town's last typewriter mender, and he has no plans to retire."
        let story = try self.frame.parse(text(closing))
        #expect(story.paragraphs.last == closing)
    }

    @Test func aNoteOfWhereALetterWentOutFirstIsANote() throws {
        #expect(
            try self.frame.kept([
                "This letter went out first to readers of The Plot Thickens. Pass it along to anyone who grows things."
            ]).isEmpty
        )
        let story = ["The warning first went out to residents of Kingsbridge at 5 a.m., the council said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNoteOfHowTheOutletFundsADeskIsChrome() throws {
        let notes = [
            "Our consumer desk is funded in part by advertising",
            "Our climate reporting is supported by the Harbour Trust.",
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = [
            "The museum is funded in part by the council.",
            "Our hospital is funded by the county, the trust's chair said at the meeting.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anObituarysGuestBookCallIsAPrompt() throws {
        #expect(
            try self.frame.kept(["Light a candle or leave a memory in the online guest book for Elsie Varnham"]).isEmpty
        )
        let story = ["More than 300 people had signed the online guest book for Varnham by Sunday."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aGuidesDisclaimerAndASaveButtonsCallAreNotes() throws {
        let notes = [
            "Our consumer guides are general information and not legal or financial advice.",
            "Save this recipe to your collection in the Kitchen Table app",
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = [
            "Save the leftover juices for a soup the next day; they keep for three days in the fridge.",
            "Lawyers said the advice had been sound, and the judge agreed.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aDesksTeaserLabelAndSponsorMarkersAreDropped() throws {
        let lines = [
            "Also from our health desk: the truth about electrolyte drinks",
            "Paid partnership · scroll to continue reading",
            "Читайте ещё: Как в райцентре открыли первый книжный клуб для подростков",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = [
            "Also from the health board: a warning about heat in the afternoons.",
            "The paid partnership between the two clubs ended in March.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCopyrightLineNamingItsHolderBeforeTheYearIsAFooter() throws {
        #expect(try self.frame.kept(["All content © Brindle Cross Clarion 2025 unless stated otherwise."]).isEmpty)
        // A misread "é" ("PubliÃ©") holds the sign inside a word: no copyright line.
        let story = ["Le loup a été vu en prÃ©sence de témoins le 4 mars 2023."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aShareCallNamesItsNetworkInItsOwnClause() throws {
        let story = ["Share your versions with me; I read every email, even the ones about burnt trays."]
        #expect(try self.frame.kept(story) == story)
        #expect(try self.frame.kept(["Share this recipe by email; it takes a second."]).isEmpty)
    }

    @Test func aHeadingAskingWhatATownReadsHeadsATeaserBlock() throws {
        let block = """
            What Hatherby is reading today
            Harbour steps repair finally gets a start date
            Hatherby bakery takes county prize for its saffron buns
            """
        let article = try self.frame.parse(
            "Elsie Varnham dies at 91\n\n\(self.frame.story)\n\n\(self.frame.more)\n\n\(block)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        let story = ["What Hatherby is reading today tells us something about the town, the librarian said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aWritersBioUnderTheHeadlineOrInAnAuthorBoxIsDropped() throws {
        let top = "Дмитрий Орлов пишет о транспорте и городской среде с 2015 года. Почта: d.orlov@rakitinsk-vesti.ru"
        let article = try self.frame.parse("Трамвай пошёл\n\n\(top)\n\n\(self.frame.story)\n\n\(self.frame.more)\n")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        let box =
            "About the author\nNiamh Corrigan runs infrastructure for a small lab and writes Patchcable in her spare time."
        let boxed = try self.frame.parse("Moving your codes\n\n\(self.frame.story)\n\n\(self.frame.more)\n\n\(box)\n")
        #expect(boxed.paragraphs == [self.frame.story, self.frame.more])
        // A dek under the headline saying who someone is stays the story's.
        let dek = "Jane Hale is the Gazette's new editor, the first woman to hold the post in its 150 years."
        let story = try self.frame.parse("A new editor\n\n\(dek)\n\n\(self.frame.story)\n\n\(self.frame.more)\n")
        #expect(story.paragraphs.first == dek)
    }

    @Test func aReadersCommentUnderTheirNameAndInitialIsDropped() throws {
        // At a long story's foot (a short one's lines are all near its top, where a name over a date is a
        // byline).
        let story = (1...8).map {
            "Paragraph \($0) of the story goes on about the codes, the phone and the backups, and about what "
                + "the reader should do before the old handset stops working for good, step by careful step."
        }
        let comment = "Oskar B. — Dec 2, 2025\nThe silent-skip thing happened to me too, with a different app."
        let text = "Moving your codes\n\n" + story.joined(separator: "\n\n") + "\n\n\(comment)\n"
        let article = try self.frame.parse(text)
        #expect(article.paragraphs == story)
        #expect(article.published == nil)
    }
}

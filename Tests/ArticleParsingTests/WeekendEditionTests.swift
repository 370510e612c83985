import Testing

@testable import ArticleParsing

/// What held-out-48 (the samples' genre on a weekend: sport, culture, nature, court reports, market
/// days) showed: comments switched off, a note on a shorter version of the story, an ad's marker over
/// a note that the story goes on underneath, a supporter appeal after a dash naming the outlet, a
/// newsletter offered by its name and what it is between dashes, a newsletter's masthead and footer,
/// a trial offer's name, "Также по теме:"; each against a story's look-alike.
@Suite struct WeekendEditionTests {
    let frame = StoryFrame()

    @Test func notesOnCommentsAndOnAShorterVersionAreNotes() throws {
        let notes = [
            "Comments have been switched off on this court report for legal reasons.",
            "A shorter version of this story ran in Saturday's Courier.",
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = [
            "The judge said comments made by the defendant on social media had been taken into account.",
            "A shorter version of the race ran in 1998, when fog closed the coast road.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anAdsMarkerOverANoteThatTheStoryGoesOnIsAMarker() throws {
        #expect(try self.frame.kept(["ADVERT · more of this story underneath"]).isEmpty)
        let story = ["The advert ran underneath the results, the club's treasurer said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aSupporterAppealAfterADashIsAPromptAndNoDek() throws {
        let appeal = "Keep local football on these pages — become a Star supporter today"
        #expect(try self.frame.kept([appeal]).isEmpty)
        // Glued to the date prefix, the appeal is no dek: the headline under it is the title.
        let text = """
             date 2025-10-19 \(appeal)
            Wyvelsby Athletic snatch seven-goal thriller at Brackenhowe

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Wyvelsby Athletic snatch seven-goal thriller at Brackenhowe")
        let story = ["The club is short of volunteers — become a steward, the chairman urged fans at half-time."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNewsletterOfferedByItsNameAndWhatItIsIsAPrompt() throws {
        let offers = [
            "Weekend Culture — the Observer's Saturday arts letter — costs nothing to join",
            "Lisez toute la Gazette en illimité : offre d'essai à 1 euro le premier mois",
        ]
        #expect(try self.frame.kept(offers).isEmpty)
        let story = [
            "Mary Ellis — the club's first woman captain — still rows on Sundays, free of any injury.",
            "The festival — a weekend of readings and talks — costs nothing to attend.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aBulletinsMastheadAndFooterAreNoText() throws {
        let text = """
            THE BOW SIDE · autumn bulletin of Hollinford Amateur Rowing Club

            \(self.frame.story)

            \(self.frame.more)

            You get The Bow Side because you are a member of HARC. Reply STOP to be taken off the list.
            """
        let article = try self.frame.parse(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aRelatedLabelInRussianIsATeaser() throws {
        #expect(try self.frame.kept(["Также по теме: набережную перекроют на ремонт после ледохода"]).isEmpty)
        let story = ["Также по теме выступил глава района, который пообещал отремонтировать набережную."]
        #expect(try self.frame.kept(story) == story)
    }
}

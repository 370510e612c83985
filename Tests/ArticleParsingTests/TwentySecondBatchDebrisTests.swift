import Testing

@testable import ArticleParsing

/// What `held-out-25` (specialist and regional outlets saved by hand and by tools: a trade magazine, a
/// student paper, a local radio station, an NGO, a parish, a university's press office, a sports club, a
/// tech blog) showed: follow prompts naming a handle, alerts offered like a newsletter, a register's
/// number in a footer, "Related …:" labels, a blog's links to the posts before and after, a print
/// view's and an error report's buttons, a broadcaster's pointer to its report, a saved page's title
/// before the headline.
@Suite struct TwentySecondBatchDebrisTests {
    private let frame = StoryFrame()

    /// A follow prompt may name an account's handle instead of a network; an e-mail address is no handle,
    /// and a reported call to follow one is news.
    @Test func followPromptsThatNameAHandleAreDebris() throws {
        #expect(try self.frame.kept(["Follow @CastlebridgeUni for the latest research news."]).isEmpty)
        let stays = [
            "The mayor's office said complaints sent to info@example.org would be answered within a week.",
            "“Follow @metoffice for updates,” the council said in a statement on Tuesday.",
        ]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// Alerts offered the way a newsletter is ("Get breaking news alerts …"); a story's alerts stay.
    @Test func alertsOfferedLikeANewsletterAreDebris() throws {
        #expect(try self.frame.kept(["Get breaking news alerts from WRVR: text NEWS to 55104."]).isEmpty)
        let stays = ["Residents can sign up for flood alerts on the council's website, officials said."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// A digest, or the reader's inbox named in other words, offered by an imperative or to "you".
    @Test func digestsAndTheReadersInboxAreANewslettersSigns() throws {
        let pitches = [
            "Chaque dimanche, une recette de saison arrive dans votre messagerie. Inscription gratuite.",
            "Отримуйте щоп’ятничний дайджест культурних подій міста — залиште свою пошту.",
        ]
        #expect(try self.frame.kept(pitches).isEmpty)
        let stays = ["The weekly digest of council decisions was discontinued in 2023 to save money, officials said."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// A body's registration with its number is a footer; a story's "registered charity" has no number.
    @Test func aRegistersNumberInAFooterIsDebris() throws {
        let footers = [
            "WellSpring Aid is a registered charity in England and Wales (no. 1123456).",
            "St Aldhelm's Church, Church Lane, Wessing WS4 2AB - Registered charity no. 1134567",
        ]
        #expect(try self.frame.kept(footers).isEmpty)
        let stays = ["The trust, a registered charity, raised £12,000 for the roof in 2024."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// A label offering more of the outlet's pieces ("Related news:", "Mehr Fahrberichte:", "Nos autres
    /// recettes de famille :") over a headline; a story's label over a sentence or a lower-case list stays.
    @Test func labelsOfferingMorePiecesHeadTeasers() throws {
        let teasers = [
            "Related news: Drought response scaled up in Marsabit as rains fail for third season",
            "Related guides: How to haggle for a better broadband deal · Switching mobile network",
            "Mehr Fahrberichte: Volta Strada im Dauertest – Halbzeit nach 50.000 Kilometern",
            "Nos autres recettes de famille : La tarte aux pralines roses de Lucette",
        ]
        #expect(try self.frame.kept(teasers).isEmpty)
        let stays = [
            "Related costs: the council says the bill for security came to £40,000 this year.",
            "Other measures: a curfew after ten and a ban on gatherings of more than six",
            "More trouble: The port closed again on Monday after a second strike.",
        ]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// A blog's links to the posts before and after; "Next post" in a sentence stays.
    @Test func linksToThePostsBeforeAndAfterAreDebris() throws {
        let links = [
            "← Previous post: Postgres 16 upgrade retrospective", "Nächster Beitrag →", "Next article: Rates hold",
        ]
        #expect(try self.frame.kept(links).isEmpty)
        let stays = ["Next post office to close will be the one on Mill Street, the company said."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// Buttons of a print view, an error report and an image credit's label, in several languages.
    @Test func printErrorAndCreditButtonsAreDebris() throws {
        let buttons = [
            "Версія для друку", "Version imprimable", "Report a typo or error", "Fehler melden",
            "Image credit: NASA/JPL-Caltech", "Bildnachweis: Stadt Hemmfurt",
        ]
        #expect(try self.frame.kept(buttons).isEmpty)
    }

    /// A broadcaster's pointer to its report on air, a match sponsor's line, an appeal to give online.
    @Test func promotionsOfTheOutletAndItsSponsorsAreDebris() throws {
        let lines = [
            "Дивіться сюжет у «Вечірніх новинах» о 19:00",
            "Today’s match sponsor: Ashby Motors – Official Club Partner",
            "Give online to St Aldhelm's: https://www.example.org.uk/give",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    /// A saved page's title as a ` date …` prefix's text ("Section - Site") over the headline is neither
    /// text nor the headline; a dek in that place stays the first paragraph.
    @Test func aSavedPagesTitleOverTheHeadlineIsNoDek() throws {
        let page = try self.frame.parse(
            " date 2025-05-06 News and events - University of Castlebridge\nEngineers turn brewery waste into concrete\n"
                + "Tuesday 6 May 2025\n\(self.frame.story)\n"
        )
        #expect(page.title == "Engineers turn brewery waste into concrete")
        #expect(page.paragraphs == [self.frame.story])

        let dek = try self.frame.parse(
            " date 2025-05-06 Storm Eunice - what we know so far\n\(self.frame.story)\n\(self.frame.more)\n"
        )
        #expect(dek.title == nil)
        #expect(dek.paragraphs == ["Storm Eunice - what we know so far", self.frame.story, self.frame.more])
    }
}

import Testing

@testable import ArticleParsing

/// What held-out-50 (the samples' genre on an ordinary day of intake, in the samples' proportions)
/// showed: story sentences opening with a cue's words (a comma after them, an attribution set apart by
/// commas, a photograph the sentence describes) are the story's; teaser headings that say when or where
/// ("Most viewed this hour", "Trending across the valley") and one left last above the URL footer; a
/// note of where a letter was first sent; a call to sign up to a named newsletter with a colon.
@Suite struct ScraperDayTests {
    let frame = StoryFrame()

    @Test func storySentencesOpeningWithACuesWordsAreKept() throws {
        let story = [
            "À lire aussi, selon les transporteurs : le rapport d’inspection n’a toujours pas été communiqué.",
            "Lea también el informe técnico, añadió, quien quiera entender por qué los acuíferos tardan tanto.",
            "На фото, яке ліцей виклав у соцмережах, директорка вручає ключі водієві.",
        ]
        #expect(try self.frame.kept(story) == story)
        // The cues themselves, and a headline after one ending in its source's verb, are still teasers.
        let teasers = [
            "À lire aussi : le carnaval de Montcaillou",
            "Related: Heating bills set to rise again in spring, regulator warns",
        ]
        #expect(try self.frame.kept(teasers).isEmpty)
    }

    @Test func teaserHeadingsSayingWhenOrWhereHeadTeaserBlocks() throws {
        for heading in ["Most viewed this hour", "Trending across the valley", "Related council news"] {
            let block = """
                \(heading)
                Rail fares frozen for a second year in surprise budget move
                Why hospital waiting lists grew again in January
                """
            let article = try self.frame.parse(
                "Ferry review ordered\n\n\(self.frame.story)\n\n\(block)\n\n\(self.frame.more)\n"
            )
            #expect(article.paragraphs == [self.frame.story, self.frame.more])
        }
    }

    @Test func aTeaserHeadingLeftLastAboveTheURLFooterIsDropped() throws {
        let text = """
            Hallenbad bleibt wochenlang zu

            \(self.frame.story)

            \(self.frame.more)

            Der Betreiber will bis Ende März über die Reparatur entscheiden, sagte ein Sprecher der Stadt.

            Mehr aus Auenried und Umgebung

            Original url:

            https://www.auenrieder-kreisbote.de/lokales/auenried/hallenbad-a88213
            """
        let article = try self.frame.parse(text)
        #expect(!article.paragraphs.contains("Mehr aus Auenried und Umgebung"))
        // Between the story's paragraphs such a line is a subheading.
        let story = ["Mehr aus Auenried und Umgebung"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aNoteOfWhereALetterWasFirstSentIsANote() throws {
        #expect(
            try self.frame.kept([
                "First sent to members of The Hollins Lea Ledger. Forward it to a neighbour who would enjoy it."
            ]).isEmpty
        )
        let story = ["The petition was first sent to members of the Hollins Lea council in March, the clerk said."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToSignUpToANamedNewsletterIsAPrompt() throws {
        #expect(try self.frame.kept(["Sign up to Morning Standard: the day's top stories before 7am"]).isEmpty)
        let story = ["Subscribe to Netflix: that is what the survey found most people do first."]
        #expect(try self.frame.kept(story) == story)
    }
}

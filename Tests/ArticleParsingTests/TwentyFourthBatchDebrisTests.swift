import Testing

@testable import ArticleParsing

/// What `held-out-27` (English-language news from around the world: US metro and local TV sites, UK
/// regionals and tabloids, Irish, Canadian, Australian, Indian, Pakistani, Nigerian, Kenyan, South
/// African, Singaporean, Philippine and Jamaican outlets, two wires) showed: date lines in other
/// countries' shapes (a zone of several offsets, a label glued to its weekday, a row of the page's
/// facts), a tabloid's caption with its credit glued on, and cue lines of those sites.
@Suite struct TwentyFourthBatchDebrisTests {
    private let frame = StoryFrame()

    private func published(under line: String) throws -> String? {
        try self.frame.parse("Council adds money to snow budget\n\n\(line)\n\n\(self.frame.story)\n").published
    }

    /// "17:12 IST" (India, Ireland or Israel) is a date line's time with no zone: the date alone.
    @Test func aZoneOfSeveralOffsetsGivesTheDateAlone() throws {
        #expect(try self.published(under: "TNN | Updated: Mar 3, 2024, 17:12 IST") == "2024-03-03")
        #expect(try self.published(under: "Mar 3, 2024, 17:12 IST") == "2024-03-03")
    }

    /// "Published:Sunday | March 3, 2024 | 12:08 AM": a label glued to its weekday.
    @Test func aLabelGluedToItsWeekdayIsRead() throws {
        #expect(try self.published(under: "Published:Sunday | March 3, 2024 | 12:08 AM") == "2024-03-03")
    }

    /// A row of the page's facts: the date, a relative update and a reading time, in gaps or not; a row
    /// with a sentence in it is no such row.
    @Test func aRowOfThePagesFactsGivesItsDate() throws {
        for row in [
            "Published Nov 14, 2024  •  Last updated 2 hours ago  •  3 minute read",
            "Published Nov 14, 2024 • Last updated 2 hours ago • 3 minute read",
        ] {
            let article = try self.frame.parse("Council adds money to snow budget\n\n\(row)\n\n\(self.frame.story)\n")
            #expect(article.published == "2024-11-14")
            #expect(article.paragraphs == [self.frame.story])
        }
        let sentence = "Nov 14, 2024 • The council met for the last time before the winter break"
        let kept = try self.frame.parse("Council adds money to snow budget\n\n\(self.frame.story)\n\n\(sentence)\n")
        #expect(kept.paragraphs.contains(sentence))
    }

    /// A tabloid's caption with its credit glued on ("… last summer Credit: Kennedy News"); "credit" in a
    /// sentence stays.
    @Test func aCaptionWithItsCreditGluedOnIsDebris() throws {
        #expect(
            try self.frame.kept(["Brenda with some of her beloved gnomes last summer Credit: Kennedy News"]).isEmpty
        )
        let stays = ["The bank said the new rules on credit: would take effect in May, officials said."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// Cue lines of these sites: placeholders, a picture's label, a newsletter form's small print and
    /// confirmation, an acknowledgement of country, a comment policy; a byline's label under the headline.
    @Test func cueLinesOfTheseSitesAreDebris() throws {
        let lines = [
            "Article content", "Loading...", "Sign up here.", "Your subscription has been successful.",
            "File photo: Styrofoam packs clog a drainage channel in Lagos",
            "Header image: A farmer harvests wheat near Hyderabad. — File photo",
            "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
            "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional "
                + "Custodians of the lands where we live, learn and work.",
            "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments "
                + "relevant and respectful.",
            "Share or comment on this article:",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let byline = try self.frame.parse(
            "Council adds money to snow budget\n\nAuthor of the article: Brynn Kowalchuk\n\n\(self.frame.story)\n"
        )
        #expect(byline.paragraphs == [self.frame.story])
    }
}

import Testing

@testable import ArticleParsing

/// What syndicated copy carries about where it came from (held-out-32): agencies', colleagues',
/// translators' and aggregators' credits, translators' notes, an offer closed by a call, an archive
/// picture's caption, a header's fields of its own; and the story sentences beside them that share
/// their words.
@Suite struct SyndicationTests {
    let frame = StoryFrame()

    @Test func agencyAndColleagueCreditsAreDebris() throws {
        let credits = [
            "Avec ARP", "With AP and Reuters", "Mit Material von dpa", "Con información de EFE",
            "По материалам агентства «Балтийский телеграф»", "За матеріалами Continental Newswire",
            "Tidewater Press writer Owen Mbeki in Boston contributed to this report.",
            "Summarized by BriefWire editors from Tidewater Press reporting.",
        ]
        #expect(try self.frame.kept(credits).isEmpty)
    }

    /// A story's line may open with the same words; it goes on past a name, or names no agency.
    @Test func storyLinesOpeningWithACreditsWordsStay() throws {
        let story = [
            "With the river rising, the council closed the lower car park on Friday.",
            "With Biden in Kyiv",
            "Avec la hausse des prix, les familles renoncent aux vacances.",
            "Con Madrid como sede, el torneo reunirá a 24 equipos en junio.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func translatorsCreditsAndNotesAreDebris() throws {
        let lines = [
            "Aus dem Ukrainischen von Lena Brückner", "Переклад з англійської: Дмитро Савчук",
            "Translated from the Spanish by Ana Ruiz.",
            "Translator's note: Fishers in Puerto Albar call the spring closure 'la veda'; we have translated it as 'closure' throughout.",
            "Nota de la traductora: mantenemos las distancias en millas, como en el original.",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = "Translated from Latin, the town's motto reads \"Always forward\"."
        #expect(try self.frame.kept([story]) == [story])
    }

    /// An offer that closes with a short call addresses the reader without a "you"; a story's line on
    /// what a subscription costs does not close so.
    @Test func anOfferClosedByACallIsDebris() throws {
        let offer = "Subscriber exclusive: unlimited Gazette access for $1 a week. Start today."
        let story =
            "The Gazette's owner said unlimited access had cost subscribers $1 a week until January, when the price rose to $3."
        #expect(try self.frame.kept([offer, story]) == [story])
    }

    @Test func aCaptionEndingWithAnArchivePictureIsDebris() throws {
        let caption =
            "The Tide Runner, one of the vessels taken out of service, at its berth in Port Calloway last summer. (Gazette file photo)"
        #expect(try self.frame.kept([caption]).isEmpty)
    }

    @Test func aTeaserLabelMayNameThePartnerItCameFrom() throws {
        let teaser = "More from the Coastal Newsroom Exchange: Shellfish growers test seaweed to fight acid water"
        #expect(try self.frame.kept([teaser]).isEmpty)
    }

    /// A key-value header goes on through fields it does not read, up to the blank line.
    @Test func aHeadersOwnFieldsBelongToIt() throws {
        let text = """
            Title: Six ferries sidelined after hull cracks found
            Date: 2025-03-04
            URL: https://digest.example.app/2025/03/04/ferries
            Briefing: Northeast Morning Briefing
            Position: 3 of 12

            Harbor Line Ferries has withdrawn six of its 11 passenger boats after inspectors found cracks.

            The cracks were found near the sterns of two boats during routine checks in dry dock.
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Six ferries sidelined after hull cracks found")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("Harbor Line Ferries") == true)
    }
}

import Testing

@testable import ArticleParsing

/// What held-out-46 (the samples' genre on a busy news day: storms, strikes, verdicts, results) showed:
/// the calls a breaking story's page makes to the reader (text alerts by keyword, push alerts, the live
/// tracker, the developing story's promise), a marker set between dashes, a teaser block headed where it
/// stands ("Most watched on WKDN 7") or in the seeds' card layout under any heading, and a note of where
/// a report first ran; each against a story's look-alike.
@Suite struct BusyDayTests {
    let frame = StoryFrame()

    @Test func aCallToTextAKeywordToAShortNumberIsAPrompt() throws {
        let calls = ["Text ICE to 45370 for WKDN 7 school closings and delays", "Envoyez METEO au 71020"]
        #expect(try self.frame.kept(calls).isEmpty)
        let story = [
            "Text messages sent to 4,000 residents warned of the flood.",
            "Text of the ruling runs to 120 pages.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallToTurnOnPushAlertsIsAPrompt() throws {
        #expect(
            try self.frame.kept(["Turn on push alerts in the WKDN 7 app so you never miss a storm warning."]).isEmpty
        )
        let story = ["The agency said push alerts had reached 90,000 phones by midnight."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aPointerToTheOutletsLivePageIsAPrompt() throws {
        #expect(
            try self.frame.kept(["Ward-by-ward results are on our live election tracker — refreshed every few minutes."]
            )
            .isEmpty
        )
        let story = [
            "Results from the last ward were expected after 3 a.m., officials said.",
            "Our live music venues are struggling, the council's report found.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aDevelopingStorysPromisesInSentencesOfTheirOwnAreANote() throws {
        #expect(try self.frame.kept(["This is a developing story. Check back for updates."]).isEmpty)
        let story = ["This is a developing area of law. Check back with your solicitor before you sign."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aMarkerBetweenDashesIsAMarker() throws {
        #expect(try self.frame.kept(["— Advertiser content · scroll on for more —"]).isEmpty)
        let story = ["— Advertiser content, the regulator said, must be labelled as such —"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aFixedTeaserHeadingWithItsPlaceHeadsATeaserBlock() throws {
        let block = """
            Most watched on WKDN 7
            Sledding hill at Ferris Park closed after ice cracks retaining wall
            High school wrestling: Pickering Mill grapplers claim district crown
            """
        let article = try self.frame.parse(
            "Ice storm closes schools\n\n\(self.frame.story)\n\n\(block)\n\n\(self.frame.more)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aTeaserCardInTheSeedsLayoutIsDroppedUnderAnyHeading() throws {
        let card = """
            Pension funds quietly cut stakes in technology giants
            Markets in Focus

            Pension funds quietly cut stakes in technology giants

            Filings show three of the largest schemes trimmed their holdings in the final quarter of last year.
            """
        let article = try self.frame.parse(
            "Shares slump\n\n\(self.frame.story)\n\n\(card)\n\n\(self.frame.more)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        // A subheading under a headline-shaped line, with no copy of it below, is the story's.
        let story = """
            Pension funds quietly cut stakes in technology giants
            Markets in Focus

            Fund managers said the sales reflected stretched valuations rather than a change of view.
            """
        let kept = try self.frame.parse("Shares slump\n\n\(self.frame.story)\n\n\(story)\n\n\(self.frame.more)\n")
        #expect(kept.paragraphs.count == 5)
        #expect(kept.paragraphs.contains("Markets in Focus"))
    }

    @Test func aNoteOfWhereThisReportFirstRanIsANote() throws {
        #expect(try self.frame.kept(["This match report first ran in the Matchday Dispatch newsletter."]).isEmpty)
        let story = ["The show first ran on Channel 4 in 1998 and was repeated twice."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func anOutletsOwnerNamedInItsFooterIsChrome() throws {
        let footers = [
            "The Westmoor Gazette is part of Dunmore Regional Press.",
            "Der Lauterbote gehört zur Mediengruppe Rheinpfalz.",
        ]
        #expect(try self.frame.kept(footers).isEmpty)
        let story = [
            "Westmoor is part of Dunmore County.", "The Gazette is part of a long tradition of local newspapers.",
            "The school is part of the Harbour Learning Trust.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aMorningBriefOrAnAlertListOfferedIsAPrompt() throws {
        let prompts = [
            "Get The Ledgerline Morning Brief before the opening bell — free on weekdays.",
            "Want warnings like this first? Join the Selbridge Standard weather alert list — it takes ten seconds.",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "The minister's morning brief warned of the storm two days before it hit.",
            "The council's alert list had 12,000 names on it by Friday, officials said.",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

import Testing

@testable import ArticleParsing

/// What held-out-40 (the genre on an ordinary day) showed: advertisements' slots named in words, an age
/// rating alone, teaser labels with a dash for their colon or a series' headline in lower case, a
/// heading of what was most watched, a copyright sign inside a line, a call for tips with a number or
/// an address; and the story line a login wall's words once took (records read, in reported speech).
@Suite struct SlotLabelAndFooterTests {
    let frame = StoryFrame()

    @Test func anAdvertisementsSlotNamedInWordsIsDebris() throws {
        let lines = ["— Sponsored message —", "Рекламный блок", "Рекламний блок", "Bloc publicitaire", "18+"]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["The sponsored message was taken down on Friday.", "18+ residents may apply"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTeaserLabelMayTakeADashOrABarForItsColon() throws {
        let lines = [
            "Also read — Council to close two branch libraries on Sundays from October",
            "Keep reading: Beach huts at Selsey Bank to be moved inland before winter storms",
            "Lesen Sie auch | Neue Buslinie nach Ebersfeld startet im Mai",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A dash after other words is a sentence's.
        let story = ["Also reading the report — the mayor said it changed nothing"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func theOutletsSeriesMayNameItsPartInLowerCase() throws {
        #expect(try self.frame.kept(["Notre dossier : aéroports régionaux, la course aux vols à bas coûts"]).isEmpty)
        let story = ["Notre enquête : la mairie a dépensé deux fois plus que prévu"]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aHeadingOfWhatWasMostWatchedGoesWithItsTeasers() throws {
        let text = """
            Council agrees budget

            \(self.frame.story)

            \(self.frame.more)

            Most Watched
            Crews pull car from Marlin River after overnight chase
            Freeze warning issued for inland counties tonight
            """
        #expect(try self.frame.parse(text).paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func aCopyrightSignAndAYearInsideALineAreAFooter() throws {
        let lines = ["WQTR-TV 9 © 2024 Tidewater Broadcast Partners LLC", "Brackwater Gazette ©2025"]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = ["The logo, marked © in the filing, was registered in 1998 by the club."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aCallForTipsWithANumberOrAnAddressIsAPrompt() throws {
        let lines = [
            "Got a story from the islands? Message the newsdesk on 01632 960411.",
            "Haben Sie einen Hinweis? Schreiben Sie an hinweise@kreisbote.de",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        // A story's question has no number or address after it.
        let story = ["Got a story to tell? Half the village turned up at the hall with one."]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func reportedSpeechIsNeverALoginWall() throws {
        let line = """
            Leer los viejos registros de la parroquia fue clave, explica Salcedo: en ellos aparecen anotadas \
            las cosechas de cada familia entre 1850 y 1890.
            """
        #expect(try self.frame.kept([line]) == [line])
    }
}

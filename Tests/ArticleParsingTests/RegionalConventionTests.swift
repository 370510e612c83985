import Testing

@testable import ArticleParsing

/// The debris of outlets writing the six languages outside their home countries (held-out-31): Swiss,
/// Austrian, Belgian, Canadian, Latin American, Australian ways of writing the same prompts, and the
/// story sentences beside them that share their words.
@Suite struct RegionalConventionTests {
    let frame = StoryFrame()

    @Test func aShareButtonNamingThePageIsDebris() throws {
        #expect(try self.frame.kept(["Partager la page", "Compartir la noticia"]).isEmpty)
    }

    /// German's call to action in the infinitive, opened by "Jetzt" and the object; a story's sentence
    /// has its finite verb second.
    @Test func aGermanInfinitiveCallToSubscribeIsDebris() throws {
        let call =
            "Jetzt den Gastro-Revue-Newsletter abonnieren und jeden Dienstag die wichtigsten Branchennews erhalten."
        let free = "Jetzt kostenlos anmelden und den Newsletter der Redaktion erhalten."
        let story =
            "Jetzt können Leserinnen und Leser den Newsletter der Stadtwerke abonnieren und jeden Monat die Tarife vergleichen."
        #expect(try self.frame.kept([call, free, story]) == [story])
    }

    /// "Free" makes a login wall of a few words; a story's paragraph may call anything free.
    @Test func aStoryParagraphWithFreeAndSignedIsNoLoginWall() throws {
        let story =
            "The corridor will run mostly through private land, and council needs the agreement of 17 landholders. So far 11 have signed on, receiving free fencing to keep stock out of the plantings and annual payments for the land taken out of production."
        let wall = "Keep reading for free: sign in or create an account"
        #expect(try self.frame.kept([story, wall]) == [story])
    }
}

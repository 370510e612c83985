import Testing

@testable import ArticleParsing

/// Footnotes an outlet puts under or around a story (known misses of earlier batches, mended): where it
/// was published ("Published in The Karachi Ledger, March 4th, 2024"), a blog post's section and tags,
/// a caption from the archive ("… in St Andrew. File"), its own podcast, its letter, a legal notice,
/// "Sponsored links", a comment's buttons to reply and report; and the story sentences that open with the
/// same words.
@Suite struct OutletFootnoteTests {
    let frame = StoryFrame()

    @Test func footnotesAreDebris() throws {
        let lines = [
            "Published in The Karachi Ledger, March 4th, 2024", "Erschienen in der Rheinpfalz, 3. März 2025",
            "Posted in City Hall · Tagged budget, libraries, schools, crossing guards",
            "Linemen from the Island Power Company at work in St Andrew. File",
            "Listen to our Inside Politics podcast for the latest from Leinster House",
            "Recevez chaque matin notre lettre Économie : inscrivez-vous gratuitement.",
            "Aviso legal: esta nota no sustituye a la publicación oficial de las resoluciones judiciales.",
            "Sponsored links", "Reply · Report", "Signaler un contenu",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    @Test func storySentencesOpeningTheSameWayStay() throws {
        let story = [
            "Published in the journal Nature, the study found that wild bees avoid paved parks.",
            "Posted in Kabul since 2019, the envoy said the talks had stalled.",
            "The file was handed to police on Friday.",
            "Listen to our conversation, the minister told the committee.",
            "Nous avons reçu une lettre du ministre, qui promet une réponse avant l'été.",
            "Report finds rise in river pollution",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

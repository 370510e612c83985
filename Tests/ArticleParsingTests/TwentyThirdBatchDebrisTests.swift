import Testing

@testable import ArticleParsing

/// What `held-out-26` (a European monitoring desk's non-English intake: national and regional papers,
/// public broadcasters, a wire, a sports daily, a union paper, a city portal, a start-up) showed: a
/// wire desk's initials, a call to follow inside a quotation, the outlet recommending its pieces, a
/// weak heading ("Más información") over teasers, where a piece first ran in Russian, a publisher's
/// legal mention, support for the newsroom, a broadcaster's programme note.
@Suite struct TwentyThirdBatchDebrisTests {
    private let frame = StoryFrame()

    /// "jmo/alr/mcm": a wire desk's initials, alone on a line; capitals or words around them are text.
    @Test func aWireDesksInitialsAreDebris() throws {
        #expect(try self.frame.kept(["jmo/alr/mcm", "mb/fr/ld"]).isEmpty)
        let stays = ["Die Stadt/Gemeinde zahlt die Hälfte der Kosten, sagte der Kämmerer."]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// A call to follow a channel is a prompt; the same call inside a quotation is reported.
    @Test func aCallToFollowInsideAQuotationIsReported() throws {
        #expect(try self.frame.kept(["Слідкуйте за новинами «Ефіру» у Telegram та YouTube"]).isEmpty)
        let stays = [
            "In a statement, it urged passengers to \"follow updates on the official Moscow Transport Telegram "
                + "channel\" ahead of the change."
        ]
        #expect(try self.frame.kept(stays) == stays)
    }

    /// "Le Réveil vous recommande" over headlines heads teasers; "recommends" over a sentence does not.
    @Test func theOutletRecommendingItsPiecesHeadsTeasers() throws {
        let article = try self.frame.parse(
            "Marché couvert\n\n\(self.frame.story)\n\nLe Réveil vous recommande\n"
                + "Saint-Aubin : le marché couvert rouvre après six mois de travaux\n"
                + "Cyclisme : le Grand Prix du Val-de-Serre change de parcours\n\n\(self.frame.more)\n"
        )
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
        let advice = "The panel recommends"
        let sentence = "Doctors should see patients with a fever within two days of the first symptoms."
        let stays = try self.frame.parse("Fever clinics\n\n\(self.frame.story)\n\n\(advice)\n\n\(sentence)\n")
        #expect(stays.paragraphs == [self.frame.story, advice, sentence])
    }

    /// "Más información" heads teasers only over two headlines or more in its block; over a subheading
    /// of its own block it is a link's words.
    @Test func aWeakHeadingNeedsTeasersInItsBlock() throws {
        let teasers = try self.frame.parse(
            "Ola de calor\n\n\(self.frame.story)\n\nMás información\nConsejos para dormir en las noches tropicales\n"
                + "Qué hacer si tu perro sufre un golpe de calor\n\n\(self.frame.more)\n"
        )
        #expect(teasers.paragraphs == [self.frame.story, self.frame.more])
        let subheading = "Recomendaciones sanitarias"
        let link = try self.frame.parse(
            "Ola de calor\n\n\(self.frame.story)\n\nMás información\n\n## \(subheading)\n\n\(self.frame.more)\n"
        )
        #expect(link.paragraphs.contains(subheading))
    }

    /// Where a piece first ran (Russian), a publisher's legal mention, a broadcaster's programme note and
    /// catch-up prompt, support for the newsroom.
    @Test func notesOfProvenancePublisherAndProgrammeAreDebris() throws {
        let lines = [
            "Оригинал материала опубликован на сайте телеканала «Север-24»",
            "Directeur de la publication : Marc Lebrun - Imprimé par nos soins",
            "Dieses Thema im Programm: WLR Fernsehen | Weserland regional | 17.03.2025 | 19:30 Uhr",
            "Sendung verpasst? Alle Beiträge finden Sie in der WLR Mediathek.", "Підтримати редакцію",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    /// Support for the newsroom glued to a ` date …` prefix is no dek: the headline under it is found.
    @Test func supportForTheNewsroomOnTheDateLineIsNoDek() throws {
        let article = try self.frame.parse(
            " date 2025-11-12 Підтримати редакцію\nЯк львівський стартап навчив дрони шукати втрати тепла\n\n\(self.frame.story)\n"
        )
        #expect(article.title == "Як львівський стартап навчив дрони шукати втрати тепла")
        #expect(article.published == "2025-11-12")
        #expect(article.paragraphs == [self.frame.story])
    }
}

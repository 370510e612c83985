import Testing

@testable import ArticleParsing

/// What held-out-52 (a markets-heavy weekday: a rate decision, results, prices, and the day's other news)
/// showed: market data's notes (advice disowned, prices delayed, where the figures come from) and a quote
/// widget's link; digital access sold; news sent to the reader's phone or free by mail; a reader's trial
/// named; the sidebar named; teaser headings after whose they are, of what is most viewed, and of more
/// of a section; a byline crediting the outlet's team; a weather row ending in a unit's abbreviation; a
/// picture's source after a caption; an advertiser's content over a note to read on; a listen call on the
/// reader's app; a link sent to friends in messengers; rights held by the publisher. Each with a story's
/// look-alike.
@Suite struct MarketsDayTests {
    let frame = StoryFrame()

    @Test func marketDatasNotesAreNotes() throws {
        let notes = [
            "Nothing here is investment advice. The value of shares can fall as well as rise.",
            "Share price shown at least 15 minutes behind live trading",
            "Cours différés d'au moins quinze minutes",
            "Ces informations ne constituent pas un conseil en investissement",
            "Index and bond levels supplied by Fennick Market Data · indicative closing values",
            "Action MRCL : -3 % à l'ouverture · fiche valeur",
        ]
        #expect(try self.frame.kept(notes).isEmpty)
        let story = [
            "The index closed 0.4% higher on Tuesday, its third rise in a row.",
            "L'action a perdu 3 % à l'ouverture, avant de se reprendre dans l'après-midi.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func offersAndDeliveriesToTheReaderArePrompts() throws {
        let prompts = [
            "Enjoying the Courier Ledger? Unlimited digital access costs £1 a week for your first three months",
            "Hollerauer Bote Plus · Sie lesen diesen Beitrag im Rahmen Ihres Probemonats",
            "Price alerts and breaking stories go straight to your phone with the KDBR 4 app",
            "Wirtschaft aus dem Landkreis – jeden Freitag gratis per Mail",
            "These notes take me an evening a week. If they help you the tip jar is in the sidebar.",
            "Отправьте ссылку друзьям в мессенджерах и соцсетях",
            "Écoutez Radio Estuaire en direct et en podcast sur votre application préférée",
        ]
        #expect(try self.frame.kept(prompts).isEmpty)
        let story = [
            "The council's new parking permit costs £1 a week for residents of the old town.",
            "The alerts go straight to the phones of registered farmers, the agency said.",
            // Social networks named in a story's sentence, beside a word that opens like a follow verb.
            "Подписчики в соцсетях возмутились решением мэрии.",
            "Жители начали следить за ремонтом в соцсетях.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func headingsAfterWhoseTheyAreAndOfMoreOfASectionHeadTeaserBlocks() throws {
        for heading in [
            "The Money desk's busiest pages today", "Les plus consultés ce matin",
            "Больше всего просмотров у этих новостей", "Weitere Wirtschaftsmeldungen",
            "Dazu passend aus unserem Ressort",
            "Also on the transport pages",
        ] {
            let block = """
                \(heading)
                Energy regulator orders refunds after billing error
                Landlords face new deposit rules from October
                """
            let article = try self.frame.parse(
                "Ferry review ordered\n\n\(self.frame.story)\n\n\(block)\n\n\(self.frame.more)\n"
            )
            #expect(article.paragraphs == [self.frame.story, self.frame.more], "\(heading)")
        }
        // Over prose, between the story's paragraphs, such lines are subheadings.
        for subheading in ["Weitere Schritte", "The board's busiest week"] {
            #expect(try self.frame.kept([subheading]) == [subheading])
        }
    }

    @Test func aBylineCreditingTheOutletsTeamIsNoTitle() throws {
        let text = """
            Tram Line 3 cut back to Orchard Quay for five weeks while rails are relaid

            By the Wexcombe transport team
            Updated 2 hours ago

            \(self.frame.story)

            \(self.frame.more)
            """
        let article = try self.frame.parse(text)
        #expect(article.title == "Tram Line 3 cut back to Orchard Quay for five weeks while rails are relaid")
        #expect(article.paragraphs == [self.frame.story, self.frame.more])
    }

    @Test func pageFurnitureAroundTheStoryIsDropped() throws {
        let furniture = [
            "+11 °C облачно · давление 742 мм рт. ст.",
            "Регистратура новой поликлиники в первый день работы. Снимок пресс-службы мэрии",
            "Contenido de un anunciante · sigue la lectura bajo este recuadro",
            "Alle Rechte bei Zeitblatt Medien GmbH 2026 · Weiterverwendung auf Anfrage",
        ]
        #expect(try self.frame.kept(furniture).isEmpty)
        let story = [
            "Снимок пресс-службы мэрии появился в сети в среду.",
            "Alle Rechte bei der Stadt: Die Halle bleibt in kommunaler Hand, sagte der Bürgermeister.",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

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

    /// A republication's furniture (held-out-32's known misses, mended): the notice in French, a
    /// contributor's declared interests, what other readers also read, the next item of a digest, a
    /// pointer to the whole story at another site.
    @Test func republicationFurnitureIsDebris() throws {
        let lines = [
            "Cet article est republié à partir du Carnet des Chercheurs, sous licence Creative Commons. Lire l’article original.",
            "Disclosure statement: Jane Doe receives funding from the National Science Foundation.",
            "Déclaration d’intérêts : Julien Marchetti a reçu des financements de l’Agence régionale pour ce programme.",
            "Nos abonnés ont aussi lu : Vaunière : le parking relais de la gare passera à 400 places",
            "Our subscribers also read: Harbour tunnel to close for six weeks",
            "Следующая новость дайджеста: В Ладвинском районе открылась первая в регионе форелевая ферма",
            "Next item: Harbour tunnel to close for six weeks",
            "Read the full story at The Marsh Gazette", "Lire l’article complet sur Ouest Littoral",
            "Den vollständigen Artikel lesen Sie bei der Nordsee-Zeitung.", "Lea la nota completa en Diario del Sur.",
            "Полная версия материала — на сайте агентства «Балтийский телеграф»",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    /// The same words in a story's lines: a full report spoken of, a label for the next week or steps,
    /// a conflict of interest as a subject.
    @Test func storyLinesWithRepublicationWordsStay() throws {
        let story = [
            "The full report is available at every branch and on the library's website.",
            "The full version of the report will be published in June, the ministry said.",
            "Полная версия доклада будет опубликована в июне.", "Full details are on the council's website.",
            "Residents can read the full plan on the council website.",
            "Next steps: the council will vote on the plan in March.", "Next week: Council votes on the budget",
            "Conflict of interest concerns have dogged the council since the land sale.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    /// A byline may credit the newsroom instead of a name ("Par la rédaction, avec ARP"); a story's
    /// sentence opening with the same words goes on.
    @Test func aBylineMayNameTheNewsroom() throws {
        let text = """
            Trains régionaux : la ligne Vaunière-Montclar fermée deux mois
            Par la rédaction, avec ARP
            Publié le 18 mars 2025 à 07h45

            La ligne ferroviaire entre Vaunière et Montclar sera entièrement fermée du 14 avril au 13 juin.

            Les travaux, estimés à 41 millions d'euros, sont financés par l'État et la région.
            """
        let article = try self.frame.parse(text)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.hasPrefix("La ligne") == true)
        let story = "Por la redacción de un nuevo reglamento, el ayuntamiento tardó dos años."
        #expect(try self.frame.kept([story]) == [story])
    }

    /// A contributor's line at the foot: the header's author, a comma and a post, no sentence; the
    /// author's name opening a closing sentence stays.
    @Test func aContributorsPostAtTheFootIsDebris() throws {
        func body(_ closing: String) -> String {
            """
            Title: Why wild bees are leaving our cities
            Author: Jane Doe

            France counts close to a thousand species of bees, most of them wild and solitary.

            Our team has followed their numbers in twenty parks for ten years, and the results worry us.

            \(closing)
            """
        }
        let post = "Jane Doe, Associate Professor of Hydrology, University of Eastbrook"
        #expect(try self.frame.parse(body(post)).paragraphs.count == 2)
        let sentence = "Jane Doe, who led the survey, hopes other cities will follow."
        #expect(try self.frame.parse(body(sentence)).paragraphs.last == sentence)
    }

    /// A funder's credit and a desk's bracketed credits are furniture; a story's sentence that opens with
    /// the funding formula goes on to a clause and ends.
    @Test func fundersAndDeskCreditsAreDebris() throws {
        let lines = [
            "Gefördert durch das Ministerium für Justiz und Verbraucherschutz des Landes",
            "Avec le soutien de la Région et de la Fondation Mécénat Sciences & Patrimoine",
            "Funded by the European Union", "При поддержке Фонда президентских грантов",
            "(Edición: Marta Lozano | Coordinación: Pablo Ruiz)",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = [
            "Funded by the EU, the project will build 40 homes by 2027.",
            "Con el apoyo de los vecinos, el ayuntamiento reabrió la biblioteca.",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

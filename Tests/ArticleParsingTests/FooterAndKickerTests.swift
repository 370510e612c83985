import Testing

@testable import ArticleParsing

/// The rules that need a line's shape and its place together: a publisher's postal address in a
/// newsletter footer, a section kicker or breadcrumb at the top of the body, and a paywall's offer.
@Suite struct FooterAndKickerTests {
    // MARK: - Postal addresses

    static let addresses = [
        "The Saturday Shore, 22 Harbour Row, Kirkwall Bay KB4 1TS",
        "Civic Ledger Media, 410 Elm Street, Suite 3, Fenbridge, OH 45301",
        "Küstenpost Medien GmbH, Hafenstraße 12, 24999 Hafenstedt",
        "ООО «Северный ветер», 186930, г. Озёрск, ул. Набережная, д. 7",
        "Éditions du Fleuve, 12 rue de la Gare, 4000 Liège",
        "Gazette Media Ltd, 3 Mill Lane, London SW1A 2AA",
    ]

    @Test(arguments: Self.addresses)
    func recognisesAnAddress(line: String) {
        #expect(PostalAddress.isAddress(line))
    }

    static let notAddresses = [
        // A list of places and a year: no postcode, no house number.
        "Paris, London, Berlin, 2024",
        "Kyiv, 10 June 2025, 14:35",
        // A sentence with commas and numbers.
        "The council met on Monday, voted 9-4, and approved 24999 euros for the harbour.",
        "Millions of people, 410 towns, 22 regions and 12 countries were affected, officials said.",
        // Too few parts.
        "410 Elm Street, Fenbridge",
        // A year where a Belgian postcode could stand.
        "Le Courrier, 12 rue de la Gare, 2025 Liège",
    ]

    @Test(arguments: Self.notAddresses)
    func keepsWhatIsNoAddress(line: String) {
        #expect(!PostalAddress.isAddress(line))
    }

    @Test func dropsTheAddressInANewsletterFooter() throws {
        let article = try Self.parse(
            """
            The ferry will run every hour from May, the operator said on Tuesday.

            Fares stay the same for island residents.

            Newsletter abbestellen | Einstellungen verwalten
            Küstenpost Medien GmbH, Hafenstraße 12, 24999 Hafenstedt
            Impressum | Datenschutz
            """
        )
        #expect(
            article.paragraphs == [
                "The ferry will run every hour from May, the operator said on Tuesday.",
                "Fares stay the same for island residents.",
            ]
        )
    }

    @Test func keepsAnAddressTheArticlePrints() throws {
        // Among the paragraphs, and at the end with no boilerplate beside it: text either way.
        let address = "Galerie Nord, 14 Quai des Arts, 4000 Liège"
        let inside = try Self.parse(
            """
            The exhibition opens on Friday and runs until the end of June.

            \(address)

            Entry is free for children under twelve, the organisers said.
            """
        )
        #expect(inside.paragraphs.contains(address))
        let atTheEnd = try Self.parse(
            """
            The exhibition opens on Friday and runs until the end of June.

            Entry is free for children under twelve, the organisers said.

            \(address)
            """
        )
        #expect(atTheEnd.paragraphs.last == address)
    }

    // MARK: - Section kickers and breadcrumbs

    static let kickers = ["RÉGION | Basse-Sambre", "Home › Politics › Europe", "Sport / Football", "News » Local"]

    @Test(arguments: Self.kickers)
    func dropsAKickerAtTheTopOfTheBody(kicker: String) throws {
        let article = try Self.parse(
            """
            Title: Old station to become a health centre
            Date: 2025-03-11

            \(kicker)

            The old railway station will become a health centre, the council decided on Monday.

            Work starts in the autumn.
            """
        )
        #expect(article.title == "Old station to become a health centre")
        #expect(
            article.paragraphs == [
                "The old railway station will become a health centre, the council decided on Monday.",
                "Work starts in the autumn.",
            ]
        )
    }

    @Test func keepsTheSameShapeBelowTheFirstParagraph() throws {
        let article = try Self.parse(
            """
            Title: Old station to become a health centre

            The old railway station will become a health centre, the council decided on Monday.

            Doctors | Nurses

            Work starts in the autumn.
            """
        )
        #expect(article.paragraphs.contains("Doctors | Nurses"))
    }

    static let notKickers = [
        // A sentence after the separator, a number, a lower-case name, no separator at all.
        "Doctors, nurses | and the long wait for care.", "Budget 2025 | What changes", "Sport | football",
        "How the plan would work",
    ]

    @Test(arguments: Self.notKickers)
    func tellsKickersFromOtherLines(line: String) {
        #expect(!Boilerplate.isSectionKicker(line))
    }

    // MARK: - Paywall offers

    static let offers = [
        "Testen Sie alle Artikel 4 Wochen lang für 0,99 €. Sie sind bereits Abonnent? Hier anmelden",
        "Get unlimited access for $1 a week. Already a subscriber? Log in here",
        "Essayez l'abonnement numérique : 1 € le premier mois, sans engagement pour vous.",
        "Оформите подписку за 99 ₽ в месяц и читайте вы без ограничений",
    ]

    @Test(arguments: Self.offers)
    func recognisesAnOffer(line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    static let pricesInTheNews = [
        // A price and a subscription, but reported: attributed, or the reader not addressed.
        "Subscribers will pay €12.99 a month from April, the publisher said.",
        "The newspaper's digital subscription now costs $15 a month, up from $10.",
        "Abonnenten zahlen künftig 14,99 € im Monat, teilte der Verlag mit.",
        // A price, the reader addressed, but no subscription.
        "You can buy a ticket for €6.50 at the harbour office until Friday.",
    ]

    @Test(arguments: Self.pricesInTheNews)
    func keepsPricesInTheNews(line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
    }

    private static func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }
}

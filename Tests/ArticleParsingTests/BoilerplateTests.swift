import Testing

@testable import ArticleParsing

@Suite struct BoilerplateTests {
    static let boilerplate = [
        "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicidad", "Реклама", "Publicité",
        "Support us on Patreon", "Support us on Patreon and help keep independent science journalism free.",
        "Related article: 'Rare Earths' for Aid: Ukraine's Minerals Threatened by War",
        "Read more: Pharmacies call for power to substitute medicines",
        "Lire aussi : Le marché du reconditionné ralentit", "Читайте также: Учёные составили карту",
        "Читайте також: нова карта", "Lesen Sie auch: Neue Pläne für das Bad",
        "Subscribe to our newsletter for the week’s biggest science stories, every Friday.",
        "Abonnez-vous à notre newsletter pour recevoir l’essentiel.",
        "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися про нові відкриття.",
        "Share on Facebook Twitter Email",
        "To suggest a correction or clarification, write to us here",
        "You can also highlight the text and press Ctrl + Enter",
        "This article was originally published on Field Notes Weekly. Read the original article.",
        "© Rural Voice 2024. All rights reserved.", "© 2025 Lindenfelder Rundschau. Alle Rechte vorbehalten.",
        "Other Topics of Interest", "Most read",
    ]

    @Test(arguments: Self.boilerplate)
    func recognisesBoilerplate(line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    static let articleText = [
        "Zelenskyy to meet US officials", "Russia reiterates conditions", "‘I’ve had it’", "How the rules would work",
        "Why it matters", "Peskov said:", "The advertisement campaign cost the party dearly, officials said.",
        "Subscribers to the service will pay more from April, the company said.",
        "Related parties must disclose their interests, the regulator ruled.",
        "Support for the bill has grown among voters in the region, according to a new poll.",
    ]

    @Test(arguments: Self.articleText)
    func keepsArticleText(line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
        #expect(!Boilerplate.isCaption(line))
        #expect(!Boilerplate.isTeaserHeadline(line))
    }

    static let captions = [
        "The Kremlin. Sergei Vedyashkin / Moskva News Agency",
        "Russian President Vladimir Putin (left) meets with US President Donald Trump in 2017. Photo: Kremlin.ru",
        "A dry irrigation channel on a farm near Millbrook. Credit: Owen Pryor/Rural Voice",
        "Das Hallenbad am Schillerpark ist seit 1976 in Betrieb. Foto: Jana Weber",
        "A hydrothermal chimney on the Tavita Ridge. Image: Aldgate Institute for Marine Science",
        "Firefighters at the scene on Monday (Photo: AP)", "Crowds gathered outside. Photo by Jane Doe",
    ]

    @Test(arguments: Self.captions)
    func recognisesCaptions(line: String) {
        #expect(Boilerplate.isCaption(line))
    }

    static let teaserHeadlines = [
        "ISW: Russia expands military forces, signaling no interest in peace talks with Ukraine",
        "Watch: Firefighters battle blaze at historic mill", "BBC: Ministers to review rail fares next year",
        "Kyiv Independent: Frontline village retaken after week of heavy fighting",
    ]

    @Test(arguments: Self.teaserHeadlines)
    func recognisesTeaserHeadlines(line: String) {
        #expect(Boilerplate.isTeaserHeadline(line))
    }

    @Test(arguments: ["Lviv: the city that refused to sleep", "Phase one: a pilot", "Peskov said: we will see."])
    func keepsLabelledSubheadings(line: String) {
        #expect(!Boilerplate.isTeaserHeadline(line))
    }

    @Test func dropsTeaserCardAndListButKeepsSubheadings() throws {
        let text = """
            Council approves new library for the old town

            The council approved a new library on Monday after a long debate about its cost.

            Budget row over parking spaces
            Other Topics of Interest

            Budget row over parking spaces

            Shop owners fear the loss of 40 spaces near the market, and say trade will suffer.

            Most read
            Ferry timetable changes from June
            Heat pumps outsell gas boilers

            What happens next

            Building work is due to start in the autumn and last two years.
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "Council approves new library for the old town")
        #expect(
            article.paragraphs == [
                "The council approved a new library on Monday after a long debate about its cost.",
                "What happens next",
                "Building work is due to start in the autumn and last two years.",
            ]
        )
    }
}

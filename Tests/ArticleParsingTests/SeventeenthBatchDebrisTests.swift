import Testing

@testable import ArticleParsing

/// What `held-out-17` (20 dumps of outlets of kinds a scraper meets less often: a sports site, a local
/// TV station, a press office, an aggregator, a podcast's page) showed first: the page's navigation
/// above the headline, and a few wordings of known kinds.
@Suite struct SeventeenthBatchDebrisTests {
    /// A section kicker, or a breadcrumb whose path names a year or a four-word place, stands above the
    /// headline and is not it.
    @Test func kickersAndBreadcrumbsAboveTheHeadline() throws {
        let cases: [(String, String)] = [
            ("Startseite › Ministerium › Presse › Pressemitteilungen 2026", "Land fördert 120 neue Schnellladepunkte"),
            ("Meinung · Kolumne „Zwischenruf“", "Warum ich für Lokaljournalismus bezahle"),
            ("Esquelas y obituarios · El Correo de Navalverde", "La maestra que enseñó a leer a tres generaciones"),
        ]
        for (kicker, headline) in cases {
            let text = "\(kicker)\n\n\(headline)\n\nDer erste Absatz des Artikels erzählt, was geschah, und warum.\n"
            let article = try ArticleParser.parse(Array(text.utf8)).get()
            #expect(article.title == headline, "\(kicker)")
            #expect(!article.paragraphs.contains(kicker), "\(kicker)")
        }
        // A line of names with a number that is no breadcrumb's path is no kicker: a score, a date.
        #expect(!Boilerplate.isSectionKicker("Bayern · Dortmund 2:1"))
        #expect(Boilerplate.isBreadcrumb("Accueil › Actualités › Régions › Pays de la Loire"))
    }

    static let debris = [
        "Story continues below ad", "Écouter sur : Apple Podcasts · Spotify · Deezer · Flux RSS", "Log in to comment",
        "Войдите, чтобы оставить комментарий",
    ]

    @Test(arguments: Self.debris)
    func recognisesDebris(line: String) {
        #expect(Boilerplate.isBoilerplate(line), "\(line)")
    }

    static let articleText = [
        "The band's catalogue is now on Spotify, the label said.",
        "Пользователи оставили под постом более 300 комментариев.",
        "Users must log in to the portal to comment on the draft, officials said.",
    ]

    @Test(arguments: Self.articleText)
    func keepsArticleText(line: String) {
        #expect(!Boilerplate.isBoilerplate(line), "\(line)")
    }

    /// "Más sobre …" heads a teaser block when teasers follow it.
    @Test func teaserBlockOpenings() {
        #expect(Boilerplate.teaserHeading(Boilerplate.LineKey("Más sobre el incendio")) == .opening)
        #expect(Boilerplate.teaserHeading(Boilerplate.LineKey("Mehr über die Brücke")) == .opening)
    }
}

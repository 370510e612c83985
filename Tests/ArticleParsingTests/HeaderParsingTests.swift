import Testing

@testable import ArticleParsing

@Suite struct HeaderParsingTests {
    @Test func readsYAMLFrontMatter() throws {
        let text = """
            ---
            title: "A \\"quoted\\" headline"
            date: 2024-05-14T09:30:00+02:00
            url: https://www.example.com/politics/story
            tags: [a, b]
            ---

            The body starts here and goes on for a while.
            """
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "A \"quoted\" headline")
        #expect(article.published == "2024-05-14T09:30:00+02:00")
        #expect(article.url == "https://www.example.com/politics/story")
        #expect(article.site == "example.com")
        #expect(article.paragraphs == ["The body starts here and goes on for a while."])
    }

    @Test func readsKeyValueHeaderWithOutletSource() throws {
        let text =
            "TITLE: Court fines utility\nDate: 22 January 2024\nSource: Ashbury Post\nAuthor: Staff\n\nThe utility was fined on Monday."
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "Court fines utility")
        #expect(article.published == "2024-01-22")
        #expect(article.url == nil)
        #expect(article.site == nil)
        #expect(article.paragraphs == ["The utility was fined on Monday."])
    }

    @Test func readsDatePrefixWithDek() throws {
        let text =
            " date 2024-02-14 Pharmacists say they are hunting for stock.\n\nShortages have reached their worst level."
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == nil)
        #expect(article.published == "2024-02-14")
        #expect(article.paragraphs.first == "Pharmacists say they are hunting for stock.")
    }

    @Test func readsMarkdownHeadlineAndByline() throws {
        let text =
            "# Vent bacteria 'plug in' to rocks\n\n*By Tom Gallagher | 12 September 2024*\n\nA newly described group of bacteria survives."
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.title == "Vent bacteria 'plug in' to rocks")
        #expect(article.published == "2024-09-12")
        #expect(article.paragraphs == ["A newly described group of bacteria survives."])
    }

    /// A byline may write its date after the name with no separator, after a comma or a word for "on".
    @Test(arguments: [
        ("Von Anna Berg am 3. März 2025", "2025-03-03"),
        ("By Jane Doe on March 3, 2025", "2025-03-03"),
        ("By Jane Doe, March 3, 2025", "2025-03-03"),
        ("Par Hugo Lemaire le 14 mai 2024", "2024-05-14"),
        ("Por Ana Ruiz el 14 de enero de 2025", "2025-01-14"),
        ("By Jane Doe, Technology Editor", nil),
        ("By Jane Doe, 2025", nil),
    ])
    func readsTheDateABylineWritesAfterItsName(byline: String, published: String?) throws {
        let text = "Council agrees next year's budget\n\n\(byline)\n\nThe council agreed the budget on Tuesday."
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.published == published)
        #expect(article.paragraphs == ["The council agreed the budget on Tuesday."])
    }

    @Test(arguments: [
        ("https://www.themoscowtimes.com/2025/02/05/x", "themoscowtimes.com"),
        ("https://www.nauka-i-tekhnika.com.ua/2024/06/05/x", "nauka-i-tekhnika.com.ua"),
        ("http://news.example.org:8080/a?b#c", "news.example.org"),
        ("https://user@WWW.Example.COM/", "example.com"),
    ])
    func siteIsHostWithoutWWW(url: String, site: String) {
        #expect(TextShape.site(ofURL: url) == site)
    }

    @Test func hardWrappedProseIsJoinedButListsAreNot() {
        let wrapped: [Substring] = [
            "Swifts arrived in the Larkspur Valley an average of nine days earlier",
            "this spring than they did in the early 1990s, according to three decades",
            "of records kept by volunteer birdwatchers.",
        ]
        #expect(ParagraphAssembly.isHardWrapped(wrapped))
        let list: [Substring] = [
            "Provincial rail timetable overhaul delayed until December",
            "Heat pumps outsell gas boilers for the first time",
            "Why the price of olive oil is finally falling",
        ]
        #expect(!ParagraphAssembly.isHardWrapped(list))
    }

    /// Items set one a line, each ending in a comma, with room left for the next line's first word: a
    /// list broken on purpose, not wrapped prose. Prose wrapped at a comma, where the next word did not
    /// fit, is still joined.
    @Test func linesBrokenAfterAClauseWithRoomToSpareAreNotWrapped() {
        let hours: [Substring] = [
            "montags bis freitags von 5.30 bis 22 Uhr,", "samstags von 7 bis 23 Uhr,",
            "sonn- und feiertags von 9 bis 20 Uhr.",
        ]
        #expect(!ParagraphAssembly.isHardWrapped(hours))
        let prose: [Substring] = [
            "The council met on Tuesday to discuss the harbour wall, the ferry slipway,",
            "and the proposed car park on the old railway land beside the station.",
        ]
        #expect(ParagraphAssembly.isHardWrapped(prose))
        // A balancing filler (`fmt`) leaves a few characters free at a comma: still wrapped.
        let filled: [Substring] = [
            "Swifts arrived in the Larkspur Valley an average of nine days earlier this",
            "spring than they did in the early 1990s, the volunteers found,",
            "and the first broods fledged a week before the hay was cut.",
        ]
        #expect(ParagraphAssembly.isHardWrapped(filled))
    }

    /// A forward's or a reply's prefixes, as mail programs of each language write them, are no part of
    /// the subject; a subject that opens with a word and a colon of its own keeps them.
    @Test func aMailSubjectLosesItsForwardAndReplyPrefixes() {
        let subjects = [
            "Fwd: RE: Harbour repairs", "TR : Harbour repairs", "Пересл.: Harbour repairs", "Отв: Harbour repairs",
            "WG: AW: Harbour repairs", "Enc: Harbour repairs", "RIF: Harbour repairs",
        ]
        for subject in subjects { #expect(HeaderParsing.withoutForwardPrefixes(subject) == "Harbour repairs") }
        #expect(HeaderParsing.withoutForwardPrefixes("Budget: the vote") == "Budget: the vote")
        #expect(HeaderParsing.withoutForwardPrefixes("Re: Harbour: the vote") == "Harbour: the vote")
    }

    /// A newsletter forwarded for its lead story: the forward's subject ("Fwd:" left out) names the
    /// headline under the masthead and its slogan, which go with the page's top.
    @Test func aForwardedNewslettersSubjectNamesItsHeadline() throws {
        let forwarded = """
            ---------- Forwarded message ---------
            From: The Harbour Brief <briefing@harbourbrief.example>
            Date: Mon, Mar 10, 2025 at 6:04 AM
            Subject: Fwd: Ferry operator cuts winter sailings to Skerrow Island

            THE HARBOUR BRIEF

            Your Monday morning on the coast

            Ferry operator cuts winter sailings to Skerrow Island

            By Ama Owusu

            Skerrow Island will lose more than a third of its winter ferry sailings from next October.

            """
        let article = try ArticleParser.parse(Array(forwarded.utf8)).get()
        #expect(article.title == "Ferry operator cuts winter sailings to Skerrow Island")
        #expect(
            article.paragraphs == [
                "Skerrow Island will lose more than a third of its winter ferry sailings from next October."
            ]
        )
        // Without the subject, the slogan under the masthead reads as the headline: the subject decides.
        let unforwarded = forwarded.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(5)
            .joined(separator: "\n")
        #expect(try ArticleParser.parse(Array(unforwarded.utf8)).get().title != article.title)
    }
}

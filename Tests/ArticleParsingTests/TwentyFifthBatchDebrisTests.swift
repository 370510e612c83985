import Testing

@testable import ArticleParsing

/// What `held-out-28` (a monitoring firm's week from tools the samples show little of: pandoc and
/// html2text Markdown, reader views, newsletters forwarded by e-mail, feed items, AMP pages, live blogs)
/// showed: reference-style links, a forward's headers, a feed item's namespaced fields, a live blog's
/// stamps and controls, list items wrapped onto indented lines.
@Suite struct TwentyFifthBatchDebrisTests {
    private let frame = StoryFrame()

    /// `[text][1]` keeps its text; the definitions listed at the end (`[1]: https://…`) are markup.
    @Test func referenceStyleLinksKeepTheirTextAndTheirDefinitionsGo() throws {
        let article = try self.frame.parse(
            """
            Shares slide after profit warning

            Shares in [Northmoor Energy][1] fell 14% after the [developer][] cut its forecast.

            \(self.frame.more)

               [1]: https://example.com/companies/northmoor
               [developer]: https://example.com/tag/developer "Developer"
            [Update]: the council said it would publish the figures on Monday.
            """
        )
        #expect(
            article.paragraphs == [
                "Shares in Northmoor Energy fell 14% after the developer cut its forecast.", self.frame.more,
                "[Update]: the council said it would publish the figures on Monday.",
            ]
        )
    }

    /// A forward's marker and headers (From, Date, Subject, To) are the e-mail's transport: the title and
    /// date are the article's own, read below them.
    @Test func aForwardedEmailsHeadersAreNotTheArticles() throws {
        for marker in [
            "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:",
        ] {
            let article = try self.frame.parse(
                """
                \(marker)
                From: The Harbour Brief <briefing@example.com>
                Date: Mon, Mar 10, 2025 at 6:04 AM
                Subject: Your Monday briefing
                To: <clippings@example.com>

                Ferry operator cuts winter sailings

                By Ama Owusu
                Published March 9, 2025

                \(self.frame.story)
                """
            )
            #expect(article.title == "Ferry operator cuts winter sailings")
            #expect(article.published == "2025-03-09")
            #expect(article.paragraphs == [self.frame.story])
        }
        let forwardOnly = try self.frame.parse(
            "---------- Mensaje reenviado ---------\nDe: El Correo <b@example.es>\nFecha: mié, 12 mar 2025\n\n\(self.frame.story)\n"
        )
        #expect(forwardOnly.title == nil && forwardOnly.published == nil)
        #expect(
            HeaderParsing.belowForwardHeaders(["Forwarded by the council's press office", "From: x"], from: 0) == nil
        )
    }

    /// A feed item's namespaced field ("content:encoded:", "media:thumbnail: …") belongs to its header.
    @Test func aFeedItemsNamespacedFieldsAreHeaders() throws {
        let article = try self.frame.parse(
            """
            title: Repair café opens in the town hall
            link: https://example.com/news/48811
            guid: example-48811
            content:encoded:
            <p>\(self.frame.story)</p>
            """
        )
        #expect(article.title == "Repair café opens in the town hall")
        #expect(article.paragraphs == [self.frame.story])
    }

    /// A cookie banner's buttons, one a line in its block ("Accept" / "Manage options").
    @Test func aCookieBannersButtonsOnTheLinesBelowGo() throws {
        let banner =
            "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies."
        let kept = try self.frame.kept(["\(banner)\nAccept\nManage options"])
        #expect(kept.isEmpty)
    }

    /// A live blog's stamp with its zone ("16.05 GMT") and its controls are no text; a sentence with a
    /// time stays.
    @Test func aLiveBlogsStampsAndControlsGo() throws {
        let lines = [
            "16.05 GMT", "09:21 BST", "7.30 p.m.", "Key events", "Show key events only", "Pinned post",
            "Please turn on JavaScript to use this feature", "Retour en haut de page",
            "Voir la version complète du site", "Обновить ленту",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let sentence = ["The first runners crossed the line at 16.05 GMT, an hour ahead of the forecast."]
        #expect(try self.frame.kept(sentence) == sentence)
    }

    /// A newsletter's invitation to pass it on, and to open it in a browser.
    @Test func aNewslettersForwardAndBrowserPromptsGo() throws {
        let lines = [
            "Reenvíe este correo a quien crea que le puede interesar.",
            "Si no ve correctamente este correo, ábralo en su navegador.",
            "Forward this email to a friend who would enjoy it.",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let advice = ["2. Löschen Sie in Ihrem Browser regelmäßig Cookies und Websitedaten."]
        #expect(try self.frame.kept(advice) == advice)
    }

    /// A reader view puts the site's address over the headline.
    @Test func theSitesAddressOverTheHeadlineIsPassed() throws {
        let article = try self.frame.parse(
            "deportesdelsur.es\nEl Almendral remonta 18 puntos\nPor Lucía Fernández\n\n\(self.frame.story)\n"
        )
        #expect(article.title == "El Almendral remonta 18 puntos")
    }

    /// A list item wrapped onto an indented line is one item.
    @Test func aListItemWrappedOntoIndentedLinesIsOneItem() throws {
        let article = try self.frame.parse(
            """
            Cooperative bets on organic milk

            \(self.frame.story)

            -   pay half the certification costs;
            -   buy at the conventional price the milk that finds
                no organic buyer.
            # A heading
              an indented line under a heading
            """
        )
        #expect(
            article.paragraphs == [
                self.frame.story, "pay half the certification costs;",
                "buy at the conventional price the milk that finds no organic buyer.", "A heading",
                "an indented line under a heading",
            ]
        )
    }

    /// Prose wrapped at a width: a line may be short because the next word (a link's markup) did not fit.
    @Test func aLineShortBecauseTheNextWordWouldNotFitIsWrapped() {
        let block: [Substring] = [
            "Pour l’économiste [Julien",
            "Ferrand](https://www.example.fr/tag/julien-ferrand), spécialiste des",
            "filières agricoles, le choix d’une appellation protège en partie la",
            "coopérative : « Le risque est réel, mais il est calculé. »",
        ]
        #expect(ParagraphAssembly.isHardWrapped(block))
        let list: [Substring] = [
            "The council will review the plan next year and",
            "then vote on it in May",
            "after a public consultation on the budget.",
        ]
        #expect(!ParagraphAssembly.isHardWrapped(list))
    }
}

/// What `held-out-29` (copies out of PDF e-papers, office exports, channel posts, wire copy) showed:
/// words hyphenated at a line's end, and a printed page's or a post's furniture.
@Suite struct TwentySixthBatchDebrisTests {
    private let frame = StoryFrame()

    /// A wrapped paragraph's hyphen before a lower-case letter only split the word; before a capital it
    /// is a compound's, before "und", "and" … it hangs.
    @Test func wordsHyphenatedAtALinesEndAreJoined() {
        #expect(
            ParagraphAssembly.joinedWrapped(["Three of the seven branch li-", "braries could close"])
                == "Three of the seven branch libraries could close"
        )
        #expect(
            ParagraphAssembly.joinedWrapped(["The works start in mid-", "April, the council said"])
                == "The works start in mid-April, the council said"
        )
        #expect(ParagraphAssembly.joinedWrapped(["Beim Ein-", "und Aussteigen"]) == "Beim Ein- und Aussteigen")
        #expect(ParagraphAssembly.joinedWrapped(["the vote -", "which passed"]) == "the vote - which passed")
        #expect(ParagraphAssembly.joinedWrapped(["no hyphen here", "at all"]) == "no hyphen here at all")
    }

    @Test func aPrintedPagesAndAPostsFurnitureGoes() throws {
        let lines = [
            "17", "Continued on Page 6", "Suite de la page 17", "Fortsetzung auf Seite 5", "Mots : 480", "Words: 612",
            "#погода #Приозерськ #штормове_попередження",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let stays = [
            "Continued on page 6 of the report, the figures show a fall.", "#1 in the league again, the club said.",
            "Words: the council chose them carefully, she said.",
        ]
        #expect(try self.frame.kept(stays) == stays)
    }
}

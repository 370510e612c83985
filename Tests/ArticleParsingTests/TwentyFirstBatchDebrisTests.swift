import Testing

@testable import ArticleParsing

/// What `held-out-23` (a tenth writer's long tail of sources: a village e-mail newsletter, a teletext
/// page, a blog with its comments, a long read with pull quotes, a press release, a statistics office)
/// and `held-out-24` (the same news day as different scrapers save it: a feed's fields, a print view,
/// a reader view, wide gaps) showed: an e-mail or a feed item saved with its own fields, pull quotes,
/// comment headers that say who wrote when, a timetable's rows and a museum's prices, a ` date …`
/// prefix glued to a hard-wrapped paragraph, a press release's end, the page's lines above a headline,
/// and cue lines in other wordings.
@Suite struct TwentyFirstBatchDebrisTests {
    private func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }

    private let story = "The first paragraph tells the reader what happened and why it matters to them."
    private let more = "The second paragraph says that most residents back the strike, according to a poll."

    /// A newsletter saved as the e-mail it came in: the subject is the headline, the date the date, and
    /// none of the e-mail's headers is text.
    @Test func anEmailsOwnHeadersAreItsHeader() throws {
        let article = try self.parse(
            "From: Upper Brackley Village News <editor@example.org>\nTo: readers@example.org\n"
                + "Date: Thu, 06 Mar 2025 07:30:00 +0000\nSubject: Church Lane phone box reopens as a book swap\n"
                + "MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
                + "\(self.story)\n"
        )
        #expect(article.title == "Church Lane phone box reopens as a book swap")
        #expect(article.published == "2025-03-06T07:30:00+00:00")
        #expect(article.paragraphs == [self.story])
    }

    /// A quoted sentence that repeats one of the story's quotations is a pull quote; a quoted
    /// subheading without a full stop, and a quotation said once, stay.
    @Test func pullQuotesAreDroppedAndQuotedSubheadingsStay() throws {
        let said = "“Somebody decided it was cheaper to let it die,” said Linda Roche, who worked there for 31 years."
        let pull = "“Somebody decided it was cheaper to let it die.”"
        let article = try self.parse("Factory closes\n\n\(self.story)\n\n\(pull)\n\n\(said)\n")
        #expect(article.paragraphs == [self.story, said])

        let subheading = "„Sie war völlig entspannt“"
        let quoted = "„Sie war völlig entspannt“, sagte die Tierärztin nach der Rettung der Kuh aus dem Pool."
        let german = try self.parse("Kuh im Pool\n\n\(self.story)\n\n\(subheading)\n\n\(quoted)\n")
        #expect(german.paragraphs == [self.story, subheading, quoted])

        let once = "“We will rebuild it before the summer is out.”"
        let alone = try self.parse("Factory closes\n\n\(self.story)\n\n\(once)\n\n\(self.more)\n")
        #expect(alone.paragraphs == [self.story, once, self.more])
    }

    /// "Heike M. am 8. März 2025 um 19:12" and "Maria T. says: March 13, 2026 at 7:14 am" over a
    /// reader's comment.
    @Test func commentHeadersThatSayWhoWroteWhenGoWithTheComment() throws {
        let article = try self.parse(
            "Bäckerei schließt\n\n\(self.story)\n\n3 Kommentare\nHeike M. am 8. März 2025 um 19:12\n"
                + "Schade! Die Franzbrötchen werden mir fehlen.\nMaria T. says: March 13, 2026 at 7:14 am\n"
                + "Thank you for staying up for this.\n"
        )
        #expect(article.paragraphs == [self.story])
    }

    /// A timetable's rows (a day and its hours) and a museum's prices are the story's; listings of
    /// events under a heading, and a metered wall counting free articles, are not.
    @Test func timetableRowsAndPricesStay() throws {
        let rows = ["Du lundi au vendredi : 8 h – minuit", "Samedi : 9 h – 20 h", "Dimanche : 13 h – 20 h"]
        let hours = try self.parse(
            "La BU ouvre plus tard\n\n\(self.story)\n\nLes nouveaux horaires\n\n\(rows.joined(separator: "\n"))\n\n"
                + "\(self.more)\n"
        )
        #expect(hours.paragraphs == [self.story, "Les nouveaux horaires"] + rows + [self.more])

        let price = "Tarif : 8 €, gratuit pour les moins de 26 ans et le premier dimanche du mois"
        let museum = try self.parse("Le musée rouvre\n\n\(self.story)\n\n\(price)\n\n\(self.more)\n")
        #expect(museum.paragraphs == [self.story, price, self.more])

        let boxes = try self.parse(
            "Village news\n\n\(self.story)\n\nDIARY DATES\nSat 15 Mar - Jumble sale, village hall, 10am\n"
                + "Wed 26 Mar - Gardening club: pruning roses, 7.30pm\n\n\(self.more)\n\n"
                + "You've hit your limit of 3 free stories this month\n"
        )
        #expect(boxes.paragraphs == [self.story, self.more])
    }

    /// The text after a ` date …` prefix starts a paragraph that may be hard-wrapped with the lines
    /// under it.
    @Test func aDatePrefixGluedToAWrappedParagraphIsJoinedWithIt() throws {
        let article = try self.parse(
            " date 2025-03-10 Wegen Sturmschäden am Anleger fällt die\nFähre zwischen Dünsiel und der Hallig\n"
                + "Süderwarft bis mindestens Freitag aus.\n\nDas Sturmtief Gesine hatte in der Nacht\n"
                + "zu Montag den Schwimmponton im Hafen von\nDünsiel aus der Verankerung gerissen.\n"
        )
        #expect(
            article.paragraphs == [
                "Wegen Sturmschäden am Anleger fällt die Fähre zwischen Dünsiel und der Hallig Süderwarft bis "
                    + "mindestens Freitag aus.",
                "Das Sturmtief Gesine hatte in der Nacht zu Montag den Schwimmponton im Hafen von Dünsiel aus der "
                    + "Verankerung gerissen.",
            ]
        )
        #expect(article.published == "2025-03-10")
    }

    /// "PRESS RELEASE – FOR IMMEDIATE RELEASE" is no headline; "ENDS", the notes to editors and the
    /// media contact are no text.
    @Test func aPressReleasesLabelsEndAndNotesAreDropped() throws {
        let article = try self.parse(
            "PRESS RELEASE – FOR IMMEDIATE RELEASE\n\n\(self.story)\n\n\(self.more)\n\nENDS\n\nNotes to editors\n"
                + "1. The Harbour Food Network is a registered charity supporting 27 food banks.\n"
                + "2. Figures cover 1 November 2024 to 28 February 2025.\n\n"
                + "Media contact: Tom Ellery, 07700 900123, press@example.org\n"
        )
        #expect(article.title == nil)
        #expect(article.paragraphs == [self.story, self.more])
    }

    /// An author's bio at the foot, named by a long byline in Cyrillic with a career after the name.
    @Test func aBioIsReadAgainstALongByline() throws {
        let lead = "Минулого тижня в нашій області закрилася ще одна районна газета, і це вже четверта за рік."
        let article = try self.parse(
            "Місцева газета — не розкіш\nАвторка: Ірина Савчук, журналістка, у 2004–2019 роках редакторка "
                + "районної газети «Надросся»\n5 березня 2025\n\n\(lead)\n\n\(self.more)\n\n"
                + "Ірина Савчук — журналістка, медіатренерка. Понад 15 років працювала в регіональних медіа.\n"
        )
        #expect(article.paragraphs == [lead, self.more])
    }

    /// A feed's item saved with its fields: "Feed:", "Link:", "PubDate:", "GUID:" are its header, and
    /// the feed's footer ("The post … appeared first on …") no text.
    @Test func aFeedItemsFieldsAreItsHeader() throws {
        let article = try self.parse(
            "Feed: Brookhollow Gazette – Health\nTitle: Measles cases prompt pop-up vaccine clinics\n"
                + "Link: https://www.example.com/health/2025/03/04/measles/\nPubDate: Tue, 04 Mar 2025 06:45:00 -0500\n"
                + "Author: Renata Kowal\nGUID: bhg-health-20250304-0112\n\n\(self.story)\n\n"
                + "The post Measles cases prompt pop-up vaccine clinics appeared first on Brookhollow Gazette.\n"
        )
        #expect(article.title == "Measles cases prompt pop-up vaccine clinics")
        #expect(article.published == "2025-03-04T06:45:00-05:00")
        #expect(article.url == "https://www.example.com/health/2025/03/04/measles/")
        #expect(article.paragraphs == [self.story])
    }

    /// A print view's name over its buttons, and a byline and a date line in wide gaps over a player's row
    /// in wide gaps: the headline and its date are read all the same.
    @Test func thePagesLinesAboveAHeadlineAndAPlayersRow() throws {
        let print = try self.parse(
            "Oberland-Bote – Druckversion\nSeite drucken | Fenster schließen\n\n"
                + "Kirchbach baut neue Grundschule am Mühlweg\n\nDienstag, 4. März 2025\n\n\(self.story)\n"
        )
        #expect(print.title == "Kirchbach baut neue Grundschule am Mühlweg")
        #expect(print.paragraphs == [self.story])
        let player = try self.parse(
            "Ferry operator cuts winter sailings to Inchmurran after second vessel breaks down\n"
                + "By Callum Rennie, Transport Correspondent\n"
                + "Published 4 March 2025, 07:40 GMT  |  Updated 4 March 2025, 11:05 GMT\n"
                + "Listen to this article  ·  4 min\n\n\(self.story)\n"
        )
        #expect(player.title == "Ferry operator cuts winter sailings to Inchmurran after second vessel breaks down")
        #expect(player.published == "2025-03-04T07:40:00+00:00")
        #expect(player.paragraphs == [self.story])
    }

    /// A newsletter's masthead with its issue is no headline; a reader view's domain and reading time,
    /// a caption with its source in brackets, a quarter's score after a dash (a result, not a clip's
    /// length).
    @Test func mastheadsWithAnIssueReaderViewLinesAndScores() throws {
        let letter = try self.parse(
            "View this email in your browser\nTHE SKYWATCH LETTER | Issue 112\n\n\(self.story)\n"
        )
        #expect(letter.title == nil)
        #expect(letter.paragraphs == [self.story])
        for line in [
            "lavoixdelarvene.fr", "5-6 minutes",
            "Catalytic converters recovered from a storage unit on Tillman Road. (Redbank Police Department)",
        ] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(line)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(line)")
        }
        let scores = ["Перша чверть — 18:22", "Друга чверть — 21:17"]
        let game = try self.parse(
            "Десна виграла вдома\n\n\(self.story)\n\n\(scores.joined(separator: "\n"))\n\n\(self.more)\n"
        )
        #expect(game.paragraphs == [self.story] + scores + [self.more])
    }

    /// Comment notes, a corrections policy, a newsletter named in two words, an app's stores, a next
    /// release, a reprint condition, a live blog that ended, ticket buttons, other reports.
    @Test func cueLinesInOtherWordingsAreDropped() throws {
        for line in [
            "Будьте першим, хто залишить коментар.", "Коментарі до цього матеріалу закрито.",
            "The Harlan Tribune corrects errors of fact. To report one, write to corrections@example.com.",
            "Restez informé : inscrivez-vous à la lettre d’information du musée.",
            "Consulta el estado de la red en tiempo real en EMTV Móvil. Disponible en Google Play y App Store.",
            "Следующая публикация: 11 апреля 2025 г., 10:00",
            "При использовании материалов ссылка на Национальный статистический комитет обязательна.",
            "Трансляция завершена · Последнее обновление: 21:40", "Réserver mes billets",
            "Die HT-App: jetzt kostenlos im App Store und bei Google Play", "Jetzt kostenlos anmelden",
            "Il vous reste 35 % de cet article à lire. La suite est réservée aux abonnés.",
            "Photo: the largest fragment and a 10p coin. (Holloway Fell Obs.)",
        ] {
            let article = try self.parse("Dockworkers vote to strike\n\n\(self.story)\n\n\(line)\n\n\(self.more)\n")
            #expect(article.paragraphs == [self.story, self.more], "\(line)")
        }
        let teasers = try self.parse(
            "Faros de Galicia\n\n\(self.story)\n\n\(self.more)\n\nMás reportajes\n\n"
                + "Los últimos fareros de la costa gallega\n\nUna aldea, una escuela y un solo alumno\n"
        )
        #expect(teasers.paragraphs == [self.story, self.more])
    }
}

import Testing

@testable import ArticleParsing

/// A browser's header and footer on each page of an article printed to PDF, copied with its text: the
/// footer's address is the article's, the header (the time of printing and the page's title) is debris.
@Suite struct PrintViewTests {
    private let printed = """
        20.03.25, 10:14                Harbour toll to rise in April | Portleven Post

        Harbour toll to rise in April

        Published: 18.03.2025

        The harbour board has agreed to raise the toll for visiting yachts by a fifth from April.

        https://www.portlevenpost.example/news/harbour-toll-100.html                1/2
        20.03.25, 10:14                Harbour toll to rise in April | Portleven Post

        The board said the money would pay for new pontoons before the summer.

        https://www.portlevenpost.example/news/harbour-toll-100.html                2/2

        """

    @Test func theFootersAddressIsTheArticlesAndTheHeaderGoes() throws {
        let article = try ArticleParser.parse(Array(self.printed.utf8)).get()
        #expect(article.title == "Harbour toll to rise in April")
        #expect(article.published == "2025-03-18")
        #expect(article.url == "https://www.portlevenpost.example/news/harbour-toll-100.html")
        #expect(article.site == "portlevenpost.example")
        #expect(
            article.paragraphs == [
                "The harbour board has agreed to raise the toll for visiting yachts by a fifth from April.",
                "The board said the money would pay for new pontoons before the summer.",
            ]
        )
    }

    @Test func theShapesAreNarrow() {
        #expect(PrintView.footerAddress("https://example.com/a 1/2") == "https://example.com/a")
        #expect(PrintView.footerAddress("https://example.com/a 3/2") == nil)  // no page past the last
        #expect(PrintView.footerAddress("https://example.com/a 24/7") == nil)
        #expect(PrintView.footerAddress("Read it at https://example.com/a 1/2") == nil)
        #expect(PrintView.isHeader("3/20/25, 9:05 AM Harbour toll to rise | Post", title: "Harbour toll to rise"))
        #expect(!PrintView.isHeader("20.03.25, 10:14 Something else | Post", title: "Harbour toll to rise"))
        // A story's sentence that opens with a date names no headline after it.
        #expect(!PrintView.isHeader("20.03.2025, 10:14 Uhr: Die Polizei sperrt die Straße.", title: "Straße gesperrt"))
    }
}

import Testing

@testable import ArticleParsing

/// A text-mode browser's dump (`lynx -dump`): its link markers, `<link>` lines, lines of links and
/// References block are the browser's, not the article's.
@Suite struct LynxDumpTests {
    private let dump = """
           #[1]Harbour Post » Feed

           [2]Harbour Post

             * [3]News
             * [4]Courts

        Former finance chief jailed for housing fund fraud

           By [5]Helen Marsh, Courts Reporter
           Published 7 March 2025, 16:20 GMT

           [6][IMG] The crown court. Photo: Harbour Post

           A former finance director who diverted money from a repairs fund has
           been jailed for five years. She pleaded guilty at
           [7]Harbour Crown Court to fraud by abuse of position.

           The money was spent on:

             * a holiday apartment abroad, since sold;
             * school fees for two grandchildren.

           [8]Share on Facebook [9]Share on X

        References

           1. https://example.com/feed/
           2. https://example.com/
           3. https://example.com/news/
           4. https://example.com/courts/
           5. https://example.com/author/helen-marsh/
           6. https://img.example.com/court.jpg
           7. https://example.com/tag/crown-court/
           8. https://example.com/share/facebook/1
           9. mailto:?subject=Story

        """

    @Test func theBrowsersMarkersLinksAndReferencesGo() throws {
        let article = try ArticleParser.parse(Array(self.dump.utf8)).get()
        #expect(article.title == "Former finance chief jailed for housing fund fraud")
        #expect(article.published == "2025-03-07T16:20:00+00:00")
        #expect(
            article.paragraphs == [
                "A former finance director who diverted money from a repairs fund has been jailed for five years. She pleaded guilty at Harbour Crown Court to fraud by abuse of position.",
                "The money was spent on:", "a holiday apartment abroad, since sold;",
                "school fees for two grandchildren.",
            ]
        )
    }

    /// The block may stand over a footer added after the dump ("Original url: …").
    @Test func theReferencesBlockOverAFooterGoes() throws {
        let article = try ArticleParser.parse(
            Array((self.dump + "Original url:\n\nhttps://example.com/courts/2025/03/07/fraud\n").utf8)
        ).get()
        #expect(article.url == "https://example.com/courts/2025/03/07/fraud")
        #expect(!article.paragraphs.contains { $0.contains("https://") || $0.contains("References") })
    }

    /// Without a References block, bracketed numbers are the article's ("a study [1]").
    @Test func bracketedNumbersElsewhereStay() throws {
        let text = "Study finds more swifts\n\nThe survey [1] counted 41,000 birds across [2] the county this spring.\n"
        let article = try ArticleParser.parse(Array(text.utf8)).get()
        #expect(article.paragraphs == ["The survey [1] counted 41,000 birds across [2] the county this spring."])
        #expect(LynxDump.referencesBlock(["References", "", "Some text.", "1. A list item"]) == nil)
    }

    @Test func aReferenceIsANumberAndAnAddressWithItsScheme() {
        #expect(LynxDump.isReferenceEntry("  12. https://example.com/a"))
        #expect(LynxDump.isReferenceEntry("13. mailto:desk@example.com"))
        #expect(!LynxDump.isReferenceEntry("1. Preheat the oven to 200 degrees."))
        #expect(!LynxDump.isReferenceEntry("2025. https://example.com was the year"))
        #expect(LynxDump.withoutMarkers("By [8]Helen Marsh [9][IMG] x") == "By Helen Marsh  x")
    }
}

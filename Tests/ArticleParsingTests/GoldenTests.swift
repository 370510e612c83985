import Testing

@testable import ArticleParsing

/// Every sample the parser gets fully right is asserted field by field against its expected JSON.
@Suite struct GoldenTests {
    static let seeds = [
        "seeds/000_26f48cefd25632c0", "seeds/001_5eb1ee49e6ba1523", "seeds/002_516d792e0e7ea71b",
        "seeds/003_cb575d2c1d554fa5", "seeds/004_36cf237891bee145",
    ]

    /// All twenty development articles pass. Known misses: none. (A sample that regresses should be
    /// moved to a commented list here, with the fields it misses, rather than silently dropped.)
    static let articles = [
        "001", "004", "007", "010", "013", "016", "019", "022", "025", "028",
        "031", "034", "037", "040", "043", "046", "049", "052", "055", "058",
    ].map { "articles/article-" + $0 }

    @Test(arguments: Self.seeds + Self.articles)
    func matchesExpectedFields(sample: String) throws {
        let expected = try SampleFiles.expected(sample)
        let article = try ArticleParser.parse(SampleFiles.bytes(sample)).get()
        #expect(article.format == "text")
        #expect(article.title == expected.title)
        #expect(article.published == expected.published)
        #expect(article.url == expected.url)
        #expect(article.site == expected.site)
        #expect(article.language == expected.language)
        // Scalar by scalar: `String ==` would accept any canonically equivalent text, even non-NFC.
        #expect(article.paragraphs.count == expected.paragraphs.count)
        for (got, want) in zip(article.paragraphs, expected.paragraphs) {
            #expect(Array(got.unicodeScalars) == Array(want.unicodeScalars))
        }
        #expect(article.body == expected.paragraphs.joined(separator: "\n\n"))
    }

    @Test func samplesAreFound() {
        #expect(SampleFiles.directory != nil, "set NEWSDROP_SAMPLES or check out shared/ beside the repository")
    }
}

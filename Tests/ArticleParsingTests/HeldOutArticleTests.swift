import Foundation
import Testing

@testable import ArticleParsing

/// The articles in `Tests/articles/` (written for this project, never tuned on before their first
/// measurement; see its README), asserted field by field like the shared samples.
@Suite struct HeldOutArticleTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("articles")

    /// Every `NAME.txt` with a `NAME.expected.json`, as a path relative to ``directory`` without extension.
    static let articles: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: Self.directory.path) else { return [] }
        return walker.compactMap { $0 as? String }
            // `known-misses/` holds articles the parser still gets wrong: measured by `make eval`, not asserted.
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("known-misses/") }
            .map { String($0.dropLast(4)) }
            .filter { FileManager.default.fileExists(atPath: Self.directory.path + "/" + $0 + ".expected.json") }
            .sorted()
    }()

    @Test func articlesAreFound() {
        #expect(Self.articles.count >= 1005)
    }

    @Test(arguments: Self.articles)
    func matchesExpectedFields(article name: String) throws {
        let base = Self.directory.appendingPathComponent(name)
        let bytes = [UInt8](try Data(contentsOf: base.appendingPathExtension("txt")))
        let object = try JSONSerialization.jsonObject(
            with: Data(contentsOf: base.appendingPathExtension("expected.json"))
        )
        let expected = try #require(object as? [String: Any])
        let article = try ArticleParser.parse(bytes).get()
        #expect(article.title == expected["title"] as? String)
        #expect(article.published == expected["published"] as? String)
        #expect(article.url == expected["url"] as? String)
        #expect(article.site == expected["site"] as? String)
        #expect(article.language == expected["language"] as? String)
        let paragraphs = try #require(expected["paragraphs"] as? [String])
        #expect(article.paragraphs.count == paragraphs.count)
        for (got, want) in zip(article.paragraphs, paragraphs) {
            #expect(Array(got.unicodeScalars) == Array(want.unicodeScalars))
        }
    }
}

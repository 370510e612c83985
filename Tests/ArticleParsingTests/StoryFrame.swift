@testable import ArticleParsing

/// A two-paragraph story around the lines a debris test asks about: which of them the parser keeps.
/// (The older debris suites each carry their own copy of these few lines.)
struct StoryFrame {
    let story = "The first paragraph tells the reader what happened and why it matters to them."
    let more = "The second paragraph says that most residents back the plan, according to a poll."

    func parse(_ text: String) throws -> Article {
        try ArticleParser.parse(Array(text.utf8)).get()
    }

    /// The lines of `lines` kept, each set between the story's paragraphs as a block of its own.
    func kept(_ lines: [String]) throws -> [String] {
        let body = lines.map { "\($0)\n\n" }.joined()
        let article = try self.parse("Council agrees budget\n\n\(self.story)\n\n\(body)\(self.more)\n")
        return Array(article.paragraphs.dropFirst().dropLast())
    }
}

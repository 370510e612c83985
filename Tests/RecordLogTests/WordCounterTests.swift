import ArticleParsing
import Testing

@testable import RecordLog

@Suite struct WordCounterTests {
    /// Every code point with the Unicode White_Space property, and some look-alikes that are not.
    private static let whiteSpace: [Unicode.Scalar] = [
        "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{20}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
        "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
    ]
    private static let notWhiteSpace: [Unicode.Scalar] = ["\u{200B}", "\u{FEFF}", "\u{180E}", "\u{1F}", "é", "😀"]

    @Test func agreesWithArticleWordCount() {
        var samples = ["", " ", "one", "one two  three", "  lead and trail  ", "日本語 テキスト", "a😀b c"]
        for scalar in Self.whiteSpace + Self.notWhiteSpace {
            samples.append("word\(scalar)word \(scalar)x\(scalar)")
        }
        for sample in samples {
            let article = Article(paragraphs: [sample, "next " + sample])
            #expect(
                WordCounter.count(article.paragraphs) == article.wordCount,
                "\(sample.unicodeScalars.map { $0.value })"
            )
        }
    }

    /// Every scalar of the BMP and every 61st beyond it, between two letters and between spaces: the byte
    /// shortcuts (lead bytes that start no white space) must agree with the Unicode property.
    @Test func agreesWithTheWhiteSpacePropertyForEveryScalar() {
        for value in Array(0x80..<0x1_0000) + Array(stride(from: 0x1_0000, to: 0x11_0000, by: 61)) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let isSpace = scalar.properties.isWhitespace
            #expect(WordCounter.count(["a\(scalar)b"]) == (isSpace ? 2 : 1), "U+\(String(value, radix: 16))")
            #expect(WordCounter.count([" \(scalar) "]) == (isSpace ? 0 : 1), "U+\(String(value, radix: 16))")
        }
    }

    @Test func everyWhiteSpaceScalarSeparatesWords() {
        for scalar in Self.whiteSpace {
            #expect(scalar.properties.isWhitespace)
            #expect(WordCounter.count(["a\(scalar)b"]) == 2)
        }
        for scalar in Self.notWhiteSpace {
            #expect(!scalar.properties.isWhitespace)
            #expect(WordCounter.count(["a\(scalar)b"]) == 1)
        }
    }
}

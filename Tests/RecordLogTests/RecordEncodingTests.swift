import ArticleParsing
import Foundation
import RecordLog
import Testing

@Suite struct RecordEncodingTests {
    private func record(title: String? = "T", paragraphs: [String] = ["Body."]) -> Record {
        Record(
            seq: 7,
            ingestedAt: "2025-02-05T10:11:12.123456Z",
            source: SourceInfo(
                path: "a/b.txt",
                bytes: 42,
                sha256: fakeSHA256(1),
                modified: "2025-02-01T00:00:00.000000Z"
            ),
            article: Article(
                format: "text",
                title: title,
                published: nil,
                url: "https://example.com/x",
                site: "example.com",
                language: "en",
                paragraphs: paragraphs
            )
        )
    }

    private func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func writesKeysInTheFixedOrderWithNullsAndOneNewline() {
        let line = self.string(RecordEncoding.line(for: self.record(paragraphs: ["One two.", "Three."])))
        let expected =
            #"{"schema":1,"seq":7,"ingested_at":"2025-02-05T10:11:12.123456Z","source":{"path":"a/b.txt","bytes":42,"#
            + #""sha256":"\#(fakeSHA256(1))","modified":"2025-02-01T00:00:00.000000Z"},"format":"text","title":"T","#
            + #""published":null,"url":"https://example.com/x","site":"example.com","language":"en","#
            + #""body":"One two.\n\nThree.","word_count":3}"# + "\n"
        #expect(line == expected)
    }

    @Test func previewLineLeavesOutSeqAndIngestedAt() {
        let record = self.record()
        let full = self.string(RecordEncoding.line(for: record))
        let preview = self.string(RecordEncoding.previewLine(source: record.source, article: record.article))
        #expect(preview.hasPrefix(#"{"schema":1,"source":{"path":"a/b.txt""#))
        #expect(!preview.contains("\"seq\"") && !preview.contains("ingested_at"))
        #expect(
            full.replacingOccurrences(of: #""seq":7,"ingested_at":"2025-02-05T10:11:12.123456Z","#, with: "") == preview
        )
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let title = "a\"b\\c\nd\te\rf\u{08}g\u{0C}h\u{01}i\u{1F}j\u{00}k"
        let line = self.string(RecordEncoding.line(for: self.record(title: title)))
        #expect(line.contains(#""title":"a\"b\\c\nd\te\rf\bg\fh\u0001i\u001fj\u0000k""#))
        #expect(line.filter { $0 == "\n" }.count == 1)
    }

    @Test func escapesLineAndParagraphSeparatorsButKeepsOtherUnicodeRaw() {
        let title = "x\u{2028}y\u{2029}z — “quoted” é 日本 😀"
        let line = self.string(RecordEncoding.line(for: self.record(title: title)))
        #expect(line.contains(#""title":"x\u2028y\u2029z — “quoted” é 日本 😀""#))
    }

    @Test(arguments: [
        "plain", "", "\"", "\\", "\u{7F}", "tab\there", "\u{2028}\u{2029}", "e\u{301}", "😀🇩🇪",
        "\u{1}\u{2}\u{3}",
        String(repeating: "long \u{0} mixed \\ text ", count: 500),
    ])
    func roundTripsThroughJSONSerialization(text: String) throws {
        let record = self.record(title: text, paragraphs: [text + "x", "second \(text)"])
        let bytes = RecordEncoding.line(for: record)
        #expect(bytes.last == UInt8(ascii: "\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["title"] as? String == text)
        #expect(object["body"] as? String == record.article.body)
        #expect(object["word_count"] as? Int == record.article.wordCount)
        #expect(object["published"] is NSNull)
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["sha256"] as? String == fakeSHA256(1))
        #expect(source["bytes"] as? Int == 42)
    }

    /// Non-ASCII text (Cyrillic, dashes: other lead bytes than that of U+2028/U+2029) is skipped eight bytes
    /// at a time too; a special character after any number of its bytes must still be caught, and U+2028
    /// and U+2029 never reach the log raw.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "\u{2027}", "😀"])
    func escapesASpecialCharacterAfterNonASCIIText(special: String) throws {
        for padding in ["ж", "é—", "日"] {
            for count in 0..<12 {
                let text =
                    String(repeating: padding, count: count) + special + String(repeating: padding, count: 12 - count)
                let bytes = RecordEncoding.line(for: self.record(title: text))
                let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
                #expect(object["title"] as? String == text)
                #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1)
                let raw = bytes.indices.dropLast(2).contains {
                    bytes[$0] == 0xE2 && bytes[$0 + 1] == 0x80 && bytes[$0 + 2] & 0xFE == 0xA8
                }
                #expect(!raw, "a raw U+2028/U+2029 in \(text.unicodeScalars.map(\.value))")
            }
        }
    }

    /// The escaper skips eight plain bytes at a time; a special byte at any position must still be caught.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "\u{2028}", "😀"])
    func escapesASpecialCharacterAtEveryAlignment(special: String) throws {
        for position in 0..<20 {
            let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: 20 - position)
            let bytes = RecordEncoding.line(for: self.record(title: text))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect(object["title"] as? String == text)
            #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1)
        }
    }

    @Test func encodesLargeAndNegativeIntegers() {
        var record = self.record()
        record.seq = .max
        record.source.bytes = -5
        let line = self.string(RecordEncoding.line(for: record))
        #expect(line.contains(#""seq":18446744073709551615,"#))
        #expect(line.contains(#""bytes":-5,"#))
    }
}

import Testing

@testable import ArticleParsing

/// ``InlineNormalizer`` settles printable ASCII lines eight bytes at a time, finding doubled spaces
/// with bit arithmetic across chunk edges. These checks compare it with the plain rule (runs of
/// spaces made one, ends trimmed) on random lines where spaces fall on every position of a chunk.
@Suite struct SpaceSurveyTests {
    @Test func spaceRunsCollapseLikeSplitting() {
        var generator = RobustnessTests.SeededGenerator(state: 21)
        let pieces = ["a", "Z", "1", ".", ",", "\"", " ", " ", "  ", "word", "é", "Ж", "\u{00A0}", "\t"]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" })
                .joined(separator: " ")
            #expect(InlineNormalizer.normalize(text) == expected, "\(text.debugDescription)")
            #expect(InlineNormalizer.normalize(Substring(text)) == expected, "\(text.debugDescription)")
        }
    }
}

import Testing

@testable import ArticleParsing

/// Language detection reads bytes: ASCII letters eight at a time, two-byte scalars through a table,
/// words packed into integers and looked up in a hashed table. These checks compare its counts with
/// the plain rule, scalar by scalar with words as strings, on random text full of the cases that could
/// set them apart: capitals of every range, letters only Ukrainian or Russian writes, combining marks,
/// Greek, CJK, emoji, stop words of every language, long words, and more than the word limit.
@Suite struct LanguageShortcutTests {
    static let alphabet: [String] =
        [
            "a", "Z", "q", "é", "É", "ß", "Æ", "ÿ", "×", "÷", "ą", "Ł", "ɐ", "ʼ", "\u{0301}", "\u{0483}", "\u{0488}",
            "Ж", "ж", "Ё", "ё", "Ї", "ї", "Ґ", "ґ", "Ы", "ъ", "Ѐ", "ѐ", "Ѣ", "ӕ", "Ω", "ά", "א", "ա", "ა", "ก",
            "カ", "か", "漢", "한", "\u{1F600}", "\u{1F3FD}", "\u{00A0}", "«", "—", "’", "1", "7", " ", " ", " ",
            "\n", ".", ",", "-", "'", "@", "[", "`", "{", "\u{7F}", "\t",
        ] + LanguageDetection.stopWords.values.flatMap { $0 }.map { " \($0) " }
        + ["SAID", "Été", "КОТОРЫЕ", "Також", "supercalifragilistic", "ееееееееее", "aaaaaaaaaaaaaaa"]

    /// The original rule: scalars through ``ScriptCounts/count(_:)``, words as strings.
    static func referenceTally(_ paragraphs: [String]) -> (scripts: ScriptCounts, scores: [Int]) {
        var scripts = ScriptCounts()
        var scores = [Int](repeating: 0, count: LanguageDetection.languages.count)
        var words = 0
        func count(_ word: String) {
            words += 1
            for (index, language) in LanguageDetection.languages.enumerated()
            where LanguageDetection.stopWords[language]?.contains(word) == true {
                scores[index] += 1
            }
        }
        paragraphs: for paragraph in paragraphs {
            var word = ""
            for scalar in paragraph.unicodeScalars {
                if let lower = scripts.count(scalar) {
                    word.unicodeScalars.append(lower)
                    continue
                }
                guard !word.isEmpty else { continue }
                count(word)
                word = ""
                if words >= LanguageDetection.wordLimit { break paragraphs }
            }
            if !word.isEmpty { count(word) }
        }
        return (scripts, scores)
    }

    static func randomParagraphs(_ generator: inout RobustnessTests.SeededGenerator) -> [String] {
        let paragraphs = Int(generator.next() % 4) + 1
        let pieces = [5, 40, 400][Int(generator.next() % 3)]
        return (0..<paragraphs).map { _ in
            (0..<Int(generator.next() % UInt64(pieces))).map { _ in
                Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))]
            }.joined()
        }
    }

    @Test func countsMatchTheScalarRule() {
        var generator = RobustnessTests.SeededGenerator(state: 31)
        for _ in 0..<5_000 {
            let paragraphs = Self.randomParagraphs(&generator)
            let (scripts, scores) = LanguageDetection.tally(paragraphs)
            let expected = Self.referenceTally(paragraphs)
            #expect(scripts == expected.scripts, "\(paragraphs.map { Array($0.unicodeScalars) })")
            #expect(
                LanguageDetection.languages.indices.map { scores[$0] } == expected.scores,
                "\(paragraphs.map { Array($0.unicodeScalars) })"
            )
        }
    }

    @Test func twoByteTableMatchesTheScalarRule() {
        // Every scalar of two UTF-8 bytes, alone and between ASCII letters, in both cases.
        for value in UInt32(0x80)..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "a\(scalar)b", "\(scalar)\(scalar) der \(scalar)", "AND\(scalar)"] {
                let (scripts, scores) = LanguageDetection.tally([text])
                let expected = Self.referenceTally([text])
                #expect(scripts == expected.scripts, "U+\(String(value, radix: 16)) in \(text)")
                #expect(LanguageDetection.languages.indices.map { scores[$0] } == expected.scores)
            }
        }
    }
}

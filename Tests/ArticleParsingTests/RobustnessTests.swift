import Foundation
import Testing

@testable import ArticleParsing

/// Property-style checks over random and mutated inputs, plus speed.
@Suite struct RobustnessTests {
    /// SplitMix64: a small, seeded, reproducible generator.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            self.state &+= 0x9E37_79B9_7F4A_7C15
            var z = self.state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Fragments that exercise every stage: headers, markup, dates, boilerplate, odd characters.
    static let fragments: [String] = [
        "---\n", "title: X\n", "date: 2024-05-14T09:30:00+02:00\n", " date 2025-02-09 ", "Title: Y\nDate: 1 May 2024\n",
        "# Heading\n", "*By A | 12 May 2024*\n", "![i](u)\n", "Original url:\n\nhttps://www.a.com/2025/01/02/x\n",
        "Advertisement\n", "Other Topics of Interest\n", "Most read\n", "Read more: x\n", "ISW: A b c d e\n",
        "<u>x</u>", "<br>", "<!--", "&amp;", "&#8217;", "&#xD800;", "&#0;", "&#99999999;", "**", "_", "[a](b)",
        "\u{200B}", "\u{00A0}", "\u{FEFF}", "e\u{0301}", "\u{0007}", "\r\n", "\r", "\n\n", "\t", "  ",
        "“quoted”", "Щоб і ї", "ы э", "09/02/2025\n", "Updated 2 hours ago\n", "Photo: Kremlin.ru\n",
        "The council said on Monday that it would review the plan. ", "lower case continuation of a wrapped line\n",
        "A Headline Without A Full Stop\n", "\u{1F600}", "\u{0085}", "\u{2028}", "a/b/c", "<", ">", "&", ":",
    ]

    static func randomInput(_ generator: inout SeededGenerator) -> [UInt8] {
        switch generator.next() % 4 {
        case 0:
            // Raw random bytes, mostly printable so decoding gets past the binary check.
            let count = Int(generator.next() % 600)
            return (0..<count).map { _ in
                let roll = generator.next() % 20
                return roll == 0 ? UInt8(truncatingIfNeeded: generator.next()) : UInt8(0x20 + generator.next() % 95)
            }
        case 1:
            // A sample with bytes flipped, inserted and deleted.
            var bytes = Self.sampleBytes.randomElement(using: &generator) ?? []
            for _ in 0..<Int(generator.next() % 12) where !bytes.isEmpty {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.insert(UInt8(truncatingIfNeeded: generator.next()), at: position)
                default: bytes.remove(at: position)
                }
            }
            return bytes
        default:
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &generator)! }.joined()
            return Array(text.utf8)
        }
    }

    static let sampleBytes: [[UInt8]] = (GoldenTests.seeds + GoldenTests.articles).compactMap {
        try? SampleFiles.bytes($0)
    }

    @Test func randomInputsGiveCleanDeterministicOutput() {
        var generator = SeededGenerator(state: 20_250_209)
        for _ in 0..<3_000 {
            let input = Self.randomInput(&generator)
            let first = ArticleParser.parse(input)
            #expect(first == ArticleParser.parse(input), "not deterministic")
            guard case .success(let article) = first else { continue }
            #expect(!article.paragraphs.isEmpty)
            for paragraph in article.paragraphs {
                #expect(!paragraph.isEmpty)
                #expect(paragraph == String(paragraph.trimmingSpaces()))
                #expect(!paragraph.contains("  "))
                #expect(!paragraph.unicodeScalars.contains {
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                })
                #expect(Array(paragraph.unicodeScalars) == Array(paragraph.precomposedStringWithCanonicalMapping.unicodeScalars))
            }
            if let published = article.published { #expect(published.count == 10 || published.count == 25) }
        }
    }

    @Test func hugeAndPathologicalInputsFinishQuickly() {
        let inputs: [String] = [
            String(repeating: "word ", count: 20_000),
            String(repeating: "<a", count: 50_000),
            String(repeating: "[", count: 100_000),
            String(repeating: "*a", count: 50_000),
            String(repeating: "&#", count: 50_000),
            String(repeating: "Advertisement\n", count: 10_000) + "Body text here.",
            String(repeating: "Short line\n", count: 20_000),
            String(repeating: "x", count: 100_000) + ". Photo: y",
            "Headline here\n\n" + String(repeating: "a ", count: 50_000) + "\n\nMost read\n" + String(repeating: "Item Here Now\n", count: 5_000),
        ]
        let clock = ContinuousClock()
        for input in inputs {
            let elapsed = clock.measure { _ = ArticleParser.parse(Array(input.utf8)) }
            print("pathological \(input.prefix(12).debugDescription): \(elapsed)")
            #expect(elapsed < .seconds(2), "\(input.prefix(20))…: \(elapsed)")
        }
    }

    @Test func typicalArticleParsesInMicroseconds() throws {
        let samples = Self.sampleBytes
        try #require(!samples.isEmpty)
        let clock = ContinuousClock()
        let rounds = 50
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for bytes in samples { _ = ArticleParser.parse(bytes) }
            }
        }
        let perArticle = elapsed / (rounds * samples.count)
        let averageBytes = samples.map(\.count).reduce(0, +) / samples.count
        print("ArticleParser.parse: \(perArticle) per article (average \(averageBytes) bytes)")
        // Generous bound for debug builds on a busy CI machine; release builds are far faster.
        #expect(perArticle < .milliseconds(5))
    }
}

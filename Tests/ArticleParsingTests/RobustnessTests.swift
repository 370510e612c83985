import Foundation
import Testing

@testable import ArticleParsing

#if canImport(Glibc)
import Glibc
#endif

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
        "&nbsp;\n", "HVX +9.14%   ORBN -0.62%   Brent $63.18\n", "Home   News   Sport\n",
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

    /// A block whose first line normalizes to nothing ("&nbsp;") starts at its second line. Found by a
    /// mutant (a header's blank line turned into "&nbsp;" above a market ticker set apart by wide
    /// gaps): its first unit did not start a block, and the table-row check read the unit before it,
    /// out of bounds, and crashed.
    @Test func aBlockOpeningWithALineOfNothingStartsAtItsFirstUnit() throws {
        let ticker = "HVX +9.14%   ORBN -0.62%   S&P 500 +0.31%   Brent $63.18"
        let story = "Shares of Harlow Vex rose 9.1% in premarket trading on Tuesday after strong results."
        for text in [
            "&nbsp;\n\(ticker)\n\n\(story)\n",
            "Title: Harlow Vex shares jump\nDate: 2025-10-21T13:05:00Z\n&nbsp;\n\(ticker)\n\n\(story)\n",
            "\(story)\n\n\(ticker)\n&nbsp;\n",
        ] {
            let article = try ArticleParser.parse(Array(text.utf8)).get()
            #expect(article.paragraphs == [story])
        }
        let lines: [Substring] = ["&nbsp;", Substring(ticker), "<br>", "", Substring(story), "&nbsp;"]
        let units = ParagraphAssembly.units(from: lines[...])
        #expect(units.map(\.startsBlock) == [true, true])
        #expect(units.map(\.endsBlock) == [true, true])
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
                #expect(
                    !paragraph.unicodeScalars.contains {
                        $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                    }
                )
                #expect(
                    Array(paragraph.unicodeScalars)
                        == Array(paragraph.precomposedStringWithCanonicalMapping.unicodeScalars)
                )
            }
            if let published = article.published { #expect(published.count == 10 || published.count == 25) }
            Self.expectNoLineClassifiedAsNonText(article)
        }
    }

    /// The same properties on every real article: the samples and the held-out set.
    @Test func articlesKeepNoBoilerplateAndStayNormalized() throws {
        let held = HeldOutArticleTests.articles.compactMap {
            try? [UInt8](Data(contentsOf: HeldOutArticleTests.directory.appendingPathComponent($0 + ".txt")))
        }
        for bytes in Self.sampleBytes + held {
            Self.expectNoLineClassifiedAsNonText(try ArticleParser.parse(bytes).get())
        }
    }

    /// Snippets spliced into lines, or standing as lines of their own, by ``lineMutant(of:_:lines:)``.
    static let snippets: [String] = [
        "<b>", "</i>", "&amp;", "&nbsp;", "&#8217;", "\u{200B}", "\t", "  ", "   ", "# ", "**", "By ", " | ", " · ",
        "\u{00A0}", "Read more", "Advertisement", "http://x.com/a", "2024-03-05", "5 March 2024", "&hellip;",
        "<a href=\"x\">", ":", "---", "> ", "* ",
    ]

    /// An article's lines mutated as a scraper's slips and a hostile writer would: lines dropped,
    /// repeated, swapped, borrowed from other articles, cut short, upper-cased, blank lines added, and
    /// snippets (markup, entities, invisible characters, separators) spliced in or standing alone.
    static func lineMutant(of text: String, _ generator: inout SeededGenerator, lines borrowed: [Substring]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + Int(generator.next() % 6)) {
            if lines.isEmpty { lines = [""] }
            let at = Int(generator.next() % UInt64(lines.count))
            switch generator.next() % 9 {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[Int(generator.next() % UInt64(lines.count))], at: at)
            case 2: lines.insert(String(borrowed.randomElement(using: &generator) ?? ""), at: at)
            case 3:
                let characters = Array(lines[at])
                let cut = Int(generator.next() % UInt64(characters.count + 1))
                let snippet = Self.snippets.randomElement(using: &generator)!
                lines[at] = String(characters[..<cut]) + snippet + String(characters[cut...])
            case 4: lines.swapAt(at, Int(generator.next() % UInt64(lines.count)))
            case 5: lines = Array(lines.prefix(max(1, at)))
            case 6: lines[at] = Self.snippets.randomElement(using: &generator)!
            case 7: lines[at] = lines[at].uppercased()
            default: lines.insert("", at: at)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Line mutants of every held-out article parse without a crash, to text with the properties of a
    /// body: the kind of mutation `bench/mutate_articles.py` makes, on every change. (That script's
    /// mutants found a crash no test had: a header's blank line turned into "&nbsp;" above a row of
    /// items in wide gaps; ``aBlockOpeningWithALineOfNothingStartsAtItsFirstUnit()`` pins that one.)
    @Test func lineMutantsOfEveryArticleParseCleanly() throws {
        let texts = HeldOutArticleTests.articles.compactMap {
            try? String(
                decoding: Data(contentsOf: HeldOutArticleTests.directory.appendingPathComponent($0 + ".txt")),
                as: UTF8.self
            )
        }
        let borrowed = texts.flatMap { $0.split(separator: "\n") }
        var generator = SeededGenerator(state: 20_261_206)
        for text in texts {
            for _ in 0..<3 {
                let mutant = Array(Self.lineMutant(of: text, &generator, lines: borrowed).utf8)
                let first = ArticleParser.parse(mutant)
                #expect(first == ArticleParser.parse(mutant), "not deterministic")
                guard case .success(let article) = first else { continue }
                for paragraph in article.paragraphs {
                    #expect(!paragraph.isEmpty && !paragraph.contains("  "))
                    #expect(!paragraph.unicodeScalars.contains { $0.properties.generalCategory == .control })
                }
            }
        }
    }

    /// No paragraph of a body is one that the parser's own classifiers call boilerplate, a caption, a
    /// teaser heading, a date line or a bare URL; and normalizing a paragraph again changes nothing
    /// (unless it holds text that was escaped in the file, such as `&lt;b&gt;`).
    static func expectNoLineClassifiedAsNonText(_ article: Article) {
        for paragraph in article.paragraphs {
            // `<` and `&` left in a body were written escaped (`&lt;`, `&amp;`); decoded once by design.
            if !paragraph.contains("<") && !paragraph.contains("&") {
                #expect(InlineNormalizer.normalize(paragraph) == paragraph, "normalization is not idempotent")
            }
            #expect(!Boilerplate.isBoilerplate(paragraph), "boilerplate kept: \(paragraph)")
            #expect(!Boilerplate.isCaption(paragraph), "caption kept: \(paragraph)")
            // A heading known only by its opening ("More on …") is a subheading unless teasers follow it.
            #expect(
                Boilerplate.teaserHeading(Boilerplate.LineKey(paragraph)) != .fixed,
                "teaser heading kept: \(paragraph)"
            )
            #expect(!DateParsing.readDateLine(paragraph).isDateOnly, "date line kept: \(paragraph)")
            #expect(!TextShape.isBareURL(paragraph), "URL line kept: \(paragraph)")
        }
    }

    /// Inputs that make naive scanners quadratic, as functions of a size.
    static let pathological: [(name: String, make: @Sendable (Int) -> String)] = [
        ("words", { String(repeating: "word ", count: $0) }),
        ("unclosed tags", { String(repeating: "<a", count: $0) }),
        ("open brackets", { String(repeating: "[", count: $0 * 2) }),
        ("emphasis marks", { String(repeating: "*a", count: $0) }),
        ("entity starts", { String(repeating: "&#", count: $0) }),
        ("comment openers", { String(repeating: "<!--", count: $0 / 2) }),
        ("boilerplate lines", { String(repeating: "Advertisement\n", count: $0 / 10) + "Body text here." }),
        ("short lines", { String(repeating: "Short line\n", count: $0 / 10) }),
        ("one long caption-like line", { String(repeating: "x", count: $0 * 2) + ". Photo: y" }),
        (
            "teaser list",
            { "Headline here\n\nBody. \n\nMost read\n" + String(repeating: "Item Here Now\n", count: $0 / 10) }
        ),
    ]

    /// Four times the input must cost well under sixteen times the time (linear, not quadratic), and
    /// a 100,000-character line must parse in well under a second in a release build.
    @Test(arguments: Self.pathological.indices)
    func pathologicalInputsScaleLinearly(case index: Int) {
        let (name, make) = Self.pathological[index]
        func cost(_ size: Int) -> Double {
            let bytes = Array(make(size).utf8)
            return (0..<2).map { _ in
                let start = Self.threadCPUTime()
                _ = ArticleParser.parse(bytes)
                return Self.threadCPUTime() - start
            }.min()!
        }
        let small = cost(12_500)
        let large = cost(50_000)
        print("pathological \(name): \(Int(small * 1e3)) ms → \(Int(large * 1e3)) ms for 4× the input")
        #expect(large < max(small, 0.005) * 9, "\(name) grows faster than linearly")
        #expect(large < 20, "\(name) took \(large) s")
    }

    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

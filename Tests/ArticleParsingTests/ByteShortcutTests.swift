import Testing

@testable import ArticleParsing

/// The parser answers many character-level questions on UTF-8 bytes when the bytes settle them. These
/// checks compare each shortcut with the plain character-level answer on random text built from the
/// characters that make shortcuts go wrong: combining and joining marks, prepended marks, CR LF,
/// canonically equivalent punctuation, Cyrillic and Greek letters, emoji.
@Suite struct ByteShortcutTests {
    static let alphabet: [String] = [
        "a", "Z", "7", " ", " ", "\t", ":", "#", "|", ".", "\"", "'", ")", "]", "*", "_", "-", "/", "h", "w",
        "http://", "https://", "www.", "\r", "\n", "\r\n", "é", "Abcdefghij", "klmnopq", "e\u{0301}", "\u{0301}",
        "\u{0483}", "\u{200D}",
        "\u{200C}", "\u{200B}", "\u{0600}", "\u{06DD}", "\u{037E}", "\u{1FEF}", "Ж", "ї", "Ω", "ά", "“", "”", "—",
        "·", "•", "\u{00A0}", "\u{0085}", "\u{2028}", "\u{1F600}", "\u{1F3FD}", "\u{1100}", "\u{1161}", "\u{AC00}",
        "\u{1F1FA}", "\u{0903}", "\u{093F}", "ß", "İ", "\u{02BC}", "\u{0300}", "’", "»", "›", "’\u{0301}",
        // Prepend signs above U+FFFF (Kaithi, Zanabazar Square), an emoji with its variation selector.
        "\u{110BD}", "\u{11A84}", "\u{1F39F}\u{FE0F}",
    ]

    static func randomText(_ generator: inout RobustnessTests.SeededGenerator, maxPieces: Int) -> String {
        let count = Int(generator.next() % UInt64(maxPieces))
        return (0..<count).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
    }

    @Test func characterLimitsMatchCounting() {
        var generator = RobustnessTests.SeededGenerator(state: 11)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 40)
            for limit in [0, 3, 10, 25] {
                #expect(
                    TextShape.hasAtMost(limit, charactersIn: text) == (text.count <= limit),
                    "\(Array(text.unicodeScalars))"
                )
            }
        }
    }

    @Test func spaceSplitsMatchTheCharacterSplit() {
        var generator = RobustnessTests.SeededGenerator(state: 24)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 12)
            #expect(UTF8Bytes.spaceSeparated(text) == text.split(separator: " "), "\(Array(text.unicodeScalars))")
            let inner = Substring(text).dropFirst()
            #expect(UTF8Bytes.spaceSeparated(inner) == inner.split(separator: " "), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func trimsMatchTheCharacterWalk() {
        var generator = RobustnessTests.SeededGenerator(state: 12)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 12)
            for set in [" \t", " :", " #", "\"')]*_ ", "\"'’”»›)]*_ ", ";`"] {
                let characters = Array(text)
                let start = characters.firstIndex { !set.contains($0) } ?? characters.count
                let end = (characters.lastIndex { !set.contains($0) }).map { $0 + 1 } ?? start
                let expected = String(characters[start..<max(start, end)])
                #expect(String(text.trimmingCharacters(in: set)) == expected, "\(Array(text.unicodeScalars)) in \(set)")
            }
        }
    }

    @Test func spaceTrimsMatchTheCharacterWalk() {
        var generator = RobustnessTests.SeededGenerator(state: 31)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 12)
            let characters = Array(text)
            let start = characters.firstIndex { $0 != " " } ?? characters.count
            let end = (characters.lastIndex { $0 != " " }).map { $0 + 1 } ?? start
            #expect(
                String(text.trimmingSpaces()) == String(characters[start..<max(start, end)]),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test func finalMarksMatchTheCharacterWalk() {
        let closers: Set<Character> = ["\"", "'", "’", "”", "»", "›", ")", "]", "*", "_"]
        var generator = RobustnessTests.SeededGenerator(state: 32)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 12)
            let expected = text.last { !closers.contains($0) && !$0.isWhitespace }
            #expect(TextShape.finalMark(text) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func addressesMatchTheCharacterRule() {
        var generator = RobustnessTests.SeededGenerator(state: 13)
        for _ in 0..<20_000 {
            let text =
                ["http://", "https://", "www.", "HTTP://", "Www."][Int(generator.next() % 5)]
                + Self.randomText(&generator, maxPieces: 8)
            let lower = text.prefix(8).lowercased()
            let opens = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            let expected = opens && text.count > 8 && !text.contains(where: \.isWhitespace)
            #expect(TextShape.isURL(Substring(text)) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func asciiHeaderKeysMatchTheCharacterRule() {
        var generator = RobustnessTests.SeededGenerator(state: 14)
        let ascii = ["a", "B", " ", "\t", "_", "-", "1", "\r", "\n", ".", "Title", "Original url", "x y z w"]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 10)
            let key = (0..<count).map { _ in ascii[Int(generator.next() % UInt64(ascii.count))] }.joined()
            #expect(
                HeaderParsing.asciiKey(Substring(key)) == HeaderParsing.unicodeKey(Substring(key)),
                "\(key.debugDescription)"
            )
        }
    }

    @Test func headerKeysRuledOutOnTheirBytesAreNoKeysByCharacters() {
        var generator = RobustnessTests.SeededGenerator(state: 25)
        for _ in 0..<20_000 {
            let key = Self.randomText(&generator, maxPieces: 6)
            #expect(
                HeaderParsing.unicodeKey(Substring(key)) == HeaderParsing.characterKey(Substring(key)),
                "\(Array(key.unicodeScalars))"
            )
        }
    }

    /// A prompt's words: the lead bytes settle what decoding the scalar would.
    @Test func wordCharactersAreSettledOnTheirLeadBytes() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(Character(scalar)).utf8)
            let expected =
                !(0x2000...0x2BFF).contains(value) && !(0xA0...0xBF).contains(value) && value != 0xD7 && value != 0xF7
                && value != 0x3000
            let answer = bytes.withUnsafeBufferPointer { ReaderPrompts.startsWordCharacter($0, at: 0) }
            if answer != expected {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }

    @Test func markerRunsSplitLikeCharacters() {
        var generator = RobustnessTests.SeededGenerator(state: 15)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 12)
            let expected = text.split(whereSeparator: { $0 == "·" || $0 == "|" || $0 == "•" })
            #expect(Boilerplate.markedParts(of: text) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func asciiSitesMatchTheCharacterRule() {
        var generator = RobustnessTests.SeededGenerator(state: 16)
        let pieces = [
            "https://", "http://", "://", "www.", "WWW.", "Example", ".com", "@", ":", "8080", "/", "?", "#", "[", "]",
            "a", "",
        ]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 9)
            let url = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(TextShape.site(ofURL: url) == TextShape.unicodeSite(ofURL: url), "\(url)")
        }
    }

    @Test func abbreviationsMatchTheCharacterRule() {
        // Edges: a dotted word that fills the whole 16-scalar tail, in a longer line and alone.
        for text in ["Note a.b.c.d.e.f.g.h.", "a.b.c.d.e.f.g.h.", "At 8:45 a.m.", "Acme Inc.)", "U.S.\u{0301}", ""] {
            #expect(TextShape.endsWithAbbreviation(text) == TextShape.unicodeEndsWithAbbreviation(text), "\(text)")
        }
        var generator = RobustnessTests.SeededGenerator(state: 17)
        let pieces = [
            "Inc", "U.S", "a.m", "p.m.", "Jr", "word", " ", ".", ")", "\"", "'", "*", "_", "’", "»", "x", "A", "\r\n",
            "é", "году", "Ж", "ї", "\u{0301}", "Straße", "ГмбХ", "ИНК", "Co", "”", "GmbH", "Bros",
        ]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 10)
            var text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if generator.next() % 3 == 0 { text += Self.randomText(&generator, maxPieces: 4) }
            #expect(
                TextShape.endsWithAbbreviation(text) == TextShape.unicodeEndsWithAbbreviation(text),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test func headlineOpeningsMatchTheCharacterRule() {
        var generator = RobustnessTests.SeededGenerator(state: 19)
        for _ in 0..<20_000 {
            let text = Self.randomText(&generator, maxPieces: 6)
            let threeCharacters = text.index(text.startIndex, offsetBy: 2, limitedBy: text.endIndex).map {
                $0 < text.endIndex
            }
            #expect(TextShape.hasThreeCharacters(text) == (threeCharacters ?? false), "\(Array(text.unicodeScalars))")
            let first = text.first { $0.isLetter || $0.isNumber }
            #expect(
                TextShape.firstAlphanumericIsLowercase(text) == (first.map(\.isLowercase) ?? true),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test func bareKeysMatchTheCharacterTrim() {
        var generator = RobustnessTests.SeededGenerator(state: 20)
        let marks = [
            ".", ":", "!", "-", "|", " ", "»", "›", "…", "—", "–", "\u{0301}", "\u{0600}", "x", "Ж", "\u{200D}",
            ")", "]", "*", "(", "[", "•",
        ]
        for _ in 0..<20_000 {
            var text = Self.randomText(&generator, maxPieces: 5)
            for _ in 0..<Int(generator.next() % 5) { text += marks[Int(generator.next() % UInt64(marks.count))] }
            for _ in 0..<Int(generator.next() % 4) { text = marks[Int(generator.next() % UInt64(marks.count))] + text }
            #expect(
                Boilerplate.bareProbe(Array(text.utf8)).text == Boilerplate.withoutEnclosingMarks(text),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test func lineSetsAnswerAsSetsOfStrings() {
        var generator = RobustnessTests.SeededGenerator(state: 21)
        // Entries of every length around the eight bytes hashed at once; "café" precomposed, so that a
        // decomposed spelling of it must still be found (its bytes differ).
        let plainEntries: Set<String> = [
            "advertisement", "read more", "ad", "abcdefgh", "abcdefghi", "реклама", "café", "café au lait",
        ]
        // An entry spelled with a combining mark: every lookup of this set asks the strings.
        let askingEntries = plainEntries.union(["nai\u{0308}ve"])
        let plain = LineSet(plainEntries)
        let asking = LineSet(askingEntries)
        let pieces =
            Array(askingEntries) + [
                "cafe\u{0301}", "cafe\u{0301} au lait", "naïve", "a", "d", "é", "\u{0301}", " ", "abcdefg", "h", "x",
            ]
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 3) + 1).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            let probe = LineSet.Probe(utf8: Array(text.utf8)[...])
            #expect(plain.contains(probe) == plainEntries.contains(text), "\(Array(text.unicodeScalars))")
            #expect(plain.contains(text) == plainEntries.contains(text), "\(Array(text.unicodeScalars))")
            #expect(asking.contains(probe) == askingEntries.contains(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func wordTablesAnswerAsDictionaries() {
        var generator = RobustnessTests.SeededGenerator(state: 25)
        let plainEntries: [String: Int] = [
            "mai": 5, "märz": 3, "января": 1, "févr": 2, "abcdefgh": 8, "abcdefghi": 9, "café": 10, "ч": 11,
        ]
        // A key spelled with a combining mark: every lookup of this table asks the dictionary.
        var askingEntries = plainEntries
        askingEntries["nai\u{0308}ve"] = 12
        let plain = WordTable(plainEntries)
        let asking = WordTable(askingEntries)
        let pieces =
            Array(askingEntries.keys) + [
                "cafe\u{0301}", "naïve", "a", "m", "ä", "\u{0301}", "abcdefg", "h", "x", "январ", "я",
            ]
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 3) + 1).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            #expect(plain[text] == plainEntries[text], "\(Array(text.unicodeScalars))")
            #expect(asking[text] == askingEntries[text], "\(Array(text.unicodeScalars))")
        }
    }

    /// The line key is the line's first `limit` scalars, each lowercased by its Unicode mapping (`’`
    /// and `ʼ` as `'`), with the length of the first `mark` of them; the byte paths (eight ASCII bytes
    /// at once, runs of two-byte letters by table) must give exactly that, wherever a boundary falls.
    @Test func lineKeysAreScalarwiseLowercaseWithOneSpellingOfYo() {
        var generator = RobustnessTests.SeededGenerator(state: 23)
        let pieces =
            Self.alphabet + [
                "ДОБРИЙ ВЕЧІР", "Ёлка", "ЀЍЎЏ", "ÀÉÎÕÜÝÞ", "×÷", "ÿ", "ĀŁŒ", "ΣΑΣ", "Ǆ", "ﬀ", "Straße",
                "ABCDEFGHIJKLMNOP",
            ]
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 40)).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            for (limit, mark) in [(480, 48), (48, 48), (Int(generator.next() % 60), Int(generator.next() % 60))] {
                var expected: [UInt8] = []
                var expectedMark = -1
                for (offset, scalar) in text.unicodeScalars.enumerated() {
                    if offset == mark { expectedMark = expected.count }
                    if offset == limit { break }
                    if scalar == "’" || scalar == "\u{02BC}" {
                        expected.append(UInt8(ascii: "'"))
                    } else if scalar == "Ё" || scalar == "ё" {
                        expected += Array("е".utf8)
                    } else {
                        expected += Array(scalar.properties.lowercaseMapping.utf8)
                    }
                }
                if expectedMark < 0 { expectedMark = expected.count }
                let key = Boilerplate.keyBytes(text, limit: limit, mark: mark)
                #expect(key.bytes == expected, "\(Array(text.unicodeScalars)) limit \(limit)")
                #expect(key.markLength == expectedMark, "\(Array(text.unicodeScalars)) mark \(mark)")
            }
        }
    }

    @Test func contactHeadingsMatchTheTrimmedKeyRule() {
        var generator = RobustnessTests.SeededGenerator(state: 22)
        let pieces =
            ReaderPromptCues.contactHeadings.flatMap { [$0, $0.uppercased()] } + [
                " ", ":", " :", "\u{0301}", "x", "Ж", "\t",
            ]
        for _ in 0..<20_000 {
            var text = (0..<Int(generator.next() % 4)).map { _ in
                pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
            if generator.next() % 4 == 0 { text += Self.randomText(&generator, maxPieces: 3) }
            let key = Boilerplate.LineKey(text)
            let trimmed = String(decoding: key.bytes, as: UTF8.self).trimmingCharacters(in: " :")
            let expected = key.length <= 60 && ReaderPromptCues.contactHeadings.contains(String(trimmed))
            #expect(ReaderPrompts.isContactHeading(key) == expected, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func listMarksMatchCharacterPrefixes() {
        var generator = RobustnessTests.SeededGenerator(state: 18)
        let marks = [
            "#", "![", "* ", "- ", "> ", "+ ", "– ", "— ", "• ", "· ", "\u{0387} ", "<li", "<LI", "*", "_", "-", "<",
        ]
        for _ in 0..<20_000 {
            let line =
                marks[Int(generator.next() % UInt64(marks.count))] + Self.randomText(&generator, maxPieces: 4)
            let expected = ["#", "![", "* ", "- ", "> ", "+ ", "– ", "— ", "• ", "· ", "<li", "<LI"].contains {
                Substring(line).hasPrefix($0)
            }
            #expect(ParagraphAssembly.opensWithListMark(Substring(line)) == expected, "\(Array(line.unicodeScalars))")
            for prefix: StaticString in ["#", "*", "_", "> ", "* ", "![", "– "] {
                #expect(
                    ParagraphAssembly.opens(Substring(line), prefix) == Substring(line).hasPrefix("\(prefix)"),
                    "\(Array(line.unicodeScalars)) \(prefix)"
                )
            }
        }
    }
}

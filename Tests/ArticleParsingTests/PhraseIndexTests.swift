import Testing

@testable import ArticleParsing

/// ``PhraseIndex`` finds phrases by a hash of their first four bytes and compares candidates as
/// integers; these checks hold it to the plain definition (a list's bit is set when one of its
/// phrases of four bytes or more occurs in the line where a word starts) on random lines built from
/// pieces of the phrases.
@Suite struct PhraseIndexTests {
    /// Whether the character that ends `bytes[..<end]` is a word's: an ASCII letter or digit, `'`, or a
    /// two-byte character from U+00C0 up (Latin, Greek, Cyrillic letters; not Latin-1's punctuation).
    static func endsWord(_ bytes: [UInt8], _ end: Int) -> Bool {
        var lead = end - 1
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let byte = bytes[lead]
        return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x27 || (byte >= 0xC3 && byte <= 0xDF)
    }

    /// Whether `needle` occurs in `haystack`, byte by byte, where a word starts: at the start, after a
    /// character of no word, or with a first character of no word itself.
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
                && (start == 0 || !Self.endsWord(haystack, start) || !Self.endsWord(needle, 1))
        }
    }

    static func expected(_ lists: [[String]], _ line: [UInt8]) -> UInt32 {
        var found: UInt32 = 0
        for (category, list) in lists.enumerated()
        where list.contains(where: { $0.utf8.count >= 4 && Self.occurs(Array($0.utf8), in: line) }) {
            found |= 1 << category
        }
        return found
    }

    @Test func findsWhatABytewiseSearchFinds() {
        var generator = RobustnessTests.SeededGenerator(state: 41)
        // Phrases of every length around the eight bytes compared at once, sharing openings, one in
        // two lists, some too short to count, some beyond ASCII.
        let lists: [[String]] = [
            ["sign up", "subscribe", "subs", "newsletter", "abc", "abcd", "abcdefgh", "abcdefghi"],
            ["follow us", "followers", "share this", "подпишитесь", "abcdefg", "été ", "sign up"],
            ["cookies", "cookie settings", "accept all", "xyzw", "ab"],
        ]
        let index = PhraseIndex(lists)
        let pieces =
            lists.joined().flatMap { phrase -> [String] in
                let scalars = Array(phrase.unicodeScalars)
                let cut = scalars.count / 2
                return [
                    phrase, String(String.UnicodeScalarView(scalars[..<cut])),
                    String(String.UnicodeScalarView(scalars[cut...])),
                    // One scalar short: a near miss that only the last bytes tell apart.
                    String(String.UnicodeScalarView(scalars.dropLast())),
                ]
            } + [" ", "a", "x", ".", "Z", "é", "\u{0301}", "—", "«", "¿", "-", "ж", "\u{00A0}", "日"]
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 8)
            let line = Array(
                (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8
            )
            // Searched as a slice at an offset, as the line keys are.
            let padded = [0x41] + line
            #expect(
                index.categories(in: padded[1...]) == Self.expected(lists, line),
                "\(String(decoding: line, as: UTF8.self))"
            )
        }
    }
}

extension PhraseIndexTests {
    /// Rules that run only when the phrase search found one of their words rely on the search finding
    /// every one of them: each must be four bytes or more (shorter phrases are not indexed).
    @Test func everyWordThatGatesARuleIsLongEnoughToBeFound() {
        let gates: [(String, [String])] = [
            ("PageChromeCues.buttonVerbs", Array(PageChromeCues.buttonVerbs)),
            ("PageWidgetCues.postNavigationOpenings", PageWidgetCues.postNavigationOpenings),
            ("BoilerplateCues.recommendWords", BoilerplateCues.recommendWords),
            ("BoilerplateCues.weakTeaserHeadings", BoilerplateCues.weakTeaserHeadings),
            ("ReaderPromptCues.registrations", ReaderPromptCues.registrations),
            ("BoilerplateCues.creditPhrases", BoilerplateCues.creditPhrases),
        ]
        for (name, words) in gates {
            #expect(words.allSatisfy { $0.utf8.count >= 4 }, "\(name): \(words.filter { $0.utf8.count < 4 })")
        }
    }
}

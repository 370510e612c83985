import Foundation
import Testing

@testable import ArticleParsing

@Suite struct TextNormalizationTests {
    static let cases: [(String, String)] = [
        // Tags.
        ("U.S. President Donald Trump <u>said</u> Sunday", "U.S. President Donald Trump said Sunday"),
        ("<i>The Salt Road</i>, a drama", "The Salt Road, a drama"),
        ("one<br>two<br/>three<BR />four", "one two three four"),
        ("<p>First</p><p>Second</p>", "First Second"),
        ("<a href='https://x.org/a?b=1&c=2'>Police figures</a> show", "Police figures show"),
        ("before<!-- hidden -->after", "beforeafter"),
        ("x<y and y>z stays text", "x<y and y>z stays text"),
        ("x < y > z", "x < y > z"),
        ("<unknowntag>kept</unknowntag>", "<unknowntag>kept</unknowntag>"),
        // Entities.
        ("&quot;This&quot; &amp; that", "\"This\" & that"),
        ("Traders&#8217; Association", "Traders’ Association"),
        ("&#x201C;Hi&#x201D; &lt;b&gt;", "“Hi” <b>"),
        ("a&nbsp;b&mdash;c&ndash;d&hellip;", "a b—c–d…"),
        ("&lsquo;x&rsquo; &ldquo;y&rdquo; &apos;z&apos;", "‘x’ “y” 'z'"),
        ("&eacute;t&eacute; &Uuml;ber &szlig;", "été Über ß"),
        ("&#150; and &#146;", "– and ’"),
        ("AT&T &unknown; & &#; &#xZZ;", "AT&T &unknown; & &#; &#xZZ;"),
        ("&amp;lt; decodes once", "&lt; decodes once"),
        // Invisible characters and white space.
        ("zero\u{200B}width\u{200D} and\u{FEFF}BOM", "zerowidth andBOM"),
        ("soft\u{00AD}hyphen", "softhyphen"),
        ("bell\u{07}and\u{1B}escape\u{7F}", "bellandescape"),
        ("a\u{00A0}b\u{202F}c\u{2009}d\u{3000}e", "a b c d e"),
        ("  many   spaces\tand\ttabs  ", "many spaces and tabs"),
        ("C1\u{0085}\u{0093}controls", "C1 controls"),
        // NFC.
        ("Cafe\u{0301} Zu\u{0308}rich", "Café Zürich"),
        ("\u{212B}ngstr\u{00F6}m", "Ångström"),
        ("й and й", "й and й"),
        // Typography kept as written.
        (
            "“Quotes” ‘kept’ — and – dashes, «guillemets», „Deutsch“",
            "“Quotes” ‘kept’ — and – dashes, «guillemets», „Deutsch“"
        ),
        // Markdown.
        ("**Lire aussi :** [Le marché](https://e.fr/x)", "Lire aussi : Le marché"),
        ("*By Tom | 12 September 2024*", "By Tom | 12 September 2024"),
        ("some _emphasis_ and __strong__ text", "some emphasis and strong text"),
        ("![alt](https://cdn.example.com/a.jpg)", ""),
        ("snake_case_name stays", "snake_case_name stays"),
        ("5 * 3 * 2 stays", "5 * 3 * 2 stays"),
        ("[not a link] (x)", "[not a link] (x)"),
    ]

    @Test(arguments: Self.cases)
    func normalizes(input: String, expected: String) {
        let output = InlineNormalizer.normalize(input)
        #expect(Array(output.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(arguments: Self.cases.map(\.1))
    func isIdempotentOnNormalizedText(text: String) {
        let once = InlineNormalizer.normalize(text)
        let twice = InlineNormalizer.normalize(once)
        // Text that still holds an entity-like `&lt;` decodes again by design; everything else is stable.
        if !once.contains("&") {
            #expect(Array(twice.unicodeScalars) == Array(once.unicodeScalars))
        }
    }

    @Test func outputIsNFC() {
        let output = InlineNormalizer.normalize("A\u{030A} e\u{0301} \u{1100}\u{1161} \u{0041}\u{0308}\u{0304}")
        #expect(Array(output.unicodeScalars) == Array(output.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// Foundation's NFC on Linux read U+10041 before a combining mark as U+0041 and composed `Á`.
    @Test func charactersBeyondTheBMPKeepTheirIdentity() {
        let line = "Linear B \u{10041}\u{0301} and Cafe\u{0301} \u{1F600}"
        let output = InlineNormalizer.normalize(line)
        #expect(output.unicodeScalars.map(\.value).contains(0x10041))
        #expect(!output.contains("Á"))
        #expect(Array(output.utf8) == line._nfcCodeUnits)
        #expect(output.hasSuffix("Café \u{1F600}"))
    }

    @Test func longLinesStayLinear() {
        // Patterns that make naive scanners quadratic: unclosed tags, brackets, comments, emphasis.
        for piece in ["<a", "[x", "](", "<!--", "*a ", "&#", "_a_", "< b"] {
            let line = String(repeating: piece, count: 100_000 / piece.count)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = InlineNormalizer.normalize(line) }
            #expect(elapsed < .seconds(1), "\(piece): \(elapsed)")
        }
    }
}

@Suite struct HTMLEntityTests {
    @Test(arguments: [
        ("Dvo&rcaron;&aacute;k", "Dvořák"), ("&Ccaron;apek", "Čapek"), ("&nacute;", "ń"), ("&alpha;&Omega;", "αΩ"),
        ("&NotEqualTilde;", "\u{2242}\u{0338}"), ("&check;", "✓"), ("&notanentity;", "&notanentity;"),
        ("&AMP;", "&"), ("&amp", "&amp"),
    ])
    func decodesEveryHTML5Name(input: String, expected: String) {
        #expect(
            Array(InlineNormalizer.normalize(input).unicodeScalars)
                == Array(expected.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
    }
}

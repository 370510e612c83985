import Testing

@testable import ArticleParsing

/// A news agency's copy as a client's system saves it: its e-mail's headers, the slug, the embargo,
/// paragraphs set apart by indenting their first line, the sign-off, the desk's note and the
/// transmission's end are the agency's, not the story's.
@Suite struct WireCopyTests {
    private let frame = StoryFrame()

    private let wire = """
        From: Harbour Wire Desk <desk@harbourwire.example>
        To: clients@harbourwire.example
        Date: Fri, 07 Mar 2025 18:30:00 +0000
        Subject: Ferry operator orders two electric boats for the estuary crossing
        X-Priority: 3 (Normal)
        X-Wire-Service: HW-Regional

        BC-Transport-Ferries/410
        EMBARGOED UNTIL 0001 GMT SATURDAY
        By Hannah Okello
           PORTLEVEN, March 7 (Harbour Wire) - The estuary's ferry operator has
        ordered two battery-powered boats to replace its diesel pair, the first
        to arrive in the spring of 2027, it said on Friday.
           The boats will each carry 30 cars and charge at both slipways during
        the ten minutes a crossing stands at each side.
           "It is the biggest change to the crossing since the chain ferry went,"
        said the operator's chief executive, Sam Ruiz.
        (Reporting by Hannah Okello; Editing by Tom Birch)
        ((hannah.okello@harbourwire.example; +44 20 7946 0100))
        NNNN

        """

    @Test func theAgencysMarksGoAndIndentedParagraphsAreJoined() throws {
        let article = try ArticleParser.parse(Array(self.wire.utf8)).get()
        #expect(article.title == "Ferry operator orders two electric boats for the estuary crossing")
        #expect(article.published == "2025-03-07T18:30:00+00:00")
        #expect(
            article.paragraphs == [
                "PORTLEVEN, March 7 (Harbour Wire) - The estuary's ferry operator has ordered two battery-powered boats to replace its diesel pair, the first to arrive in the spring of 2027, it said on Friday.",
                "The boats will each carry 30 cars and charge at both slipways during the ten minutes a crossing stands at each side.",
                "\"It is the biggest change to the crossing since the chain ferry went,\" said the operator's chief executive, Sam Ruiz.",
            ]
        )
    }

    /// A French agency's slug with its version, its embargo in stars and its filing stamp.
    @Test func anotherAgencysSlugEmbargoAndFilingStampGo() throws {
        let kept = try self.frame.kept([
            "ARP-ECO-CYCLONORD-USINE (1re version)", "*** EMBARGO : NE PAS DIFFUSER AVANT 06H30 ***",
            "Sperrfrist: Dienstag, 10.00 Uhr", "ARP 250612 MAR 25", "afp 071230 GMT MAR 25", "-30-",
        ])
        #expect(kept.isEmpty)
    }

    @Test func theShapesAreReadOnTheBytes() {
        func slug(_ line: String) -> Bool { UTF8Bytes.withBytes(line, WireCopy.isSlug) }
        func stamp(_ line: String) -> Bool { UTF8Bytes.withBytes(line, WireCopy.isFilingStamp) }
        #expect(slug("BC-Environment-Rivers/540"))
        #expect(slug("FRANCE-TRANSPORT-FLEUVE (PAPIER GÉNÉRAL)"))
        #expect(!slug("state-of-the-art"))  // no part in capitals, no count
        #expect(!slug("COVID-19"))  // two parts
        #expect(!slug("Baden-Württemberg-Tag"))  // not ASCII
        #expect(!slug("UK-US-EU trade talks resume"))  // words after it
        #expect(stamp("ARP 250612 MAR 25"))
        #expect(!stamp("Flight BA 250612 MAR 25 gate"))
        #expect(!stamp("Room 101 250612 XYZ 25"))
    }

    /// The same words in a story's lines stay: an embargo in the news, a report held back until further
    /// notice (no hour), a bracketed aside.
    @Test func storiesAboutEmbargoesStay() throws {
        let lines = [
            "Embargo on grain exports lifted after 14 months",
            "Embargoed until further notice, the report was finally published on Tuesday.",
            "(The council did not say when the 2025 figures would be released.)",
        ]
        #expect(try self.frame.kept(lines) == lines)
    }

    /// Paragraphs whose first lines are indented start there; a short last line ends one, so the lines
    /// under the last paragraph stay lines of their own.
    @Test func indentedFirstLinesStartParagraphs() throws {
        let typed = """
            Typed copy

                The first paragraph opens here and goes on
            onto a second line.
                The second paragraph opens here and goes
            on too.
            A note that follows.

            """
        #expect(
            try self.frame.parse(typed).paragraphs == [
                "The first paragraph opens here and goes on onto a second line.",
                "The second paragraph opens here and goes on too.", "A note that follows.",
            ]
        )
    }

    /// A block indented throughout (a quotation set in) reads as the same block unindented.
    @Test func aBlockIndentedThroughoutIsNotCut() throws {
        let lines = [
            "Grind the grain and mind the stream, the wheel", "turns slow but true, and so the miller's",
            "bread is made for me and you.",
        ]
        let flush = "Villagers restore the old mill\n\n" + lines.joined(separator: "\n") + "\n"
        let indented = "Villagers restore the old mill\n\n" + lines.map { "    " + $0 }.joined(separator: "\n") + "\n"
        #expect(try self.frame.parse(indented).paragraphs == self.frame.parse(flush).paragraphs)
    }
}

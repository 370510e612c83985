import Testing

@testable import ArticleParsing

/// A short line led by a pictograph or a pointing arrow is a page's promotion, button or player, not a
/// story's paragraph (the known misses of `held-out-19` and `-25`: a club's ticket plug, a shop's
/// shirt, a trip planner's link, a podcast's plug, a booking button).
@Suite struct IconLedLineTests {
    private let frame = StoryFrame()

    @Test func aShortLineLedByAnIconIsDebris() throws {
        let lines = [
            "🎫 Season passes for the spring concerts are on sale now at the box office.",
            "🛒 Ya a la venta la bufanda oficial del centenario en nuestra tienda",
            "🚲 Plan your ride around the roadworks → Open the route finder",
            "🎙️ À écouter : notre émission « Terrain », épisode 12",
            "→ Reservar mis entradas",
            "▶ Regarder la vidéo (1:12)",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
    }

    /// A summary's points, each led by the same icon in one block, are the story's.
    @Test func pointsLedByTheSameIconStay() throws {
        let points = [
            "✅ Bills stay at their current level until September.",
            "✅ The water board must publish a plan to cut leaks within 90 days.",
        ]
        let article = try self.frame.parse(
            "Council agrees budget\n\n\(self.frame.story)\n\n\(points.joined(separator: "\n"))\n\n\(self.frame.more)\n"
        )
        #expect(article.paragraphs == [self.frame.story] + points + [self.frame.more])
    }

    /// A channel's post may open its paragraph with an icon: a paragraph of sentences stays.
    @Test func aLongParagraphLedByAnIconStays() throws {
        let post =
            "🚢 The ferry across the sound is suspended from this morning until further notice. The last crossing "
            + "left the mainland at 7:20 p.m. yesterday, and the boat has stayed at the island pier since then, "
            + "the operator said."
        #expect(post.utf8.count > Boilerplate.iconLedLineLength)
        #expect(try self.frame.kept([post]) == [post])
    }

    @Test func theIconIsAPictographOrAnArrowBeforeASpace() {
        #expect(Boilerplate.leadingIcon(Array("🎟️ Tickets".utf8)) == "🎟")
        #expect(Boilerplate.leadingIcon(Array("→ Book".utf8)) == "→")
        #expect(Boilerplate.leadingIcon(Array("★★★★☆".utf8)) == nil)
        #expect(Boilerplate.leadingIcon(Array("★ Member-only story".utf8)) == nil)
        #expect(Boilerplate.leadingIcon(Array("🎟️Tickets".utf8)) == nil)
        #expect(Boilerplate.leadingIcon(Array("“Tickets are gone,” she said.".utf8)) == nil)
        #expect(Boilerplate.leadingIcon(Array("— Tickets".utf8)) == nil)
    }
}

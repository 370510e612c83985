import Testing

@testable import ArticleParsing

/// Marks only a page's widgets leave in a line (`WidgetMarks`): a button after an arrow at the line's
/// end, a profile card's follower count; and a teaser label naming the outlet's series.
@Suite struct WidgetMarkTests {
    let frame = StoryFrame()

    @Test func aBoxEndingInAnArrowAndItsButtonIsDebris() throws {
        let boxes = [
            "The Herald is published by students and receives no tuition money. A gift of $10 keeps us on the newsstands for a week. → Donate",
            "Unsere Recherchen sind für alle frei zugänglich. Helfen Sie mit, dass das so bleibt ➜ Jetzt unterstützen",
        ]
        #expect(try self.frame.kept(boxes).isEmpty)
        let story = [
            "Prices rose → demand fell across the region within a week.",
            "The route runs Kavlin → Tarn Water → Ashcombe, a three-hour trip on a good day.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aProfileCardWithItsFollowersIsDebris() throws {
        let cards = [
            "Written by Tamsin Rhee · 2.3K followers · Urban planner, occasional cyclist, collector of spreadsheets nobody asked for. Follow",
            "Marie Lenoir | 12,4k abonnés | Journaliste indépendante",
        ]
        #expect(try self.frame.kept(cards).isEmpty)
        let story = "The account now has 2.3K followers, up from 400 in January · a rise the council calls remarkable."
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func aTeaserLabelMayNameTheOutletsSeries() throws {
        let label = "Notre dossier : Sécheresse ou inondations… les agriculteurs du Sud-Ouest face aux extrêmes"
        #expect(try self.frame.kept([label]).isEmpty)
        let story = "Notre dossier est prêt, a dit le maire : il sera présenté au conseil jeudi."
        #expect(try self.frame.kept([story]) == [story])
    }
}

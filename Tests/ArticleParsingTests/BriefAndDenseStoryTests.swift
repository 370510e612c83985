import Testing

@testable import ArticleParsing

/// The debris around briefs, long reads and dense stories (held-out-33): a breaking story's promise of
/// more, a notification prompt that says what not to miss, teaser labels ("Further reading:", "You
/// might also like:", "Trending on …:", "À découvrir aussi :"), a link to a box's rest, share prompts
/// of a few more words, a newsletter pitch in the possessive; and the story lines that share their words.
@Suite struct BriefAndDenseStoryTests {
    let frame = StoryFrame()

    @Test func aBreakingStorysPromiseOfMoreIsDebris() throws {
        let lines = [
            "Weitere Informationen folgen in Kürze.", "More to follow.", "Plus d'informations à venir.",
            "Ampliaremos información.", "Подробности позже.", "Новина доповнюється.",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = "More details to follow in the council's report next month, the mayor said."
        #expect(try self.frame.kept([story]) == [story])
    }

    @Test func teaserLabelsOfOtherKindsAreDebris() throws {
        let lines = [
            "Further reading: The bridge that took 90 years to build",
            "You might also like: The drowned villages of the Gallow estuary",
            "Trending on Harbourline: Why the Aldmoor dollar can't shake off its slump",
            "À découvrir aussi : Vernoux-la-Combe – la gendarmerie multiplie les contrôles",
            "Das könnte Sie auch interessieren: Heuschnupfen – welche Tabletten wirklich müde machen",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = [
            "Trending down: DVDs and audiobooks on CD", "Further cuts: the council plans to close two libraries",
            "Further afield: The Lakes and the Dales",
            "The shop was trending on social media after the video.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func promptsInAFewMoreWordsAreDebris() throws {
        let lines = [
            "Push-Nachrichten aktivieren und keine Eilmeldung mehr verpassen",
            "Enjoying this story? Get The Long Tide Review's weekend long reads by email every Saturday.",
            "Share this list with someone planning a trip", "Comparte este reportaje en tus redes",
            "Поделиться в соцсетях", "Sign up to Millbeck Matters for the week's local news every Friday",
            "Ver clasificación completa",
        ]
        #expect(try self.frame.kept(lines).isEmpty)
        let story = [
            "Residents who miss the deadline can activate text notifications until March.",
            "Share prices fell sharply on Monday after the results were published.",
            "Enjoying this summer's heat, residents flocked to the beach.",
            "Sign up to volunteer at the food bank every Friday, organisers urged.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    /// A guide's numbered step that reads or signs: no login wall ("sign" is an account's word alone,
    /// not in "signs").
    @Test func aGuidesStepsStay() throws {
        let steps = ["4. Read the signs – all of them", "6. Sign up for a guided crossing first"]
        #expect(try self.frame.kept(steps) == steps)
    }
}

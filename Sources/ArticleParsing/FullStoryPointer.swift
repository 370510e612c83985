/// A line that sends the reader to the whole story somewhere else, as a digest, a partner's excerpt or
/// a wire's client leaves it under a shortened text: "Read the full story at The Marsh Gazette", "Lire
/// l'article complet sur Ouest Littoral", "Den vollständigen Artikel lesen Sie bei der Nordsee-Zeitung.",
/// "Полная версия материала — на сайте агентства «…»". A word for "full" with a word for the story
/// among a short line's first words, and a call to read or the other site named outside a sentence. A
/// story's sentence that speaks of a full report ("The full report is available on the library's
/// website.") makes no call; "Full details are on the council's website" names no story.
enum FullStoryPointer {
    /// The longest such line: a call, a story and a site's name (in Cyrillic, two bytes a letter).
    static let maximumLength = 160

    static func isPointer(_ key: Boilerplate.LineKey) -> Bool {
        // (The phrase search has looked for a word for "full" already: most lines have none.)
        guard key.length <= Self.maximumLength, key.phrases & ReaderPromptCues.Found.fullStory != 0 else {
            return false
        }
        let words = key.words
        guard let full = words.prefix(5).firstIndex(where: Self.fullStems.opens),
            words.prefix(6).contains(where: Self.storyStems.opens)
        else { return false }
        // "Read the full story …", "Lea la nota completa …": the call opens the line.
        if full > 0 && Self.readCalls.contains(words[0]) { return true }
        // German puts it after the story: "Den vollständigen Artikel lesen Sie bei …".
        if let lesen = words.firstIndex(of: "lesen"), lesen > full, lesen + 1 < words.count, words[lesen + 1] == "sie" {
            return true
        }
        // "Полная версия материала — на сайте агентства …": the story at another site, in no sentence
        // ("The full report is available at every branch and on the library's website." is a story's).
        return full <= 1 && !TextShape.endsLikeSentence(key.text) && words.contains(where: Self.siteStems.opens)
    }

    private static let readCalls = LineSet(Set(FullStoryPointerCues.readCalls))
    private static let fullStems = WordStems(FullStoryPointerCues.fullStems)
    private static let storyStems = WordStems(FullStoryPointerCues.storyStems)
    private static let siteStems = WordStems(FullStoryPointerCues.siteStems)
}

/// The words ``FullStoryPointer`` reads, lowercased as in a line's key.
enum FullStoryPointerCues {
    /// A call to read, as a line's first word.
    static let readCalls: [String] = [
        "read", "lire", "lisez", "lea", "lee", "leer", "leé", "читайте", "прочитайте", "читать", "читати",
        "прочитати",
    ]

    /// "Full", "complete", "whole" (stems, each four bytes at least: the phrase search finds them).
    static let fullStems: [String] = [
        "full", "complete", "entire", "whole", "vollständig", "ganze", "gesamte", "kompletten", "complet",
        "complèt", "intégral", "íntegr", "completa", "completo", "entera", "entero", "полн", "повн", "целиком",
        "цілком",
    ]

    /// The story, its text or its version.
    static let storyStems: [String] = [
        "stor", "articl", "l'articl", "text", "version", "report", "piece", "artikel", "beitrag", "bericht", "fassung",
        "texte", "reportage", "nota", "noticia", "artícul", "versión", "reportaje", "материал", "стать", "текст",
        "верси", "матеріал", "статт", "версі",
    ]

    /// Another site.
    static let siteStems: [String] = [
        "site", "website", "sitio", "seite", "webseite", "сайт", "портал", "page", "págin", "страниц", "сторінц",
    ]
}

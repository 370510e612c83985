import Testing

@testable import ArticleParsing

/// Offers that name neither a newsletter nor a paywall (`ReaderOffers`): the outlet's news offered for
/// delivery, and a trial at a price; each with a story's sentence of the same words that stays.
@Suite struct ReaderOfferTests {
    let frame = StoryFrame()

    @Test func newsOfferedForDeliveryIsDebris() throws {
        let pitches = [
            "Get the biggest daily stories by email",
            "Get the latest headlines, breaking news and columns.",
            "Get Redbank headlines every morning. Sign up for The Ledger Daily.",
            "Recevez chaque matin l’essentiel de l’actualité de la vallée.",
            "Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus Lindenau.",
            "Получайте главные новости района каждое утро",
        ]
        #expect(try self.frame.kept(pitches).isEmpty)
        let story = [
            "Get the news out: the council must explain its decision, residents say.",
            "Get out and vote on Thursday, the mayor urged, because the news matters.",
            "Get well soon, read the card the pupils sent to the injured crossing guard.",
        ]
        #expect(try self.frame.kept(story) == story)
    }

    @Test func aTrialAtAPriceIsDebris() throws {
        let offers = [
            "Jetzt Lindenauer Tagblatt+ testen: 4 Wochen für 0,99 €",
            "Try the Ledger for 30 days for $1",
            "Essayez Le Courrier numérique : un mois pour 1 €",
        ]
        #expect(try self.frame.kept(offers).isEmpty)
        let story = [
            "Customers could try the service for 30 days for £1 before paying the full price.",
            "Jetzt testen die Stadtwerke 2 Wochen lang einen Tarif für 19 € im Monat.",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

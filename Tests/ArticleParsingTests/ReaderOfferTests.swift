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

    @Test func aPromiseToSendAndACallToSubscribeToTheTitleAreDebris() throws {
        let offers = [
            "Crea una alerta de empleo y te enviaremos cada mañana las nuevas ofertas de tu zona.",
            "Leave your address and we’ll send you the week’s best reads every Friday.",
            "Передплатіть «Прерійну зорю» на 2025 рік: 65 доларів за друковану версію, 40 — за електронну.",
            "Abonnieren Sie „Die Heimatpost“ für nur wenige Euro im Monat.",
        ]
        #expect(try self.frame.kept(offers).isEmpty)
        let story = [
            "“We’ll send you a replacement,” the company told her, but nothing arrived.",
            "Wer „Die Heimatpost“ abonniert, bekommt sie samstags, sagte der Verleger.",
        ]
        #expect(try self.frame.kept(story) == story)
    }
}

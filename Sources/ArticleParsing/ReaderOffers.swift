/// Offers to the reader that name neither a newsletter nor a paywall, known by what they promise: the
/// outlet's news delivered ("Get the biggest daily stories by email"), a trial at a price ("Jetzt
/// Lindenauer Tagblatt+ testen: 4 Wochen für 0,99 €"), something sent ("te enviaremos …"), the title
/// to subscribe to ("Передплатіть «…»"). ``ReaderPrompts/isPrompt(_:)`` asks them, and
/// keeps a quoted or attributed line ("…, the publisher said") whatever they answer.
enum ReaderOffers {
    /// "Get the latest headlines, breaking news and columns.", "Get Redbank headlines every morning.",
    /// "Recevez chaque matin l'essentiel de l'actualité": a short line that opens by offering to give
    /// the reader news (headlines, stories, "the latest") and says how often or where it comes (by
    /// e-mail, every morning), or names two kinds of news ("headlines, breaking news and columns").
    /// "Get the news out: …" names one and no delivery.
    static func isDeliveryPitch(_ key: [UInt8]) -> Bool {
        guard key.count <= 140, Self.receiveOpenings.opens(key) else { return false }
        let words = ReaderPrompts.words(key)
        let newsWords = words.dropFirst().prefix(8).count(where: Self.isNewsWord)
        guard newsWords >= 1 else { return false }
        return newsWords >= 2 || Self.namesDelivery(key)
    }

    /// "Like these late-night count notes? They cost nothing. Pop your email address in the box underneath.",
    /// "Tragen Sie Ihre E-Mail-Adresse unten im Feld ein": the reader's own e-mail address asked for, and the
    /// form's field or where it stands. A story's "Scammers asked for her email address" says whose, and
    /// points to no form.
    static func isEmailFormPitch(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 240, key.phrases & ReaderPromptCues.Found.emailAddress != 0 else { return false }
        let words = key.words
        return words.contains(where: Self.formPlaces.contains)
            && words.contains { ReaderPrompts.isSecondPerson($0) && ReaderPrompts.countsAsReaderWord($0, in: key.text) }
    }

    /// "Jetzt Lindenauer Tagblatt+ testen: 4 Wochen für 0,99 €", "Try the Ledger for 30 days for $1": a
    /// call to try (an imperative first, or German's "jetzt", an object and the infinitive), a price by its sign
    /// and a period with its number. "Customers could try the service for 30 days for £1" reports one.
    static func isTrialOffer(_ key: [UInt8]) -> Bool {
        let opensWithCall = Self.trialOpenings.opens(key)
        guard key.count <= 160 else { return false }
        if !opensWithCall && !Self.nowOpenings.opens(key) { return Self.isDigitalOfferTerm(key) }
        let words = ReaderPrompts.words(key)
        guard words.count >= 3 else { return false }
        // (German's call puts the infinitive after its object: "Jetzt testen die Stadtwerke …" is a statement.)
        let calls = opensWithCall || words.dropFirst(2).contains { Self.trialInfinitives.contains($0) }
        guard calls, ReaderPrompts.quotesPrice(key) else { return false }
        // A period with its number: "4 Wochen", "30 days", "un mes".
        return words.indices.dropFirst().contains { index in
            Self.periodStems.opens(words[index])
                && (words[index - 1].utf8.allSatisfy(UTF8Bytes.isDigit) || Self.oneWords.contains(words[index - 1]))
        }
    }

    /// "Alle Artikel auf weserland-kurier.de, E-Paper und App – 4 Wochen für 0,99 €": what a digital
    /// subscription gives (the articles, the e-paper, the app) and, closing the line, a trial's term: a
    /// number, a period, "for" and a price. A story's fare or fee names no e-paper or app.
    private static func isDigitalOfferTerm(_ key: [UInt8]) -> Bool {
        // The price's sign or its currency's word last, before any words are cut.
        guard let last = key.last, last == 0xAC || last == UInt8(ascii: "$") || UTF8Bytes.isDigit(last) else {
            return false
        }
        let words = ReaderPrompts.words(key)
        guard words.count >= 6, words.contains(where: Self.digitalProducts.contains) else { return false }
        // "4 Wochen für 0,99": the period's number, the period, "für", then only the price.
        let tail = words.suffix(5)
        guard let period = tail.firstIndex(where: Self.periodStems.opens), period > words.startIndex,
            words[period - 1].utf8.allSatisfy(UTF8Bytes.isDigit) || Self.oneWords.contains(words[period - 1]),
            period + 1 < words.endIndex, Self.forWords.contains(words[period + 1])
        else { return false }
        return words[(period + 2)...].allSatisfy {
            $0.utf8.allSatisfy(UTF8Bytes.isDigit) || Self.currencyWords.contains($0)
        }
    }

    private static let digitalProducts = LineSet(Set(ReaderPromptCues.digitalProducts))
    private static let formPlaces = LineSet(Set(ReaderPromptCues.formPlaceWords))
    private static let forWords = LineSet(Set(ReaderPromptCues.priceForWords))
    private static let currencyWords = LineSet(Set(ReaderPromptCues.currencyWords))

    /// A word for news, perhaps after an elided article ("l'actualité", "d'infos").
    private static func isNewsWord(_ word: Substring) -> Bool {
        if Self.newsStems.opens(word) { return true }
        let bytes = word.utf8
        guard bytes.count > 2, bytes.dropFirst().first == UInt8(ascii: "'") else { return false }
        return Self.newsStems.opens(word.dropFirst(2))
    }

    /// Whether the line says how or how often something comes to the reader ("jeden Werktag um 6 Uhr",
    /// "by email"): a newsletter box's pitch (``BodySelection`` asks it of a box ending in a button).
    static func namesDelivery(_ key: [UInt8]) -> Bool {
        Self.deliveries.occurs(in: key[...])
    }

    /// "Crea una alerta de empleo y te enviaremos cada mañana las nuevas ofertas", "We'll send you the
    /// week's best reads every Friday": the outlet promising to send the reader something.
    static func isPromiseToSend(_ key: [UInt8]) -> Bool {
        key.count <= 240 && Self.sendPromises.occurs(in: key[...])
    }

    /// "Передплатіть «Прерійну зорю» на 2025 рік: …", "Abonnieren Sie „Die Heimatpost“ …": a call to
    /// subscribe, then the outlet's name in quotation marks. After a colon the call may close a line
    /// that offered something first, and name the service in capitals instead ("Get disruption alerts
    /// for your route by text: sign up to Travel Watch").
    static func isCallToSubscribeToTitle(_ key: Boilerplate.LineKey) -> Bool {
        let bytes = key.bytes
        guard bytes.count <= 240 else { return false }
        if let opening = Self.subscribeCalls.openingLength(bytes) {
            if Self.quotesTitle(bytes[opening...]) { return true }
            // The newsletter's name, capitalised, then a colon and what it brings: "Sign up to Morning
            // Standard: the day's top stories before 7am".
            // (No sentence: "Subscribe to Netflix: that is what most people do first." is a story's.)
            if bytes.last != UInt8(ascii: "."), let colon = bytes[opening...].firstIndex(of: UInt8(ascii: ":")),
                let writtenColon = key.text.firstIndex(of: ":"),
                Self.closesWithName(bytes[opening..<colon], text: String(key.text[..<writtenColon]))
            {
                return true
            }
        }
        // The clause after the first colon, when a call opens it.
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        let clause = bytes[(colon + 1)...].drop { $0 == 0x20 }
        guard let opening = Self.subscribeCalls.openingLength(clause) else { return false }
        let rest = clause[(clause.startIndex + opening)...]
        return Self.quotesTitle(rest) || Self.closesWithName(rest, text: key.text)
    }

    /// Whether `rest` (after a call and its space) holds, past at most two short words ("на", "to",
    /// "à"), a quotation mark.
    private static func quotesTitle(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes.drop { $0 == 0x20 }
        for _ in 0..<2 where !Self.opensWithQuotationMark(rest) {
            guard let space = rest.firstIndex(of: 0x20), space - rest.startIndex <= 6 else { return false }
            rest = rest[(space + 1)...]
        }
        return Self.opensWithQuotationMark(rest)
    }

    /// Whether `rest` (the key's end, after a call) is one to four words that close `text` (the line as
    /// written) each opening with a capital letter or a digit: a service's or a title's name ("Travel
    /// Watch"), not a sentence going on ("sign up to the scheme before May").
    private static func closesWithName(_ rest: ArraySlice<UInt8>, text: String) -> Bool {
        let count = rest.split(separator: 0x20).count
        guard (1...4).contains(count) else { return false }
        var words = text.split(separator: " ").suffix(count)
        if let last = words.last, last.last == "." || last.last == "!" {
            words[words.endIndex - 1] = last.dropLast()
        }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase || ("0"..."9").contains(first)
        }
    }

    /// `«` (C2 AB), `„` (E2 80 9E), `“` (E2 80 9C) or `"`.
    private static func opensWithQuotationMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        guard let first = bytes.first else { return false }
        if first == 0x22 { return true }
        if first == 0xC2 { return bytes.count >= 2 && bytes[start + 1] == 0xAB }
        return first == 0xE2 && bytes.count >= 3 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0x9E || bytes[start + 2] == 0x9C)
    }

    private static let sendPromises = PhraseSet(ReaderPromptCues.sendPromises)
    private static let subscribeCalls = OpeningIndex(ReaderPromptCues.subscribeToTitleCalls)
    private static let receiveOpenings = OpeningIndex(ReaderPromptCues.receiveOpenings.map { $0 + " " })
    private static let newsStems = WordStems(ReaderPromptCues.deliveredNewsStems)
    private static let deliveries = PhraseSet(ReaderPromptCues.deliveries)
    private static let trialOpenings = OpeningIndex(ReaderPromptCues.trialImperatives.map { $0 + " " })
    private static let nowOpenings = OpeningIndex(["jetzt "])
    private static let trialInfinitives = LineSet(Set(ReaderPromptCues.trialInfinitives))
    private static let periodStems = WordStems(ReaderPromptCues.trialPeriodStems)
    private static let oneWords = LineSet(Set(["a", "one", "ein", "einen", "un", "une", "один", "одну"]))
}

// memchr
import Glibc

/// Recognises lines that address the reader rather than report the story, by the evidence a
/// sub-editor uses, in every supported language: what the line names (social networks, a newsletter,
/// cookies, an error), how it speaks (an imperative, "you", a question about a mistake) and what it
/// refers to (the article itself: "this story has been updated"). The words are data, in
/// ``ReaderPromptCues``; each rule needs two independent pieces of evidence, so a news sentence that
/// merely mentions Facebook or a newsletter stays.
///
/// All checks read the line's lowercased key (``Boilerplate/LineKey``), and only short lines: prompts
/// and notes are one or two sentences.
enum ReaderPrompts {
    /// Longest line (UTF-8 bytes) that a prompt or editor's note may be.
    static let maximumLength = 400

    /// Whether the line is a share/follow/newsletter prompt, a cookie banner, a support appeal, an
    /// editor's note (correction, update, provenance, disclaimer) or press-release contact data.
    static func isPrompt(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength else { return false }
        let bytes = key.bytes
        if Self.isContactData(bytes) || Self.isEditorsNote(bytes) || Self.isSharePrompt(bytes) || Self.isTipCall(bytes)
            || Self.isTextKeywordCall(key)
            || (key.phrases & Found.pointer != 0 && Self.pointsToOwnLivePage(bytes))
        {
            return true
        }
        // One byte search first: most lines name no network, newsletter, cookie or error at all, and
        // are never cut into words.
        let found = key.phrases
        let namesNetwork = found & Found.network != 0 || Self.mentionsX(bytes) || Self.hasHandle(bytes)
        let namesNewsletter = found & Found.newsletter != 0
        let isSure =
            Self.isCookieBanner(found, bytes) || Self.isNoteAboutThisArticle(found)
            || (found & Found.editorialVerb != 0 && key.length <= Self.promptLength && Self.isProvenanceNote(key))
            || (found & Found.phrase != 0 && Self.saysPhraseUnquoted(bytes) && Self.isShortOrAddressed(bytes))
            || Self.isErrorReportPrompt(bytes) || Self.isSupporterAppeal(key) || ReaderOffers.isDeliveryPitch(bytes)
            || ReaderOffers.isTrialOffer(bytes) || ReaderOffers.isPromiseToSend(bytes)
            || ReaderOffers.isCallToSubscribeToTitle(key) || ReaderOffers.isEmailFormPitch(key)
        // (An offer names a subscription: the phrase search has looked for one already.)
        let quotesPrice = key.length <= Self.maximumOfferLength && found & Found.paywall != 0 && Self.quotesPrice(bytes)
        guard isSure || namesNetwork || namesNewsletter || quotesPrice else { return false }
        // Reported speech is news: a prompt is never quoted or attributed ("“Support us,” she said").
        let words = key.words
        guard !words.isEmpty, !Boilerplate.opensWithQuote(bytes),
            !words.contains(where: { Self.attributionWords.contains($0) })
        else { return false }
        if isSure { return true }
        // A call to follow inside quotation marks is reported ("it urged passengers to "follow updates on
        // the official … Telegram channel""); a channel's name in them is still named ("в «ВКонтакте»").
        if namesNetwork && (Self.isNetworkList(words) || Self.isFollowPrompt(words, bytes))
            && !Self.followsOnlyInQuotation(words, bytes)
        {
            return true
        }
        guard namesNewsletter || quotesPrice else { return false }
        // A paragraph longer than a prompt addresses the reader only in words of its own: a quotation
        // in it ("Every issue ends with the same line: “If someone forwarded this to you, subscribe –
        // it's free”") reports what someone says, and an offer's "free" describes ("a free email
        // newsletter") unless the reader is addressed too.
        let isLong = key.length > Self.promptLength
        let unquoted = isLong ? Self.withoutQuotations(bytes) : nil
        let ownWords = unquoted.map(Self.words) ?? words
        let addressesReader = ownWords.contains {
            (isLong ? Self.isSecondPerson($0) : Self.isReaderWord($0)) && Self.countsAsReaderWord($0, in: key.text)
        }
        // (The newsletter named outside the quotations, by the phrase search: "lettre d'information" is
        // two words.)
        let namesOwnNewsletter =
            namesNewsletter
            && (unquoted.map { ReaderPromptCues.index.categories(in: $0[...]) & Found.newsletter != 0 } ?? true)
        return (namesOwnNewsletter && Self.isNewsletterPrompt(ownWords, key, addressesReader: addressesReader))
            || (quotesPrice
                && (Self.isSubscriptionOffer(
                    ownWords,
                    addressesReader: addressesReader || Self.endsWithCall(ownWords, key.bytes)
                )
                    // Digital access sold, what an offer names when it names no subscription ("Unlimited digital
                    // access costs £1 a week for your first three months"): the line's one search found it.
                    || (addressesReader && found & Found.accessOffer != 0)))
    }

    /// The length (UTF-8 bytes) a prompt or an offer has at most when it is short: a sentence or two.
    /// A longer line is a paragraph, which speaks to the reader only in the second person.
    private static let promptLength = 200

    /// Whether a line with a prompt's phrase is short, a prompt's length, or else speaks to the reader (a
    /// longer paragraph may name the thing: "Para darse de baja basta con escribir BAJA" in a story
    /// about an alert service).
    private static func isShortOrAddressed(_ key: [UInt8]) -> Bool {
        key.count <= Self.promptLength || key.contains(UInt8(ascii: "@"))
            || Self.words(key).contains { Self.readerWords.contains($0) || Self.usWords.contains($0) }
    }

    /// Whether a prompt's phrase (``ReaderPromptCues/phrases``) is still in the line once what stands
    /// in quotation marks is left out: a sentence that mentions a "Listen to this article" button does
    /// not say it.
    private static func saysPhraseUnquoted(_ key: [UInt8]) -> Bool {
        guard let unquoted = Self.withoutQuotations(key) else { return true }
        return ReaderPromptCues.index.categories(in: unquoted[...]) & Found.phrase != 0
    }

    /// `key` without its quotations (`"…"`, `“…”`, `„…“`, `«…»`, each with a closing mark), `nil` when
    /// it has none.
    static func withoutQuotations(_ key: [UInt8]) -> [UInt8]? {
        // Every opening mark starts with one of these bytes: most lines are done in one scan.
        guard let firstMark = key.firstIndex(where: { $0 == 0x22 || $0 == 0xE2 || $0 == 0xC2 }) else { return nil }
        var kept = Array(key[..<firstMark])
        var index = firstMark
        var found = false
        while index < key.count {
            let byte = key[index]
            if byte == 0x22 || byte == 0xE2 || byte == 0xC2,
                let (opening, closings) = Self.quotationMarks.first(where: { key[index...].starts(with: $0.opening) })
            {
                let inner = index + opening.count
                var end = inner
                while end < key.count, !closings.contains(where: { key[end...].starts(with: $0) }) { end += 1 }
                if end < key.count, let closing = closings.first(where: { key[end...].starts(with: $0) }) {
                    found = true
                    kept.append(0x20)
                    index = end + closing.count
                    continue
                }
            }
            kept.append(key[index])
            index += 1
        }
        return found ? kept : nil
    }

    /// Opening marks and the marks that close them.
    private static let quotationMarks: [(opening: [UInt8], closings: [[UInt8]])] = [
        ("\"", ["\""]), ("“", ["”"]), ("„", ["“", "”"]), ("«", ["»"]),
    ].map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }

    /// Longest line (UTF-8 bytes) that a paywall's offer may be: a sentence or two and a button.
    private static let maximumOfferLength = 300

    /// "Testen Sie alle Artikel 4 Wochen lang für 0,99 €. Sie sind bereits Abonnent? Hier anmelden": a
    /// price (``quotesPrice(_:)``), a subscription (or reading on, unlocking: "Sie möchten weiterlesen?
    /// … Jetzt freischalten"), and the reader addressed or the offer made free.
    private static func isSubscriptionOffer(_ words: [Substring], addressesReader: Bool) -> Bool {
        addressesReader && words.contains { Self.namesSubscription($0) || Self.offerStems.opens($0) }
    }

    private static let offerStems = WordStems(ReaderPromptCues.offerStems)

    /// "… for $1 a week. Start today.", "… 4,99 € im Monat. Jetzt testen!": an offer's last sentence a
    /// short call (at most three words, ending with the line) that opens with an imperative to start,
    /// try or join: the reader is addressed without a "you".
    private static func endsWithCall(_ words: [Substring], _ key: [UInt8]) -> Bool {
        guard let last = Self.sentenceOpeners(key).last, let index = words.lastIndex(where: { $0 == last }),
            words.count - index <= 3, index > 0
        else { return false }
        return Self.callVerbs.contains(last)
    }

    private static let callVerbs = LineSet(ReaderPromptCues.offerCallVerbs)

    private static let subscriptionWords = LineSet(ReaderPromptCues.subscriptionWords)
    private static let subscriptionStems = WordStems(ReaderPromptCues.subscriptionStems)

    /// A shop's button under a review ("Buy the Arclight X2 for £179 at Books & Bytes", "Jetzt kaufen: 49 €
    /// bei Technikhaus"): a buy verb opening a short line that quotes a price and ends in no sentence mark.
    /// A story's sentence about prices ends in a full stop, or opens otherwise.
    static func isBuyButton(_ key: Boilerplate.LineKey) -> Bool {
        // (The shared phrase search has looked for the openings anywhere in the line.)
        guard key.length <= 120, key.phrases & Found.buy != 0, Self.buyOpenings.opens(key.bytes),
            let last = key.bytes.last,
            last != UInt8(ascii: "."), last != UInt8(ascii: "!"), last != UInt8(ascii: "?")
        else { return false }
        return Self.quotesPrice(key.bytes)
    }

    private static let buyOpenings = OpeningIndex(ReaderPromptCues.buyOpenings)

    /// Whether the key has a number beside a currency sign ("0,99 €", "$1", "£4.99", "99 ₽", "₴49").
    /// (Currency words, "Euro" and the like, are left out: a story names sums that way, an offer with
    /// the sign.)
    static func quotesPrice(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            for index in bytes.indices {
                let signLength: Int
                switch bytes[index] {
                case UInt8(ascii: "$"): signLength = 1
                // £ (C2 A3); € ₽ ₴ (E2 82 AC, BD, B4).
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA3: signLength = 2
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x82
                    && (bytes[index + 2] == 0xAC || bytes[index + 2] == 0xBD || bytes[index + 2] == 0xB4):
                    signLength = 3
                default: continue
                }
                if Self.digitNear(bytes, before: index) || Self.digitNear(bytes, after: index + signLength) {
                    return true
                }
            }
            return false
        }
    }

    /// A digit right before `index`, or before the one space there.
    private static func digitNear(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var at = index - 1
        if at >= 0 && bytes[at] == 0x20 { at -= 1 }
        return at >= 0 && UTF8Bytes.isDigit(bytes[at])
    }

    /// A digit at `index`, or after the one space there.
    private static func digitNear(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var at = index
        if at < bytes.count && bytes[at] == 0x20 { at += 1 }
        return at < bytes.count && UTF8Bytes.isDigit(bytes[at])
    }

    /// "Media contact: Tom Ellery, 07700 900123, press@harbourfood.org": a contact heading, a colon and
    /// the contact on the same line, with an e-mail address or a phone number's digits.
    static func isContactLine(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 200, Self.mayOpenContactHeading(key.bytes),
            let colon = key.bytes.prefix(40).firstIndex(of: UInt8(ascii: ":"))
        else { return false }
        let heading = String(decoding: key.bytes[..<colon], as: UTF8.self).trimmingCharacters(in: " ")
        guard Self.contactHeadings.contains(heading) else { return false }
        let rest = key.bytes[(colon + 1)...]
        return rest.contains(UInt8(ascii: "@")) || rest.count(where: UTF8Bytes.isDigit) >= 6
    }

    /// Whether the line opens a block of press contacts ("Media contact:"), which runs to the block's end.
    static func isContactHeading(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 60, Self.mayOpenContactHeading(key.bytes) else { return false }
        let text = String(decoding: key.bytes, as: UTF8.self).trimmingCharacters(in: " :")
        return Self.contactHeadings.contains(text)
    }

    /// Whether the bytes after leading spaces and colons (the characters trimmed) open with a heading:
    /// most short lines are ruled out without making a `String`. (No heading opens with a space or a
    /// colon, so a space that a combining mark keeps from being trimmed opens none either.)
    private static func mayOpenContactHeading(_ key: [UInt8]) -> Bool {
        guard let start = key.firstIndex(where: { $0 != 0x20 && $0 != UInt8(ascii: ":") }) else {
            return Self.contactHeadings.contains("")
        }
        return Self.contactHeadingOpenings.opens(key[start...])
    }

    private static let contactHeadings = LineSet(ReaderPromptCues.contactHeadings)
    private static let contactHeadingOpenings = OpeningIndex(Array(ReaderPromptCues.contactHeadings))

    /// A newswire's closing credit ("SOURCE Northvale Energy Cooperative"): the capitalised word, then a
    /// name, no sentence.
    static func isWireSourceLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.utf8.starts(with: Self.sourceOpening),
            !UTF8Bytes.withBytes(text, { UTF8Bytes.extendsCharacter($0, at: Self.sourceOpening.count) }),
            !TextShape.endsLikeSentence(text)
        else {
            return false
        }
        return TextShape.wordCount(text) <= 10
    }

    /// `SOURCE ` as bytes (a combining mark after them would make the space another character).
    private static let sourceOpening = Array("SOURCE ".utf8)

    /// Whether the line is a cookie banner (whose buttons may follow on a line of their own). Like every
    /// prompt, never quoted or attributed: a story about a cookie ruling quotes such words.
    static func isCookieBanner(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, Self.isCookieBanner(key.phrases, key.bytes) else { return false }
        return !Boilerplate.opensWithQuote(key.bytes) && !key.words.contains(where: Self.isAttribution)
    }

    /// Whether the network X is named: an `x` standing alone as a word (`on X`, `X |`, `X:`).
    private static func mentionsX(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            UTF8Bytes.contains(UInt8(ascii: "x"), in: bytes) { bytes, index in
                let before = index == 0 ? 0x20 : bytes[index - 1]
                let after = index + 1 == bytes.count ? 0x20 : bytes[index + 1]
                return !Self.isWordByte(before) && !Self.isWordByte(after)
            }
        }
    }

    /// Whether the key holds an account's handle ("@CastlebridgeUni", a channel of its own): an `@` where a
    /// word starts (not an e-mail address's), then two letters, digits or underscores at least.
    static func hasHandle(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            UTF8Bytes.contains(UInt8(ascii: "@"), in: bytes) { bytes, index in
                let startsWord = index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == UInt8(ascii: "(")
                return startsWord && index + 2 < bytes.count && Self.isHandleByte(bytes[index + 1])
                    && Self.isHandleByte(bytes[index + 2])
            }
        }
    }

    /// Whether the key holds a Telegram channel's short link ("t.me/priozersk_online"), which names the
    /// channel as a handle does: "t.me/" where a word starts, then two handle characters at least. (The
    /// phrase search finds "t.me/" among the networks first.)
    private static func hasChannelLink(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in hasChannelLink(bytes) }
    }

    private static func hasChannelLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Bytes.contains(UInt8(ascii: "."), in: bytes) { bytes, index in
            guard index >= 1, index + 6 <= bytes.count, bytes[index - 1] == UInt8(ascii: "t"),
                bytes[index + 1] == UInt8(ascii: "m"), bytes[index + 2] == UInt8(ascii: "e"),
                bytes[index + 3] == UInt8(ascii: "/")
            else { return false }
            let startsWord = index == 1 || bytes[index - 2] == 0x20 || bytes[index - 2] == UInt8(ascii: "/")
            return startsWord && Self.isHandleByte(bytes[index + 4]) && Self.isHandleByte(bytes[index + 5])
        }
    }

    private static func isHandleByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
    }

    private typealias Found = ReaderPromptCues.Found

    /// Whether `rest` (the line after an imperative) addresses the reader or names the outlet's own
    /// channels: "you", "our", "us", a network, a newsletter, an app, "today", "free", a price, a link.
    static func addressesReader(_ rest: ArraySlice<UInt8>) -> Bool {
        let words = Self.words(Array(rest))
        // Reported speech ("Subscribe to the idea that …, you will be disappointed, Ellison cautioned.")
        // addresses whoever the speaker spoke to, not the reader.
        if words.contains(where: Self.isAttribution) { return false }
        if rest.contains(where: { "@€$£/".utf8.contains($0) }) { return true }
        return words.contains { word in
            Self.readerWords.contains(word) || Self.usWords.contains(word) || Self.networks.contains(word)
                || Self.pitchWords.contains(word) || Self.ourWords.opens(word) || Self.newsletterWords.opens(word)
        }
    }

    /// Whether the line speaks to the reader as a box does: "you", "us", "our", or a price by its sign.
    static func speaksToReader(_ key: [UInt8]) -> Bool {
        if Self.quotesPrice(key) { return true }
        return Self.words(key).contains { word in
            Self.isSecondPerson(word) || Self.usWords.contains(word) || Self.ourWords.opens(word)
        }
    }

    // MARK: - Rules

    /// "Got a story from the islands? Message the newsdesk on 01632 960411.", "Haben Sie einen Hinweis?
    /// Schreiben Sie an tipps@…": a question about having a story or a tip, then where to send it (a
    /// telephone number or an e-mail address). A story's question has no number or address after it.
    private static func isTipCall(_ key: [UInt8]) -> Bool {
        guard key.count <= 240, Self.tipQuestions.opens(key),
            let question = key.prefix(100).firstIndex(of: UInt8(ascii: "?"))
        else { return false }
        let rest = key[(question + 1)...]
        return rest.contains(UInt8(ascii: "@")) || rest.count(where: UTF8Bytes.isDigit) >= 6
    }

    private static let tipQuestions = OpeningIndex(ReaderPromptCues.tipQuestions)

    /// "Share this update", "Teilen Sie den Artikel", "Share this list with someone planning a trip": a
    /// share verb, what is shared, and little else (up to eight words when no sentence's mark ends them).
    private static func isSharePrompt(_ key: [UInt8]) -> Bool {
        guard key.count <= 80 else { return false }
        // The first word alone first: it is a share verb on few lines.
        guard let first = Self.wordRanges(key, limit: 1).first, Self.shareVerbs.contains(utf8: key[first]) else {
            return false
        }
        let words = Self.wordRanges(key)
        let endsSentence = key.last.map { UTF8Bytes.isAny($0, of: ".!?") } ?? false
        guard words.count <= (endsSentence ? 5 : 8) else { return false }
        return words.count == 1 || Self.shareObjects.contains(utf8: key[words[1]])
    }

    /// "Text ICE to 45370 for WKDN 7 school closings and delays", "Envoyez METEO au 71020": a call to send
    /// a keyword in capitals to a short number, which is how a station's or a paper's text alerts are
    /// ordered.
    private static func isTextKeywordCall(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 160, let opening = Self.textCallOpenings.openingLength(key.bytes) else { return false }
        let openingWords = key.bytes[..<opening].split(separator: 0x20).count
        let words = key.text.split(separator: " ")
        guard words.count >= openingWords + 3 else { return false }
        let keyword = words[openingWords]
        let number = words[openingWords + 2].prefix { $0.isASCII && $0.isNumber }
        return (2...12).contains(keyword.utf8.count)
            && keyword.utf8.allSatisfy { $0 &- UInt8(ascii: "A") < 26 || UTF8Bytes.isDigit($0) }
            && keyword.utf8.contains { $0 &- UInt8(ascii: "A") < 26 }
            && Self.textCallPrepositions.contains(words[openingWords + 1].lowercased())
            && (3...6).contains(number.count)
    }

    /// "Ward-by-ward results are on our live election tracker — refreshed every few minutes.": where the
    /// outlet's own live page is ("on our live … tracker", "in our live blog"), in a line or so. (Asked
    /// only of lines where the phrase search found "our live" or its kin.)
    private static func pointsToOwnLivePage(_ key: [UInt8]) -> Bool {
        guard key.count <= 160 else { return false }
        let words = key.split(separator: 0x20)
        guard words.count >= 3 else { return false }
        for index in 1..<(words.count - 1)
        where Self.livePlaces.contains(utf8: words[index - 1]) && Self.ownLive.contains(utf8: words[index])
            && Self.liveWords.contains(utf8: words[index + 1])
        {
            let names = words[(index + 1)...].prefix(3).map { Substring(String(decoding: $0, as: UTF8.self)) }
            return names.contains { Self.livePages.opens($0) }
        }
        return false
    }

    private static let livePlaces = LineSet(Set(BoilerplateCues.placePrepositions))
    private static let ownLive = LineSet(Set(ReaderPromptCues.ownLiveWords))
    private static let liveWords = LineSet(Set(ReaderPromptCues.liveWords))
    private static let livePages = WordStems(ReaderPromptCues.livePageStems)
    private static let textCallOpenings = OpeningIndex(ReaderPromptCues.textCallOpenings)
    private static let textCallPrepositions = Set(ReaderPromptCues.textCallPrepositions)
    private static let shareVerbs = LineSet(ReaderPromptCues.shareVerbs)
    private static let passOnVerbs = LineSet(ReaderPromptCues.passOnVerbs)
    private static let attributionWords = LineSet(ReaderPromptCues.attributionWords)
    private static let readerWords = LineSet(ReaderPromptCues.readerWords)
    private static let usWords = LineSet(ReaderPromptCues.usWords)
    private static let networks = LineSet(ReaderPromptCues.networks)
    private static let shareOnlyNetworks = LineSet(ReaderPromptCues.shareOnlyNetworks)
    private static let pitchWords = LineSet(ReaderPromptCues.pitchWords)
    private static let shareObjects = LineSet(ReaderPromptCues.shareObjects)

    /// "Share this article: Facebook · X · WhatsApp · Email": at least two networks, and few other words.
    private static func isNetworkList(_ words: [Substring]) -> Bool {
        let networks = words.count(where: Self.isNetwork)
        // One network alone on a line is a share button of a list set one per line.
        if words.count <= 2 && networks == words.count { return true }
        return networks >= 2 && networks * 2 >= words.count - 3
    }

    /// "Follow us on Instagram", "Sigue … en nuestro canal de WhatsApp", "Recibe las noticias en tu
    /// WhatsApp: únete a nuestro canal", "Vous avez aimé cet article ? Partagez-le : Facebook | X": a
    /// network named, and a follow, join or share verb opening the line or one of its sentences; or,
    /// on a short line, the outlet's own channel ("Більше новин — у нашому Telegram-каналі").
    private static func isFollowPrompt(_ words: [Substring], _ key: [UInt8]) -> Bool {
        // A channel one follows or writes to: printing and copying a link are share buttons' words, and
        // "Print or write down the backup codes …" is a how-to's step.
        guard key.count <= 250,
            words.contains(where: { Self.isNetwork($0) && !Self.shareOnlyNetworks.contains($0) }) || Self.hasHandle(key)
                || Self.hasChannelLink(key)
        else { return false }
        // The verb opens the line or its second sentence ("Want more news? Follow the Gazette on X").
        if words.prefix(8).contains(where: Self.followVerbs.opens) { return true }
        for opener in Self.sentenceOpenerRanges(key) {
            let word = Substring(String(decoding: key[opener], as: UTF8.self))
            if Self.followVerbs.opens(word) { return true }
            guard Self.shareVerbs.contains(word) || Self.passOnVerbs.contains(word) else { continue }
            // A writer asking for the reader's own versions names a network in another clause ("Share
            // your versions with me; I read every email"): a share call names it before a semicolon.
            guard let semicolon = key[opener.upperBound...].firstIndex(of: UInt8(ascii: ";")) else { return true }
            let clause = Array(key[opener.upperBound..<semicolon])
            if Self.words(clause).contains(where: Self.isNetwork) || Self.hasHandle(clause) { return true }
        }
        guard key.count <= 160 else { return false }
        // "Больше новостей Северогорска — в нашем сообществе во «ВКонтакте»": more news, offered in a
        // channel of "ours", however far the network's name stands from "our".
        return Self.namesOwnChannel(words)
            || (Boilerplate.opensLikeTeaserHeading(key) && words.contains(where: Self.ourWords.opens))
    }

    /// Whether every follow verb of the line stands inside a quotation.
    private static func followsOnlyInQuotation(_ words: [Substring], _ key: [UInt8]) -> Bool {
        guard words.contains(where: Self.followVerbs.opens), let unquoted = Self.withoutQuotations(key) else {
            return false
        }
        return !Self.words(unquoted).contains(where: Self.followVerbs.opens)
    }

    /// "Suivez notre édition spéciale", "Follow our live coverage": a follow verb opening a part of a
    /// key, with the outlet's "our" among the next three words.
    static func invitesToFollow(_ part: Substring) -> Bool {
        let words = UTF8Bytes.spaceSeparated(part)
        guard let first = words.first, Self.followVerbs.opens(first) else { return false }
        return words.dropFirst().prefix(3).contains(where: Self.ourWords.opens)
    }

    /// "our" right before a network, or one word before it ("in our Telegram channel", "на нашій сторінці
    /// у Facebook" is no channel of the outlet's own and needs a verb).
    private static func namesOwnChannel(_ words: [Substring]) -> Bool {
        words.indices.contains { index in
            Self.ourWords.opens(words[index]) && words[(index + 1)...].prefix(2).contains(where: Self.isNetwork)
        }
    }

    /// "Sie wollen nichts verpassen? Hier geht's zum Newsletter.": a newsletter, offered to the reader
    /// (second person, an imperative to subscribe, or "free").
    private static func isNewsletterPrompt(
        _ words: [Substring],
        _ lineKey: Boilerplate.LineKey,
        addressesReader: Bool
    ) -> Bool {
        let key = lineKey.bytes
        // Offered to the reader ("you", "Sie", "vous", "our newsletter"), or an imperative opens the line
        // or one of its sentences ("Sign up", "Newsletter — Recevez chaque vendredi …"); an infinitive
        // ("Підписатися … можна") reports how, for a story, unless exclaimed ("Jetzt den Newsletter
        // abonnieren!").
        if addressesReader { return true }
        if words.contains(where: Self.ourWords.opens) { return true }
        if key.last == UInt8(ascii: "!") && words.contains(where: Self.subscribeStems.opens) { return true }
        // German calls in the infinitive after "jetzt" and the object or a "free" ("Jetzt den
        // Gastro-Newsletter abonnieren und jeden Dienstag … erhalten.", "Jetzt kostenlos anmelden"), opening
        // the line or one of its parts ("Keine Nachricht verpassen: Jetzt den …-Newsletter abonnieren"); a
        // story's "Jetzt können Leser den Newsletter abonnieren" has its verb second.
        let openerRanges = Self.sentenceOpenerRanges(key)
        let openers = Self.substrings(of: key, openerRanges)
        if words.count >= 3, words.contains(where: Self.subscribeStems.opens),
            openers.contains(where: { Self.germanCallOpenings.contains($0) }),
            words.indices.dropLast().contains(where: {
                Self.germanCallOpenings.contains(words[$0]) && Self.germanCallObjects.contains(words[$0 + 1])
            })
        {
            return true
        }
        // An imperative to subscribe opening the line or one of its sentences.
        if openers.contains(where: { word in
            Self.subscribeStems.opens(word) && !ReaderPromptCues.infinitiveEndings.contains { word.hasSuffix($0) }
        }) {
            return true
        }
        // Or one to pass the newsletter on, with its object ("Know someone who keeps bees? Forward them
        // this newsletter."; "Forward planning kept the newsletter going" is a story's).
        return openerRanges.contains { Self.forwardCalls.opens(key[$0.lowerBound...]) }
    }

    /// Whether `word`, a reader's word of the line's key, speaks to the reader in the line `text`. German
    /// writes its polite "you" with a capital (Sie, Ihr, Ihnen); in lower case the same words are "she",
    /// "they", "their" ("… in der Auszubildende von ihrem Alltag berichten"), which the key, lowercased,
    /// cannot tell apart: such a word counts only where the line spells it with its capital.
    static func countsAsReaderWord(_ word: Substring, in text: String) -> Bool {
        guard Self.germanPoliteForms.contains(word) else { return true }
        return UTF8Bytes.withBytes(text) { bytes in
            var index = 0
            while index < bytes.count {
                let start = index
                while index < bytes.count && UTF8Bytes.isASCIILetter(bytes[index]) { index += 1 }
                if index > start, bytes[start] == UInt8(ascii: "S") || bytes[start] == UInt8(ascii: "I"),
                    start == 0 || bytes[start - 1] < 0x80,
                    index == bytes.count || bytes[index] < 0x80,
                    word.utf8.elementsEqual(bytes[start..<index].lazy.map { $0 | 0x20 })
                {
                    return true
                }
                index = max(index, start + 1)
            }
            return false
        }
    }

    private static let germanPoliteForms: Set<Substring> = [
        "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen",
    ]

    /// The words that open the line or one of its sentences or parts: the first word, and each word
    /// after `.`, `?`, `!`, `:`, `;`, `|`, `·` or a dash (`—`, `–`).
    static func sentenceOpeners(_ key: [UInt8]) -> [Substring] {
        Self.substrings(of: key, Self.sentenceOpenerRanges(key))
    }

    /// Where ``sentenceOpeners(_:)`` are in `key`.
    private static func sentenceOpenerRanges(_ key: [UInt8]) -> [Range<Int>] {
        var openers: [Range<Int>] = []
        var previousEnd = 0
        for range in Self.wordRanges(key) {
            let between = key[previousEnd..<range.lowerBound]
            if previousEnd == 0 || between.contains(where: { UTF8Bytes.isAny($0, of: ".?!:;|") })
                || Self.containsDashOrMiddleDot(between)
            {
                openers.append(range)
            }
            previousEnd = range.upperBound
        }
        return openers
    }

    /// `—` or `–` (E2 80 94, E2 80 93), or `·` (C2 B7), among `bytes`.
    private static func containsDashOrMiddleDot(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.indices.contains { index in
            (bytes[index] == 0xE2 && index + 2 < bytes.endIndex && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93))
                || (bytes[index] == 0xC2 && index + 1 < bytes.endIndex && bytes[index + 1] == 0xB7)
        }
    }

    /// "We use cookies …", "Diese Website verwendet Cookies …": cookies, and consent or use of them.
    private static func isCookieBanner(_ found: UInt64, _ key: [UInt8]) -> Bool {
        guard found & Found.cookie != 0 else { return false }
        if found & Found.cookieConsent != 0 { return true }
        // Buttons stand on a short line that is no sentence ("Cookies: Accept all | Settings").
        return found & Found.cookieButton != 0 && key.count <= 160 && key.last != UInt8(ascii: ".")
    }

    /// "Fehler entdeckt? …", "Une erreur dans cet article ? …", "Spotted a mistake?": a question about
    /// an error, at the start of the line. Or an address to write to about an error, in a line that
    /// asks or tells the reader ("Spot something wrong? Let our standards editor know at …", "To report
    /// an inaccuracy in this story, email …").
    static func isErrorReportPrompt(_ key: [UInt8]) -> Bool {
        let question = key.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: UInt8(ascii: "?"), in: $0, limit: 100) }
        if let question, ReaderPromptCues.errorWords.occurs(in: key[..<question]) { return true }
        guard key.count <= 240, let at = Self.emailAddressStart(key) else { return false }
        let before = key[..<at]
        guard ReaderPromptCues.errorWords.occurs(in: before) || ReaderPromptCues.wrongWords.occurs(in: before)
        else { return false }
        return (question.map { $0 < at } ?? false) || Self.purposeOpenings.opens(key) || Self.speaksToReader(key)
    }

    /// "Станьте патроном нашої редакції — …", "Стати другом редакції — від 50 грн на місяць", "Become a
    /// patron of our newsroom": the line opens by asking the reader to become a supporter of some kind,
    /// then names the outlet ("our", its newsroom) or a price. "Become a member of the rowing club early,
    /// the coach told the students" names no outlet, nor does "Станьте донором крові".
    private static func isSupporterAppeal(_ lineKey: Boilerplate.LineKey) -> Bool {
        let key = lineKey.bytes
        // (The openings end in a space: "стати " is no "статистика".)
        guard key.count <= 240 else { return false }
        if Self.becomeOpenings.opens(key) {
            let words = Self.words(key)
            guard let supporter = words.dropFirst().prefix(4).firstIndex(where: Self.supporterStems.opens) else {
                return false
            }
            return words[(supporter + 1)...].contains { Self.ourWords.opens($0) || Self.newsroomStems.opens($0) }
                || Self.quotesPrice(key)
        }
        // The call after a dash, the outlet named by its name before the supporter: "Keep local football on
        // these pages — become a Star supporter today".
        guard let dash = key.withUnsafeBufferPointer({ UTF8Bytes.firstSpacedEmDash(in: $0) }),
            Self.becomeOpenings.opens(key[(dash + UTF8Bytes.spacedEmDashLength)...])
        else { return false }
        let words = Self.words(Array(key[(dash + UTF8Bytes.spacedEmDashLength)...]))
        guard let supporter = words.prefix(4).firstIndex(where: Self.supporterStems.opens), supporter >= 2 else {
            return false
        }
        // The word before it as written: a capitalised name.
        let written = UTF8Bytes.spaceSeparated(lineKey.text).suffix(words.count)
        guard written.count == words.count else { return false }
        let name = written[written.startIndex + supporter - 1]
        return name.unicodeScalars.first?.properties.isUppercase ?? false
    }

    private static let becomeOpenings = OpeningIndex(ReaderPromptCues.becomeOpenings.map { $0 + " " })
    private static let supporterStems = WordStems(ReaderPromptCues.supporterStems)
    private static let newsroomStems = WordStems(ReaderPromptCues.newsroomStems)

    /// Where the first e-mail address of `key` starts: an `@` between a word's letters and a domain
    /// with a dot; nil without one.
    private static func emailAddressStart(_ key: [UInt8]) -> Int? {
        guard let at = key.withUnsafeBufferPointer({ UTF8Bytes.firstIndex(of: UInt8(ascii: "@"), in: $0) }),
            at > 0, at + 3 < key.count, UTF8Bytes.isASCIILetter(key[at - 1]) || UTF8Bytes.isDigit(key[at - 1]),
            UTF8Bytes.isASCIILetter(key[at + 1])
        else { return nil }
        let domain = key[(at + 1)...].prefix { $0 != 0x20 }
        guard domain.dropLast().contains(UInt8(ascii: ".")) else { return nil }
        var start = at
        while start > 0 && key[start - 1] != 0x20 { start -= 1 }
        return start
    }

    /// "To report an error", "Pour signaler une erreur": a line opening with what the reader would write for.
    private static let purposeOpenings = OpeningIndex(ReaderPromptCues.reportPurposeOpenings)

    /// "This story has been updated …", "Dieser Text ist zuerst … erschienen", "The views expressed in
    /// this column …": the line names the article itself and says something about its making.
    private static func isEditorsNote(_ key: [UInt8]) -> Bool {
        Self.noteOpenings.opens(key) || Self.isDatedCorrection(key) || Self.isNewsroomUpdate(key)
    }

    /// "Correction, 20 November 2025: …", "Исправлено 24 октября: …": a correction's label, its date,
    /// a colon.
    private static func isDatedCorrection(_ key: [UInt8]) -> Bool {
        guard Self.correctionLabels.opens(key) else { return false }
        if let colon = Self.labelColon(key),
            let space = key[..<colon].firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: ",") })
        {
            let date = String(decoding: key[(space + 1)..<colon], as: UTF8.self)
            if DateParsing.readDateLine(date).isDateWords { return true }
        }
        return Self.datedLabelEnd(key) != nil
    }

    /// Where a note's label and its date end in a full stop, the note's text following: "Обновлено 13
    /// февраля 2026 года. После публикации …", "Исправление (12.02.2026). В первоначальной …". The
    /// index of the full stop; nil when no full stop within 60 bytes closes a date after the label's
    /// first word.
    private static func datedLabelEnd(_ key: [UInt8]) -> Int? {
        guard let space = key.prefix(40).firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: ",") }) else {
            return nil
        }
        for stop in key.prefix(60).indices where stop > space + 1 {
            guard key[stop] == UInt8(ascii: "."), stop + 1 < key.count, key[stop + 1] == 0x20 else { continue }
            let date = key[(space + 1)..<stop].drop { $0 == 0x20 || $0 == UInt8(ascii: "(") }
            let trimmed = date.last == UInt8(ascii: ")") ? date.dropLast() : date
            if DateParsing.readDateLine(String(decoding: trimmed, as: UTF8.self)).isDateWords { return stop }
        }
        return nil
    }

    /// The colon that ends a note's label: the first one within 60 bytes that a space follows (a time's
    /// colon, "14:20", is none).
    private static func labelColon(_ key: [UInt8]) -> Int? {
        key.prefix(60).indices.first { key[$0] == UInt8(ascii: ":") && $0 + 1 < key.count && key[$0 + 1] == 0x20 }
    }

    private static let correctionLabels = OpeningIndex(ReaderPromptCues.correctionLabels)

    /// "Aktualisiert um 14:20 Uhr: Wir haben die Stellungnahme … ergänzt": an update's label and time,
    /// then the newsroom speaking of what it changed ("we", "wir", "nous"). An update that reports news
    /// ("Update: The mayor has since resigned") does not speak so, and stays.
    static func isNewsroomUpdate(_ key: [UInt8]) -> Bool {
        guard key.count <= 400, Self.updateLabels.opens(key) else { return false }
        if let colon = Self.labelColon(key), Self.newsroomOpenings.opens(key[(colon + 1)...].drop { $0 == 0x20 }) {
            return true
        }
        // "Обновлено 13 февраля 2026 года. После публикации администрация прислала ответ на запрос
        // редакции. Он добавлен в текст.": a dated label, then the newsroom or the text named.
        guard let stop = Self.datedLabelEnd(key) else { return false }
        let rest = key[(stop + 1)...].drop { $0 == 0x20 }
        return Self.newsroomOpenings.opens(rest) || ReaderPromptCues.newsroomWords.occurs(in: rest)
    }

    private static let updateLabels = OpeningIndex(ReaderPromptCues.updateLabels)
    private static let newsroomOpenings = OpeningIndex(ReaderPromptCues.newsroomOpenings)

    private static let noteOpenings = OpeningIndex(ReaderPromptCues.noteOpenings)

    private static let newsProvidedBy = Array("news provided by".utf8)

    /// "Originally published on Northgate Notes.", "First published in The Harbour Ledger", "Erschien zuerst
    /// auf zeit.de", "publicada originalmente en inglés por The Prairie Ledger": where the piece first ran,
    /// a provenance phrase and, within six words after it, a preposition and then the place's name:
    /// capitalised, or a web address, with only lower-case words between. A story says when or how a
    /// thing was first published ("The diaries were originally published in part in 1932", "first
    /// published in 1911"), or names a month only in a note that opens the line ("Originally published
    /// on March 3, 2025" against "The novel was originally published in March 1932").
    private static func isProvenanceNote(_ key: Boilerplate.LineKey) -> Bool {
        let lower = key.bytes.split(separator: 0x20)
        let written = key.text.utf8.split(separator: 0x20)
        guard lower.count == written.count else { return false }
        for (phrase, opensNote) in Self.provenancePhrases {
            for start in lower.indices.dropLast(phrase.count)
            where zip(lower[start...], phrase).allSatisfy({ $0.starts(with: $1) }) {
                // "Ran" is said of buses and shows too ("The show first ran on Channel 4"), "went out" of
                // alerts ("The warning first went out to residents of Kingsbridge"): with such a phrase only
                // a note that opens so, or speaks of this piece ("This match report first ran in …", "This
                // letter went out first to readers of …"), is one.
                if opensNote && start > 0 && !lower[0].elementsEqual(Self.this) { continue }
                var afterPreposition = false
                for next in (start + phrase.count)..<min(lower.count, start + phrase.count + 6) {
                    if Self.provenancePrepositions.contains(utf8: lower[next]) {
                        afterPreposition = true
                        continue
                    }
                    let name = String(Substring(written[next]))
                    if TextShape.isBareURL(name) || TextShape.isBareDomain(name) { return afterPreposition }
                    let letters = name.drop { !$0.isLetter && !$0.isNumber }
                    guard let first = letters.first, first.isLetter else { break }
                    guard first.isUppercase else { continue }
                    let word = String(letters.prefix { $0.isLetter }).lowercased()
                    let isDay = DateVocabulary.months[word] != nil || DateVocabulary.weekdays.contains(word)
                    if afterPreposition && (start == 0 || !isDay) { return true }
                    break
                }
            }
        }
        return false
    }

    /// Each provenance phrase's words, and whether it counts only in a note opening with it or with "this".
    private static let provenancePhrases: [(words: [[UInt8]], opensNote: Bool)] =
        ReaderPromptCues.provenancePhrases.map { ($0.map { Array($0.utf8) }, false) }
        + ReaderPromptCues.openingProvenancePhrases.map { ($0.map { Array($0.utf8) }, true) }
    private static let provenancePrepositions = LineSet(Set(ReaderPromptCues.provenancePrepositions))
    private static let this = Array("this".utf8)

    private static func isNoteAboutThisArticle(_ found: UInt64) -> Bool {
        found & Found.selfReference != 0 && found & Found.editorialVerb != 0
    }

    /// A press release's contact lines: an e-mail address or a telephone number alone, and "News
    /// provided by …".
    private static func isContactData(_ key: [UInt8]) -> Bool {
        if key.starts(with: Self.newsProvidedBy) { return true }
        // Both rules below want short lines: no need to search a paragraph for `@`.
        guard key.count <= 80 else { return false }
        // One token with an @ and a dot: an address, not a sentence.
        if key.contains(UInt8(ascii: "@")) && key.contains(UInt8(ascii: ".")) && !key.contains(0x20) {
            return true
        }
        guard key.count <= 40 else { return false }
        let digits = key.count { $0 >= 0x30 && $0 <= 0x39 }
        let phoneMarks = key.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || UTF8Bytes.isAny($0, of: " +-().x/") }
        return phoneMarks && digits >= 7 && digits <= 15
    }

    // MARK: - Words

    /// Whether `word` (of a key) is a word of reported speech ("said", "sagte").
    static func isAttribution(_ word: Substring) -> Bool {
        Self.attributionWords.contains(word)
    }

    /// Whether `word` (of a key) addresses the reader ("you", "Sie", "free", "here").
    static func isReaderWord(_ word: Substring) -> Bool {
        Self.readerWords.contains(word)
    }

    /// Whether `word` (of a key) speaks to the reader in the second person ("you", "Sie", "vous", "вы").
    static func isSecondPerson(_ word: Substring) -> Bool {
        Self.secondPersonWords.contains(word)
    }

    private static let secondPersonWords = LineSet(ReaderPromptCues.secondPersonWords)

    /// Whether `word` (of a key) names a subscription or a subscriber ("Abo", "subscribers", "abonnés").
    static func namesSubscription(_ word: Substring) -> Bool {
        Self.subscriptionWords.contains(word) || Self.subscriptionStems.opens(word)
    }

    private static let ourWords = WordStems(ReaderPromptCues.ourWords)
    private static let newsletterWords = WordStems(ReaderPromptCues.newsletterWords)
    private static let followVerbs = WordStems(ReaderPromptCues.followVerbs)
    private static let subscribeStems = WordStems(ReaderPromptCues.subscribeStems)
    private static let germanCallOpenings = LineSet(ReaderPromptCues.germanCallOpenings)
    private static let germanCallObjects = LineSet(ReaderPromptCues.germanCallObjects)
    private static let forwardCalls = OpeningIndex(ReaderPromptCues.forwardCalls)

    /// Whether `word` (of a key) names a network or a channel ("facebook", "telegram-каналі", "email").
    static func isNetwork(_ word: Substring) -> Bool {
        Self.networks.contains(word)
    }

    /// The key's words (``wordRanges(_:)``) as text.
    static func words(_ key: [UInt8]) -> [Substring] {
        Self.substrings(of: key, Self.wordRanges(key))
    }

    /// The words of `key` at `ranges` (its ``wordRanges(_:)``, counted first).
    static func words(_ key: [UInt8], _ ranges: [Range<Int>]) -> [Substring] {
        Self.substrings(of: key, ranges)
    }

    /// The key's words, icons (``PageChrome/isIcon(_:)``: ▶, 👍, 🔔) left out: a button's or a widget's
    /// words.
    static func wordsWithoutIcons<Bytes: Collection<UInt8>>(_ key: Bytes) -> [Substring] {
        Self.words(Array(key)).filter { !PageChrome.isIcon($0.utf8) }
    }

    /// The byte `ranges` of `key` as text, each word a string of its own: most words fit in a small
    /// string (15 bytes, no allocation), where slicing one string of the whole key checks both ends of
    /// every slice for a character boundary, at several times the cost.
    private static func substrings(of key: [UInt8], _ ranges: [Range<Int>]) -> [Substring] {
        key.withUnsafeBufferPointer { bytes in
            ranges.map { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) }
        }
    }

    /// The key's words as byte ranges: runs of letters, digits, apostrophes and `@`. A multi-byte
    /// character is a letter unless it is punctuation or a symbol (U+2000–U+2BFF: dashes, quotes,
    /// bullets; `«`, `»`, `·`, `×`, `÷`, NBSP). The first `limit` only, when given.
    static func wordRanges(_ key: [UInt8], limit: Int = .max) -> [Range<Int>] {
        key.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            // Room for words of five bytes and a space, so the array seldom grows (each growth is a copy).
            ranges.reserveCapacity(min(bytes.count / 6 + 2, limit))
            var start: Int?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isWordByte: Bool
                if byte < 0x80 {
                    isWordByte =
                        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                        || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "@")
                } else if byte >= 0xC0 {
                    isWordByte = Self.startsWordCharacter(bytes, at: index)
                } else {
                    // A continuation byte: part of the character its lead byte classified.
                    index += 1
                    continue
                }
                if isWordByte {
                    if start == nil { start = index }
                } else if let opened = start {
                    ranges.append(opened..<index)
                    start = nil
                    if ranges.count == limit { return ranges }
                }
                index += 1
            }
            if let opened = start { ranges.append(opened..<bytes.count) }
            return ranges
        }
    }

    /// Whether the character whose lead byte (C0 or above) is at `index` is a word's: any but U+2000–
    /// U+2BFF, U+00A0–U+00BF, `×`, `÷` and U+3000. On the lead byte and the next, without decoding:
    /// Cyrillic and Greek letters (leads C4–DF) are settled by the first.
    @inline(__always)
    static func startsWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch bytes[index] {
        case 0xC2: return next < 0xA0  // U+0080–U+009F; U+00A0–U+00BF are marks and spaces.
        case 0xC3: return next != 0x97 && next != 0xB7  // × U+00D7, ÷ U+00F7.
        case 0xE2: return next >= 0xB0  // U+2C00 and up; U+2000–U+2BFF are punctuation and symbols.
        case 0xE3: return !(next == 0x80 && index + 2 < bytes.count && bytes[index + 2] == 0x80)  // U+3000.
        default: return true
        }
    }
}

/// Word openings ("subscri", "abonn"), compared on bytes: `hasPrefix` on `Substring` walks
/// characters. A stem whose last letter a combining mark joins in the word does not open it,
/// as with `hasPrefix`.
struct WordStems {
    let stems: [[UInt8]]
    /// Words matched whole: a stem as short as "mes" (Spanish "month") or "lu" (French "read") would
    /// open "mesure" and "lundi".
    let words: [[UInt8]]

    init(_ stems: [String], words: [String] = []) {
        self.stems = stems.map { Array($0.utf8) }
        self.words = words.map { Array($0.utf8) }
    }

    func opens(_ word: Substring) -> Bool {
        UTF8Bytes.withBytes(word) { bytes in
            self.stems.contains { stem in
                bytes.starts(with: stem) && !UTF8Bytes.extendsCharacter(bytes, at: stem.count)
            } || self.words.contains { bytes.elementsEqual($0) }
        }
    }
}

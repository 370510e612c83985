/// Recognises a news page's widgets that a scraper copies with the story, each by its shape and a
/// word of its kind (``PageWidgetCues``):
///
/// - a row of buttons and nothing else ("Accept all | Reject all | Manage options", "Not now Allow");
/// - a box that ends in a call to action after a sentence, with no full stop ("… from 6.49% APR. Learn
///   more", "… Réservez votre place", "… Anmelden | Registrieren");
/// - a button alone ("Jetzt buchen"; ``BodySelection`` drops the small block it ends);
/// - a browser's notification prompt ("Allow the Gazette to send you notifications?");
/// - a weather widget ("Омск: −27 °C, ясно · ветер 4 м/с"), a market ticker ("USD 41,52 ▲ | EUR 43,38 ▼"),
///   a row of figures set apart by `·` (transit, fuel prices);
/// - a login wall ("Weiterlesen mit NB-Konto", "Regístrate gratis para seguir leyendo"), a metered
///   paywall ("3 of your 4 free articles this month"), a gallery's numbered caption ("Bild 1 von 9: …");
/// - a listings box's labelled line ("Дорожня ситуація: …") or dated items (``isListing(_:)``), a
///   newsroom contact box ("… Email her at …@…");
/// - a reader comment's header ("birdwatcher52 · 3 hours ago"; ``BodySelection`` drops the comment
///   under it).
///
/// All read the line's lowercased key, and only short lines.
enum PageWidgets {
    /// Longest line (UTF-8 bytes) read as a widget.
    static let maximumLength = 300

    /// A button in brackets opening a short line, a player's or a channel's strip after it ("[ Écouter
    /// le direct ]  Onde Publique Garonne · En ce moment : le journal de 18 h"). The label has one to
    /// four words and a space after its bracket (a Markdown link, "[Der Stadtrat](https://…) hat …", has
    /// none); the line ends in no full stop.
    static func opensWithBracketedButton(_ key: [UInt8]) -> Bool {
        guard key.count <= 160, key.last != UInt8(ascii: "."), let close = key.firstIndex(of: UInt8(ascii: "]")),
            close + 1 < key.count, key[close + 1] == 0x20
        else { return false }
        let label = key[1..<close]
        let words = label.split(separator: 0x20).count
        return (1...4).contains(words) && !label.contains(UInt8(ascii: "["))
    }

    /// A match's scoreboard: a final whistle's status, then the teams around the score, perhaps the
    /// scorers ("FT  Kingsbridge Athletic 2–1 Dunmore Town  (Okonedo 34')", "FINAL Dep. Alcaraván 3–2
    /// Sporting Marisma"). A sentence reporting the score ("Final score: … 2–1.") ends in a full stop.
    static func isScoreboard(_ key: [UInt8]) -> Bool {
        guard Self.scoreStatuses.opens(key), let last = key.last, last != UInt8(ascii: "."),
            key.contains(where: UTF8Bytes.isDigit)
        else { return false }
        // A score: digits, a dash (`-`, `–` E2 80 93) or a colon, digits; within the first 100 bytes.
        let head = key.prefix(100)
        var index = head.startIndex
        while index < head.endIndex {
            guard UTF8Bytes.isDigit(head[index]) else {
                index += 1
                continue
            }
            var after = index
            while after < head.endIndex && UTF8Bytes.isDigit(head[after]) { after += 1 }
            let dash =
                after < head.endIndex && (head[after] == UInt8(ascii: "-") || head[after] == UInt8(ascii: ":"))
                ? 1 : head[after...].starts(with: [0xE2, 0x80, 0x93]) ? 3 : 0
            if dash > 0, after + dash < head.endIndex, UTF8Bytes.isDigit(head[after + dash]) { return true }
            index = after
        }
        return false
    }

    private static let scoreStatuses = OpeningIndex(PageWidgetCues.scoreStatuses)

    /// A link that points on with an arrow after its words: "Ver las 412 ofertas … →", "Jetzt
    /// einschalten ▶", "Alle Termine ›". A story's paragraph ends in a sentence's mark or a quotation's,
    /// never in an arrow. (`»` is left out: French closes quotations with it after a space.)
    static func endsInArrowLink(_ key: [UInt8]) -> Bool {
        let count = key.count
        guard count >= 8 else { return false }
        if key[count - 1] == UInt8(ascii: ">") { return key[count - 2] == 0x20 && key[count - 3] != UInt8(ascii: "-") }
        guard key[count - 3] == 0xE2, key[count - 4] == 0x20 else { return false }
        switch (key[count - 2], key[count - 1]) {
        // → ⇒ › ▶ ▸ ➜ ➔
        case (0x86, 0x92), (0x87, 0x92), (0x80, 0xBA), (0x96, 0xB6), (0x96, 0xB8), (0x9E, 0x9C), (0x9E, 0x94):
            return true
        default: return false
        }
    }

    static func isWidget(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength else { return false }
        let bytes = key.bytes
        if bytes.first == UInt8(ascii: "[")
            && (Self.isBracketedButtonRow(bytes) || Self.opensWithBracketedButton(bytes)
                || Self.isBracketedPlaceholder(bytes))
        {
            return true
        }
        if key.length <= 200 && Self.isScoreboard(bytes) { return true }
        // "Próxima cita: Asamblea abierta sobre vivienda, sábado 28 de noviembre, 11:00, …": an event under
        // a label for a date to keep, with its date or time, a sentence's full stop or not.
        if key.length <= 240 && Self.eventLabels.opens(bytes) && bytes.contains(where: UTF8Bytes.isDigit) {
            return true
        }
        if key.length <= 240 && Self.endsInArrowLink(bytes) { return true }
        // "Ver clasificación completa", "Alle Termine anzeigen ›": a link to the rest of a box, alone too.
        if key.length <= 50 && Self.endsWithoutPunctuation(bytes) && Self.isSeeAllLink(bytes) { return true }
        // A ticker's arrows lead with E2, a temperature's `°` with C2: memchr rules most lines out.
        if key.length <= 160 {
            let (hasE2, hasC2) = bytes.withUnsafeBufferPointer {
                (UTF8Bytes.firstIndex(of: 0xE2, in: $0) != nil, UTF8Bytes.firstIndex(of: 0xC2, in: $0) != nil)
            }
            if (hasE2 && Self.isTicker(bytes)) || (hasC2 && Self.isWeather(bytes)) { return true }
        }
        // Each rule asks for a sign on the bytes before the line is cut into words: a bare ending and a
        // button's first word, a notification named (the phrase search found it), an address.
        let endsOpen = Self.endsWithoutPunctuation(bytes)
        // Speech ends in a full stop or an attribution, never in a bare button: a line that opens with a
        // name in quotation marks («Нижегородский откос» существует …) may still end in one.
        if endsOpen && Self.endsInButtons(key) { return !Self.isAttributed(bytes) }
        // (A row of figures may end in a bracket: "… Gasóleo A: 1,529 EUR/l (+1,1 %)".)
        if key.length <= 200, let last = bytes.last, last != UInt8(ascii: "."), Self.isDataRow(bytes) { return true }
        let namesNotifications = key.phrases & ReaderPromptCues.Found.notification != 0
        let hasAddress =
            bytes.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: UInt8(ascii: "@"), in: $0) != nil }
            && Self.hasEmailAddress(bytes)
        // A wall names an account or a month's free articles (the phrase search found the word); a
        // gallery's caption opens with its place in the gallery.
        let found = key.phrases
        let wallWords = ReaderPromptCues.Found.account | ReaderPromptCues.Found.readOn
        let mayBeWall = key.length <= 250 && found & wallWords == wallWords
        let mayBeCountOrGallery =
            key.length <= 200
            && (found & ReaderPromptCues.Found.free != 0 || Self.galleryOpenings.opens(Self.afterLeadingMarks(bytes)))
            && bytes.contains(where: UTF8Bytes.isDigit)
        guard namesNotifications || hasAddress || mayBeWall || mayBeCountOrGallery, !Boilerplate.opensWithQuote(bytes)
        else { return false }
        let words = key.words
        guard !words.contains(where: ReaderPrompts.isAttribution) else { return false }
        if namesNotifications && Self.isNotificationPrompt(words, bytes, length: key.length) { return true }
        if mayBeCountOrGallery && (Self.isMeteredPaywall(words) || Self.isGalleryItem(words)) { return true }
        if mayBeWall && Self.isLoginWall(words, bytes) { return true }
        return hasAddress && Self.isContactBox(bytes)
    }

    /// "[ Join free ]", "[Third-party video — enable cookies to watch]", "[This interactive map requires
    /// JavaScript. View it in a browser with scripts enabled.]": a whole line in one pair of square
    /// brackets, with words in it. Pages put their buttons and the stand-ins for what a dump cannot hold
    /// (a player, a map, an embedded post) so; a story's text never stands wholly in brackets (a
    /// footnote's "[1]" has no words, a Markdown link goes on after its bracket).
    private static func isBracketedPlaceholder(_ key: [UInt8]) -> Bool {
        guard key.count >= 4, key.count <= 240, key.first == UInt8(ascii: "["), key.last == UInt8(ascii: "]") else {
            return false
        }
        let inside = key.dropFirst().dropLast()
        return !inside.contains { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }
            && inside.contains { UTF8Bytes.isASCIILetter($0) || $0 >= 0xC3 }
    }

    /// Whether the line is a button and nothing else: a call to action or a button's label, in a few
    /// words with no punctuation at the end ("Jetzt buchen", "Subscribe free", "Quiero colaborar").
    /// ``BodySelection`` drops the small block such a button ends.
    static func isButtonLine(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= 60, Self.endsWithoutPunctuation(key.bytes) else { return false }
        if Self.isSeeAllLink(key.bytes) || Self.isBracketedButtonRow(key.bytes) { return true }
        // Past what frames a button: brackets, spaces, an icon ("[ Jetzt unterstützen ]", "👉 QUIERO APORTAR").
        var bytes = Self.afterLeadingMarks(key.bytes)
        // "Jetzt kostenlos anmelden": a call with a word for "free" between its words ("jetzt anmelden").
        if !Self.callsToAction.opens(bytes), let free = Self.priceWordAfterFirst(bytes) {
            bytes = bytes[..<free.lowerBound] + bytes[free.upperBound...]
        }
        let opensWithCall = Self.callsToAction.opens(bytes)
        guard opensWithCall || Self.buttonLabelOpenings.opens(bytes) else { return false }
        let words = ReaderPrompts.wordsWithoutIcons(bytes)
        guard (1...6).contains(words.count) else { return false }
        // In brackets, a button for sure: "[Je teste mon éligibilité]".
        if key.bytes.first == UInt8(ascii: "[") && key.bytes.last == UInt8(ascii: "]") { return true }
        // A call and its object at most ("Підтримати редакцію", "Kostenlos abonnieren").
        return (opensWithCall && words.count <= Self.callsToAction.openingWordCount(bytes) + 1)
            || Self.labelCount(words[...]) >= 1
    }

    /// The second word of `bytes` with the space before it, when it is a word for "free" ("kostenlos",
    /// "gratis", "бесплатно"); nil otherwise.
    private static func priceWordAfterFirst(_ bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard let space = bytes.firstIndex(of: 0x20) else { return nil }
        let end = bytes[(space + 1)...].firstIndex(of: 0x20) ?? bytes.endIndex
        guard end > space + 1, Self.priceWords.contains(utf8: bytes[(space + 1)..<end]) else { return nil }
        return space..<end
    }

    private static let priceWords = LineSet(Set(PageWidgetCues.freeWords))

    /// "[ Ahora no ]  [ Activar ]", "[Reply] [Share]": two or more labels in square brackets and nothing
    /// else, each of one to three words without a sentence's marks: a dialog's buttons, whatever they say.
    static func isBracketedButtonRow(_ key: [UInt8]) -> Bool {
        guard key.count <= 80, key.first == UInt8(ascii: "["), key.last == UInt8(ascii: "]") else { return false }
        var labels = 0
        var rest = key[...]
        while let open = rest.first {
            guard open == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let label = rest[(rest.startIndex + 1)..<close]
            let words = label.split(separator: 0x20)
            guard (1...3).contains(words.count),
                !label.contains(where: { Self.sentenceMarks.contains($0) || $0 == UInt8(ascii: "[") })
            else { return false }
            labels += 1
            rest = rest[(close + 1)...].drop { $0 == 0x20 }
        }
        return labels >= 2
    }

    private static let sentenceMarks: [UInt8] = Array(".,!?;:".utf8)

    /// `key` past its leading brackets, spaces, ASCII marks and symbols of three bytes or more (icons,
    /// arrows), to its first letter or digit.
    static func afterLeadingMarks(_ key: [UInt8]) -> ArraySlice<UInt8> {
        var start = 0
        while start < key.count {
            let byte = key[start]
            if byte < 0x80 {
                guard !((byte | 0x20) &- UInt8(ascii: "a") < 26 || UTF8Bytes.isDigit(byte)) else { break }
                start += 1
            } else if byte >= 0xE2 {
                start += byte >= 0xF0 ? 4 : 3
            } else if byte < 0xC0 {
                start += 1
            } else {
                break
            }
        }
        return key[min(start, key.count)...]
    }

    /// "← Back to news", "« Zurück zur Einsatzübersicht", "Retour aux actualités": a link back to the
    /// listing the article was opened from, in a few words. After an arrow any such words are a link;
    /// without one the words must name a listing or the home page (``PageWidgetCues/backTargets``), as
    /// "Back to school" and "Zurück zur Normalität" are headings.
    static func isBackLink(_ key: [UInt8]) -> Bool {
        guard key.count <= 80, let last = key.last, !Self.sentenceEnds.contains(last) else { return false }
        // `«` (C2 AB) opens a quotation too, but no quotation opens with these words and goes unclosed.
        let unquoted = key.starts(with: [0xC2, 0xAB]) ? Array(key[2...]) : key
        let words = Self.afterLeadingMarks(unquoted)
        guard Self.backOpenings.opens(words) else { return false }
        let arrowed = words.startIndex > 0 || unquoted.count < key.count
        let wordList = ReaderPrompts.words(Array(words))
        guard wordList.count <= 6 else { return false }
        return arrowed || wordList.dropFirst().contains(where: Self.backTargets.opens)
    }

    /// "← Previous post: Postgres 16 upgrade retrospective", "Nächster Beitrag →": a link to the post
    /// before or after, with that post's title after a colon or nothing but an arrow.
    static func isPostNavigation(_ key: [UInt8]) -> Bool {
        guard key.count <= 200 else { return false }
        var words = Self.afterLeadingMarks(key)
        // A guillemet for an arrow ("« Entrada anterior: …").
        if words.starts(with: Self.leftGuillemet) { words = Self.afterLeadingMarks(Array(words.dropFirst(2))) }
        guard let opening = Self.postNavigationOpenings.openingLength(words) else { return false }
        let rest = words.dropFirst(opening)
        // The title after a colon; else an arrow or nothing: "Next post in the series was …" is a sentence.
        if rest.first == UInt8(ascii: ":") || rest.starts(with: Array(" :".utf8)) { return true }
        // A row of the links, short: "« Billet suivant · Accueil · Billet précédent »".
        if rest.count <= 60, rest.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) {
            let parts = Boilerplate.markedParts(of: String(decoding: rest, as: UTF8.self))
            return parts.contains { Self.postNavigationOpenings.opens(Self.afterLeadingMarks(Array($0.utf8))) }
        }
        return Self.afterLeadingMarks(Array(rest)).isEmpty
    }

    /// `«` (C2 AB).
    private static let leftGuillemet: [UInt8] = [0xC2, 0xAB]

    private static let postNavigationOpenings = OpeningIndex(PageWidgetCues.postNavigationOpenings)

    private static let sentenceEnds: [UInt8] = Array(".!?".utf8)
    private static let backOpenings = OpeningIndex(PageWidgetCues.backOpenings)
    private static let backTargets = WordStems(PageWidgetCues.backTargets)

    /// "Alle Termine anzeigen ›", "Уся афіша →", "Ver agenda completa": a link to the rest of a box, in a
    /// few words: "all", and an arrow at the end or a verb to view.
    private static func isSeeAllLink(_ key: [UInt8]) -> Bool {
        guard key.count <= 50 else { return false }
        // › → (E2 80 BA, E2 86 92).
        let endsInArrow =
            key.count >= 3 && key[key.count - 3] == 0xE2
            && ((key[key.count - 2] == 0x80 && key[key.count - 1] == 0xBA)
                || (key[key.count - 2] == 0x86 && key[key.count - 1] == 0x92))
        // The arrow, "all" or a verb to view opens the words: most short lines are ruled out on the bytes.
        guard endsInArrow || Self.linkOpenings.opens(Self.afterLeadingMarks(key)) else { return false }
        let words = ReaderPrompts.wordsWithoutIcons(key)
        guard (1...5).contains(words.count), words.contains(where: Self.allWords.contains) else { return false }
        return endsInArrow || words.contains(where: PageChrome.isViewVerb)
    }

    private static let linkOpenings = OpeningIndex(
        PageWidgetCues.allWords.map { $0 + " " } + PageChromeCues.viewVerbs.map { $0 + " " }
    )

    private static let allWords = LineSet(PageWidgetCues.allWords)

    /// "Gesponsert von Therme Saalegrund", "Presented by …": a sponsor named over a box.
    static func isSponsorLine(_ key: Boilerplate.LineKey) -> Bool {
        if key.length <= 100 && Self.sponsorOpenings.opens(key.bytes) { return true }
        // A marker, then a dash or a colon, then the advertiser's words: "Contenu sponsorisé — Isolation …".
        guard key.length <= 250, let cut = Self.labelCut(key.bytes) else { return false }
        return Boilerplate.isMarker(key.bytes[..<cut])
    }

    /// Where a label ends within the first 40 bytes: before " — ", " – " or ":".
    private static func labelCut(_ key: [UInt8]) -> Int? {
        for index in 1..<min(key.count, 40) {
            if key[index] == UInt8(ascii: ":") { return index }
            if key[index] == 0xE2 && index + 2 < key.count && key[index + 1] == 0x80
                && (key[index + 2] == 0x93 || key[index + 2] == 0x94) && key[index - 1] == 0x20
            {
                return index - 1
            }
        }
        return nil
    }

    private static let sponsorOpenings = OpeningIndex(BoilerplateCues.sponsorOpenings)

    /// "Carburantes hoy · Gasolina 95: 1,619 EUR/l · Brent: 66,40 $", "Транспорт сейчас: трамвай № 3 —
    /// интервал 12 мин · автобус № 41 — задержка 7 мин", "prochain départ 14 h 10 · attente 15 min": a
    /// row of figures, parts set apart by `·` or `•`, three or more with two holding a number, or two
    /// both holding one. Prose sets no figures apart so; a topic list or a breadcrumb holds no number;
    /// a table's rows are set apart by `|` ("Harlow Tigers | 17 | 15 | 2"), and stay.
    private static func isDataRow(_ key: [UInt8]) -> Bool {
        // `·` (C2 B7) or `•` (E2 80 A2).
        let hasDot = key.indices.dropFirst().contains { index in
            (key[index - 1] == 0xC2 && key[index] == 0xB7)
                || (index >= 2 && key[index - 2] == 0xE2 && key[index - 1] == 0x80 && key[index] == 0xA2)
        }
        guard hasDot else { return false }
        let parts = Self.parts(key)
        let numeric = parts.count(where: { $0.utf8.contains(where: UTF8Bytes.isDigit) })
        return (parts.count >= 3 && numeric >= 2) || (parts.count == 2 && numeric == 2)
    }

    /// The parts of `key` between `|`, `·` and `•` (``Boilerplate/markedParts(of:)``) that hold more
    /// than spaces.
    private static func parts(_ key: [UInt8]) -> [Substring] {
        Boilerplate.markedParts(of: String(decoding: key, as: UTF8.self)).filter { !$0.trimmingSpaces().isEmpty }
    }

    // MARK: - Walls and galleries

    /// "You've hit your limit of 3 free stories this month", "Sie lesen gerade Ihren 4. von 5
    /// kostenlosen Artikeln in diesem Monat": two numbers, "free", a month and what is read (a
    /// museum's "gratuit pour les moins de 26 ans et le premier dimanche du mois" counts no articles).
    private static func isMeteredPaywall(_ words: [Substring]) -> Bool {
        guard words.count(where: { $0.utf8.contains(where: UTF8Bytes.isDigit) }) >= 1,
            words.contains(where: Self.freeStems.opens), words.contains(where: Self.monthStems.opens),
            words.contains(where: Self.readingStems.opens)
        else { return false }
        return words.contains { $0.utf8.allSatisfy(UTF8Bytes.isDigit) }
    }

    private static let readingStems = WordStems(PageWidgetCues.readingStems, words: PageWidgetCues.readingWords)

    private static let freeStems = WordStems(PageWidgetCues.freeStems)
    private static let monthStems = WordStems(PageWidgetCues.monthStems, words: PageWidgetCues.monthWords)

    /// "Keep reading with a free Tribune account", "Regístrate gratis para seguir leyendo", "Войдите,
    /// чтобы дочитать материал", "Pour lire les suivants, créez votre compte gratuit": an account (or
    /// registering, logging in) and reading on, offered to the reader: in the second person, with the
    /// account's word opening a sentence (an imperative), or in a few words.
    private static func isLoginWall(_ words: [Substring], _ key: [UInt8]) -> Bool {
        guard words.contains(where: Self.isAccountWord), words.contains(where: Self.readOnStems.opens) else {
            return false
        }
        // Reported speech is the story's ("Leer los viejos registros de la parroquia fue clave, explica
        // Salcedo: …" reads records, not an account).
        guard !words.contains(where: ReaderPrompts.isAttribution) else { return false }
        // Offered to the reader, or free in a wall's few words ("… войдите или зарегистрируйтесь — это
        // бесплатно"); a story's paragraph may call anything free ("So far 11 have signed on, receiving
        // free fencing to keep stock out of the plantings …").
        if words.contains(where: ReaderPrompts.isSecondPerson) { return true }
        if words.count <= Self.wallWordCount && words.contains(where: Self.freeStems.opens) { return true }
        // An imperative opens it, or one of its sentences: "Regístrate gratis …", "Keep reading for free —
        // create a … account", "… Pour lire les suivants, créez votre compte".
        return ReaderPrompts.sentenceOpeners(key).contains {
            Self.isAccountWord($0) || Self.readOnStems.opens($0)
        }
    }

    /// The most words a login wall that does not address the reader has.
    private static let wallWordCount = 20

    private static func isAccountWord(_ word: Substring) -> Bool {
        Self.accountStems.opens(word) || Self.accountWords.contains(word)
    }

    private static let accountStems = WordStems(PageWidgetCues.accountStems)
    private static let accountWords = LineSet(Set(PageWidgetCues.accountWords))
    private static let readOnStems = WordStems(PageWidgetCues.readOnStems)

    /// "Photo 1 of 4: Volunteers sort donated cans …", "Bild 1 von 9: …", "Фото 1/6. …", "Voir les 8 photos
    /// de la réouverture": a picture's place in a gallery opening the line, or a link to view a
    /// number of pictures.
    private static func isGalleryItem(_ words: [Substring]) -> Bool {
        guard words.count >= 2 else { return false }
        let isNumber = { (word: Substring) in word.utf8.allSatisfy(UTF8Bytes.isDigit) }
        if Self.galleryWords.contains(words[0]) && isNumber(words[1]) {
            // "Photo 1 of 4", "Фото 1/6" (the slash is no word: 1 and 6 follow each other).
            return words.count >= 4 && (Self.galleryOf.contains(words[2]) && isNumber(words[3]) || isNumber(words[2]))
        }
        // "View all 12 photos", "Voir les 8 photos …", "Alle 6 Bilder ansehen", "Усі 5 фото →": a number of
        // pictures, and a verb to view or "all".
        guard words.count <= 10, let number = words.prefix(4).firstIndex(where: isNumber), number + 1 < words.count,
            PageChrome.isMediaCountWord(words[number + 1])
        else { return false }
        return words.contains(where: PageChrome.isViewVerb) || Self.allWords.contains(words[0])
    }

    private static let galleryWords = LineSet(PageWidgetCues.galleryWords)
    /// What a gallery's line opens with: a picture's word, or a verb to view ("Voir les 8 photos").
    private static let galleryOpenings = OpeningIndex(
        PageWidgetCues.galleryWords.map { $0 + " " } + PageChromeCues.viewVerbs.map { $0 + " " }
            + PageWidgetCues.allWords.map { $0 + " " }
    )
    private static let galleryOf = LineSet(PageWidgetCues.galleryOf)

    /// The rules for a line that ends with no punctuation: a row of buttons, a login wall's "read on",
    /// a box ending in a call to action, a listings line.
    private static func endsInButtons(_ key: Boilerplate.LineKey) -> Bool {
        let bytes = key.bytes
        if key.length <= 80 && Self.buttonLabelOpenings.opens(bytes)
            && Self.labelCount(key.words[...]) >= 2
        {
            return true
        }
        if key.length <= 60 && bytes.count(where: { $0 == 0x20 }) <= 4 && Self.keepReadingOpenings.opens(bytes) {
            return true
        }
        return Self.endsWithCallToAction(bytes) || Self.isListingsLine(bytes)
    }

    private static func isAttributed(_ key: [UInt8]) -> Bool {
        ReaderPrompts.words(key).contains(where: ReaderPrompts.isAttribution)
    }

    // MARK: - Buttons

    /// How many labels of `labels` (words joined by single spaces; button labels by default) make up
    /// `words` exactly, longest label first at each word; 0 when some word belongs to none.
    static func labelCount(_ words: ArraySlice<Substring>, in labels: LineSet = Self.buttonLabels) -> Int {
        var index = words.startIndex
        var count = 0
        while index < words.endIndex {
            guard let length = Self.labelLength(words[index...], labels) else { return 0 }
            index += length
            count += 1
        }
        return count
    }

    /// The number of words of the longest label of `labels` that opens `words`.
    private static func labelLength(_ words: ArraySlice<Substring>, _ labels: LineSet) -> Int? {
        for length in stride(from: min(4, words.count), through: 1, by: -1) {
            let label = words.prefix(length).joined(separator: " ")
            if labels.contains(label) { return length }
        }
        return nil
    }

    /// The labels' first words, as openings compared on bytes: most lines open with none.
    private static let buttonLabelOpenings = OpeningIndex(
        PageWidgetCues.buttonLabels.map { String($0.prefix { $0 != " " && $0 != "," }) }
    )

    /// The labels as their words joined by single spaces (punctuation such as "ні, дякую"'s comma left
    /// out, as ``ReaderPrompts/words(_:)`` leaves it out of a line).
    static let buttonLabels = LineSet(
        Set(PageWidgetCues.buttonLabels.map { ReaderPrompts.words(Array($0.utf8)).joined(separator: " ") })
    )

    /// Whether the line is a box that ends in a call to action (``endsWithCallToAction(_:)``) even
    /// though it opens with a quotation mark: an outlet's name in quotation marks opens many a donation
    /// appeal («Нижегородский откос» существует на деньги читателей. … Поддержать), and speech ends in a
    /// full stop or an attribution, never in a bare button.
    static func isQuotedNameBox(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength, Self.endsWithoutPunctuation(key.bytes),
            Self.endsWithCallToAction(key.bytes)
        else { return false }
        return !Self.isAttributed(key.bytes)
    }

    /// Whether the line's last part, after a sentence or a separator, is a call to action of a few
    /// words ("… Learn more", "… Reserva ya en sevillapatios.es", "… Anmelden | Registrieren").
    private static func endsWithCallToAction(_ key: [UInt8]) -> Bool {
        guard let start = Self.lastPartStart(key) else { return false }
        var part = key[start...]
        // A button in brackets: "… dans votre boîte mail. [Je m'inscris]".
        if part.count > 2 && part.first == UInt8(ascii: "[") && part.last == UInt8(ascii: "]") {
            part = part.dropFirst().dropLast()
        }
        let opensWithCall = Self.callsToAction.opens(part)
        guard opensWithCall || Self.buttonLabelOpenings.opens(part) else { return false }
        let words = ReaderPrompts.words(Array(part))
        guard (1...6).contains(words.count) else { return false }
        return opensWithCall || Self.labelCount(words[...]) >= 1
    }

    private static let callsToAction = OpeningIndex(PageWidgetCues.callsToAction)

    /// Where the last part of the line starts: after the last ". ", "? ", "! ", "… ", " | ", " · ",
    /// " – " or " — "; nil when the line is one part.
    private static func lastPartStart(_ key: [UInt8]) -> Int? {
        var index = key.count - 1
        while index > 1 {
            if key[index] == 0x20 {
                let before = key[index - 1]
                if before == UInt8(ascii: ".") || before == UInt8(ascii: "?") || before == UInt8(ascii: "!") {
                    return index + 1
                }
                if before == 0x20 {
                    index -= 1
                    continue
                }
                // " | ", " · " (C2 B7), " – " " — " (E2 80 93, 94), "… " (E2 80 A6).
                if before == UInt8(ascii: "|") && key[index - 2] == 0x20 { return index + 1 }
                if index >= 3 && key[index - 2] == 0xC2 && before == 0xB7 { return index + 1 }
                if index >= 4 && key[index - 3] == 0xE2 && key[index - 2] == 0x80
                    && (before == 0x93 || before == 0x94 || before == 0xA6)
                {
                    return index + 1
                }
            }
            index -= 1
        }
        return nil
    }

    /// Whether the line ends with a unit's abbreviation of one or two letters and its full stop ("давление 742
    /// мм рт. ст."), which a widget's row may end with and a sentence's full stop is not.
    private static func endsWithUnitAbbreviation(_ key: [UInt8]) -> Bool {
        guard key.last == UInt8(ascii: "."), let space = key.lastIndex(of: 0x20) else { return false }
        let word = key[(space + 1)..<(key.count - 1)]
        let letters = word.count { $0 < 0x80 || $0 >= 0xC0 }
        return (1...2).contains(letters) && word.allSatisfy { $0 >= 0x80 || UTF8Bytes.isASCIILetter($0) }
    }

    /// Whether the line ends with no sentence's or quotation's mark: `.`, `!`, `?`, `…`, `:`, `"`, `)`,
    /// `”`, `»` (a button or a label ends bare).
    private static func endsWithoutPunctuation(_ key: [UInt8]) -> Bool {
        guard let last = key.last else { return false }
        if UTF8Bytes.isAny(last, of: ".!?:\")") { return false }
        // … ” (E2 80 A6, 9D); » (C2 BB).
        if key.count >= 3 && key[key.count - 3] == 0xE2 && key[key.count - 2] == 0x80 && (last == 0xA6 || last == 0x9D)
        {
            return false
        }
        return !(key.count >= 2 && key[key.count - 2] == 0xC2 && last == 0xBB)
    }

    private static let keepReadingOpenings = OpeningIndex(PageWidgetCues.keepReading)

    // MARK: - Notifications

    /// "Allow the Harbourside Gazette to send you breaking news notifications?", "Разрешите уведомления,
    /// … Не сейчас · Разрешить": notifications, allowing them, and the reader asked (the second person,
    /// a question, or the prompt's own buttons at the end). A story about an app's alerts reports them.
    private static func isNotificationPrompt(_ words: [Substring], _ key: [UInt8], length: Int) -> Bool {
        // "Le Petit Montagnard souhaite vous envoyer des notifications.": the reader, in a line or so.
        if length <= 160 && words.contains(where: ReaderPrompts.isSecondPerson) { return true }
        guard words.contains(where: Self.allowStems.opens) else { return false }
        if key.contains(UInt8(ascii: "?")) || words.contains(where: ReaderPrompts.isSecondPerson) { return true }
        // "Push-Nachrichten aktivieren und keine Eilmeldung mehr verpassen": the reader told what not to
        // miss, in a call's few words with no sentence's end ("Residents who miss the deadline can activate
        // text notifications later." is a story's).
        if length <= 120 && Self.endsWithoutPunctuation(key) && words.contains(where: Self.missStems.opens) {
            return true
        }
        guard let start = Self.lastPartStart(key) else { return false }
        return Self.labelCount(ReaderPrompts.words(Array(key[start...]))[...]) >= 1
    }

    private static let allowStems = WordStems(PageWidgetCues.allowStems)
    private static let missStems = WordStems(PageWidgetCues.missStems)

    // MARK: - Weather, markets, listings

    /// "Saltmarsh Bay 9°C Showers · Wind SW 28 mph", "Омск: −27 °C, ясно · ветер 4 м/с": a temperature
    /// (a digit, then `°`, a space between at most) among parts set apart by `·`, `|` or `•`. A story's
    /// temperature stands in a sentence.
    private static func isWeather(_ key: [UInt8]) -> Bool {
        let hasTemperature = key.withUnsafeBufferPointer { bytes in
            var index = 1
            while index + 1 < bytes.count {
                if bytes[index] == 0xC2 && bytes[index + 1] == 0xB0 {
                    let before = bytes[index - 1] == 0x20 && index >= 2 ? bytes[index - 2] : bytes[index - 1]
                    if UTF8Bytes.isDigit(before) { return true }
                }
                index += 1
            }
            return false
        }
        guard hasTemperature && (Self.endsWithoutPunctuation(key) || Self.endsWithUnitAbbreviation(key)),
            !Self.isDatedRow(key)
        else { return false }
        // Its parts set apart ("18 °C | Sonnig"), or, without separators, a forecast's heading ("Clima en
        // Bahía Norte: 27° - Parcialmente nublado") or the wind beside it ("Sion −3 °C Neige Vent 35 km/h"):
        // a subheading with a temperature ("Record heat: 41°C in Seville") has neither.
        return key.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) || Self.weatherHeadings.opens(key[...])
            || Self.windUnits.contains { unit in key.indices.contains { key[$0...].starts(with: unit) } }
    }

    /// "Ночь на 21 ноября: −3…−8 °C, снег, ветер 12–17 м/с", "Saturday: 4 °C, sleet": a row of the
    /// story's own forecast or figures, labelled by the day or the date it is about (a widget names a
    /// place or the weather).
    private static func isDatedRow(_ key: [UInt8]) -> Bool {
        guard let colon = key.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return false }
        return key[..<colon].split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: ",") }).contains { word in
            let text = String(decoding: word, as: UTF8.self)
            return DateVocabulary.months[text] != nil || DateVocabulary.weekdays.contains(text)
        }
    }

    private static let weatherHeadings = OpeningIndex(PageWidgetCues.weatherHeadings)
    private static let windUnits: [[UInt8]] = ["km/h", "mph", "м/с", "км/ч", "км/год"].map { Array($0.utf8) }

    /// "USD 41,52 ▲ | EUR 43,38 ▼", "Dow 46,602.98 ▲ 0.3%": two or more of the arrows a ticker prints
    /// (▲ E2 96 B2, ▼ E2 96 BC).
    private static func isTicker(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            var arrows = 0
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xE2 && bytes[index + 1] == 0x96
                    && (bytes[index + 2] == 0xB2 || bytes[index + 2] == 0xBC)
                {
                    arrows += 1
                }
                index += 1
            }
            // Two arrows, or one beside a row of figures ("… | Brent 64,80 $ | AOVE 3,95 €/kg ▼").
            return arrows >= 2
                || (arrows == 1 && Self.parts(key).count(where: { $0.utf8.contains(where: UTF8Bytes.isDigit) }) >= 2)
        }
    }

    /// "Дорожня ситуація: Київське шосе — ремонт, …", "Verkehr: A 95 …": a listings box's heading, a
    /// colon and its items, in a line that ends no sentence.
    private static func isListingsLine(_ key: [UInt8]) -> Bool {
        guard key.count <= 200, let colon = key.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return false }
        var label = key[..<colon]
        while label.last == 0x20 { label = label.dropLast() }
        // "Météo à Clelles : 8 °C, …": the heading may name its place.
        return Self.boxHeadings.contains(utf8: label) || Self.boxHeadingOpenings.opens(label)
    }

    private static let eventLabels = OpeningIndex(PageWidgetCues.eventLabels.map { $0 + ":" })

    private static let boxHeadingOpenings = OpeningIndex(PageWidgetCues.boxHeadings.map { $0 + " " })

    static let boxHeadings = LineSet(PageWidgetCues.boxHeadings)

    /// A listings box's heading: a known one, or one opening with it ("Agenda cultural", "АФІША НА
    /// ВИХІДНІ", "Termine in Ihrer Nähe").
    static func isBoxHeading(_ key: Boilerplate.LineKey) -> Bool {
        guard let bare = key.bare else { return false }
        return Self.boxHeadings.contains(bare) || (key.length <= 60 && Self.boxHeadingOpenings.opens(key.bytes))
    }

    /// A listings box's line: it opens with a day, a date or a time ("Mer. 20 h 30 · …", "31.01, 18:00 —
    /// …", "Fr, 11.04. | 19.30 Uhr | …", "Sat 3/8 · …") and sets its parts apart with `·`, `|` or a dash,
    /// and ends no sentence.
    static func isListing(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= 160, let first = key.bytes.first, key.bytes.last != UInt8(ascii: ".")
        else { return false }
        let separated =
            key.bytes.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator)
            || key.bytes.indices.dropFirst().contains { index in
                key.bytes[index - 1] == 0x20 && key.bytes[index] == 0xE2 && index + 2 < key.bytes.count
                    && key.bytes[index + 1] == 0x80 && (key.bytes[index + 2] == 0x93 || key.bytes[index + 2] == 0x94)
            }
        guard separated else { return false }
        // A date or a time ("31.01,", "11.04.", "3/8", "18:00"), not a rank or a route ("1 | …", "36X …").
        let opensWithDay: Bool
        if UTF8Bytes.isDigit(first) {
            let token = key.bytes.prefix { $0 != 0x20 }
            opensWithDay = token.contains {
                $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/")
            }
        } else {
            let opening = key.bytes.prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }
            opensWithDay = Self.listingDays.contains(utf8: opening)
        }
        // And what happens then, in words: a day's hours alone ("Samedi : 9 h – 20 h") are a timetable's
        // row, the story's.
        return opensWithDay && Self.hasEventWords(key.bytes)
    }

    /// Whether two words of three letters or more follow the line's first word.
    private static func hasEventWords(_ key: [UInt8]) -> Bool {
        var words = 0
        var letters = 0
        var first = true
        for byte in key {
            if byte == 0x20 {
                if letters >= 3 && !first { words += 1 }
                if words == 2 { return true }
                letters = 0
                first = false
            } else if UTF8Bytes.isASCIILetter(byte) || byte >= 0xC3 {
                // (A letter beyond ASCII is counted by its lead byte.)
                letters += 1
            }
        }
        return words + (letters >= 3 && !first ? 1 : 0) >= 2
    }

    private static let listingDays = LineSet(DateVocabulary.weekdays.union(PageWidgetCues.dayAbbreviations))

    // MARK: - Contact boxes, comments

    /// Whether the key holds an e-mail address: a word, `@`, a word, a dot.
    private static func hasEmailAddress(_ key: [UInt8]) -> Bool {
        guard let at = key.firstIndex(of: UInt8(ascii: "@")), at > 0, at + 1 < key.count,
            key[at - 1] != 0x20, key[at + 1] != 0x20
        else { return false }
        return key[(at + 1)...].prefix { $0 != 0x20 }.contains(UInt8(ascii: "."))
    }

    /// "Олег Ларионов, корреспондент · o.larionov@… · Telegram: @larionov_bk", "… Email her at
    /// aruiz@… or follow her on X": an address among parts set apart by separators, or after a
    /// sentence that opens with a word for writing or following.
    private static func isContactBox(_ key: [UInt8]) -> Bool {
        if key.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) { return true }
        return ReaderPrompts.sentenceOpeners(key).contains(where: Self.contactVerbs.opens)
    }

    private static let contactVerbs = WordStems([
        "email", "e-mail", "write", "contact", "reach", "follow", "schreib", "kontaktier", "folg", "écri",
        "contactez", "suiv", "escrib", "contact", "sigu", "пиш", "напиш", "связ", "зв'яж", "стеж",
        // "Send tips to newsroom@…".
        "send", "schick", "envoy", "envía", "envia", "присыл", "надсил",
    ])

    /// A reader comment's header: a user's name (one to three words) and, after ` · ` or `, `, the
    /// comment's age or time ("3 hours ago", "il y a 2 heures", "10:42"). Without a separator the name
    /// must be a user's, a handle or a first name and an initial ("Heinz_R. vor 5 Stunden", "Ann P. Nov 3"),
    /// and the rest an age or a day of a month.
    static func isCommentHeader(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= 60 else { return false }
        let bytes = key.bytes
        guard bytes.contains(where: UTF8Bytes.isDigit) else { return false }
        if Self.isNameSaysDate(bytes) { return true }
        guard let cut = Self.headerCut(bytes) else { return Self.isUnseparatedCommentHeader(bytes) }
        let nameBytes = bytes[..<cut.start]
        let name = ReaderPrompts.words(Array(nameBytes))
        let when = Array(bytes[cut.end...])
        guard (1...3).contains(name.count) else { return false }
        // A time alone follows a user's handle ("kirill88, 11:05", "Ольга_НН, 10:42") or an initial
        // ("Anna K., 10:42"); a place's name before a time is a live blog's or a dateline's.
        if Self.isClockTime(when) {
            let handle = nameBytes.contains { UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "_") }
            return handle || (name.count >= 2 && name.last?.count == 1)
        }
        // A reader's first name and initial over a date ("Oskar B. — Dec 2, 2025"); a byline names its
        // writer in full.
        if name.count >= 2, name.last?.count == 1, !Self.bylineWords.contains(name[0]),
            DateParsing.readDateLine(String(decoding: when, as: UTF8.self)).isDateOnly
        {
            return true
        }
        return Self.isAge(ReaderPrompts.words(when))
    }

    /// "Heike M. am 8. März 2025 um 19:12", "Maria T. says: March 13, 2026 at 7:14 am": a name of one to
    /// three words, the word that introduces what a reader wrote or when (``PageWidgetCues/commentConnectors``),
    /// and a date ("Von Anna Berg am 3. März 2025" is a byline).
    private static func isNameSaysDate(_ key: [UInt8]) -> Bool {
        // The second to fourth words, found on the bytes (most lines name no connector there, and are
        // never cut into words).
        var wordStart = 0
        var wordIndex = 0
        for index in 0...key.count where index == key.count || key[index] == 0x20 {
            defer {
                wordStart = index + 1
                wordIndex += 1
            }
            guard index > wordStart else { continue }
            let word = key[wordStart..<index]
            if wordIndex == 0 {
                if Self.bylineWords.contains(utf8: word) { return false }
                continue
            }
            guard wordIndex <= 3, index < key.count else { return false }
            if Self.commentConnectors.contains(utf8: word) {
                let reading = DateParsing.readDateLine(String(decoding: key[(index + 1)...], as: UTF8.self))
                if reading.isDateOnly && reading.date != nil { return true }
            }
        }
        return false
    }

    /// "5h", "35m", "2д", "3 hours ago", "vor 5 Stunden", "вчера в 21:14": a comment's age in words.
    private static func isAge(_ words: [Substring]) -> Bool {
        // "5h", "35m", "2д": an age in a number and a unit's letter.
        if words.count == 1, let unit = words[0].unicodeScalars.last, words[0].unicodeScalars.count <= 4,
            words[0].utf8.dropLast(String(unit).utf8.count).allSatisfy(UTF8Bytes.isDigit),
            "hmdчдгх".unicodeScalars.contains(unit)
        {
            return words[0].utf8.count > String(unit).utf8.count
        }
        return (2...5).contains(words.count) && words.contains { Self.agoWords.contains($0) }
            && words.contains { $0.utf8.allSatisfy(UTF8Bytes.isDigit) }
    }

    /// A comment's header with spaces only between the name and the age: the name a handle (a `_`, a
    /// digit or an inner dot: "Heinz_R.", "lisa.mmm") or a first name and an initial ("Ann P."), the rest
    /// an age or a month's name and a day ("Nov 3", "3 ноября"). A place before a date is a dateline's.
    private static func isUnseparatedCommentHeader(_ key: [UInt8]) -> Bool {
        let tokens = key.split(separator: 0x20)
        guard (2...7).contains(tokens.count) else { return false }
        for nameCount in 1...min(2, tokens.count - 1) {
            let name = tokens[..<nameCount]
            let isHandle =
                nameCount == 1
                && name[0].dropLast().contains {
                    UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                }
                && !name[0].allSatisfy { UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: ".") }
            let isInitialed = nameCount == 2 && name[1].count == 2 && name[1].last == UInt8(ascii: ".")
            guard isHandle || isInitialed else { continue }
            let when = Array(key[(name.last!.endIndex + 1)...])
            let words = ReaderPrompts.words(when)
            if Self.isAge(words) { return true }
            if words.count == 2, Self.isMonthAndDay(words[0], words[1]) || Self.isMonthAndDay(words[1], words[0]) {
                return true
            }
        }
        return false
    }

    /// A month's name (or its abbreviation) and a day of the month.
    private static func isMonthAndDay(_ month: Substring, _ day: Substring) -> Bool {
        guard (1...2).contains(day.utf8.count), day.utf8.allSatisfy(UTF8Bytes.isDigit) else { return false }
        return DateVocabulary.months[String(month)] != nil
    }

    private static let agoWords = LineSet(PageWidgetCues.agoWords)
    private static let commentConnectors = LineSet(PageWidgetCues.commentConnectors)
    /// The first words of bylines (``BoilerplateCues/bylineOpenings``), lower-case.
    private static let bylineWords = LineSet(
        Set(BoilerplateCues.bylineOpenings.compactMap { $0.lowercased().split(separator: " ").first.map(String.init) })
    )

    /// The first ` · `, ` – ` or ` — ` of the line, else its first `, `, as the range of the separator
    /// ("Ольга, 45 лет · вчера в 21:14" is cut at the dot).
    private static func headerCut(_ key: [UInt8]) -> (start: Int, end: Int)? {
        if let cut = Self.markCut(key) { return cut }
        for index in key.indices.dropLast(2) where key[index] == UInt8(ascii: ",") && key[index + 1] == 0x20 {
            return (index, index + 2)
        }
        return nil
    }

    private static func markCut(_ key: [UInt8]) -> (start: Int, end: Int)? {
        for index in key.indices.dropLast(2) {
            if key[index] == 0x20 && key[index + 1] == 0xC2 && index + 3 < key.count && key[index + 2] == 0xB7
                && key[index + 3] == 0x20
            {
                return (index, index + 4)
            }
            if key[index] == 0x20 && key[index + 1] == 0xE2 && index + 4 < key.count && key[index + 2] == 0x80
                && (key[index + 3] == 0x93 || key[index + 3] == 0x94) && key[index + 4] == 0x20
            {
                return (index, index + 5)
            }
        }
        return nil
    }

    /// "10:42", "9:05".
    private static func isClockTime(_ bytes: [UInt8]) -> Bool {
        guard (4...5).contains(bytes.count), bytes[bytes.count - 3] == UInt8(ascii: ":") else { return false }
        return bytes.indices.allSatisfy { $0 == bytes.count - 3 || UTF8Bytes.isDigit(bytes[$0]) }
    }

    /// A name and a newsroom job ("Тарас Мельник, кореспондент"): a byline without "By".
    static func isNameWithRole(_ text: String, _ key: Boilerplate.LineKey) -> Bool {
        // The job after the last comma, on the key's bytes, before the name is read.
        guard key.isWhole, key.length <= 80, let comma = key.bytes.lastIndex(of: UInt8(ascii: ",")),
            Self.roleWords.contains(utf8: key.bytes[(comma + 1)...].drop { $0 == 0x20 })
        else { return false }
        // (Lowercasing changes no comma, but may change other characters' lengths: the text's own last comma.)
        guard let textComma = text.utf8.lastIndex(of: UInt8(ascii: ",")) else { return false }
        let name = String(text[..<textComma])
        return Byline.author(name) == name
    }

    private static let roleWords = LineSet(PageWidgetCues.roleWords)
}

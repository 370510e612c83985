/// Lines that say where the piece, or this copy of it, came from, as a page, a print edition's copy, a
/// feed or an app gives them: "Published in The Karachi Ledger, March 4th, 2024" (the paper and the
/// day, nothing else), "Posted in City Hall · Tagged budget, libraries, schools" (a blog's section and
/// its tags), "The post … first appeared on Northgate Notes." (a blog's feed under each item), "Geteilt
/// über die Lauterbote-App" (an app's share sheet), "Exporté depuis Lirelater" (a read-later export),
/// "Forwarded from Evening Zarechinsk" (a messenger's forward). A story's sentence that opens the same
/// way goes on past a name ("Published in the journal Nature, the study found …"; "Posted in Kabul
/// since 2019, the envoy …"; "Shared with neighbours, the garden …"; "Forwarded from the council's
/// inbox, the letter …").
enum PublicationLines {
    /// The longest such line.
    static let maximumLength = 240

    static func isPublicationLine(_ key: Boilerplate.LineKey) -> Bool {
        // One lookup of the line's first bytes rules out nearly every line for every kind.
        guard key.length <= Self.maximumLength, Self.allOpenings.opens(key.bytes) else { return false }
        let bytes = key.bytes
        if let length = Self.feedPostOpenings.openingLength(bytes), bytes[length...].first == 0x20 {
            return Self.isFeedItemFooter(key.text)
        }
        if Self.shareOpenings.opens(bytes) { return Self.namesAnApp(bytes) }
        if Self.exportOpenings.opens(bytes) || Self.forwardOpenings.opens(bytes) { return Self.isShortLabel(bytes) }
        guard Self.publishedOpenings.opens(bytes) else { return false }
        // The paper, a comma, and a date that ends the line (no opening holds a comma).
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")) {
            let rest = String(decoding: bytes[(comma + 1)...], as: UTF8.self)
            if DateParsing.read(rest).isDateOnly { return true }
        }
        // A blog's post: its section, then its tags.
        return Self.postedOpenings.opens(bytes) && key.words.contains(where: Self.tagWords.contains)
    }

    /// "The Westmoor Gazette is part of Dunmore Regional Press.", "Der Lauterbote gehört zur Mediengruppe
    /// Rheinpfalz.": the outlet and the press or media group that owns it, names alone, as a footer gives
    /// them. A story's "Westmoor is part of Dunmore County" names no press or media group, and a story's
    /// sentence says more than two names.
    static func isOwnershipLine(_ key: Boilerplate.LineKey) -> Bool {
        // (Every ownership phrase holds an editorial verb, which the phrase search has looked for.)
        guard key.length <= 100, key.phrases & ReaderPromptCues.Found.editorialVerb != 0 else { return false }
        let bytes = key.bytes
        for phrase in Self.ownershipPhrases {
            guard let start = Self.offset(of: phrase, in: bytes) else { continue }
            let before = bytes[..<start].split(separator: 0x20).count
            let words = key.text.split(separator: " ")
            let phraseWords = phrase.split(separator: 0x20).count
            guard (1...6).contains(before), words.count > before + phraseWords, words.count - before - phraseWords <= 6
            else { return false }
            let owner = words[(before + phraseWords)...].map { $0.last == "." ? $0.dropLast() : $0 }
            let isName = { (word: Substring) in word.unicodeScalars.first?.properties.isUppercase ?? false }
            return words[..<before].allSatisfy(isName)
                && owner.allSatisfy { isName($0) || Self.nameConnectors.contains(String($0)) }
                && owner.contains { Self.mediaWords.opens($0.lowercased()[...]) }
        }
        return false
    }

    /// "Our consumer desk is funded in part by advertising", "Our climate reporting is supported by the
    /// Harbour Trust.": how the outlet pays for a desk or its reporting, a short line opening with "our", one
    /// to three words naming the desk or the work, "is" or "are" and a funding verb. A story says what its
    /// subject is funded by ("The museum is funded in part by the council").
    static func isFundingNote(_ key: Boilerplate.LineKey) -> Bool {
        // (Every funding verb is an editorial verb, which the phrase search has looked for.)
        guard key.length <= 160, key.phrases & ReaderPromptCues.Found.editorialVerb != 0,
            Self.fundingOwners.opens(key.bytes)
        else { return false }
        let words = key.words
        guard words.count >= 5, words.count <= 24 else { return false }
        for verb in 2...4 where verb + 1 < words.count && Self.isOrAre.contains(words[verb]) {
            return words[1..<verb].contains(where: Self.fundedWork.contains)
                && Self.fundingVerbs.contains(words[verb + 1])
        }
        return false
    }

    private static let fundingOwners = OpeningIndex(ReaderPromptCues.fundingOwners)
    private static let fundedWork = LineSet(Set(ReaderPromptCues.fundedWork))
    private static let fundingVerbs = LineSet(Set(ReaderPromptCues.fundingVerbs))
    private static let isOrAre = LineSet(Set(ReaderPromptCues.fundingCopulas))

    /// Where `needle` (which opens with a space) first stands in `haystack`: compared only at spaces
    /// followed by its second byte (the generic search costs thousands of instructions a call).
    private static func offset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count >= 2, haystack.count >= needle.count else { return nil }
        for at in 0...(haystack.count - needle.count)
        where haystack[at] == 0x20 && haystack[at + 1] == needle[1] && haystack[at...].starts(with: needle) {
            return at
        }
        return nil
    }

    /// "The post The post office that became a bakery first appeared on Northgate Notes.": after the opening,
    /// the item's title, then the feed's closing phrase (in lower case, as the feed writes it) and the
    /// site's name: capitalised, one to eight words, no day or month, the line's end. ("The post first
    /// appeared on the agenda in 1946 …" is a story's.)
    private static func isFeedItemFooter(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            for closing in Self.feedPostClosings {
                var from = 0
                while let start = UTF8Bytes.firstIndex(
                    of: closing[0],
                    in: UnsafeBufferPointer(rebasing: bytes[from...])
                ) {
                    let at = from + start
                    from = at + 1
                    guard at > 0, bytes[at - 1] == 0x20, bytes[at...].starts(with: closing) else { continue }
                    var name = bytes[(at + closing.count)...]
                    if name.last == UInt8(ascii: ".") { name = name.dropLast() }
                    guard let first = name.first, !name.contains(where: { Self.clauseMarks.contains($0) }) else {
                        return false
                    }
                    let (scalar, _) = UTF8Bytes.scalar(in: bytes, at: name.startIndex)
                    guard UTF8Bytes.isDigit(first) || scalar.properties.isUppercase else { return false }
                    let words = name.split(separator: 0x20)
                    // (A day is no site: "… first appeared on Tuesday in the minutes.")
                    let firstWord = String(decoding: words[0], as: UTF8.self).lowercased()
                    return words.count <= 8 && !DateVocabulary.weekdays.contains(firstWord)
                        && DateVocabulary.months[firstWord] == nil
                }
            }
            return false
        }
    }

    /// "Geteilt über die Lauterbote-App. Hol sie dir gratis: …", "Shared from the Courier app": a share
    /// sheet's line names the app it was sent from ("Shared with neighbours, the garden …" names none).
    private static func namesAnApp(_ bytes: [UInt8]) -> Bool {
        bytes.split(whereSeparator: { UTF8Bytes.isAny($0, of: " -.'") }).contains { word in
            Self.appWords.contains(utf8: word) || Self.appStems.contains { word.starts(with: $0) }
        }
    }

    /// "Exporté depuis Lirelater · votre liste de lecture hors ligne", "Clipped with Notekeep", "Переслано
    /// от: Вечерний Заречинск": an export's or a forward's label is a short line with no clause's mark
    /// ("Exported from Chile, the copper …" goes on).
    private static func isShortLabel(_ bytes: [UInt8]) -> Bool {
        bytes.count <= 100 && !bytes.contains(UInt8(ascii: ","))
            && bytes.last.map { !Self.clauseMarks.contains($0) } ?? false
    }

    /// Marks inside or at the end of a clause: a name or a label has none.
    private static let clauseMarks: [UInt8] = Array(",;.!?".utf8)

    private static let publishedOpenings = OpeningIndex(
        PublicationLineCues.publishedOpenings + PublicationLineCues.postedOpenings
    )
    private static let allOpenings = OpeningIndex(
        PublicationLineCues.publishedOpenings + PublicationLineCues.postedOpenings
            + PublicationLineCues.feedPostOpenings
            + PublicationLineCues.shareOpenings + PublicationLineCues.exportOpenings
            + PublicationLineCues.forwardOpenings
    )
    private static let forwardOpenings = OpeningIndex(PublicationLineCues.forwardOpenings)
    private static let feedPostOpenings = OpeningIndex(PublicationLineCues.feedPostOpenings)
    private static let feedPostClosings: [[UInt8]] = PublicationLineCues.feedPostClosings.map { Array($0.utf8) }
    private static let shareOpenings = OpeningIndex(PublicationLineCues.shareOpenings)
    private static let exportOpenings = OpeningIndex(PublicationLineCues.exportOpenings)
    private static let appWords = LineSet(Set(PublicationLineCues.appWords))
    private static let appStems: [[UInt8]] = PublicationLineCues.appStems.map { Array($0.utf8) }
    private static let postedOpenings = OpeningIndex(PublicationLineCues.postedOpenings)
    private static let tagWords = LineSet(Set(PublicationLineCues.tagWords))
    private static let ownershipPhrases: [[UInt8]] = PublicationLineCues.ownershipPhrases.map { Array($0.utf8) }
    private static let mediaWords = WordStems(PublicationLineCues.mediaStems)
    private static let nameConnectors = Set(PublicationLineCues.nameConnectors)
}

/// The words ``PublicationLines`` reads, lowercased as in a line's key.
enum PublicationLineCues {
    /// Between an outlet and its owner, with their spaces ("… is part of …", "… gehört zur …").
    static let ownershipPhrases: [String] = [
        " is part of ", " is a part of ", " ist teil der ", " ist teil von ", " gehört zur ", " gehört zum ",
        " fait partie du ", " fait partie de ", " forma parte del ", " forma parte de ", " входит в ",
        " входить до ",
    ]

    /// The small words a group's name may hold in lower case ("Groupe de la Presse", "Verlag der …").
    static let nameConnectors: [String] = ["of", "de", "der", "des", "la", "le", "del", "und", "and", "&"]

    /// What a press or media group's name holds (stems).
    static let mediaStems: [String] = [
        "press", "media", "group", "news", "publish", "newspaper", "communication", "verlag", "mediengrupp",
        "verlagsgrupp", "médias", "groupe", "presse", "grupo", "prensa", "comunicaci", "медиа", "медіа", "холдинг",
        "издат", "видав",
    ]

    /// "Published in", with its space: a paper or a section follows.
    static let publishedOpenings: [String] = [
        "published in ", "printed in ", "appeared in ", "erschienen in ", "veröffentlicht in ", "publié dans ",
        "paru dans ", "publicado en ", "publicada en ", "опубликовано в ", "опубліковано в ", "вышло в ",
    ]

    /// A blog's "Posted in" before its section.
    static let postedOpenings: [String] = [
        "posted in ", "filed in ", "gepostet in ", "abgelegt unter ", "publié dans la catégorie ",
        "publicado en la categoría ", "рубрика: ",
    ]

    /// What a blog's feed puts before an item's title in the line under it, as WordPress writes it in
    /// each language ("The post", "Der Beitrag", "L'article", "La entrada", "Сообщение", "Запис"); the
    /// title follows after a space (``OpeningIndex/openingLength(_:)`` ends an opening at a word's end).
    static let feedPostOpenings: [String] = [
        "the post", "der beitrag", "l'article", "la entrada", "la publicación", "сообщение", "запись", "запис",
    ]

    /// What follows the item's title there ("first appeared on", "erschien zuerst auf"), the site's name
    /// after it.
    static let feedPostClosings: [String] = [
        "first appeared on ", "appeared first on ", "erschien zuerst auf ", "est apparu en premier sur ",
        "apparaît en premier sur ", "se publicó primero en ", "apareció primero en ", "появились сначала на ",
        "появилось сначала на ", "впервые появилось на ", "спочатку з'явився на ", "вперше з'явився на ",
    ]

    /// A share sheet's opening: sent on from an app.
    static let shareOpenings: [String] = [
        "shared via ", "shared from ", "shared with ", "shared using ", "sent via ", "sent from ", "geteilt über ",
        "geteilt via ", "geteilt mit ", "geteilt aus ", "gesendet mit ", "gesendet von ", "partagé depuis ",
        "partagé via ", "partagé avec ", "partagé à partir ", "envoyé depuis ", "envoyé avec ", "compartido desde ",
        "compartido con ", "compartido vía ", "compartido a través ", "enviado desde ", "enviado con ",
        "отправлено из ", "отправлено через ", "отправлено с ", "поделились через ", "надіслано з ",
        "надіслано через ", "поширено через ", "поширено з ",
    ]

    /// Words that name an app, in a share sheet's line ("Lauterbote-App", "l'appli"), and stems of the
    /// Russian and Ukrainian words, which decline ("приложения", "застосунку").
    static let appWords: [String] = ["app", "apps", "appli", "application", "aplicación", "aplicacion"]
    static let appStems: [String] = ["приложени", "застосун", "додатк", "додаток"]

    /// A read-later app's or a clipper's label over or under what it saved.
    static let exportOpenings: [String] = [
        "exported from ", "exported with ", "exported by ", "clipped from ", "clipped with ", "saved with ",
        "saved from ", "exportiert aus ", "exportiert mit ", "gespeichert mit ", "exporté depuis ",
        "exporté avec ", "exporté de ", "enregistré avec ", "exportado desde ", "exportado con ",
        "guardado con ", "экспортировано из ", "экспортировано в ", "сохранено в ", "сохранено с помощью ",
        "експортовано з ", "збережено в ", "збережено за допомогою ",
    ]

    /// A messenger's label over a post sent on from a channel ("Forwarded from Evening Zarechinsk",
    /// "Переслано от: Вечерний Заречинск", "Переслано из канала «…»").
    static let forwardOpenings: [String] = [
        "forwarded from", "weitergeleitet von", "transféré de", "transféré depuis", "reenviado de", "reenviado desde",
        "переслано от", "переслано из", "переслано від", "переслано з",
    ]

    /// Tags after a blog post's section.
    static let tagWords: [String] = [
        "tagged", "tags", "schlagwörter", "verschlagwortet", "étiquettes", "étiqueté", "etiquetas", "etiquetado",
        "метки", "теги", "мітки",
    ]
}

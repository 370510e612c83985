/// Recognises what a scraper copies from a news page besides the story: the page's controls and
/// counters. Each rule is a line's shape and a word of its kind (``PageChromeCues``), never a phrase:
///
/// - a player or a reading time: a duration ("4:18", "6 min") beside a word for listening, watching or
///   reading, or a ▶;
/// - a counter: "Comments (14)", "31 comentarios";
/// - a topic list: "Topics: Libraries · Podcasts · Local history";
/// - a row of buttons: "Teilen · Merken · Drucken", "Gift this article";
/// - an embedded post's chrome: "— Name (@handle) March 3, 2025", "View this post on Instagram", the
///   post's text with its `pic.twitter.com` link;
/// - an app prompt ("Get the Gazette app …"), an AI summary's disclosure, a paywall's line;
/// - a live blog's time stamp standing alone ("17:25").
///
/// All read the line's lowercased key and only short lines: controls are a few words.
enum PageChrome {
    /// Longest line (UTF-8 bytes) read as a control.
    static let maximumLength = 250

    static func isChrome(_ key: Boilerplate.LineKey) -> Bool {
        // An embedded post's text, known by its picture link (the phrase search found it), may be as
        // long as the post; every other control is short.
        guard key.isWhole else { return false }
        let found = key.phrases
        if found & Found.embed != 0 { return true }
        guard key.length <= Self.maximumLength else { return false }
        let bytes = key.bytes
        // Each rule asks for a sign on the bytes before it cuts the line into words: a digit, a colon,
        // a bracketed handle, a cue the phrase search found. Most lines show none.
        if bytes.contains(where: Self.isDigit) {
            if Self.isTimeStamp(bytes) || (bytes.count <= 40 && Self.isCounter(ReaderPrompts.words(bytes))) {
                return true
            }
            if Self.isPlayerOrReadingTime(bytes) { return true }
        }
        if bytes.count <= 200 && Self.hasBracketedHandle(bytes) { return true }
        if let colon = bytes.prefix(41).firstIndex(of: UInt8(ascii: ":")), Self.isTopicList(bytes, colon: colon) {
            return true
        }
        if bytes.count <= 120 && Self.isButtonRow(bytes) { return true }
        // (A view prompt is a few words: "View this post on Instagram".)
        let mayBeViewPrompt = found & Found.network != 0 && bytes.count <= 100
        let mayBePrompt =
            mayBeViewPrompt || found & (Found.summary | Found.paywall) != 0 || Self.opensWithDownloadVerb(bytes)
        guard mayBePrompt else { return false }
        // The rest are sentences a story could quote or report: never a quoted or attributed line.
        let words = ReaderPrompts.words(bytes)
        guard !words.isEmpty, !Boilerplate.opensWithQuote(bytes), !words.contains(where: ReaderPrompts.isAttribution)
        else { return false }
        return (mayBeViewPrompt && Self.isViewPrompt(words)) || Self.isAppPrompt(words)
            || (found & Found.summary != 0 && Self.isMachineSummaryNote(words))
            || (found & Found.paywall != 0 && Self.isPaywallLine(words, length: key.length))
    }

    private typealias Found = ReaderPromptCues.Found

    // MARK: - Players, reading times, counters

    /// "Listen · 4:18 min", "6 min read", "▶ 1:12 Видео: …", "Artikel anhören (6 Min.)": a duration
    /// and a word for listening, watching or reading (or a ▶), in a line that is no long sentence. A
    /// duration or a cue in quotation marks is mentioned, not shown ("the "4 min read" labels").
    private static func isPlayerOrReadingTime(_ key: [UInt8]) -> Bool {
        guard Self.hasClockDuration(key) || Self.hasMinutes(key) else { return false }
        let shown = ReaderPrompts.withoutQuotations(key) ?? key
        let words = ReaderPrompts.words(shown)
        guard words.count <= 16, Self.hasClockDuration(shown) || Self.hasMinutes(words) else { return false }
        let named =
            Self.containsPlaySign(shown)
            || words.contains { Self.mediaWords.contains(String($0)) || Self.readingWords.contains(String($0)) }
        guard named else { return false }
        // A sentence about a clip ends in a full stop after a word; "… 4:12 Min." after the unit.
        guard let last = shown.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") else { return true }
        return words.last.map { Self.minuteWords.contains(String($0)) } ?? false
    }

    /// A clock duration: "4:18", "1:02:30".
    private static func hasClockDuration(_ key: [UInt8]) -> Bool {
        guard key.count >= 4 else { return false }
        for index in 1..<(key.count - 2) where key[index] == UInt8(ascii: ":") {
            if Self.isDigit(key[index - 1]) && Self.isDigit(key[index + 1]) && Self.isDigit(key[index + 2]) {
                return true
            }
        }
        return false
    }

    /// Whether a number is followed, after at most one space, by a word for minutes ("6 min", "3 хв"),
    /// on the bytes; ``hasMinutes(_:)-(_)`` then reads the words.
    private static func hasMinutes(_ key: [UInt8]) -> Bool {
        for index in key.indices.dropLast() where Self.isDigit(key[index]) && !Self.isDigit(key[index + 1]) {
            var next = index + 1
            if key[next] == 0x20 { next += 1 }
            let rest = key[next...]
            if Self.minuteWordBytes.contains(where: { rest.starts(with: $0) }) { return true }
        }
        return false
    }

    /// The first bytes of every ``PageChromeCues/minuteWords`` entry ("min" covers "minutes", "мин" "минут").
    private static let minuteWordBytes: [[UInt8]] = ["min", "мин", "хв"].map { Array($0.utf8) }

    /// A number of minutes: "6 min", "3 хв", "4 минуты".
    private static func hasMinutes(_ words: [Substring]) -> Bool {
        zip(words, words.dropFirst()).contains { number, unit in
            number.utf8.allSatisfy(Self.isDigit) && Self.minuteWords.contains(String(unit))
        }
    }

    private static func containsPlaySign(_ key: [UInt8]) -> Bool {
        key.indices.dropLast(2).contains { key[$0] == 0xE2 && key[$0 + 1] == 0x96 && key[$0 + 2] == 0xB6 }
    }

    /// "Comments (14)", "27 comments": a count and the word for comments, nothing else.
    private static func isCounter(_ words: [Substring]) -> Bool {
        guard words.count == 2 else { return false }
        let (first, second) = (words[0], words[1])
        if first.utf8.allSatisfy(Self.isDigit) { return Self.commentWords.contains(String(second)) }
        return second.utf8.allSatisfy(Self.isDigit) && Self.commentWords.contains(String(first))
    }

    /// "17:25", "9.40 Uhr": a time of day alone, a live blog's stamp over its entry.
    private static func isTimeStamp(_ key: [UInt8]) -> Bool {
        var time = key[...]
        for suffix in Self.timeSuffixes
        where time.count > suffix.count && time.suffix(suffix.count).elementsEqual(suffix) {
            time = time.dropLast(suffix.count)
            break
        }
        guard time.count == 4 || time.count == 5, Self.isDigit(time[time.startIndex]) else { return false }
        let separator = time[time.endIndex - 3]
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".") else { return false }
        return time.indices.allSatisfy { $0 == time.endIndex - 3 || Self.isDigit(time[$0]) }
    }

    private static let timeSuffixes: [[UInt8]] = [" uhr", " h", " год."].map { Array($0.utf8) }

    // MARK: - Lists and buttons

    /// "Topics: Libraries · Podcasts · Local history", "Теми: технології, безпека": a tag label, a colon,
    /// and two or more short names between separators.
    private static func isTopicList(_ key: [UInt8], colon: Int) -> Bool {
        guard key.last != UInt8(ascii: ".") else { return false }
        let label = String(decoding: key[..<colon], as: UTF8.self).trimmingSpaces()
        guard Self.tagLabels.contains(String(label)) else { return false }
        let items = Self.parts(of: key[(colon + 1)...], separators: Self.listSeparators)
        return items.count >= 2 && items.allSatisfy { (1...4).contains($0.split(separator: " ").count) }
    }

    /// "Teilen · Merken · Drucken", "Offrir cet article · Partager", "Share full article": each part a
    /// button's verb, with at most an object ("this article").
    private static func isButtonRow(_ key: [UInt8]) -> Bool {
        // A button's verb opens or closes the line ("Teilen · …", "Artikel verschenken").
        // (The last word is read only on a line of a few words: "Artikel verschenken".)
        let opensWithVerb = Self.buttonOpenings.opens(key)
        guard opensWithVerb || key.count { $0 == 0x20 } <= 3 else { return false }
        if !opensWithVerb {
            let last = key[(key.lastIndex(of: 0x20).map { $0 + 1 } ?? 0)...]
            guard Self.buttonVerbs.contains(String(decoding: last, as: UTF8.self)) else { return false }
        }
        let parts = Self.parts(of: key[...], separators: Self.buttonSeparators)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                let words = part.split(separator: " ")
                guard (1...4).contains(words.count), words.contains(where: { Self.buttonVerbs.contains(String($0)) })
                else { return false }
                return words.allSatisfy {
                    Self.buttonVerbs.contains(String($0)) || Self.buttonObjects.contains(String($0))
                }
            }
    }

    /// The non-empty parts of `bytes` between any of `separators`, trimmed.
    private static func parts(of bytes: ArraySlice<UInt8>, separators: [[UInt8]]) -> [Substring] {
        var parts: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        func cut(at end: Int) {
            let part = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
            if !part.isEmpty { parts.append(part) }
        }
        while index < bytes.endIndex {
            if let separator = separators.first(where: { bytes[index...].starts(with: $0) }) {
                cut(at: index)
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        cut(at: bytes.endIndex)
        return parts
    }

    private static let listSeparators: [[UInt8]] = [",", "·", "|", "•", ";", "/"].map { Array($0.utf8) }
    private static let buttonSeparators: [[UInt8]] = ["|", "·", "•"].map { Array($0.utf8) }

    // MARK: - Embedded posts

    /// "— Ashwell Rivers Trust (@AshwellRivers) January 16, 2025", "Ein Beitrag geteilt von … (@verein)":
    /// a handle in brackets, on a line that is no sentence. (A post's text is known by its picture
    /// link, `pic.twitter.com/…`, which the phrase search finds: ``ReaderPromptCues/embedLinks``.)
    private static func hasBracketedHandle(_ key: [UInt8]) -> Bool {
        guard key.last != UInt8(ascii: ".") else { return false }
        var open = 0
        while let found = key[open...].firstIndex(of: UInt8(ascii: "(")) {
            open = found + 1
            guard open < key.count, key[open] == UInt8(ascii: "@") else { continue }
            let handle = key[(open + 1)...].prefix(while: Self.isHandleByte)
            if !handle.isEmpty && handle.endIndex < key.endIndex && key[handle.endIndex] == UInt8(ascii: ")") {
                return true
            }
        }
        return false
    }

    /// "View this post on Instagram", "Dieses Video auf Instagram ansehen": a network and a verb of
    /// looking, in a few words.
    private static func isViewPrompt(_ words: [Substring]) -> Bool {
        words.count <= 8 && words.contains { ReaderPromptCues.networks.contains(String($0)) }
            && words.contains { Self.viewVerbs.contains(String($0)) }
    }

    // MARK: - Prompts and notes

    /// Whether the line's first word is an imperative to download ("Get", "Скачайте").
    private static func opensWithDownloadVerb(_ key: [UInt8]) -> Bool {
        Self.downloadOpenings.opens(key)
    }

    /// "Get the Gazette app …", "Скачайте приложение …": an imperative to download opens the line, and
    /// it names an app or a store.
    private static func isAppPrompt(_ words: [Substring]) -> Bool {
        guard let first = words.first, Self.downloadVerbs.contains(String(first)) else { return false }
        return words.dropFirst().contains { Self.appWords.contains(String($0)) }
    }

    /// "Summary generated by AI and reviewed by our editors.", "Пересказ подготовлен нейросетью": a
    /// summary and the machine that wrote it, in a line or two.
    private static func isMachineSummaryNote(_ words: [Substring]) -> Bool {
        guard words.count <= 30, words.contains(where: Self.summaryStems.opens) else { return false }
        return words.contains { Self.machineWords.contains(String($0)) || Self.machineStems.opens($0) }
    }

    /// "Article réservé aux abonnés", "Schon Abonnent? Zum Login", "Sie haben das Ende der kostenlosen
    /// Vorschau erreicht.": a subscription and a login or a reservation, or a preview's end told to the
    /// reader, in a short line.
    private static func isPaywallLine(_ words: [Substring], length: Int) -> Bool {
        guard length <= 120 else { return false }
        if words.contains(where: ReaderPrompts.namesSubscription) {
            return words.contains { Self.paywallWords.contains(String($0)) }
        }
        return words.contains { Self.previewWords.contains(String($0)) }
            && words.contains(where: ReaderPrompts.isReaderWord)
    }

    // MARK: - Words and bytes

    private static let mediaWords = LineSet(PageChromeCues.mediaWords)
    private static let readingWords = LineSet(PageChromeCues.readingWords)
    private static let minuteWords = LineSet(PageChromeCues.minuteWords)
    private static let commentWords = LineSet(PageChromeCues.commentWords)
    private static let tagLabels = LineSet(PageChromeCues.tagLabels)
    private static let buttonVerbs = LineSet(PageChromeCues.buttonVerbs)
    private static let buttonObjects = LineSet(PageChromeCues.buttonObjects)
    private static let viewVerbs = LineSet(PageChromeCues.viewVerbs)
    private static let downloadVerbs = LineSet(PageChromeCues.downloadVerbs)
    /// The verbs with the space after them, as line openings compared on bytes.
    private static let downloadOpenings = OpeningIndex(PageChromeCues.downloadVerbs.map { $0 + " " })
    private static let buttonOpenings = OpeningIndex(PageChromeCues.buttonVerbs.map { $0 + " " })
    private static let appWords = LineSet(PageChromeCues.appWords)
    private static let machineWords = LineSet(PageChromeCues.machineWords)
    private static let paywallWords = LineSet(PageChromeCues.paywallWords)
    private static let previewWords = LineSet(PageChromeCues.previewWords)
    private static let summaryStems = WordStems(PageChromeCues.summaryStems)
    private static let machineStems = WordStems(PageChromeCues.machineStems)

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Letters, digits and `_` (a handle's bytes; any non-ASCII byte counts, handles in other scripts).
    private static func isHandleByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || Self.isDigit(byte) || byte == UInt8(ascii: "_") || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }
}

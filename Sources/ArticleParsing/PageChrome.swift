// memchr
import Glibc

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
        if bytes.withUnsafeBufferPointer(WordwiseScan.containsDigit) {
            if Self.isTimeStamp(bytes) || (bytes.count <= 60 && Self.isCounter(bytes)) { return true }
            if Self.isPlayerOrReadingTime(bytes) || Self.endsWithDuration(bytes) { return true }
            // (Bytes, not letters: a Cyrillic counter takes twice the bytes of a Latin one.)
            if bytes.count <= 120 && Self.isCommentCount(bytes) { return true }
            if bytes.count <= 24 && Self.isMinutesAlone(bytes) { return true }
            if bytes.count <= 80 && Self.isDownloadLink(bytes) { return true }
            if bytes.count <= 200 && Self.endsWithMediaCount(bytes) { return true }
        }
        if bytes.count <= 100, let question = bytes.firstIndex(of: UInt8(ascii: "?")),
            Self.isFeedbackBox(bytes, question: question)
        {
            return true
        }
        if bytes.count <= 40 && Self.isAnswerRow(bytes) { return true }
        if bytes.count <= 200 && bytes.withUnsafeBufferPointer(Self.isArrowRow) { return true }
        if bytes.count <= 100 && Self.refreshOpenings.opens(bytes) { return true }
        if bytes.count <= 160 && Self.endsWithPodcastEverywhere(bytes) { return true }
        if Self.isPlatformCredit(bytes) { return true }
        if bytes.count <= 200 && Self.hasBracketedHandle(bytes) { return true }
        if let colon = bytes.prefix(41).firstIndex(of: UInt8(ascii: ":")), Self.isTopicList(bytes, colon: colon) {
            return true
        }
        if bytes.count <= 120 && found & Found.buttonVerb != 0 && Self.isButtonRow(bytes) { return true }
        if bytes.count <= 160 && Self.isMediaLabelLine(bytes) { return true }
        // (A view prompt is a few words: "View this post on Instagram", "Смотреть в VK Видео".)
        let mayBeViewPrompt =
            bytes.count <= 100 && (found & Found.network != 0 || Self.viewOpenings.opens(bytes))
        let opensWithWatchVerb = Self.watchOpenings.opens(bytes)
        let mayBePrompt =
            mayBeViewPrompt || found & (Found.summary | Found.paywall | Found.appStore) != 0
            || Self.opensWithDownloadVerb(bytes) || opensWithWatchVerb
        guard mayBePrompt else { return false }
        // The rest are sentences a story could quote or report: never a quoted or attributed line.
        let words = key.words
        guard !words.isEmpty, !Boilerplate.opensWithQuote(bytes), !words.contains(where: ReaderPrompts.isAttribution)
        else { return false }
        return (mayBeViewPrompt && Self.isViewPrompt(words)) || Self.isAppPrompt(words, bytes)
            || (opensWithWatchVerb && Self.namesOwnApp(words))
            || (found & Found.appStore != 0 && Self.isStorePrompt(words, length: key.length))
            || (found & Found.summary != 0 && Self.isMachineSummaryNote(words))
            || (found & Found.paywall != 0
                && Self.isPaywallLine(words, length: key.length, endsSentence: bytes.last == UInt8(ascii: ".")))
    }

    private typealias Found = ReaderPromptCues.Found

    /// "Retrouvez Radio Val d'Orgène sur toutes les plateformes de podcast", "New episodes every Friday,
    /// wherever you get your podcasts": a short line closed by where the outlet's podcast is heard, everywhere.
    /// A story that says so goes on past it ("…, disponible sur toutes les plateformes de podcast, compte …").
    private static func endsWithPodcastEverywhere(_ key: [UInt8]) -> Bool {
        var end = key.count
        while end > 0, key[end - 1] == UInt8(ascii: "!") || key[end - 1] == 0x20 { end -= 1 }
        // The last byte first: most lines end with another.
        guard end > 0, Self.podcastEverywhereLastBytes[Int(key[end - 1])] else { return false }
        let line = key[..<end]
        return Self.podcastEverywhere.contains { UTF8Bytes.endsWith(line, $0) }
    }

    /// "Results tracker ▸ 31/40 constituencies declared ▸ Open the seat map", "Actu ▸ Sciences ▸ Santé": parts
    /// set apart by two triangles or more (`▸`, `►`, a space on each side), a widget's or a menu's row; a story
    /// writes no such row. Its triangles' lead byte is looked for first (memchr): most lines have none. (Not
    /// ``UTF8Bytes/firstOffset(of:in:)`` with " ▸ ": memchr on its first byte, a space, stops at every word.)
    private static func isArrowRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var triangles = 0
        var from = 1
        while from + 4 < bytes.count, let found = memchr(base + from, 0xE2, bytes.count - 4 - from) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[at - 1] == 0x20, bytes[at + 1] == 0x96, bytes[at + 2] == 0xB8 || bytes[at + 2] == 0xBA,
                bytes[at + 3] == 0x20
            {
                triangles += 1
                if triangles == 2 { return true }
            }
            from = at + 1
        }
        return false
    }

    // MARK: - Players, reading times, counters

    /// "Listen · 4:18 min", "6 min read", "▶ 1:12 Видео: …", "Artikel anhören (6 Min.)": a duration
    /// and a word for listening, watching or reading (or a ▶), in a line that is no long sentence. A
    /// duration or a cue in quotation marks is mentioned, not shown ("the "4 min read" labels").
    private static func isPlayerOrReadingTime(_ key: [UInt8]) -> Bool {
        guard Self.hasClockDuration(key) || Self.hasMinutes(key) else { return false }
        let shown = ReaderPrompts.withoutQuotations(key) ?? key
        // (The words counted before each becomes a string: a story's sentence with "84 minutes" has more.)
        let ranges = ReaderPrompts.wordRanges(shown)
        guard ranges.count <= 16 else { return false }
        let words = ReaderPrompts.words(shown, ranges)
        guard Self.hasClockDuration(shown) || Self.hasMinutes(words) else { return false }
        let named =
            Self.containsPlaySign(shown)
            || words.contains { Self.mediaWords.contains($0) || Self.readingWords.contains($0) }
        guard named else { return false }
        // A sentence about a clip ends in a full stop after a word; "… 4:12 Min." after the unit.
        guard let last = shown.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") else { return true }
        return words.last.map { Self.minuteWords.contains($0) } ?? false
    }

    /// A clock duration: "4:18", "1:02:30". Its colons found with memchr: most lines have none.
    private static func hasClockDuration(_ key: [UInt8]) -> Bool {
        guard key.count >= 4 else { return false }
        return key.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress!
            var from = 1
            // A colon at 1…count-3, with a digit before it and two after it.
            while from <= bytes.count - 3, let found = memchr(base + from, 0x3A, bytes.count - 2 - from) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if UTF8Bytes.isDigit(base[index - 1]) && UTF8Bytes.isDigit(base[index + 1])
                    && UTF8Bytes.isDigit(base[index + 2])
                {
                    return true
                }
                from = index + 1
            }
            return false
        }
    }

    /// Whether a number is followed, after at most one space, by a word for minutes ("6 min", "3 хв"),
    /// on the bytes; ``hasMinutes(_:)-(_)`` then reads the words.
    private static func hasMinutes(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            var index = 0
            // From digit to digit, eight bytes a step between them: most of a line has none.
            while let digit = WordwiseScan.firstDigit(in: bytes, from: index), digit + 1 < bytes.count {
                index = digit + 1
                guard !UTF8Bytes.isDigit(bytes[digit + 1]) else { continue }
                var next = digit + 1
                // "6 min", "6-minute read".
                if bytes[next] == 0x20 || bytes[next] == UInt8(ascii: "-") { next += 1 }
                // Every minute word opens with `m` or with a Cyrillic lead byte (`м` D0 BC, `х` D1 85).
                guard next < bytes.count, bytes[next] == UInt8(ascii: "m") || bytes[next] &- 0xD0 < 2 else { continue }
                let rest = UnsafeBufferPointer(rebasing: bytes[next...])
                if Self.minuteWordBytes.contains(where: { rest.starts(with: $0) }) { return true }
            }
            return false
        }
    }

    /// The first bytes of every ``PageChromeCues/minuteWords`` entry ("min" covers "minutes", "мин" "минут").
    private static let minuteWordBytes: [[UInt8]] = ["min", "мин", "хв"].map { Array($0.utf8) }

    /// A number of minutes: "6 min", "3 хв", "4 минуты".
    private static func hasMinutes(_ words: [Substring]) -> Bool {
        zip(words, words.dropFirst()).contains { number, unit in
            number.utf8.allSatisfy(UTF8Bytes.isDigit) && Self.minuteWords.contains(unit)
        }
    }

    private static func containsPlaySign(_ key: [UInt8]) -> Bool {
        key.indices.dropLast(2).contains { key[$0] == 0xE2 && key[$0 + 1] == 0x96 && key[$0 + 2] == 0xB6 }
    }

    /// "Réagissez à cet article (3 commentaires)", "32 comentarios · Deja el tuyo": a number of comments
    /// and a few words of a prompt, in a line that ends no sentence ("The plan drew 340 comments." does).
    private static func isCommentCount(_ key: [UInt8]) -> Bool {
        guard let last = key.last, last != UInt8(ascii: "."), last != UInt8(ascii: "!") else { return false }
        // (The words as byte ranges, compared in place: no string is made for a line that is no counter.)
        let words = ReaderPrompts.wordRanges(key)
        guard (2...8).contains(words.count) else { return false }
        let isCount = { (word: Range<Int>) in key[word].allSatisfy(UTF8Bytes.isDigit) }
        let isCommentWord = { (word: Range<Int>) in Self.commentWords.contains(utf8: key[word]) }
        // "💬 Réagir à cet article (14)": a bracketed count at the end, and a word for comments.
        if key.last == UInt8(ascii: ")"), let count = words.last, isCount(count), words.contains(where: isCommentWord) {
            return true
        }
        // "3 commentaires", or the count after the word: "Reader comments (2)", "Читати коментарі (14)".
        return zip(words, words.dropFirst()).contains { first, second in
            (isCount(first) && isCommentWord(second)) || (isCount(second) && isCommentWord(first))
        }
    }

    /// "FOTOGALERÍA | Así son los nuevos refugios climáticos (6 fotos)": a gallery's or a playlist's
    /// title with its count of pictures or videos in brackets at the end of the line.
    private static func endsWithMediaCount(_ key: [UInt8]) -> Bool {
        guard key.last == UInt8(ascii: ")"), let open = key.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let inside = key[(open + 1)..<(key.count - 1)].split(separator: 0x20)
        guard inside.count == 2, inside[0].allSatisfy(UTF8Bytes.isDigit) else { return false }
        return Self.mediaCountWords.contains(utf8: inside[1])
    }

    /// "Was this story useful? 👍 Yes 👎 No", "War dieser Artikel hilfreich? Ja Nein": a question, then
    /// nothing but answer buttons (two answers at least, icons beside them, no punctuation: "Did it
    /// work? Yes." is an answer).
    private static func isFeedbackBox(_ key: [UInt8], question: Int) -> Bool {
        // The buttons' words, icons and separators ("|", "/", "·") left out: every one an answer's.
        let buttons = ReaderPrompts.wordsWithoutIcons(key[(question + 1)...])
        return PageWidgets.labelCount(buttons[...], in: Self.answerWords) >= 2
    }

    /// "Audio herunterladen (2,6 MB | MP3)", "Download the report (PDF, 1.2 MB)": a link to a file, known by
    /// the file's size in brackets, on a short line that is no sentence.
    private static func isDownloadLink(_ key: [UInt8]) -> Bool {
        guard key.last != UInt8(ascii: "."), let open = key.lastIndex(of: UInt8(ascii: "(")) else { return false }
        let inside = key[(open + 1)...].prefix { $0 != UInt8(ascii: ")") }
        let words = inside.split { $0 == 0x20 || $0 == UInt8(ascii: "|") }
        return zip(words, words.dropFirst()).contains { number, unit in
            UTF8Bytes.isDigit(number[number.startIndex])
                && number.allSatisfy { UTF8Bytes.isDigit($0) || $0 == 0x2C || $0 == 0x2E }
                && Self.fileSizeUnits.contains { unit.elementsEqual($0) }
        }
    }

    /// A widget's or the site's credit to its software ("Powered by AI voice. Report an issue", "Powered by
    /// Disqus", "Funciona con WordPress | Tema: NoticiasPro", "Modèle « Simple » — propulsé par Blogger",
    /// "Сайт создан на Tilda"): opening the line or a part of it after a spaced bar, dot or dash, in a short
    /// line with no sentence's full stop at the end ("Powered by solar panels, the plant opens in May." is
    /// a story's).
    private static func isPlatformCredit(_ key: [UInt8]) -> Bool {
        guard key.count <= 100, key.last != UInt8(ascii: ".") else { return false }
        if Self.platformCredits.opens(key) { return true }
        return key.withUnsafeBufferPointer { bytes in
            UTF8Bytes.contains(0x20, in: bytes) { bytes, space in
                guard space + 1 < bytes.count else { return false }
                let mark = UTF8Bytes.partSeparatorLength(bytes, at: space + 1)
                let length = mark > 0 ? mark : UTF8Bytes.dashLength(bytes, at: space + 1)
                let after = space + 1 + length
                guard length > 0, after + 1 < bytes.count, bytes[after] == 0x20 else { return false }
                return Self.platformCredits.opens(UnsafeBufferPointer(rebasing: bytes[(after + 1)...]))
            }
        }
    }

    private static let platformCredits = OpeningIndex(PageChromeCues.platformCredits)

    private static let fileSizeUnits: [[UInt8]] = ["kb", "mb", "gb", "кб", "мб", "гб", "ko", "mo", "go"].map {
        Array($0.utf8)
    }

    /// "Oui Non", "👍 Yes 👎 No", "Ja | Nein": a feedback box's answer buttons on a line of their own
    /// (its question on the line above, which ``BodySelection`` drops with them).
    static func isAnswerRow(_ key: [UInt8]) -> Bool {
        // An answer's first byte is a letter's (or an icon's): a line of digits or marks is ruled out.
        guard key.count <= 40, let last = key.last, last != UInt8(ascii: ".") else { return false }
        // The first answer on the bytes, past icons, brackets and spaces, before the words are cut.
        let first = PageWidgets.afterLeadingMarks(key).prefix { $0 != 0x20 }
        guard Self.answerOpenings.opens(first) else { return false }
        let words = ReaderPrompts.wordsWithoutIcons(key)
        return words.count <= 4 && PageWidgets.labelCount(words[...], in: Self.answerWords) >= 2
    }

    /// "Mit der ON-App sind Sie immer auf dem Laufenden – jetzt kostenlos im App Store und bei Google
    /// Play.": an app store named (the phrase search found it) to the reader in the second person, in
    /// a line or two. A story about an app names the stores without "you".
    private static func isStorePrompt(_ words: [Substring], length: Int) -> Bool {
        length <= 250 && words.contains { ReaderPrompts.isSecondPerson($0) || Self.ourWords.opens($0) }
    }

    private static let ourWords = WordStems(ReaderPromptCues.ourWords)

    /// Whether `word` (of a key) is a verb to view ("view", "voir", "ansehen", "смотреть").
    static func isViewVerb(_ word: Substring) -> Bool {
        Self.viewVerbs.contains(word)
    }

    /// Whether `word` (of a key) counts pictures or videos ("photos", "Bilder", "фото").
    static func isMediaCountWord(_ word: Substring) -> Bool {
        Self.mediaCountWords.contains(word)
    }

    /// "Comments (14)", "Join the conversation (8 comments)", "Photo 3 of 12", "💬 12", "👁 18,4K": a
    /// count, and besides it only icons and the words of what is counted, nothing else.
    private static func isCounter(_ key: [UInt8]) -> Bool {
        // A list's item is a story's ("• 1,400 subscribers" in a list of figures).
        guard !key.starts(with: Self.listBullet) else { return false }
        // Each space-separated token, brackets and colons around it left out, read in place: a number,
        // an icon, or a word that must be one of what is counted.
        var tokens = 0
        var numbers = 0
        var others = 0
        // (Token by token in place, from space to space: most lines fail at their first or second token.)
        var end = -1
        while end < key.count {
            let start = end + 1
            end = key[start...].firstIndex(of: 0x20) ?? key.count
            let raw = key[start..<end]
            guard let first = raw.firstIndex(where: { !Self.isTokenMark($0) }),
                let last = raw.lastIndex(where: { !Self.isTokenMark($0) })
            else { continue }
            let token = raw[first...last]
            tokens += 1
            guard tokens <= 7 else { return false }
            if UTF8Bytes.isDigit(token[first]) && token.allSatisfy({ UTF8Bytes.isDigit($0) || Self.isNumberMark($0) }) {
                numbers += 1
                continue
            }
            guard Self.isIcon(token) || Self.counterWords.contains(utf8: token) else { return false }
            others += 1
        }
        return numbers > 0 && others > 0
    }

    /// `•` and a space, opening a list's item.
    private static let listBullet: [UInt8] = Array("• ".utf8)

    /// What brackets a token: `( ) [ ] : , -` and a full stop (a lone `-` between a label and its count,
    /// "Diaporama - 3 photos", is no token at all).
    private static func isTokenMark(_ byte: UInt8) -> Bool { UTF8Bytes.isAny(byte, of: "()[]:,.-") }
    /// What may stand inside a count besides digits: "18,4k", "1.2k", "18,4к" (к: D0 BA).
    private static func isNumberMark(_ byte: UInt8) -> Bool {
        byte == 0xD0 || byte == 0xBA || UTF8Bytes.isAny(byte, of: ",.k")
    }

    /// A token of symbols only (▶, 💬, 👁, ●, 🔗): no ASCII letter or digit, no two-byte letter (Latin-1,
    /// Greek, Cyrillic), every scalar of three bytes or more.
    static func isIcon(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= 0xE2 || ($0 >= 0x80 && $0 < 0xC0) }
    }

    /// "Wie Ranger im Nationalpark arbeiten | 3:12", "Waves break over the promenade (0:41)": a video's or
    /// an episode's title with its length after a separator or in brackets, at the end of the line.
    private static func endsWithDuration(_ key: [UInt8]) -> Bool {
        guard key.count <= 160 else { return false }
        var end = key.count
        if key[end - 1] == UInt8(ascii: ")") { end -= 1 }
        // m:ss or h:mm:ss, then what stands before it.
        var start = end
        while start > 0 && (UTF8Bytes.isDigit(key[start - 1]) || key[start - 1] == UInt8(ascii: ":")) { start -= 1 }
        let clock = key[start..<end]
        guard clock.count >= 4, clock.filter({ $0 == UInt8(ascii: ":") }).count >= 1,
            clock.last.map(UTF8Bytes.isDigit) == true, clock.first.map(UTF8Bytes.isDigit) == true,
            clock[clock.endIndex - 3] == UInt8(ascii: ":")
        else { return false }
        let before = key[..<start].reversed().drop { $0 == 0x20 }
        guard let mark = before.first else { return false }
        if end < key.count { return mark == UInt8(ascii: "(") }
        // `|`, `·` (C2 B7), `–` `—` (E2 80 93, 94), `▶` (E2 96 B6).
        let marks = Array(before.prefix(3).reversed())
        let isDash = marks == [0xE2, 0x80, 0x93] || marks == [0xE2, 0x80, 0x94]
        guard mark == UInt8(ascii: "|") || marks.suffix(2) == [0xC2, 0xB7] || isDash || marks == [0xE2, 0x96, 0xB6]
        else { return false }
        // A time from a time is a span ("Понеділок — пʼятниця: 9:00–20:00"), no length; after a dash, a
        // label of one or two words gives a result ("Перша чверть — 18:22"): a clip's title is longer.
        if isDash {
            let label = before.dropFirst(3).drop(while: { $0 == 0x20 })
            if label.first.map(UTF8Bytes.isDigit) == true { return false }
            if label.count(where: { $0 == 0x20 }) <= 1 { return false }
        }
        // Under a label of its own a time is a row's figure ("Чоловіки: Андрій Ковальчук — 1:08:42"), unless
        // the label names the medium ("Video: Waves break over the promenade – 0:41").
        if let colon = key[..<start].prefix(40).firstIndex(of: UInt8(ascii: ":")), colon > 0 {
            return Self.mediaLabels.opens(PageWidgets.afterLeadingMarks(Array(key[...colon] + [0x20])))
        }
        return true
    }

    /// "5-6 minutes", "4 Min.", "⏱ 4 минуты": a reading time alone on its line, as reader views print it
    /// (a number or a range, and minutes), perhaps after an icon.
    private static func isMinutesAlone(_ key: [UInt8]) -> Bool {
        // An icon first (a clock, a book: three or four bytes from E2) and its space.
        var start = key.startIndex
        while start < key.count, key[start] >= 0xE2 || (start > 0 && key[start] == 0x20) {
            start += key[start] >= 0xF0 ? 4 : key[start] >= 0xE2 ? 3 : 1
        }
        guard start < key.count, let space = key[start...].firstIndex(of: 0x20), space > start,
            key[start..<space].allSatisfy({
                UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == 0xE2 || $0 == 0x80 || $0 == 0x93
            }),
            UTF8Bytes.isDigit(key[start])
        else { return false }
        var unit = key[(space + 1)...]
        if unit.last == UInt8(ascii: ".") { unit = unit.dropLast() }
        return Self.minuteWords.contains(utf8: unit)
    }

    /// "17:25", "9.40 Uhr": a time of day alone, a live blog's stamp over its entry.
    private static func isTimeStamp(_ key: [UInt8]) -> Bool {
        // A time and its longest suffix ("12.30 p.m.", "17:25 год.") take ten bytes.
        guard key.count <= 10 else { return false }
        var time = key[...]
        for suffix in Self.timeSuffixes
        where time.count > suffix.count && time.suffix(suffix.count).elementsEqual(suffix) {
            time = time.dropLast(suffix.count)
            break
        }
        guard time.count == 4 || time.count == 5, UTF8Bytes.isDigit(time[time.startIndex]) else { return false }
        let separator = time[time.endIndex - 3]
        // "17:25", "17.25", and the French "17h25".
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "h")
        else { return false }
        return time.indices.allSatisfy { $0 == time.endIndex - 3 || UTF8Bytes.isDigit(time[$0]) }
    }

    /// What may follow a stamp's time: a word for the hour, a zone a live blog names ("16.05 GMT"), the
    /// half of the day.
    private static let timeSuffixes: [[UInt8]] = [
        " uhr", " h", " год.", " gmt", " bst", " utc", " cet", " cest", " mez", " mesz", " msk", " eet", " eest",
        " est", " edt", " cst", " cdt", " mst", " mdt", " pst", " pdt", " am", " pm", " a.m.", " p.m.",
    ].map { Array($0.utf8) }

    // MARK: - Lists and buttons

    /// "Topics: Libraries · Podcasts · Local history", "Теми: технології, безпека": a tag label, a colon,
    /// and two or more short names between separators.
    private static func isTopicList(_ key: [UInt8], colon: Int) -> Bool {
        guard key.last != UInt8(ascii: ".") else { return false }
        let label = String(decoding: key[..<colon], as: UTF8.self).trimmingSpaces()
        guard Self.tagLabels.contains(label) else { return false }
        let items = Self.parts(of: key[(colon + 1)...], separators: Self.listSeparators)
        // (A table of contents lists subheadings, of a few more words: "Un chantier à 1,4 million d'euros".)
        return items.count >= 2 && items.allSatisfy { (1...8).contains(UTF8Bytes.spaceSeparated($0).count) }
    }

    /// "Teilen · Merken · Drucken", "Offrir cet article · Partager", "Share full article": each part a
    /// button's verb, with at most an object ("this article").
    private static func isButtonRow(_ key: [UInt8]) -> Bool {
        // A button's verb opens or closes the line ("Teilen · …", "Artikel verschenken").
        // (The last word is read only on a line of a few words: "Artikel verschenken".)
        // (On a line of a few words any word may be the verb: "Artikel vorlesen lassen".)
        let opensWithVerb = Self.buttonOpenings.opens(
            key.drop { $0 >= 0xE2 || $0 == 0x20 || ($0 >= 0x80 && $0 < 0xC0) }
        )
        guard opensWithVerb || key.count(where: { $0 == 0x20 }) <= 3 else { return false }
        if !opensWithVerb {
            guard
                key.split(separator: 0x20).contains(where: {
                    Self.buttonVerbs.contains(utf8: $0)
                })
            else { return false }
        }
        let parts = Boilerplate.markedParts(of: String(decoding: key, as: UTF8.self)).map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        return !parts.isEmpty
            && parts.allSatisfy { part in
                // Icons ("🔗", "▶") are not words.
                let words = UTF8Bytes.spaceSeparated(part).filter { !Self.isIcon($0.utf8) }
                guard (1...5).contains(words.count), words.contains(where: { Self.buttonVerbs.contains($0) })
                else { return false }
                return words.allSatisfy {
                    Self.buttonVerbs.contains($0) || Self.buttonObjects.contains($0)
                        || ReaderPrompts.isNetwork($0)
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

    /// "Відео: черги до цистерни …", "Video: Inside the booth": a media label before a title, on a line
    /// of its own that is no sentence (a video or a gallery set into the page).
    private static func isMediaLabelLine(_ key: [UInt8]) -> Bool {
        guard let last = key.last, last != UInt8(ascii: "."), last != UInt8(ascii: "?") else { return false }
        return Self.mediaLabels.opens(key)
    }

    private static let mediaLabels = OpeningIndex(PageChromeCues.mediaLabels.map { $0 + ": " })

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
        words.count <= 8 && words.contains(where: ReaderPrompts.isNetwork)
            && words.contains { Self.viewVerbs.contains($0) }
    }

    /// Whether the line marks an embedded post: its attribution ("— Name (@handle) date", "Publication de
    /// @handle sur Threads · 6 juin 2025"), a prompt to view it on its network, or its picture link.
    /// ``BodySelection`` drops the small block around such a line: the post's text, its channel, its
    /// counters.
    /// Whether the line is a video's or an episode's line: a player, or a title with its length.
    static func isMediaItem(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength, key.bytes.contains(where: UTF8Bytes.isDigit) else {
            return false
        }
        return Self.endsWithDuration(key.bytes) || Self.isPlayerOrReadingTime(key.bytes)
    }

    static func isEmbedMarker(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole else { return false }
        if key.phrases & Found.embed != 0 { return true }
        let bytes = key.bytes
        guard bytes.count <= 200 else { return false }
        if Self.hasBracketedHandle(bytes) { return true }
        // A handle, a network's name, or a verb of looking, before the words are read.
        guard bytes.contains(UInt8(ascii: "@")) || key.phrases & Found.network != 0 || Self.viewOpenings.opens(bytes)
        else { return false }
        let words = key.words
        // Networks that carry posts (not e-mail or print: "View this email in your browser" is a
        // newsletter's line, no post).
        guard words.contains(where: { Self.postNetworks.contains($0) }) else { return false }
        // "@handle" as a word of its own beside the network's name, or a view prompt.
        return words.contains(where: { $0.utf8.first == UInt8(ascii: "@") && $0.utf8.count > 1 })
            || Self.isViewPrompt(words)
    }

    // MARK: - Prompts and notes

    /// Whether the line's first word is an imperative to download ("Get", "Скачайте").
    /// (The verb may open the line's second sentence: "On the go? Get the … app".)
    private static func opensWithDownloadVerb(_ key: [UInt8]) -> Bool {
        if Self.downloadOpenings.opens(key) { return true }
        // (After a short question or a slogan's colon: "On the go? Get the … app", "Never miss a vote:
        // get the Tribune app".)
        guard let mark = key.prefix(80).firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ":") }),
            mark + 2 < key.count, key[mark + 1] == 0x20
        else { return false }
        return Self.downloadOpenings.opens(key[(mark + 2)...])
    }

    /// "Get the Gazette app …", "Скачайте приложение …": an imperative to download opens the line, and
    /// it names an app or a store.
    private static func isAppPrompt(_ words: [Substring], _ key: [UInt8]) -> Bool {
        if let verb = words.firstIndex(where: { Self.downloadVerbs.contains($0) }), verb <= 4,
            words[(verb + 1)...].contains(where: { Self.appWords.contains($0) })
        {
            return true
        }
        // The verb opening a later sentence: "Llévate el Diario en el bolsillo: descarga gratis nuestra app".
        return ReaderPrompts.sentenceOpeners(key).contains(where: { Self.downloadVerbs.contains($0) })
            && words.contains(where: { Self.appWords.contains($0) })
    }

    /// Whether `words` name the outlet's own app or the reader's: an app's word after "our" or "your" and at
    /// most two more words ("Stream WRDX 9 newscasts anytime with our free app", "Écoutez la radio sur notre
    /// application", "… en podcast sur votre application préférée"). A story's app is someone else's ("Fans
    /// can watch the match on the club's app").
    private static func namesOwnApp(_ words: [Substring]) -> Bool {
        words.indices.contains { index in
            Self.appWords.contains(words[index])
                && words[max(0, index - 3)..<index].contains(where: {
                    Self.ourWords.opens($0) || ReaderPrompts.isSecondPerson($0)
                })
        }
    }

    /// "Summary generated by AI and reviewed by our editors.", "Пересказ подготовлен нейросетью": a
    /// summary and the machine that wrote it, in a line or two.
    private static func isMachineSummaryNote(_ words: [Substring]) -> Bool {
        guard words.count <= 30, words.contains(where: Self.summaryStems.opens) else { return false }
        return words.contains { Self.machineWords.contains($0) || Self.machineStems.opens($0) }
    }

    /// "Article réservé aux abonnés", "Schon Abonnent? Zum Login", "Sie haben das Ende der kostenlosen
    /// Vorschau erreicht.": a subscription and a login or a reservation, or a preview's end told to the
    /// reader, in a short line.
    private static func isPaywallLine(_ words: [Substring], length: Int, endsSentence: Bool) -> Bool {
        guard length <= 200 else { return false }
        if words.contains(where: ReaderPrompts.namesSubscription) {
            // "Материал доступен только подписчикам": a label, short and without a full stop.
            if length <= 80 && !endsSentence && words.contains(where: { Self.onlyWords.contains($0) }) {
                return true
            }
            return words.contains { Self.paywallWords.contains($0) }
        }
        return words.contains { Self.previewWords.contains($0) }
            && words.contains(where: ReaderPrompts.isReaderWord)
    }

    // MARK: - Words and bytes

    private static let mediaWords = LineSet(PageChromeCues.mediaWords)
    private static let readingWords = LineSet(PageChromeCues.readingWords)
    private static let minuteWords = LineSet(PageChromeCues.minuteWords)
    private static let counterWords = LineSet(PageChromeCues.counterWords)
    private static let commentWords = LineSet(PageChromeCues.commentWords)
    private static let mediaCountWords = LineSet(PageChromeCues.mediaCountWords)
    private static let answerWords = LineSet(Set(PageWidgetCues.answerLabels))
    /// The answers' first words, compared on bytes: most short lines open with none.
    private static let answerOpenings = OpeningIndex(
        PageWidgetCues.answerLabels.map { String($0.prefix { $0 != " " }) }
    )
    private static let tagLabels = LineSet(PageChromeCues.tagLabels)
    private static let buttonVerbs = LineSet(PageChromeCues.buttonVerbs)
    private static let buttonObjects = LineSet(PageChromeCues.buttonObjects)
    private static let viewVerbs = LineSet(PageChromeCues.viewVerbs)
    private static let downloadVerbs = LineSet(PageChromeCues.downloadVerbs)
    /// The verbs with the space after them, as line openings compared on bytes.
    private static let downloadOpenings = OpeningIndex(PageChromeCues.downloadVerbs.map { $0 + " " })
    /// Imperatives to watch or listen, opening the line ("Stream …", "Écoutez …"): with the outlet's
    /// own app named, an app prompt.
    private static let watchOpenings = OpeningIndex(PageChromeCues.watchVerbs.map { $0 + " " })
    private static let refreshOpenings = OpeningIndex(PageChromeCues.refreshCalls)
    private static let podcastEverywhere = PageChromeCues.podcastEverywhere.map { Array($0.utf8) }
    private static let podcastEverywhereLastBytes: [Bool] = (0...255).map { byte in
        Self.podcastEverywhere.contains { $0.last == UInt8(byte) }
    }
    private static let buttonOpenings = OpeningIndex(PageChromeCues.buttonVerbs.map { $0 + " " })
    private static let viewOpenings = OpeningIndex(PageChromeCues.viewVerbs.map { $0 + " " })
    private static let appWords = LineSet(PageChromeCues.appWords)
    private static let machineWords = LineSet(PageChromeCues.machineWords)
    private static let paywallWords = LineSet(PageChromeCues.paywallWords)
    private static let previewWords = LineSet(PageChromeCues.previewWords)
    private static let onlyWords = LineSet(PageChromeCues.onlyWords)
    private static let postNetworks = LineSet(PageChromeCues.postNetworks)
    private static let summaryStems = WordStems(PageChromeCues.summaryStems)
    private static let machineStems = WordStems(PageChromeCues.machineStems)

    /// Letters, digits, `_` and `.` (a handle's bytes, "@wexleycouncil.bsky.social"; any non-ASCII
    /// byte counts, handles in other scripts).
    private static func isHandleByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || UTF8Bytes.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }
}

/// Tells boilerplate lines from article text, using the cue lists in ``BoilerplateCues``.
///
/// Each test looks at one normalized line. What depends on neighbours (the teaser block around an
/// "Other Topics of Interest" heading, a caption under an image) is decided in ``BodySelection``.
enum Boilerplate {
    /// One line's lowercased opening, built once and shared by every check on the line.
    ///
    /// Cues are matched on lowercased UTF-8 bytes of the line's opening only: article paragraphs are
    /// checked by the hundred, and this keeps each check to a few dozen byte comparisons.
    final class LineKey {
        /// The line's length in UTF-8 bytes.
        let length: Int
        /// The first 480 scalars lowercased (48 for a line over 480 bytes), `’`/`ʼ` as `'`, `ё` as `е`.
        let bytes: [UInt8]
        /// How many of ``bytes`` the first 48 scalars give.
        let headLength: Int
        /// Whether ``bytes`` hold the whole line.
        let isWhole: Bool
        /// The ``ReaderPromptCues/index`` categories found in a whole line (one search, shared by
        /// every check).
        let phrases: UInt64
        /// For a line of at most 160 bytes, the key without trailing marks (`.`, `:`, `»`, `…`), as the
        /// whole-line cue lists spell their entries.
        let bare: LineSet.Probe?
        /// The line itself, for the few checks that need its letters' case.
        let text: String
        /// The key's words (``ReaderPrompts/words(_:)``), cut once for every rule family that reads them.
        private(set) lazy var words: [Substring] = ReaderPrompts.words(self.bytes)
        /// ``Boilerplate/isBoilerplate(_:)``'s answer, once asked: the title's search, the body's selection
        /// and the box rules ask it of the same lines.
        fileprivate var isBoilerplateAnswer: Bool?

        init(_ text: String) {
            self.text = text
            self.length = text.utf8.count
            let limit = self.length <= 480 ? 480 : 48
            (self.bytes, self.headLength) = Boilerplate.keyBytes(text, limit: limit, mark: 48)
            self.isWhole = self.length <= 480
            self.phrases = self.isWhole ? ReaderPromptCues.index.categories(in: self.bytes[...]) : 0
            self.bare = self.length <= 160 ? Boilerplate.bareProbe(self.bytes) : nil
        }
    }

    /// Whether `text` is a marker, prompt, teaser line or footer, wherever it stands.
    static func isBoilerplate(_ text: String) -> Bool {
        Self.isBoilerplate(LineKey(text))
    }

    /// "Related news: …", "Mehr Fahrberichte: …", "Nos autres recettes de famille : …", "More from the
    /// Coastal Newsroom Exchange: …", "Nos abonnés ont aussi lu : …", "Следующая новость дайджеста: …": a
    /// label of two to six words offering more of the outlet's pieces (related, more, other, "our
    /// other"), what other readers also read or the next item, a colon, then a headline: capitalised,
    /// three words or more, no sentence's end ("Other measures: a curfew …", "More trouble: the port
    /// closed again." and "Next week: …" are a story's).
    static func isTeaserLabel(_ key: LineKey) -> Bool {
        // (Past a pointer before the label: "» More farm and ranch coverage: …".)
        let bytes = Self.afterPointer(key.bytes)
        // Most lines hold none of a label's words (the phrase search has looked for the rarer ones).
        let opensWithMore = Self.teaserLabelOpenings.opens(bytes)
        guard opensWithMore || key.phrases & ReaderPromptCues.Found.teaserLabelWord != 0 else { return false }
        let labelEnd = bytes.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: UInt8(ascii: ":"), in: $0, limit: 72) }
        guard let colon = labelEnd else { return false }
        let label = bytes[..<colon].split(separator: 0x20)
        guard (2...6).contains(label.count) else { return false }
        let offersMore =
            opensWithMore
            && (Self.moreWords.contains(utf8: label[0])
                || (Self.ourWords.contains(utf8: label[0]) && Self.otherWords.contains(utf8: label[1])))
        // The outlet's own series or site, named with "our", is no story's label: its headline may be
        // written in lower case ("Notre dossier : aéroports régionaux …", "Also from our health desk: the
        // truth about …").
        let offersOwnPages = Self.offersOurSeries(label) || Self.offersMoreOnOurSite(label)
        guard
            offersMore || offersOwnPages || Self.offersWhatOthersRead(label) || Self.offersNextItem(label)
                || Self.offersTrending(label)
                || Self.offersAlsoInOutlet(label, text: key.text),
            let last = bytes.last, !Self.sentenceEndBytes.contains(last)
        else { return false }
        let headline = bytes[(colon + 1)...].split(separator: 0x20)
        // "More farm and ranch coverage: courierdispatch.com/ranch": more of the outlet's pieces at an address.
        if offersMore && headline.count == 1 && Self.isWebAddress(headline[0]) { return true }
        guard headline.count >= 3 else { return false }
        if offersOwnPages { return true }
        // The headline's first letter as written (the key is lowercased, and its bytes may be fewer).
        return UTF8Bytes.withBytes(key.text) { text in
            guard let colon = UTF8Bytes.firstIndex(of: UInt8(ascii: ":"), in: text, limit: 96) else { return false }
            var index = colon + 1
            while index < text.count && (text[index] == 0x20 || text[index] == UInt8(ascii: "[")) { index += 1 }
            guard index < text.count else { return false }
            let (scalar, _) = UTF8Bytes.scalar(in: text, at: index)
            return scalar.properties.isUppercase || UTF8Bytes.isDigit(text[index])
        }
    }

    /// "Abmelden: https://elbauen-briefing.de/abmelden?u=7f3a91", "Unsubscribe: https://…": a whole-line
    /// cue as a label, and the address its link goes to.
    private static func isCueWithAddress(_ key: [UInt8]) -> Bool {
        // A colon and a space near the start, then one word: most lines are passed over on their bytes.
        guard
            let colon = key.withUnsafeBufferPointer({ UTF8Bytes.firstIndex(of: UInt8(ascii: ":"), in: $0, limit: 48) }),
            colon > 0, colon + 2 < key.count, key[colon + 1] == 0x20, !key[(colon + 2)...].contains(0x20)
        else { return false }
        return Self.isWebAddress(key[(colon + 2)...]) && Self.cueLines.contains(utf8: key[..<colon])
    }

    /// `key` past a leading pointer (`»`, `›`, `>`) and the space after it; `key` itself when it has none.
    private static func afterPointer(_ key: [UInt8]) -> [UInt8] {
        guard key.count > 4 else { return key }
        let start =
            switch key[0] {
            case UInt8(ascii: ">"): 1
            case 0xC2 where key[1] == 0xBB: 2
            case 0xE2 where key[1] == 0x80 && key[2] == 0xBA: 3
            default: 0
            }
        guard start > 0, key[start] == 0x20 else { return key }
        return Array(key[(start + 1)...])
    }

    /// A URL, or a domain with or without a path ("courierdispatch.com/ranch").
    private static func isWebAddress(_ word: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: word, as: UTF8.self)
        let domain = word.firstIndex(of: UInt8(ascii: "/")).map { String(decoding: word[..<$0], as: UTF8.self) } ?? text
        return TextShape.isBareURL(text) || TextShape.isBareDomain(domain)
    }

    /// "Nos abonnés ont aussi lu", "Unsere Leser lasen auch": a label ending in what others also read.
    private static func offersWhatOthersRead(_ label: [ArraySlice<UInt8>]) -> Bool {
        Self.alsoReadEndings.contains(utf8: Array(label[label.count - 2]) + [0x20] + label[label.count - 1])
    }

    /// A heading of two to six words (a colon after them or not) that ends in what others also read.
    private static func endsWithWhatOthersRead(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == UInt8(ascii: ":")) { end -= 1 }
        let words = bytes[..<end].split(separator: 0x20)
        return (2...6).contains(words.count) && Self.offersWhatOthersRead(words)
    }

    /// "Next item", "Следующая новость дайджеста": a word for "next" and one for an item ("Next week:" and
    /// "Next steps:" head a story's own lines).
    private static func offersNextItem(_ label: [ArraySlice<UInt8>]) -> Bool {
        label.contains { Self.nextWords.contains(utf8: $0) } && label.contains { Self.itemWords.contains(utf8: $0) }
    }

    /// "Also on our site", "Auch auf unserer Seite", "Aussi sur notre site": what else the outlet's own
    /// site holds, the site named with "our" ("Also on the agenda:" and "Also on Tuesday:" head a story's
    /// lines).
    private static func offersMoreOnOurSite(_ label: [ArraySlice<UInt8>]) -> Bool {
        guard Self.alsoWords.contains(utf8: label[0]) else { return false }
        return label.indices.dropFirst().contains { index in
            guard index + 1 < label.count, Self.siteOwnerWords.contains(utf8: label[index]) else { return false }
            // Or one of its desks, named by its beat ("Also from our health desk:").
            return Self.siteWords.contains(utf8: label[index + 1])
                || (index + 2 < label.count && Self.deskWords.contains(utf8: label[index + 2]))
        }
    }

    /// Whether `key` (a line's key) is two or three sentences, each a whole cue line once its closing
    /// marks are left out.
    private static func isRunOfCues(_ key: [UInt8]) -> Bool {
        // Where sentences end inside the line (". "): most short lines have no such end, and are done
        // with a memchr or two.
        var ends: [Int] = []
        var from = 0
        while from < key.count,
            let dot = key.withUnsafeBufferPointer({
                UTF8Bytes.firstIndex(of: UInt8(ascii: "."), in: UnsafeBufferPointer(rebasing: $0[from...]))
            })
        {
            let end = from + dot
            if end + 1 < key.count && key[end + 1] == 0x20 {
                ends.append(end)
                if ends.count > 2 { return false }
            }
            from = end + 1
        }
        guard !ends.isEmpty else { return false }
        var start = 0
        for end in ends + [key.count] {
            var sentence = key[start..<end]
            while let last = sentence.last, last == UInt8(ascii: ".") || last == 0x20 || last == UInt8(ascii: "!") {
                sentence = sentence.dropLast()
            }
            guard Self.cueLines.contains(utf8: sentence) else { return false }
            start = min(end + 2, key.count)
        }
        return true
    }

    /// "Also in the Courier", "Also on Sentinel", "Auch im Lauterboten", "Auch aus dem Gerichtssaal": what else
    /// the outlet (a name, capitalised in `text`, the line as written) carries. A story's "Also on Tuesday: …"
    /// names a day, and "Also on the agenda: …" no name.
    private static func offersAlsoInOutlet(_ label: [ArraySlice<UInt8>], text: String) -> Bool {
        guard label.count >= 3, Self.alsoWords.contains(utf8: label[0]),
            Self.placePrepositions.contains(utf8: label[1]) || Self.fromPrepositions.contains(utf8: label[1])
        else { return false }
        let nameStart = Self.alsoArticles.contains(utf8: label[2]) ? 3 : 2
        let nameLength = label.count - nameStart
        guard (1...3).contains(nameLength) else { return false }
        let first = String(decoding: label[nameStart], as: UTF8.self)
        guard DateVocabulary.months[first] == nil, !DateVocabulary.weekdays.contains(first),
            let colon = text.firstIndex(of: ":")
        else { return false }
        let written = text[..<colon].split(separator: " ").suffix(nameLength)
        return written.count == nameLength
            && written.allSatisfy { $0.unicodeScalars.first?.properties.isUppercase ?? false }
    }

    /// "Notre dossier", "Unsere Serie", "Наш спецпроект": the outlet's own series or special report, in
    /// two words.
    private static func offersOurSeries(_ label: [ArraySlice<UInt8>]) -> Bool {
        label.count == 2 && Self.seriesOwnerWords.contains(utf8: label[0]) && Self.seriesWords.contains(utf8: label[1])
    }

    /// "Trending on Harbourline", "Beliebt bei unseren Lesern", "Most popular this week": what is
    /// trending, where, among whom or when.
    private static func offersTrending(_ label: [ArraySlice<UInt8>]) -> Bool {
        let start = label[0].elementsEqual("most".utf8) ? 1 : 0
        guard start + 1 < label.count, Self.trendWords.contains(utf8: label[start]) else { return false }
        return Self.trendPlaces.contains(utf8: label[start + 1]) || Self.trendTimes.contains(utf8: label[start + 1])
    }

    /// Calls to follow a live report, after its marker ("EN DIRECTO | Sigue …").
    private static let liveFollowOpenings = OpeningIndex(BoilerplateCues.liveFollowOpenings)
    private static let seriesOwnerWords = LineSet(Set(BoilerplateCues.teaserLabelSeriesOwnerWords))
    private static let seriesWords = LineSet(Set(BoilerplateCues.teaserLabelSeriesWords))
    private static let alsoWords = LineSet(Set(BoilerplateCues.teaserLabelAlsoWords))
    private static let siteOwnerWords = LineSet(Set(BoilerplateCues.teaserLabelSiteOwnerWords))
    private static let siteWords = LineSet(Set(BoilerplateCues.teaserLabelSiteWords))
    private static let deskWords = LineSet(Set(BoilerplateCues.teaserLabelDeskWords))
    private static let trendWords = LineSet(Set(BoilerplateCues.teaserLabelTrendWords))
    private static let trendPlaces = LineSet(Set(BoilerplateCues.teaserLabelTrendPlaces))
    private static let trendTimes = LineSet(Set(BoilerplateCues.teaserLabelTrendTimes))
    private static let placePrepositions = LineSet(Set(BoilerplateCues.placePrepositions))
    private static let fromPrepositions = LineSet(Set(BoilerplateCues.teaserLabelFromPrepositions))
    private static let alsoArticles = LineSet(Set(BoilerplateCues.teaserLabelAlsoArticles))
    private static let alsoReadEndings = LineSet(Set(BoilerplateCues.teaserLabelAlsoReadEndings))
    private static let nextWords = LineSet(Set(BoilerplateCues.teaserLabelNextWords))
    private static let itemWords = LineSet(Set(BoilerplateCues.teaserLabelItemWords))
    private static let archiveWords = LineSet(Set(BoilerplateCues.archiveWords + BoilerplateCues.readerPhotoWords))
    private static let pictureSourceOpenings = OpeningIndex(BoilerplateCues.pictureSourceOpenings)
    private static let moreWords = LineSet(Set(BoilerplateCues.teaserLabelMoreWords))
    private static let ourWords = LineSet(Set(BoilerplateCues.teaserLabelOurWords))
    private static let otherWords = LineSet(Set(BoilerplateCues.teaserLabelOtherWords))
    /// The first words of a teaser label with their space: most lines open with none.
    private static let teaserLabelOpenings = OpeningIndex(
        (BoilerplateCues.teaserLabelMoreWords + BoilerplateCues.teaserLabelOurWords
            + BoilerplateCues.teaserLabelAlsoWords + BoilerplateCues.teaserLabelSeriesOwnerWords).map { $0 + " " }
    )
    private static let sentenceEndBytes: [UInt8] = Array(".!?".utf8)

    private static let weakTeaserHeadings = LineSet(Set(BoilerplateCues.weakTeaserHeadings))
    private static let recommendWords = LineSet(Set(BoilerplateCues.recommendWords))

    /// The icon that leads a line, followed by a space ("🎟️ Tickets for our next home game …", "→ Réserver
    /// mes billets", "🎧 À écouter : notre podcast …"): a pictograph (U+1F300–U+1FAFF, the symbols and
    /// dingbats of U+2600–U+27BF but the stars a rating is drawn with) or a pointing arrow (U+2190–U+21FF,
    /// `▶`, `►`), with its emoji variation selector; nil when the line opens otherwise. On the line's
    /// bytes: most lines open with an ASCII letter or a two-byte letter and are ruled out by their first byte.
    static func leadingIcon(_ bytes: some Collection<UInt8>) -> Unicode.Scalar? {
        guard let first = bytes.first, first == 0xE2 || first == 0xF0 else { return nil }
        let line = Array(bytes.prefix(12))
        return line.withUnsafeBufferPointer { line in
            let (scalar, length) = UTF8Bytes.scalar(in: line, at: 0)
            guard Self.isLeadingIcon(scalar) else { return nil }
            var next = length
            // U+FE0F (EF B8 8F) asks for the emoji's picture: part of the icon.
            if next + 3 <= line.count && line[next] == 0xEF && line[next + 1] == 0xB8 && line[next + 2] == 0x8F {
                next += 3
            }
            return next < line.count && line[next] == 0x20 ? scalar : nil
        }
    }

    private static func isLeadingIcon(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2605, 0x2606: false
        case 0x1F300...0x1FAFF, 0x2600...0x27BF, 0x2190...0x21FF, 0x25B6, 0x25BA: true
        default: false
        }
    }

    /// A line led by an icon (``leadingIcon(_:)``) and short: a page's promotion, button or player
    /// ("🛍 Ya a la venta la camiseta conmemorativa …", "🚌 Plan your trip around the closure → Open Trip
    /// Planner"). A story's paragraph opens with a word or a quotation mark; one that a channel's post
    /// opens with an icon runs on for sentences ("🚢 Паромная переправа … закрыта …. Последний рейс …").
    static func isIconLedLine(_ key: LineKey) -> Bool {
        key.length <= Self.iconLedLineLength && Self.leadingIcon(key.bytes) != nil
    }

    static let iconLedLineLength = 200

    /// A name with an icon after it and nothing else ("Приозерськ Онлайн 🇺🇦", "Транспорт Северогорска 🚇"):
    /// a channel's or a page's name as a post or a widget shows it, one to four words from a capital, no
    /// sentence. No paragraph of the held-out batches ends with a pictograph or a flag.
    static func isNameWithTrailingIcon(_ key: LineKey) -> Bool {
        guard key.length <= 60, let start = Self.trailingIconStart(key.bytes), start >= 2,
            key.bytes[start - 1] == 0x20
        else { return false }
        let name = key.bytes[..<(start - 1)]
        guard let last = name.last, !Self.sentenceEndBytes.contains(last), last != UInt8(ascii: ":"),
            (1...4).contains(name.split(separator: 0x20).count)
        else { return false }
        // The name as written opens with a capital (its key is lowercased).
        guard let first = key.text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Where the pictograph or flag that ends `key` starts (an emoji's variation selector after it allowed);
    /// nil when the line ends otherwise. Rating stars are no such icon.
    private static func trailingIconStart(_ key: [UInt8]) -> Int? {
        var end = key.count
        // U+FE0F (EF B8 8F).
        if end >= 3 && key[end - 3] == 0xEF && key[end - 2] == 0xB8 && key[end - 1] == 0x8F { end -= 3 }
        if end >= 8 && key[end - 8] == 0xF0 && key[end - 7] == 0x9F && key[end - 6] == 0x87 && key[end - 4] == 0xF0
            && key[end - 3] == 0x9F && key[end - 2] == 0x87
        {
            return end - 8  // a flag: two regional indicators (U+1F1E6–U+1F1FF: F0 9F 87 A6–BF)
        }
        if end >= 4 && key[end - 4] == 0xF0 && key[end - 3] == 0x9F { return end - 4 }  // U+1F000–U+1FFFF
        // U+2600–U+27BF (E2 98 80 – E2 9E BF), but the stars U+2605, U+2606 (E2 98 85, E2 98 86).
        if end >= 3 && key[end - 3] == 0xE2 && (0x98...0x9E).contains(key[end - 2])
            && !(key[end - 2] == 0x98 && (key[end - 1] == 0x85 || key[end - 1] == 0x86))
        {
            return end - 3
        }
        return nil
    }

    /// A wire desk's initials at a story's end ("jmo/alr/mcm", "mb/fr/ld"): two or more groups of two to
    /// four lower-case letters between slashes, and nothing else.
    static func isDeskInitials(_ text: String) -> Bool {
        guard (5...40).contains(text.utf8.count) else { return false }
        var groups = 0
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "/") {
                guard (2...4).contains(length) else { return false }
                groups += 1
                length = 0
            } else {
                guard byte &- UInt8(ascii: "a") < 26 else { return false }
                length += 1
            }
        }
        return (2...4).contains(length) && groups >= 1
    }

    /// Five digits in a row at least: a register's number ("no. 1123456", "SC012345").
    static func hasRegistrationNumber(_ key: [UInt8]) -> Bool {
        var run = 0
        for byte in key {
            run = UTF8Bytes.isDigit(byte) ? run + 1 : 0
            if run >= 5 { return true }
        }
        return false
    }

    /// ``isBoilerplate(_:)`` of a line's key, its answer kept on the key.
    static func isBoilerplate(_ key: LineKey) -> Bool {
        if let answer = key.isBoilerplateAnswer { return answer }
        let answer = Self.classifiesAsBoilerplate(key)
        key.isBoilerplateAnswer = answer
        return answer
    }

    /// ``isBoilerplate(_:)``'s rules, asked once a line.
    private static func classifiesAsBoilerplate(_ key: LineKey) -> Bool {
        // Markers, prompts and notices are never quoted: a line opening with a quotation mark is speech,
        // unless it ends in a box's button.
        guard key.length <= 1_600 else { return false }
        if key.length <= 80 && PageWidgets.isBackLink(key.bytes) { return true }
        if key.length <= 200 && key.phrases & ReaderPromptCues.Found.postNavigation != 0
            && PageWidgets.isPostNavigation(key.bytes)
        {
            return true
        }
        if key.length <= 300 && Self.isTeaserLabel(key) { return true }
        if FullStoryPointer.isPointer(key) { return true }
        if PublicationLines.isPublicationLine(key) || PublicationLines.isOwnershipLine(key)
            || PublicationLines.isFundingNote(key)
        {
            return true
        }
        if key.length <= 40 && Self.isDeskInitials(key.text) { return true }
        if Self.isNameWithTrailingIcon(key) { return true }
        if key.length <= 100, let last = key.bytes.last, UTF8Bytes.isDigit(last), Self.isMastheadWithIssue(key.bytes) {
            return true
        }
        if key.length <= 80 && Self.isSiteNameWithTagline(key.bytes) { return true }
        if key.length <= 160 && Self.offersNamedNewsletter(key.bytes) { return true }
        // A link to the outlet's standards page: a short line of three words or more, no sentence ("How we
        // report: Tallyline editorial standards"; "The paper's editorial standards were questioned." is a
        // story's, and "Editorial standards" alone may be its subheading).
        if key.length <= 80, key.phrases & ReaderPromptCues.Found.standards != 0, let last = key.bytes.last,
            !Self.sentenceEndBytes.contains(last), key.words.count >= 3
        {
            return true
        }
        // "Subscribe to: Posts (Atom)", "S'abonner aux billets (Atom)": a link to the blog's feed.
        if key.length <= 80
            && (UTF8Bytes.endsWith(key.bytes, Self.atomMark) || UTF8Bytes.endsWith(key.bytes, Self.rssMark))
        {
            return true
        }
        if key.isWhole
            && (WidgetMarks.endsWithArrowButton(key.bytes) || WidgetMarks.isProfileCard(key.bytes)
                || WidgetMarks.isShortenedCountLine(key.bytes)
                || WidgetMarks.isPollQuestion(key.bytes) || WidgetMarks.hasPromoCode(key))
        {
            return true
        }
        if ReaderPrompts.isBuyButton(key) { return true }
        if key.length <= WireCopy.maximumLength && WireCopy.isMark(key) { return true }
        if key.length <= 120 && PageFurniture.isFurniture(key.bytes) { return true }
        // A charity's or a company's registration with its number, as a footer gives it; a story names a
        // "registered charity" without the number.
        if key.length <= 240 && key.phrases & ReaderPromptCues.Found.registration != 0
            && Self.hasRegistrationNumber(key.bytes)
        {
            return true
        }
        if Self.opensWithQuote(key.bytes) { return PageWidgets.isQuotedNameBox(key) }
        if key.length <= 300 && Self.isCueWithAddress(key.bytes) { return true }
        if let bare = key.bare {
            if Self.cueLines.contains(bare) || Self.teaserHeadings.contains(bare) { return true }
            // Cues in sentences of their own, one after the other: "This is a developing story. Check back for
            // updates."
            if key.length <= 160, Self.isRunOfCues(key.bytes) { return true }
            // A marker and its note set apart by a spaced dash: "Publicité – la suite de l'article après
            // cette annonce", "ADVERTISEMENT - SCROLL TO CONTINUE" (a dash's bytes first: most lines have none).
            if key.length <= 160, key.bytes.withUnsafeBufferPointer({ Self.spacedDashEnd($0) != nil }),
                let (marker, note) = Self.dashedParts(bare.text),
                Self.cueLines.contains(marker) && Self.cueLines.contains(note)
            {
                return true
            }
            // Markers run together on one line: "Advertisement · Scroll to continue" (`|`, `·` C2 B7, `•` E2 80 A2).
            if key.bytes.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) {
                let marked = Self.markedParts(of: bare.text)
                // A newsletter's or a paper's masthead with its issue ("THE SKYWATCH LETTER | Issue 112").
                if marked.contains(where: Self.isIssueNumber) { return true }
                // Icons and dashes around a part ("● Live", "— Advertiser content · scroll on for more —") are
                // no part of its words.
                let parts = marked.map { part in
                    var words = part.trimmingSpaces().drop { !$0.isLetter && !$0.isNumber }
                    while let last = words.last, !last.isLetter && !last.isNumber && !")”».".contains(last) {
                        words = words.dropLast()
                    }
                    return words.trimmingSpaces()
                }
                // A live blog's label beside its last update ("Live · updated 7 minutes ago") too, and
                // a sponsor's name beside its marker ("Sponsored · Presented by …").
                // A marker over the outlet's invitation too ("EN DIRECT | Suivez notre édition spéciale …").
                // "RELATED | Skerrabra replacement “at least three years away”, council admits": a teaser
                // heading, its separator and a headline; "EN DIRECTO | Sigue la rúa …": a live marker and
                // a call to follow.
                if parts.count == 2, parts[1].split(separator: " ").count >= 3,
                    Self.teaserHeadings.contains(parts[0])
                        || (Self.cueLines.contains(parts[0]) && Self.liveFollowOpenings.opens(parts[1].utf8))
                {
                    return true
                }
                // A newsletter's name beside what it is: "THE PLOT THICKENS · a weekly letter from Plot 14 …".
                if parts.count == 2, parts[0].utf8.count <= 60, Self.describesNewsletter(parts[1]) { return true }
                if parts.count >= 2, parts.contains(where: { Self.cueLines.contains($0) }),
                    parts.indices.allSatisfy({ index in
                        let part = parts[index]
                        return Self.cueLines.contains(part) || DateParsing.readDateLine(String(part)).isDateOnly
                            || Self.sponsorOpenings.opens(part.utf8)
                            || (index > 0 && Self.cueLines.contains(parts[0]) && ReaderPrompts.invitesToFollow(part))
                    })
                {
                    return true
                }
            }
        }
        if key.length <= 300 && key.phrases & ReaderPromptCues.Found.itemMark != 0
            && ItemRows.isMarkedRow(key.bytes)
        {
            return true
        }
        if key.length <= 200 && Self.isWireSignOff(key.bytes) { return true }
        if key.length <= SourceCredits.maximumLength && SourceCredits.isCredit(key) { return true }
        // Readers' rating in stars: "Avis des lecteurs : ★★★☆☆ 3,6/5 (27 votes)". Three stars in a row (the
        // phrase search found them) on a short line with a figure, an average or a count of votes; a
        // critic's verdict ("★★★★☆" under a review's headline) is the review's, and has no figure.
        if key.length <= 120 && key.phrases & ReaderPromptCues.Found.stars != 0
            && key.bytes.contains(where: UTF8Bytes.isDigit)
        {
            return true
        }
        if key.length <= 300 && Self.opensWithSponsorMarker(key.bytes) { return true }
        if key.length <= 100 && Self.sponsorLabels.opens(key.bytes) { return true }
        if ReaderPrompts.isContactLine(key) { return true }
        if key.length <= 200,
            key.phrases & ReaderPromptCues.Found.pointer != 0
                || key.bytes.withUnsafeBufferPointer({ UTF8Bytes.firstIndex(of: UInt8(ascii: ">"), in: $0) != nil }),
            ItemRows.isTrail(key.bytes)
        {
            return true
        }
        if key.length <= 480,
            key.bytes.withUnsafeBufferPointer({ UTF8Bytes.firstIndex(of: UInt8(ascii: "/"), in: $0) != nil }),
            Self.isTeaserRow(key)
        {
            return true
        }
        if key.length <= 80, let button = Self.beforeQuotedName(key.bytes), Self.cueLines.contains(utf8: button) {
            return true
        }
        if key.length <= 100 && Self.isMarkerWithUpdate(key.bytes) { return true }
        if AdMarkerNotes.isMarkerWithNote(key) { return true }
        // A marker with the age rating Russian and Ukrainian law puts on it ("Реклама 16+", "Anzeige 18+").
        if key.length <= 40, let marker = Self.beforeAgeRating(key.bytes), Self.cueLines.contains(utf8: marker) {
            return true
        }
        if key.length <= 300 && Self.isRussianAdLabel(key.bytes) { return true }
        // Prompts and teaser lines are a sentence or two; a long paragraph that opens with the same words
        // ("Abonnez-vous tôt, payez moins : le slogan …") is article text.
        // (Past leading ">" marks: ">> Lire également : …".)
        let head = key.bytes[..<key.headLength].drop { $0 == UInt8(ascii: ">") || $0 == 0x20 }
        if key.length <= 280, let first = head.first,
            key.phrases & ReaderPromptCues.Found.prefixCue != 0 || Self.shortCueBuckets[Int(first)],
            case let opening = head.withUnsafeBufferPointer(OpeningIndex.head),
            Self.prefixCues[Int(first)].contains(where: { cue in
                opening & cue.headMask == cue.head && Self.hasCue(head, cue)
                    && (!cue.needsEvidence
                        || ReaderPrompts.addressesReader(key.bytes[(head.startIndex + cue.bytes.count)...]))
            }),
            // Reported speech is the story's: "Lea también el informe técnico, añadió, quien quiera …" (an
            // attribution set apart by commas; a headline after a cue may end "…, regulator warns").
            !Self.hasInsertedAttribution(key)
        {
            return true
        }
        // "WQTR-TV 9 © 2024 Tidewater Broadcast Partners LLC": the sign and a year inside a short line.
        if key.length <= 160 && Self.hasSignedYear(key.bytes) { return true }
        // "18+": an age rating alone, as Russian and Ukrainian pages print one over the story.
        if key.length <= 3 && Self.isAgeRating(key.bytes) { return true }
        // "(c) Meridian Wire 2025": a copyright sign spelled out, with a year (a list item "(c)" has none).
        if key.length <= 100, key.bytes.starts(with: Array("(c) ".utf8)), Self.hasYear(key.bytes) { return true }
        // "Copyright (C) 2026 The Carrow Falls Dispatch. …", "Copyright 2025 KVRN-TV": the word, perhaps the
        // sign, then the year ("Copyright lawyers say the 2026 ruling …" is a sentence).
        if key.length <= 200, key.bytes.starts(with: Self.copyrightWord) {
            var rest = key.bytes[Self.copyrightWord.count...]
            for sign in Self.copyrightSigns where rest.starts(with: sign) { rest = rest.dropFirst(sign.count) }
            if rest.count >= 4, rest.prefix(4).allSatisfy(UTF8Bytes.isDigit) { return true }
        }
        // Copyright and provenance notices are short lines.
        if key.length <= 320 && key.phrases & ReaderPromptCues.Found.notice != 0 { return true }
        return ReaderPrompts.isPrompt(key) || PageChrome.isChrome(key) || PageWidgets.isWidget(key)
    }

    /// "● EN DIRECT Mis à jour il y a 4 minutes", "LIVE Updated 10:42 GMT": a marker of one to three
    /// words (a cue line) and its last update, with no separator between them (``isBoilerplate(_:)``
    /// reads the separated kind part by part).
    static func isMarkerWithUpdate(_ key: [UInt8]) -> Bool {
        guard key.contains(where: UTF8Bytes.isDigit) else { return false }
        // Past leading icons and spaces, the marker's one to three words, compared on the bytes.
        let start = PageWidgets.afterLeadingMarks(key).startIndex
        var end = start
        for _ in 1...3 {
            guard let space = key[end...].firstIndex(of: 0x20) else { return false }
            if Self.cueLines.contains(utf8: key[start..<space]) {
                let rest = String(decoding: key[(space + 1)...], as: UTF8.self)
                return DateParsing.readDateLine(rest).isDateOnly
            }
            end = space + 1
        }
        return false
    }

    /// A wire service's sign-off: "Reporting by Hannah Okello; Editing by Mark Deverell", two or more
    /// credits set apart by semicolons, each opening with a desk's job ("Reporting by ProPublica found …"
    /// is a story's sentence: it names one).
    static func isWireSignOff(_ key: [UInt8]) -> Bool {
        guard Self.wireCredits.opens(key) else { return false }
        let credits = key.split(separator: UInt8(ascii: ";")).map { $0.drop { $0 == 0x20 } }
        return credits.count >= 2 && credits.allSatisfy { Self.wireCredits.opens($0) }
    }

    private static let wireCredits = OpeningIndex(BoilerplateCues.wireCredits)

    /// Whether the line is a donation button, alone or naming the outlet ("Jetzt spenden", "Підтримати
    /// «Поділля-Інфо»").
    static func isDonationButton(_ key: LineKey) -> Bool {
        guard key.length <= 80 else { return false }
        if let bare = key.bare, Self.donationButtons.contains(bare) { return true }
        return Self.beforeQuotedName(key.bytes).map { Self.donationButtons.contains(utf8: $0) } ?? false
    }

    private static let donationButtons = LineSet(BoilerplateCues.donationButtons)

    /// The words before a name in quotation marks that ends `key` ("підтримати" of "підтримати
    /// «поділля-інфо»": a button to support the outlet by its name); nil without one.
    static func beforeQuotedName(_ key: [UInt8]) -> ArraySlice<UInt8>? {
        // `»` (C2 BB) or `”` (E2 80 9D) last; `«` (C2 AB) or `“` (E2 80 9C) before the name.
        let opening: [UInt8]
        if key.count >= 6 && key[key.count - 2] == 0xC2 && key.last == 0xBB {
            opening = [0xC2, 0xAB]
        } else if key.count >= 8 && key[key.count - 3] == 0xE2 && key[key.count - 2] == 0x80 && key.last == 0x9D {
            opening = [0xE2, 0x80, 0x9C]
        } else {
            return nil
        }
        guard let start = key.indices.last(where: { key[$0...].starts(with: opening) }), start >= 2,
            key[start - 1] == 0x20
        else { return nil }
        return key[..<(start - 1)]
    }

    /// "Реклама. ООО «Турмаркет Север», ИНН 3525123456", "Реклама: ИП Петров, erid: 2VtzqwXyz": the label
    /// Russian law puts on an ad, naming the advertiser by its taxpayer number (ИНН) or the ad by its
    /// registry token (erid). A story about advertising names no ИНН after "Реклама.".
    static func isRussianAdLabel(_ key: [UInt8]) -> Bool {
        guard key.starts(with: Self.russianAdWord), key.count > Self.russianAdWord.count,
            key[Self.russianAdWord.count] == UInt8(ascii: ".") || key[Self.russianAdWord.count] == UInt8(ascii: ":")
        else { return false }
        let rest = key[(Self.russianAdWord.count + 1)...]
        return Self.russianAdIdentifiers.contains { identifier in
            rest.indices.contains {
                rest[$0...].starts(with: identifier) && ($0 == rest.startIndex || rest[$0 - 1] == 0x20)
            }
        }
    }

    private static let russianAdWord = Array("реклама".utf8)
    private static let russianAdIdentifiers = [Array("инн ".utf8), Array("инн:".utf8), Array("erid".utf8)]

    /// The words before an age rating that ends `key` ("реклама" of "реклама 16+"); nil without one.
    static func beforeAgeRating(_ key: [UInt8]) -> ArraySlice<UInt8>? {
        guard key.count >= 5, key.last == UInt8(ascii: "+") else { return nil }
        var start = key.count - 1
        while start > 0 && UTF8Bytes.isDigit(key[start - 1]) { start -= 1 }
        guard (1...2).contains(key.count - 1 - start), start >= 2, key[start - 1] == 0x20 else { return nil }
        return key[..<(start - 1)]
    }

    /// Whether `bytes` (of a key) are a whole marker line's words ("contenu sponsorisé", "anzeige").
    static func isMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        Self.cueLines.contains(utf8: bytes)
    }

    /// `"`, `'`, `“`, `‘`, `„`, `«`, `‹` at the start of a key, opening speech: not a name in quotation
    /// marks that the line goes on after («Нижегородский откос» существует на деньги читателей …).
    static func opensWithQuote(_ key: [UInt8]) -> Bool {
        guard let first = key.first else { return false }
        let isMark: Bool
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            isMark = true
        } else {
            // `«` (C2 AB), or `“` `‘` `„` `‹` (E2 80 9C, 98, 9E, B9): on the bytes, as most lines that
            // open with a multi-byte character open with a letter.
            if first == 0xC2 {
                isMark = key.count > 1 && key[1] == 0xAB
            } else if first == 0xE2 {
                isMark = key.count > 2 && key[1] == 0x80 && [0x9C, 0x98, 0x9E, 0xB9].contains(key[2])
            } else {
                return false
            }
        }
        return isMark && !Self.opensWithQuotedName(key)
    }

    /// A name of at most four words in quotation marks, with no mark of speech inside (`.`, `,`, `!`, `?`,
    /// `…`), then a space and the line going on: an outlet's or a work's name («Приморский вестник»
    /// работает …), where speech closes on its punctuation («Поддержите нас», — сказал он).
    private static func opensWithQuotedName(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            // On the bytes: past the opening mark, to the first closing one (`"`, `”` `“` `›` E2 80 9D, 9C,
            // BA, `»` C2 BB) within 80 bytes.
            var index = bytes[0] < 0x80 ? 1 : (bytes[0] >= 0xE0 ? 3 : 2)
            var spaces = 0
            let limit = min(bytes.count, 80)
            while index < limit {
                let byte = bytes[index]
                var closing = 0
                if byte == UInt8(ascii: "\"") {
                    closing = 1
                } else if byte == 0xC2 && index + 1 < limit && bytes[index + 1] == 0xBB {
                    closing = 2
                } else if byte == 0xE2 && index + 2 < limit && bytes[index + 1] == 0x80 {
                    switch bytes[index + 2] {
                    case 0x9D, 0x9C, 0xBA: closing = 3
                    // `…` inside: speech.
                    case 0xA6: return false
                    default: break
                    }
                }
                if closing > 0 {
                    // A name of one to four words, then a space and the line going on.
                    let after = index + closing
                    return index > 1 && spaces <= 3 && after + 1 < bytes.count && bytes[after] == 0x20
                }
                if byte == 0x20 { spaces += 1 }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!")
                    || byte == UInt8(ascii: "?")
                {
                    return false
                }
                index += 1
            }
            return false
        }
    }

    /// How sure a teaser heading is: a fixed heading ("Most read") stands for a teaser block even
    /// when nothing follows it; one recognised by its opening ("More on …") only when teasers follow,
    /// since a subheading may open the same way ("More on the budget").
    enum TeaserHeading {
        /// Always a teaser block's heading.
        case fixed
        /// One when teasers follow it.
        case opening
        /// Words that head a story's own facts as often ("Más información"): one only over a block of
        /// two headlines or more under it, in its block.
        case weak
    }

    /// Whether the line heads a block of teasers ("Other Topics of Interest", "Most read").
    static func isTeaserHeading(_ key: LineKey) -> Bool {
        Self.teaserHeading(key) != nil
    }

    static func teaserHeading(_ key: LineKey) -> TeaserHeading? {
        guard let bare = key.bare else { return nil }
        if Self.teaserHeadings.contains(bare) { return .fixed }
        if key.phrases & ReaderPromptCues.Found.weakTeaserHeading != 0 && Self.weakTeaserHeadings.contains(bare) {
            return .weak
        }
        // "Le Réveil vous recommande", "Die Redaktion empfiehlt": the outlet recommending, in a few words.
        if key.length <= 48, key.phrases & ReaderPromptCues.Found.recommend != 0,
            let space = key.bytes.lastIndex(of: 0x20),
            Self.recommendWords.contains(utf8: key.bytes[(space + 1)...]),
            ReaderPrompts.wordRanges(key.bytes).count <= 5
        {
            return .opening
        }
        // "Nos lecteurs ont aussi consulté", "Our readers also read:": what other readers looked at, in a
        // few words (the phrase search has found the ending's words somewhere in the line).
        if key.length <= 64, key.phrases & ReaderPromptCues.Found.teaserLabelWord != 0,
            Self.endsWithWhatOthersRead(key.bytes)
        {
            return .opening
        }
        // "Most watched on WKDN 7", "Meistgelesen bei Lauterbote": a fixed heading, where, and a name of
        // one to three words.
        if key.length <= 64, Self.isFixedHeadingWithPlace(key.bytes) { return .opening }
        if key.length <= 64, Self.asksWhatPlaceReads(key.bytes) { return .opening }
        // "Also on the transport pages", "Aussi dans nos pages": more of the outlet's own pages.
        if key.length <= 64, Self.offersAlsoOnPages(key.bytes) { return .opening }
        // "The Money desk's busiest pages today": such a heading after whose it is.
        if key.length <= 64, let rest = Self.afterPossessive(key.bytes), Self.teaserHeadingOpenings.opens(rest) {
            return .opening
        }
        // "More from City Hall", "Más noticias de Deportes": a short heading opening like a teaser block's.
        // (64 letters: a Cyrillic heading's bytes are nearly twice its letters.)
        guard key.length <= 128, let last = key.bytes.last, last != UInt8(ascii: "."), last != UInt8(ascii: ","),
            Self.teaserHeadingOpenings.opens(key.bytes), key.length <= 64 || Self.letterCount(key.bytes) <= 64
        else { return nil }
        // A label with its teaser on the line ("Auch interessant: Neue Öffnungszeiten am Wertstoffhof") heads
        // nothing below it: the story's next subheading may follow.
        if let colon = key.bytes.firstIndex(of: UInt8(ascii: ":")),
            key.bytes[(colon + 1)...].split(separator: 0x20).count >= 3
        {
            return nil
        }
        return ReaderPrompts.wordRanges(key.bytes).count <= 8 ? .opening : nil
    }

    /// "Also on the transport pages", "Aussi dans nos pages": "also", a preposition of place, and a word for the
    /// outlet's pages last, in three to six words with no colon ("Also on the agenda: …" names no pages).
    private static func offersAlsoOnPages(_ key: [UInt8]) -> Bool {
        guard Self.alsoWords.contains(utf8: key.prefix { $0 != 0x20 }), !key.contains(UInt8(ascii: ":")) else {
            return false
        }
        let words = key.split(separator: 0x20)
        guard (3...6).contains(words.count), let last = words.last else { return false }
        return Self.placePrepositions.contains(utf8: words[1]) && Self.siteWords.contains(utf8: last)
    }

    /// What follows "the …'s " at the start of a key ("the money desk's busiest pages today"), the owner one to
    /// three words; nil when the key opens otherwise.
    private static func afterPossessive(_ key: [UInt8]) -> ArraySlice<UInt8>? {
        guard key.starts(with: Self.theWord),
            let mark = key.withUnsafeBufferPointer({ UTF8Bytes.firstOffset(of: Self.possessiveMark, in: $0) })
        else { return nil }
        let owner = key[Self.theWord.count..<mark]
        guard (1...3).contains(owner.split(separator: 0x20).count) else { return nil }
        return key[(mark + Self.possessiveMark.count)...]
    }

    private static let theWord = Array("the ".utf8)
    private static let possessiveMark = Array("'s ".utf8)

    /// The characters of UTF-8 `bytes`: every byte but the continuation bytes.
    private static func letterCount(_ bytes: [UInt8]) -> Int {
        bytes.count { $0 & 0xC0 != 0x80 }
    }

    /// "What Hatherby is reading today", "What our readers are watching": what a town or the outlet's
    /// readers read or watch, in a heading of "what", one to three words, "is" or "are", the verb, and at
    /// most two words of time. A story's line asks it with a question mark or goes on.
    private static func asksWhatPlaceReads(_ key: [UInt8]) -> Bool {
        guard key.starts(with: Self.whatWord), key.last != UInt8(ascii: "?") else { return false }
        let words = key.split(separator: 0x20)
        guard (4...8).contains(words.count) else { return false }
        for verb in 2...min(4, words.count - 2) where Self.isOrAre.contains(utf8: words[verb]) {
            return Self.readingVerbs.contains(utf8: words[verb + 1]) && words.count - verb - 2 <= 2
        }
        return false
    }

    private static let whatWord = Array("what ".utf8)
    private static let isOrAre = LineSet(["is", "are"])
    private static let readingVerbs = LineSet(Set(BoilerplateCues.teaserReadingVerbs))

    /// Whether `key` is a fixed teaser heading of one to three words (``BoilerplateCues/teaserHeadings``),
    /// a preposition of place, then one to three words (the outlet's name).
    private static func isFixedHeadingWithPlace(_ key: [UInt8]) -> Bool {
        // Most lines open with no teaser heading's first word.
        guard Self.teaserHeadingFirstWords.opens(key) else { return false }
        let words = key.split(separator: 0x20)
        guard (3...7).contains(words.count) else { return false }
        for count in 1...min(3, words.count - 2) where Self.placePrepositions.contains(utf8: words[count]) {
            let heading = key[..<words[count - 1].endIndex]
            return words.count - count - 1 <= 3 && Self.teaserHeadings.contains(utf8: heading)
        }
        return false
    }

    /// A teaser block run together on one line, its items set apart by slashes: "Most popular in Travel /
    /// The 10 best coastal walks … / Is the night train … worth it?". The first part is a teaser
    /// block's heading and two or more parts follow it.
    static func isTeaserRow(_ key: LineKey) -> Bool {
        guard key.isWhole else { return false }
        let bytes = key.bytes
        var first: Int?
        var slashes = 0
        var index = 1
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/") && bytes[index - 1] == 0x20 && bytes[index + 1] == 0x20 {
                first = first ?? index
                slashes += 1
            }
            index += 1
        }
        guard slashes >= 2, let first else { return false }
        let head = Array(bytes[..<(first - 1)])
        if Self.teaserHeadings.contains(utf8: head) { return true }
        return head.count <= 64 && Self.teaserHeadingOpenings.opens(head) && ReaderPrompts.wordRanges(head).count <= 8
    }

    /// A sponsor's marker, a separator, then its pitch on the same line: "PROMOTED · Compare brokerage
    /// fees in two minutes …", "Sponsored · This post is brought to you by …", "Espacio patrocinado ·
    /// Fórmate en hostelería …". The marker is a whole part: "Sponsored by the council, the fair …" has
    /// no separator after it.
    static func opensWithSponsorMarker(_ key: [UInt8]) -> Bool {
        let opening = PageWidgets.afterLeadingMarks(key)
        // Most lines open with no marker's word: one table lookup and a few comparisons rule them out.
        guard Self.sponsorMarkerOpenings.opens(opening) else { return false }
        let start = opening.startIndex
        // The first separator within 32 bytes: " · " (C2 B7), " — " / " – " (E2 80 94 / 93), " | ", ": ".
        var index = start + 1
        while index < min(key.count - 2, start + 32) {
            let length: Int
            if key[index] == 0x20 && key[index + 1] == UInt8(ascii: "|") {
                length = 2
            } else if key[index] == 0x20 && key[index + 1] == 0xC2 && key[index + 2] == 0xB7 {
                length = 3
            } else if key[index] == 0x20 && index + 3 < key.count && key[index + 1] == 0xE2 && key[index + 2] == 0x80
                && (key[index + 3] == 0x93 || key[index + 3] == 0x94)
            {
                length = 4
            } else if key[index] == UInt8(ascii: ":") && key[index + 1] == 0x20 {
                length = 1
            } else {
                index += 1
                continue
            }
            guard index + length + 1 < key.count else { return false }
            return Self.sponsorMarkers.contains(utf8: key[start..<index])
        }
        return false
    }

    private static let sponsorMarkers = LineSet(BoilerplateCues.sponsorMarkers)
    private static let sponsorMarkerOpenings = OpeningIndex(Array(BoilerplateCues.sponsorMarkers))

    /// Whether the key opens the way a teaser block's heading does ("More news", "Больше новостей").
    static func opensLikeTeaserHeading(_ key: [UInt8]) -> Bool {
        Self.teaserHeadingOpenings.opens(key)
    }

    /// Whether `text` is another article's headline under a label: "ISW: Russia expands …",
    /// "Watch: …", "BBC: …", "Kyiv Independent: …". A subheading has no such label.
    static func isTeaserHeadline(_ text: String) -> Bool {
        Self.isTeaserHeadline(text, labelledOnly: false)
    }

    /// ``isTeaserHeadline(_:)``; with `labelledOnly`, only under a teaser's own label (a teaser heading's
    /// words, a recommendation to the reader), not under a brand's or an institution's name.
    static func isTeaserHeadline(_ text: String, labelledOnly: Bool) -> Bool {
        // The ending first: it is read on the last bytes, and most paragraphs end like a sentence.
        // A colon or a spaced arrow first, on the bytes: most lines have neither.
        guard text.utf8.count <= 800,
            UTF8Bytes.contains(text, UInt8(ascii: ":")) || Self.firstSpacedArrow(in: text) != nil,
            !TextShape.endsLikeSentence(text), TextShape.hasAtMost(200, charactersIn: text),
            let separator = Self.labelSeparator(in: text)
        else {
            return false
        }
        let label = text[..<separator.lowerBound].trimmingSpaces()
        guard !label.isEmpty, label.count <= 30 else { return false }
        // The cheap counts before the headline's shape: most colons in a story open no headline.
        let headline = String(text[separator.upperBound...].trimmingSpaces())
        let headlineWords = TextShape.wordCount(headline)
        guard headlineWords >= 4 else { return false }
        let words = UTF8Bytes.spaceSeparated(label)
        // After an acronym or a brand ("ЮНЕСКО:", "MarineWatch:") a headline may go on in lower case.
        let isBrand = words.count == 1 && (Self.isAcronym(words[0]) || Self.isCamelCase(words[0]))
        guard
            TextShape.isHeadlineShaped(headline) || (isBrand && TextShape.isHeadlineShaped(Self.capitalized(headline)))
        else { return false }
        if Self.teaserLabels.contains(label.lowercased()) { return true }
        if isBrand && !labelledOnly { return true }
        // A teaser block's heading as the label ("Ещё по теме: …", "Mehr zum Thema: …"; not "More on the
        // budget: …", a subheading's words after the opening), or a recommendation to the reader ("Te
        // recomendamos: …", "Вас може зацікавити: …").
        let labelKey = Self.keyBytes(String(label), limit: 64).bytes
        let labelWords = ReaderPrompts.words(labelKey)
        let openingWords = Self.teaserHeadingOpenings.openingWordCount(labelKey)
        if openingWords > 0 && labelWords.count <= openingWords { return true }
        if labelWords.count <= 3 && headlineWords >= 6 && labelWords.contains(where: ReaderPrompts.isSecondPerson) {
            return true
        }
        if labelledOnly { return false }
        if (1...3).contains(words.count) && words.allSatisfy(Self.isAcronym) { return true }
        // A multi-word name (an outlet, an institute) before a headline of some length. A time is no name:
        // "In March: The council will vote …", "Since Tuesday: …" open a story's paragraph.
        return (2...3).contains(words.count) && headlineWords >= 6
            && words.allSatisfy { $0.first?.isUppercase ?? false } && !Self.namesATime(words)
    }

    /// Whether the words of a label name a month or a day of the week ("In March", "Next Tuesday").
    private static func namesATime(_ words: [Substring]) -> Bool {
        words.contains { word in
            let lower = word.lowercased()
            return DateVocabulary.months[lower] != nil || DateVocabulary.weekdays.contains(lower)
        }
    }

    /// Where a label ends and its headline starts: the first colon, or an arrow between spaces ("Auch
    /// interessant ► Salzfurter Museumsnacht: …", "Ещё по теме ➜ …", "À LIRE › …"), whichever comes first.
    private static func labelSeparator(in text: String) -> Range<String.Index>? {
        let colon = UTF8Bytes.firstCharacter(":", in: text).map { $0..<text.index(after: $0) }
        guard let offsets = Self.firstSpacedArrow(in: text) else { return colon }
        // (Offsets of whole scalars: a space's, and the end of one.)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        let arrow = start..<utf8.index(start, offsetBy: offsets.count)
        guard let colon else { return arrow }
        return arrow.lowerBound < colon.lowerBound ? arrow : colon
    }

    /// The byte offsets of the first of ``labelArrows`` in `text`, spaces included: each `»` (C2 BB) or
    /// three-byte character (E2 …) is found by memchr and compared there (most lines' E2 bytes are
    /// quotation marks and dashes); nil without one.
    private static func firstSpacedArrow(in text: String) -> Range<Int>? {
        UTF8Bytes.withBytes(text) { bytes in
            var first: Range<Int>?
            for lead in [UInt8(0xE2), 0xC2] {
                _ = UTF8Bytes.contains(lead, in: bytes) { bytes, at in
                    guard at >= 1, first.map({ at - 1 < $0.lowerBound }) ?? true else { return true }
                    let found = Self.labelArrows.first { arrow in
                        at - 1 + arrow.count <= bytes.count
                            && UnsafeBufferPointer(rebasing: bytes[(at - 1)..<(at - 1 + arrow.count)])
                                .elementsEqual(arrow)
                    }
                    guard let found else { return false }
                    first = (at - 1)..<(at - 1 + found.count)
                    return true
                }
            }
            return first
        }
    }

    /// Arrows that stand for a label's colon, with the spaces around them.
    private static let labelArrows: [[UInt8]] = [" ➜ ", " ► ", " ▸ ", " ▶ ", " → ", " › ", " » "].map { Array($0.utf8) }

    /// Whether `text` is a section kicker or a breadcrumb: "RÉGION | Basse-Sambre", "Home › Politics ›
    /// Europe", "Sport / Football": two to five short names between separators, no sentence, no number.
    /// Only the top of a body has them (``BodySelection`` asks before the first paragraph); elsewhere
    /// such a line may be a subheading.
    static func isSectionKicker(_ text: String) -> Bool {
        Self.isSectionKicker(text, allowingNumbers: false)
    }

    /// ``isSectionKicker(_:)``; a breadcrumb's path may name a year ("Pressemitteilungen 2026").
    private static func isSectionKicker(_ text: String, allowingNumbers: Bool) -> Bool {
        // A separator between spaces first (`|`, `/`, `>`, › » · • →): most lines have none.
        guard Self.hasKickerLength(text), UTF8Bytes.withBytes(text, Self.hasSpacedSeparator),
            allowingNumbers || !text.utf8.contains(where: UTF8Bytes.isDigit)
        else { return false }
        let parts = UTF8Bytes.spaceSeparated(text).split { Self.kickerSeparators.contains($0) }
        // Every separator stands between two names (of up to four words: "El Correo de Navalverde", "Pays
        // de la Loire"), with a space on either side.
        guard (2...5).contains(parts.count), parts.allSatisfy({ (1...4).contains($0.count) }) else { return false }
        return parts.allSatisfy { part in
            guard let last = part.last?.last, !".!?:;,".contains(last) else { return false }
            return part.first?.first?.isUppercase ?? false
        }
    }

    /// Whether a kicker's separator (``kickerSeparators``) stands between two spaces, a word of its own:
    /// only then do the words split into two parts or more.
    private static func hasSpacedSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // From space to space (memchr): the bytes of words are never looked at.
        var index = 0
        while index + 2 < bytes.count,
            let space = UTF8Bytes.firstIndex(
                of: 0x20,
                in: UnsafeBufferPointer(rebasing: bytes[index..<(bytes.count - 2)])
            )
        {
            let at = index + space + 1
            index = at
            let length: Int
            switch bytes[at] {
            case UInt8(ascii: "|"), UInt8(ascii: "/"), UInt8(ascii: ">"): length = 1
            // » · (C2 BB, B7).
            case 0xC2 where at + 2 < bytes.count && (bytes[at + 1] == 0xBB || bytes[at + 1] == 0xB7): length = 2
            // › • → ▸ ► ▶ (E2 80 BA, E2 80 A2, E2 86 92, E2 96 B8, E2 96 BA, E2 96 B6).
            case 0xE2 where at + 3 < bytes.count:
                let tail = (bytes[at + 1], bytes[at + 2])
                length =
                    tail == (0x80, 0xBA) || tail == (0x80, 0xA2) || tail == (0x86, 0x92)
                        || (tail.0 == 0x96 && (tail.1 == 0xB8 || tail.1 == 0xBA || tail.1 == 0xB6)) ? 3 : 0
            default: length = 0
            }
            if length > 0 && bytes[at + length] == 0x20 { return true }
        }
        return false
    }

    /// At most 80 characters, a kicker's or a breadcrumb's length in Latin and Cyrillic script alike
    /// (a Cyrillic letter takes two bytes).
    private static func hasKickerLength(_ text: String) -> Bool {
        text.utf8.count <= 80 || (text.utf8.count <= 160 && UTF8Bytes.scalarCount(text) <= 80)
    }

    /// Whether `text` is a breadcrumb ("Home › Politics › Europe", "Startseite > Lokales", "Главная /
    /// Происшествия / ЖКХ"): a ``isSectionKicker(_:)`` line whose separators point onward or whose path
    /// starts at the site's home page, which no headline does, so it may stand above one.
    static func isBreadcrumb(_ text: String) -> Bool {
        // A separator between spaces (`>`, `/`, › » → and the kicker's): most lines are ruled out on the bytes.
        guard Self.hasKickerLength(text), UTF8Bytes.withBytes(text, Self.hasSpacedSeparator) else { return false }
        let words = UTF8Bytes.spaceSeparated(text)
        let pointsOnward = words.contains { Self.breadcrumbSeparators.contains($0) }
        let startsAtHome =
            words.count >= 3 && Self.kickerSeparators.contains(words[1])
            && Self.homeWords.contains(words[0].lowercased())
        return (pointsOnward || startsAtHome) && Self.isSectionKicker(text, allowingNumbers: true)
    }

    /// "Cultura / Libros / Feria del Libro 2025": a path of three names or more between slashes, a year
    /// among them; ``BodySelection`` drops one at the top of a body (over a headline, "Sport / Football /
    /// Bundesliga" may be its kicker).
    static func isSectionPath(_ text: String) -> Bool {
        guard Self.hasKickerLength(text), UTF8Bytes.withBytes(text, Self.hasSpacedSeparator) else { return false }
        return UTF8Bytes.spaceSeparated(text).count(where: { $0 == "/" }) >= 2
            && Self.isSectionKicker(text, allowingNumbers: true)
    }

    private static let homeWords = BoilerplateCues.homePages

    private static let breadcrumbSeparators: Set<Substring> = ["›", "»", ">", "→"]

    /// What stands between a kicker's or breadcrumb's names.
    private static let kickerSeparators: Set<Substring> = ["|", "›", "»", ">", "/", "·", "•", "→", "▸", "►", "▶"]

    /// Whether `text` is a photo caption or credit: it ends in "Photo: …", "Credit: …", "Foto: …", or
    /// "Name / Agency", the way picture desks sign images.
    static func isCaption(_ text: String) -> Bool {
        Self.isCaption(text, LineKey(text))
    }

    /// ``isCaption(_:)`` with the line's key already built.
    static func isCaption(_ text: String, _ lineKey: LineKey) -> Bool {
        if lineKey.length <= 200, text.utf8.last == UInt8(ascii: "."), Self.describesPhotograph(lineKey) {
            return true
        }
        guard text.utf8.count <= 1_200, text.utf8.last != UInt8(ascii: "."),
            TextShape.hasAtMost(300, charactersIn: text)
        else { return false }
        // The first 300 scalars; the shared key holds them when it holds the whole line.
        let key = text.utf8.count <= 300 ? lineKey.bytes : Self.keyBytes(text, limit: 300).bytes
        if Self.endsWithCredit(key) || Self.endsWithBracketedCredit(key)
            || Self.endsWithGluedCredit(text) || Self.endsWithLabelAndName(text)
        {
            return true
        }
        if Self.endsWithBracketedSource(text) || Self.endsWithBracketedNameAndSource(text) { return true }
        // "… vue depuis la rue de la Station. © Le Courrier de la Sambre": a © credit closes the caption.
        let closing = Self.lastSentence(key)
        if closing.count <= 80, Self.wordCount(closing) <= 8 {
            // (Or after a credit's label: "Photo © Radio Littoral / J. Morvan".)
            if closing.starts(with: [0xC2, 0xA9]) { return true }
            // "… at work in St Andrew. File": the picture from the archive (or a reader's), in a word or two
            // after the caption.
            if closing.count < key.count && Self.archiveWords.contains(utf8: closing) { return true }
            // "… в первый день работы. Снимок пресс-службы мэрии": the picture's source, after the caption.
            if closing.count < key.count && Self.pictureSourceOpenings.opens(closing) { return true }
            if let sign = closing.firstIndex(of: 0xA9), sign - closing.startIndex >= 3, closing[sign - 1] == 0xC2,
                closing[sign - 2] == 0x20, Self.creditLabels.contains(utf8: closing[..<(sign - 2)])
            {
                return true
            }
        }
        // (The shared search has looked for the phrases in a whole line already: only a line with one is
        // searched again, in its last sentence.)
        let mayCredit = !lineKey.isWhole || lineKey.phrases & ReaderPromptCues.Found.creditPhrase != 0
        if mayCredit && Self.creditPhraseCues.occurs(in: closing) { return true }
        guard UTF8Bytes.contains(text, UInt8(ascii: "/")) else { return false }
        if UTF8Bytes.withBytes(text, Self.endsWithCapitalsCredit) { return true }
        // The last sentence as a slice of the line: what follows a ". " starts a character.
        let sentenceStart = text.utf8.count - Self.lastSentence(Array(text.utf8)).count
        return Self.endsWithNameSlashAgency(text[text.utf8.index(text.utf8.startIndex, offsetBy: sentenceStart)...])
    }

    /// "a weekly letter from Plot 14 at Ferrier Road Allotments", "der Newsletter der Redaktion": a
    /// part of a masthead's row saying what the publication is, an article (or "our", "your") opening it
    /// and a newsletter's word among the next three, no sentence.
    private static func describesNewsletter(_ part: Substring) -> Bool {
        // The first word on the bytes before the rest are cut.
        guard let space = part.utf8.firstIndex(of: 0x20),
            Self.newsletterArticles.contains(utf8: part.utf8[..<space])
                || Self.newsletterTimes.contains(utf8: part.utf8[..<space])
        else { return false }
        let words = UTF8Bytes.spaceSeparated(part)
        return words.count <= 14 && words.dropFirst().prefix(3).contains { Self.newsletterNouns.contains($0) }
    }

    /// "Weekend Culture — the Observer's Saturday arts letter — costs nothing to join": a newsletter's
    /// name, what it is between dashes (an article, at most six words, a newsletter's word among them),
    /// then a call to join or what it costs. A story's aside between dashes names no newsletter.
    private static func offersNamedNewsletter(_ key: [UInt8]) -> Bool {
        // Two spaced dashes first, on the bytes: most lines have none.
        guard let first = key.withUnsafeBufferPointer({ UTF8Bytes.firstSpacedEmDash(in: $0) }) else {
            return false
        }
        let afterFirst = first + UTF8Bytes.spacedEmDashLength
        guard let second = key.withUnsafeBufferPointer({ UTF8Bytes.firstSpacedEmDash(in: $0, from: afterFirst) })
        else { return false }
        let description = key[afterFirst..<second].split(separator: 0x20)
        let call = key[(second + UTF8Bytes.spacedEmDashLength)...].split(separator: 0x20)
        guard (2...6).contains(description.count), Self.newsletterArticles.contains(utf8: description[0]),
            description.dropFirst().contains(where: { Self.newsletterNouns.contains(utf8: $0) }),
            (1...8).contains(call.count)
        else { return false }
        return call.contains { Self.newsletterCalls.contains(utf8: $0.prefix { $0 != UInt8(ascii: ".") }) }
    }

    private static let newsletterCalls = LineSet(Set(BoilerplateCues.newsletterCalls))
    private static let newsletterArticles = LineSet(Set(BoilerplateCues.newsletterArticles))
    private static let newsletterNouns = LineSet(Set(BoilerplateCues.newsletterNouns))
    private static let newsletterTimes = LineSet(Set(BoilerplateCues.newsletterTimes))

    /// "Elsie Varnham winds the tide clock in a 1987 photograph supplied by her family.": one sentence
    /// that places its scene in a photograph ("in a", "in this", "auf einem", "sur une", "en una", "на"
    /// and at most two words, a year or "undated", before the photograph's word), the photograph last or
    /// followed by who gave or took it. A story's photograph is something else's part ("in a 1987
    /// photograph album") or is said more of in a second sentence.
    private static func describesPhotograph(_ key: LineKey) -> Bool {
        // Most lines name no photograph (the phrase search has looked for its words).
        guard key.phrases & ReaderPromptCues.Found.photograph != 0 else { return false }
        // One sentence: no sentence's end before the last mark.
        let bytes = key.bytes
        guard bytes.withUnsafeBufferPointer({ UTF8Bytes.firstOffset(of: Self.sentenceBreak, in: $0) }) == nil else {
            return false
        }
        let ranges = ReaderPrompts.wordRanges(bytes)
        let words = ReaderPrompts.words(bytes, ranges)
        guard words.count >= 5 else { return false }
        for index in words.indices where Self.photographWords.contains(words[index]) {
            // Last in the sentence, or followed by who gave or took it ("На фото, яке ліцей виклав …, директорка
            // вручає ключі …" describes the photograph in a story's sentence).
            let isLast = ranges[index].upperBound == bytes.count - 1
            guard isLast || (index + 1 < words.count && Self.photographGivers.contains(words[index + 1])) else {
                continue
            }
            // The place before it: a preposition and its article, or a preposition, then at most two words.
            for gap in 0...2 where index - gap >= 1 {
                if Self.photographPlaces.contains(String(words[index - gap - 1])) { return true }
                if index - gap >= 2,
                    Self.photographPlaces.contains(words[index - gap - 2] + " " + words[index - gap - 1])
                {
                    return true
                }
            }
        }
        return false
    }

    private static let sentenceBreak = Array(". ".utf8)

    private static let photographWords = LineSet(Set(BoilerplateCues.photographWords))
    private static let photographGivers = LineSet(Set(BoilerplateCues.photographGivers))
    private static let photographPlaces = Set(BoilerplateCues.photographPlaces)

    /// "Vecinos hacen cola ante la oficina de la calle Mayor, este jueves. / MARTA LORENTE", "… / EFE": the
    /// photographer or the agency in capitals after a spaced slash, one to four words, closing a caption
    /// as Spanish and Italian papers print it.
    private static func endsWithCapitalsCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8 else { return false }
        var index = bytes.count - 3
        while index > 0 && !(bytes[index] == 0x20 && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == 0x20)
        {
            index -= 1
        }
        guard index > 0 else { return false }
        let credit = String(decoding: bytes[(index + 3)...], as: UTF8.self)
        let words = credit.split(separator: " ")
        return (1...4).contains(words.count) && credit.unicodeScalars.count(where: \.properties.isUppercase) >= 2
            && credit.unicodeScalars.allSatisfy {
                $0.properties.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'"
            }
    }

    // MARK: - Helpers

    /// The non-empty parts of `text` between `·`, `|` and `•` characters.
    static func markedParts(of text: String) -> [Substring] {
        // On the bytes, unless a prepended mark (Arabic number signs and their kin, whose leading
        // bytes these are) could make a separator part of the character before it.
        let separators: [(offset: Int, length: Int)]? = UTF8Bytes.withBytes(text) { bytes in
            if UTF8Bytes.mayHoldPrepend(bytes) { return nil }
            var separators: [(offset: Int, length: Int)] = []
            var index = 0
            while index < bytes.count {
                let length = UTF8Bytes.partSeparatorLength(bytes, at: index)
                if length > 0 && !UTF8Bytes.extendsCharacter(bytes, at: index + length) {
                    separators.append((index, length))
                }
                index += max(length, 1)
            }
            return separators
        }
        guard let separators else {
            return text.split(whereSeparator: { $0 == "·" || $0 == "|" || $0 == "•" })
        }
        var parts: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        for separator in separators {
            let end = utf8.index(utf8.startIndex, offsetBy: separator.offset)
            if start < end { parts.append(text[start..<end]) }
            start = utf8.index(end, offsetBy: separator.length)
        }
        if start < utf8.endIndex { parts.append(text[start...]) }
        return parts
    }

    private static let cueLines = LineSet(BoilerplateCues.lines)

    /// The two parts of a line on either side of its first spaced dash (`-`, `–`, `—`), trimmed; nil when
    /// it has none.
    private static func dashedParts(_ text: String) -> (Substring, Substring)? {
        guard let (cut, rest) = UTF8Bytes.withBytes(text, Self.spacedDashEnd) else { return nil }
        let utf8 = text.utf8
        return (
            text[..<utf8.index(utf8.startIndex, offsetBy: cut)].trimmingSpaces(),
            text[utf8.index(utf8.startIndex, offsetBy: rest)...].trimmingSpaces()
        )
    }

    /// Where the first spaced dash of `bytes` starts (its space before) and where the text after it
    /// starts: " - ", " – ", " — " (E2 80 93, 94); nil when there is none.
    private static func spacedDashEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x20 {
                let after = index + 1 + UTF8Bytes.dashLength(bytes, at: index + 1)
                if after > index + 1 && after < bytes.count && bytes[after] == 0x20 { return (index, after + 1) }
            }
            index += 1
        }
        return nil
    }
    private static let copyrightWord = Array("copyright ".utf8)
    private static let copyrightSigns = [Array("(c) ".utf8), Array("© ".utf8)]
    private static let teaserHeadings = LineSet(BoilerplateCues.teaserHeadings)
    /// The fixed teaser headings' first words with their space ("most ", "related ", "lo ").
    private static let teaserHeadingFirstWords = OpeningIndex(
        Array(Set(BoilerplateCues.teaserHeadings.map { ($0.split(separator: " ").first.map(String.init) ?? $0) + " " }))
    )
    private static let teaserLabels = LineSet(BoilerplateCues.teaserLabels)

    /// Prefix cues by their first byte, so a line is compared with a handful of cues, not all of them
    /// (like ``OpeningIndex``, but each cue carries its own rules).
    private static let prefixCues: [[Cue]] = {
        var lists = [[Cue]](repeating: [], count: 256)
        let cues =
            BoilerplateCues.prefixes.map { Cue($0) }
            + BoilerplateCues.promptPrefixes.map { Cue($0, needsEvidence: true) }
        for cue in cues { lists[Int(cue.bytes.first ?? 0)].append(cue) }
        return lists
    }()
    /// The first bytes of prefix cues under four bytes, which the phrase search does not hold: lines
    /// opening with them are compared with their cues whatever the search found.
    private static let shortCueBuckets: [Bool] = Self.prefixCues.map { $0.contains { $0.bytes.count < 4 } }
    private static let creditPhraseCues = PhraseSet(BoilerplateCues.creditPhrases)
    private static let sponsorOpenings = OpeningIndex(BoilerplateCues.sponsorOpenings)
    private static let sponsorLabels = OpeningIndex(BoilerplateCues.sponsorLabels)
    private static let teaserHeadingOpenings = OpeningIndex(BoilerplateCues.teaserHeadingOpenings)
    private static let creditLabels = LineSet(Set(BoilerplateCues.creditLabels))
    /// What may stand before a credit label: the end of a sentence, a bracket, a separator, a dash.
    private static let sentenceEnds: [[UInt8]] = [".", "(", "|", ":", "/", "—", "–"].map { Array($0.utf8) }

    /// A line opening to look for, as bytes, and whether it must end at a word boundary.
    private struct Cue {
        var bytes: [UInt8]
        var endsInWord: Bool
        /// Whether the rest of the line must also address the reader (``ReaderPrompts/addressesReader``).
        var needsEvidence: Bool
        /// A label's words without its colon ("also read" of "also read:"), which a spaced dash, bar or
        /// arrow may follow instead ("Also read — …"); nil for a cue that ends otherwise.
        var label: [UInt8]?
        /// Up to the first eight bytes that the cue and its label share, little-endian as
        /// ``OpeningIndex/head(_:)`` loads a line's, and the mask of those bytes: a line whose first eight
        /// bytes differ there opens with neither, which one comparison tells (most lines, for most cues
        /// of their first byte).
        var head: UInt64 = 0
        var headMask: UInt64 = 0

        init(_ text: String, needsEvidence: Bool = false) {
            self.bytes = Array(text.utf8)
            self.endsInWord = text.last.map { $0.isLetter || $0.isNumber } ?? false
            self.needsEvidence = needsEvidence
            if text.hasSuffix(":") { self.label = Array(text.dropLast().trimmingSpaces().utf8) }
            let shared = zip(self.bytes, self.label ?? self.bytes).prefix { $0 == $1 }.prefix(8).map(\.0)
            for (offset, byte) in shared.enumerated() {
                self.head |= UInt64(byte) << (8 * UInt64(offset))
                self.headMask |= 0xFF << (8 * UInt64(offset))
            }
        }
    }

    /// The first `limit` characters lowercased, with `’` and `ʼ` as `'` and `ё` as `е` so cue lists need one spelling, as
    /// UTF-8 bytes; and how many of them the first `mark` scalars of `text` give.
    static func keyBytes(_ text: String, limit: Int, mark: Int = 0) -> (bytes: [UInt8], markLength: Int) {
        UTF8Bytes.withBytes(text) { input in
            Self.twoByteLowercaseTable.withUnsafeBufferPointer { lowerTable in
                Self.keyBytes(input, limit: limit, mark: mark, lowerTable: lowerTable)
            }
        }
    }

    private static func keyBytes(
        _ input: UnsafeBufferPointer<UInt8>,
        limit: Int,
        mark: Int,
        lowerTable: UnsafeBufferPointer<UInt16>
    ) -> (bytes: [UInt8], markLength: Int) {
        var markLength = 0
        // Lowercasing never more than triples a scalar's bytes (`İ` → `i̇` is 2 → 3): three times the
        // input always fits, and is written in place.
        let capacity = 3 * min(input.count, 4 * limit) + 8
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { output, count in
            (count, markLength) = Self.writeKey(input, into: output.baseAddress!, limit: limit, mark: mark, lowerTable)
        }
        return (bytes, markLength)
    }

    /// ``keyBytes(_:limit:mark:)``'s loop, on plain pointers with its counters in locals (a nested
    /// function or closure capturing them would keep them in memory, at several times the cost per
    /// byte). Returns the bytes written and how many of them the first `mark` scalars give.
    private static func writeKey(
        _ input: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutablePointer<UInt8>,
        limit: Int,
        mark: Int,
        _ lowerTable: UnsafeBufferPointer<UInt16>
    ) -> (written: Int, markLength: Int) {
        var markLength = -1
        var written = 0
        var index = 0
        var offset = 0
        let count = input.count
        guard let source = input.baseAddress else { return (0, 0) }
        while index < count {
            if offset == mark { markLength = written }
            if offset == limit { break }
            let byte = source[index]
            // Eight ASCII characters at a time, when no boundary (`mark`, `limit`) falls among them.
            // Tried only from an ASCII byte: in Cyrillic or Greek text a chunk of eight is seldom ASCII.
            if byte < 0x80, Self.nextBoundary(offset, mark, limit) - offset >= 8, index + 8 <= count {
                let chunk = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                if chunk & Self.highBits == 0 {
                    UnsafeMutableRawPointer(output + written).storeBytes(
                        of: Self.asciiLowercased(chunk),
                        as: UInt64.self
                    )
                    index += 8
                    written += 8
                    offset += 8
                    continue
                }
            }
            // A run of two-byte Latin-1 and Cyrillic letters and the ASCII between them, lowercased by
            // table without decoding and re-encoding: as many characters as come before the next
            // boundary, each two-byte letter written as its lowercase's two bytes, pre-encoded in the
            // table, with one store.
            if byte &- 0xC2 < 0x1E {
                let boundary = Self.nextBoundary(offset, mark, limit)
                let runStart = index
                while offset < boundary && index < count {
                    let next = source[index]
                    if next < 0x80 {
                        // Back to eight at a time where eight ASCII bytes follow (Latin text has an accent
                        // only now and then).
                        if boundary - offset >= 8, index + 8 <= count,
                            UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self) & Self.highBits == 0
                        {
                            break
                        }
                        output[written] = next &- 0x41 < 26 ? next + 0x20 : next
                        written += 1
                        index += 1
                    } else if next &- 0xC2 < 0x1E, index + 1 < count {
                        let lower = lowerTable[Int(next & 0x1F) << 6 | Int(source[index + 1] & 0x3F)]
                        guard lower != 0 else { break }
                        UnsafeMutableRawPointer(output + written).storeBytes(of: lower, as: UInt16.self)
                        written += 2
                        index += 2
                    } else {
                        break
                    }
                    offset += 1
                }
                if index > runStart { continue }
            }
            offset += 1
            if byte < 0x80 {
                output[written] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                written += 1
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
            switch scalar.value {
            case 0x2019, 0x02BC:
                output[written] = UInt8(ascii: "'")
                written += 1
            // Punctuation and symbols have no capitals: no Unicode property lookup (slow on Linux).
            // (Latin-1 and basic Cyrillic letters were settled above, by `twoByteLowercase`.)
            case 0x2000...0x20CF:
                // Unchanged: its bytes as they are.
                for byteIndex in index..<min(index + length, count) {
                    output[written] = source[byteIndex]
                    written += 1
                }
            default:
                if scalar.properties.changesWhenLowercased {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        written += Self.encode(lower, at: output + written)
                    }
                } else {
                    written += Self.encode(scalar, at: output + written)
                }
            }
            index += length
        }
        if markLength < 0 { markLength = written }
        return (written, markLength)
    }

    /// Writes `scalar`'s UTF-8 bytes at `destination`; returns how many.
    @inline(__always)
    private static func encode(_ scalar: Unicode.Scalar, at destination: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 0
        UTF8.encode(scalar) { byte in
            destination[length] = byte
            length += 1
        }
        return length
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The first of `mark` and `limit` still ahead of `offset` (scalars): where ``keyBytes(_:limit:mark:)``
    /// must stop a run it copies several characters at a time.
    @inline(__always)
    private static func nextBoundary(_ offset: Int, _ mark: Int, _ limit: Int) -> Int {
        offset < mark ? min(mark, limit) : limit
    }

    /// ``twoByteLowercase(_:)`` of every two-byte scalar (index: the scalar's value) as its two UTF-8
    /// bytes in memory order, ready to store; 0 for nil.
    private static let twoByteLowercaseTable: [UInt16] = (0..<0x800).map { value in
        guard value >= 0x80, let lower = Self.twoByteLowercase(UInt32(value)) else { return 0 }
        return UInt16(littleEndian: UInt16(0xC0 | lower >> 6) | UInt16(0x80 | lower & 0x3F) << 8)
    }

    /// The lower case of a two-byte scalar in the ranges ``keyBytes(_:limit:mark:)`` settles without a
    /// Unicode lookup (Latin-1, basic Cyrillic), itself when it has none; nil for every other scalar.
    /// `Ё`/`ё` become `е`: Russian writes the dots only now and then ("Новости партнёров", "партнеров"),
    /// so cue lists spell every word with `е` once.
    private static func twoByteLowercase(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x401, 0x451: 0x435
        case 0xC0...0xDE where value != 0xD7, 0x410...0x42F: value + 0x20
        case 0x400...0x40F: value + 0x50
        case 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x430...0x45F: value
        default: nil
        }
    }

    /// Eight ASCII bytes with `A`–`Z` lowercased, all at once: adding 0x3F sets a byte's high bit from
    /// `A` up, adding 0x25 from `[` up (no carries: every byte is below 0x80); where only the first is
    /// set, 0x20 is or-ed in.
    @inline(__always)
    private static func asciiLowercased(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let fromA = chunk &+ 0x3F &* ones
        let pastZ = chunk &+ 0x25 &* ones
        return chunk | ((fromA & ~pastZ & Self.highBits) >> 2)
    }

    /// ``withoutEnclosingMarks(_:)`` on key bytes, as a probe for the whole-line cue lists (no `String`
    /// is made unless a list must be asked).
    static func bareProbe(_ key: [UInt8]) -> LineSet.Probe {
        // Before a Prepend character (U+0600 and up) a mark would not be a character of its own:
        // leave such keys to the character-level version.
        if key.contains(where: { ($0 >= 0xD8 && $0 <= 0xE0) || $0 >= 0xF0 }) {
            return LineSet.Probe(Self.withoutEnclosingMarks(String(decoding: key, as: UTF8.self)))
        }
        let (start, end) = key.withUnsafeBufferPointer { bytes in
            var end = bytes.count
            while end > 0, let length = Self.trailingMarkLength(bytes, end: end) { end -= length }
            var start = 0
            // A leading mark is a character of its own unless what follows joins it (a combining mark).
            while start < end, let length = Self.leadingMarkLength(bytes, at: start),
                !UTF8Bytes.extendsCharacter(bytes, at: start + length)
            {
                start += length
            }
            return (start, end)
        }
        return LineSet.Probe(utf8: key[start..<end])
    }

    /// The bytes of the mark that ends `bytes[..<end]` if it is one that may trail a cue line: `.`, `:`, `!`,
    /// `-`, `|`, `)`, `]`, `*`, a space; `»` (C2 BB); `›` `…` `—` `–` (E2 80 BA, A6, 94, 93); `↑` `→` `↓`.
    private static func trailingMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Int? {
        switch bytes[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "-"), UInt8(ascii: "|"),
            UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "*"), 0x20:
            return 1
        default: break
        }
        if end >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB { return 2 }
        if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
            && [0xBA, 0xA6, 0x94, 0x93].contains(bytes[end - 1])
        {
            return 3
        }
        // A link's arrow: `↑` `→` `↓` (E2 86 91, 92, 93).
        if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x86 && bytes[end - 1] &- 0x91 < 3 { return 3 }
        return nil
    }

    /// The bytes of the mark at `index` if it is one that may open a marker line ("— Anuncio —",
    /// "[Anzeige]", "* Advertisement *"): `-`, `*`, `(`, `[`, a space; `—` `–` `•` (E2 80 94, 93, A2).
    private static func leadingMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: "["), 0x20: return 1
        default: break
        }
        if index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && [0x94, 0x93, 0xA2].contains(bytes[index + 2])
        {
            return 3
        }
        return nil
    }

    /// A key without the marks that may trail a cue line (`.`, `:`, `!`, `-`, `|`, `)`, `]`, `*`, `»`,
    /// `›`, `…`, dashes, arrows, spaces) or open a marker line (`-`, `*`, `(`, `[`, dashes, `•`, spaces), as the
    /// whole-line cue lists spell their entries without them.
    static func withoutEnclosingMarks(_ key: String) -> String {
        var key = Substring(key)
        while let last = key.last, ".:!»›…-—–|)]*↑→↓".contains(last) || last == " " { key = key.dropLast() }
        while let first = key.first, "-—–•*([".contains(first) || first == " " { key = key.dropFirst() }
        return String(key)
    }

    /// `key` starts with `cue`, and the cue ends at a word boundary.
    private static func hasCue(_ key: ArraySlice<UInt8>, _ cue: Cue) -> Bool {
        guard key.count >= cue.bytes.count,
            key.withUnsafeBufferPointer({ key in cue.bytes.withUnsafeBufferPointer { key.starts(with: $0) } })
        else { return cue.label.map { Self.hasLabel(key, $0) } ?? false }
        guard cue.endsInWord, key.count > cue.bytes.count else { return true }
        let after = key.startIndex + cue.bytes.count
        let next = String(decoding: key[after..<min(key.endIndex, after + 4)], as: UTF8.self)
        guard let character = next.first else { return true }
        // A comma after it opens a sentence's clause: "À lire aussi, selon les transporteurs : …".
        return !(character.isLetter || character.isNumber || character == ",")
    }

    /// Whether a word of reported speech stands between commas in the line: ", añadió,", ", said Ms Hale,"
    /// has the word after the comma's space (", she said," the word after that).
    private static func hasInsertedAttribution(_ key: LineKey) -> Bool {
        // A comma first, on the bytes: most lines with a cue have none.
        guard key.bytes.contains(UInt8(ascii: ",")) else { return false }
        let ranges = ReaderPrompts.wordRanges(key.bytes)
        let words = key.words
        let bytes = key.bytes
        for index in words.indices where ReaderPrompts.isAttribution(words[index]) {
            let range = ranges[index]
            guard range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: ",") else { continue }
            // The comma before it, or before the word before it (a pronoun or a name).
            for before in [range.lowerBound, index > 0 ? ranges[index - 1].lowerBound : -1] where before >= 2 {
                if bytes[before - 2] == UInt8(ascii: ",") && bytes[before - 1] == 0x20 { return true }
            }
        }
        return false
    }

    /// Whether `key` opens with a cue's label and a spaced dash, bar or arrow standing for its colon, and
    /// goes on after it ("also read — council to close …").
    private static func hasLabel(_ key: ArraySlice<UInt8>, _ label: [UInt8]) -> Bool {
        key.starts(with: label) && Self.opensWithColonStandIn(key.dropFirst(label.count))
    }

    /// Whether `bytes` open with a spaced dash, bar, dot or arrow that stands for a label's colon ("Also
    /// read — …", "ENCUESTA ▸ ¿…?") and go on after it.
    static func opensWithColonStandIn(_ bytes: ArraySlice<UInt8>) -> Bool {
        Self.colonStandIns.contains { bytes.count > $0.count && bytes.starts(with: $0) }
    }

    /// What stands for a label's colon, with its spaces.
    private static let colonStandIns: [[UInt8]] = [
        " — ", " – ", " | ", " · ", " › ", " » ", " → ", " ▸ ", " ► ", " ▶ ", " ➜ ",
    ].map { Array($0.utf8) }

    /// "…. Photo: Kremlin.ru", "Credit: Owen Pryor/Rural Voice", "(Foto: dpa)", "Crédit : X": the last
    /// colon follows a credit label that starts the line or a sentence, and a short credit follows it.
    /// "Brenda with some of her gnomes last summer Credit: Kennedy News": a tabloid's caption, its credit
    /// glued on with no full stop, the label capitalised mid-line (a sentence would not write "summer
    /// Credit:"), a short credit after it.
    private static func endsWithGluedCredit(_ text: String) -> Bool {
        guard text.utf8.count <= 240 else { return false }
        return UTF8Bytes.withBytes(text) { bytes in
            // The last colon, within the credit's 60 bytes of the end; then the word before it (its label).
            var colon = bytes.count - 1
            let earliest = max(1, bytes.count - 61)
            while colon >= earliest && bytes[colon] != UInt8(ascii: ":") { colon -= 1 }
            guard colon >= earliest else { return false }
            var start = colon
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            guard start > 0, bytes[start] &- UInt8(ascii: "A") < 26 else { return false }
            let credit = bytes[(colon + 1)...]
            guard !credit.isEmpty, !credit.contains(UInt8(ascii: ".")), credit.count(where: { $0 == 0x20 }) <= 5 else {
                return false
            }
            return Self.creditLabels.contains(utf8: bytes[start..<colon].map { $0 | 0x20 })
        }
    }

    private static func endsWithCredit(_ key: [UInt8]) -> Bool {
        guard let colon = key.lastIndex(of: UInt8(ascii: ":")) else { return false }
        var credit = key[(colon + 1)...].drop { $0 == 0x20 }
        while credit.last == UInt8(ascii: ")") || credit.last == 0x20 { credit = credit.dropLast() }
        guard !credit.isEmpty, !Self.hasSentenceBreak(credit) else { return false }
        guard Self.wordCount(credit) <= 8 else { return false }
        var labelEnd = colon
        while labelEnd > 0 && key[labelEnd - 1] == 0x20 { labelEnd -= 1 }
        // The label is one or two words; what precedes it must end a sentence or open a bracket.
        var start = labelEnd
        for _ in 0..<2 {
            while start > 0 && key[start - 1] != 0x20 && key[start - 1] != UInt8(ascii: "(") { start -= 1 }
            let label = String(decoding: key[start..<labelEnd], as: UTF8.self)
            if Self.creditLabels.contains(label) {
                var before = key[..<start]
                while before.last == 0x20 { before = before.dropLast() }
                if before.isEmpty
                    || Self.sentenceEnds.contains(where: {
                        before.elementsEqual($0) || before.reversed().starts(with: $0.reversed())
                    })
                {
                    return true
                }
            }
            guard start > 1, key[start - 1] == 0x20 else { return false }
            start -= 1
        }
        return false
    }

    /// "… près de Lasalle. (Photo Marc Roux / Le Courrier cévenol)": after a sentence (or alone), a
    /// bracket that opens with a credit's label and a space and holds a few words.
    private static func endsWithBracketedCredit(_ key: [UInt8]) -> Bool {
        // "(Photo …)" or "[Foto: …]".
        guard let close = key.last, close == UInt8(ascii: ")") || close == UInt8(ascii: "]"),
            let open = key.lastIndex(of: close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "["))
        else { return false }
        let inside = key[(open + 1)..<(key.count - 1)]
        guard let space = inside.firstIndex(of: 0x20), Self.wordCount(inside) <= 8, !Self.hasSentenceBreak(inside)
        else { return false }
        var label = inside[..<space]
        if label.last == UInt8(ascii: ":") { label = label.dropLast() }
        // "(Gazette file photo)", "(Archivfoto: …)" too: a picture from the outlet's archive, named last;
        // and "(Examiner photo)", "(Staff photo)": a few words naming whose picture it is, the word last.
        let namesPicture =
            Self.archivePictureWords.contains { UTF8Bytes.endsWith(inside, $0) }
            || (Self.wordCount(inside) <= 4 && Self.pictureWords.contains { UTF8Bytes.endsWith(inside, $0) })
        guard Self.creditLabels.contains(utf8: label) || namesPicture else { return false }
        var before = key[..<open]
        while before.last == 0x20 { before = before.dropLast() }
        return before.isEmpty || before.last == UInt8(ascii: ".")
    }

    /// "… construit en 1931. Photo É. Garnier", "… on Saturday. Foto Lena Brandt": after the caption's
    /// last sentence, a credit's label without its colon and a name of one to four capitalised words
    /// (initials too), to the line's end.
    private static func endsWithLabelAndName(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            var stop = bytes.count - 2
            let lowest = max(1, bytes.count - 60)
            while stop >= lowest {
                defer { stop -= 1 }
                guard bytes[stop] == UInt8(ascii: "."), bytes[stop + 1] == 0x20 else { continue }
                let rest = bytes[(stop + 2)...]
                guard let space = rest.firstIndex(of: 0x20) else { continue }
                // (A string only for a word after a full stop near the end, to lowercase "Фото" too.)
                guard rest.startIndex + 16 >= space,
                    Self.bareCreditLabels.contains(String(decoding: rest[..<space], as: UTF8.self).lowercased())
                else { continue }
                let name = rest[(space + 1)...].split(separator: 0x20)
                return (1...4).contains(name.count)
                    && name.allSatisfy { word in
                        let (scalar, _) = UTF8Bytes.scalar(
                            in: UnsafeBufferPointer(rebasing: bytes[word.startIndex...]),
                            at: 0
                        )
                        return scalar.properties.isUppercase
                    }
            }
            return false
        }
    }

    private static let bareCreditLabels = LineSet(
        Set(["photo", "photos", "foto", "fotos", "фото", "photograph", "bild"])
    )

    /// A picture, as the last word of a caption's bracket that names whose it is (lowercased).
    private static let pictureWords: [[UInt8]] = [
        " photo", " photograph", " picture", " pic", " foto", " фото", " photos", " fotos",
    ].map { Array($0.utf8) }

    /// A picture from the outlet's archive, as a caption's bracket ends with it (lowercased).
    private static let archivePictureWords: [[UInt8]] = [
        " file photo", " file picture", " archive photo", " photo d'archives", " foto de archivo", " archivfoto",
        " архивное фото", " архівне фото",
    ].map { Array($0.utf8) }

    /// "… on Monday afternoon. (KVRN)": a caption whose last sentence is followed by its source in
    /// brackets, an agency's or a station's letters alone (two to six capitals or digits). A story's
    /// sentence names an abbreviation before its full stop ("… the World Health Organization (WHO).").
    private static func endsWithBracketedSource(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            let count = bytes.count
            guard count >= 8, bytes[count - 1] == UInt8(ascii: ")") else { return false }
            var open = count - 2
            while open >= 0 && (bytes[open] &- UInt8(ascii: "A") < 26 || UTF8Bytes.isDigit(bytes[open])) { open -= 1 }
            let letters = count - 2 - open
            guard (2...6).contains(letters), open >= 3, bytes[open] == UInt8(ascii: "("), bytes[open - 1] == 0x20,
                bytes[open - 2] == UInt8(ascii: "."), !UTF8Bytes.isDigit(bytes[open + 1])
            else { return false }
            return true
        }
    }

    /// "… at the district depot in Millersport. (Carla Menendez / RPR)": a caption's last sentence,
    /// then the photographer and the agency in brackets, each of one to four capitalised words (a
    /// particle such as "de" aside), no figure: a story's bracket after its full stop holds a sentence
    /// or a reference ("(Debt / GDP figures below)").
    private static func endsWithBracketedNameAndSource(_ text: String) -> Bool {
        guard text.utf8.last == UInt8(ascii: ")"), text.utf8.count >= 12,
            let open = text.utf8.lastIndex(of: UInt8(ascii: "(")), open > text.utf8.startIndex
        else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let before = text[..<open].trimmingSpaces()
        guard before.utf8.last == UInt8(ascii: "."), inside.utf8.count <= 80,
            !inside.utf8.contains(where: UTF8Bytes.isDigit)
        else { return false }
        // (Or the source alone, of two words or more: "(Redbank Police Department)".)
        let sides = inside.split(separator: " / ", omittingEmptySubsequences: false)
        if sides.count == 1 && UTF8Bytes.spaceSeparated(inside).count < 2 { return false }
        return sides.count <= 2
            && sides.allSatisfy { side in
                let words = UTF8Bytes.spaceSeparated(side)
                return (1...4).contains(words.count) && side.first?.isUppercase == true
                    && words.allSatisfy { $0.first?.isUppercase == true || $0.utf8.count <= 3 }
            }
    }

    /// "Issue 112", "Ausgabe 7", "No. 214", "Выпуск № 12": an issue's word and its number, and nothing
    /// else (a part of a key, lower-case).
    static func isIssueNumber(_ part: Substring) -> Bool {
        // A figure first, on the bytes: most parts have none.
        guard part.utf8.count <= 24, part.utf8.contains(where: UTF8Bytes.isDigit) else { return false }
        let words = UTF8Bytes.spaceSeparated(part).filter { $0 != "№" && $0 != "#" }
        guard words.count == 2, Self.issueWords.contains(words[0]) else { return false }
        return words[1].utf8.drop { $0 == UInt8(ascii: "#") }.allSatisfy(UTF8Bytes.isDigit)
    }

    /// "Morning edition", "ранковий випуск", "Wochenend-Ausgabe" (as "ausgabe" after a hyphen): which of a
    /// newsletter's or a paper's editions, in two words, one of them the word for an issue, no number (a
    /// part of a key, lower-case).
    static func isEditionLabel(_ part: Substring) -> Bool {
        guard part.utf8.count <= 40 else { return false }
        let words = UTF8Bytes.spaceSeparated(part)
        guard (1...2).contains(words.count), !part.utf8.contains(where: UTF8Bytes.isDigit) else { return false }
        return words.contains { word in
            Self.editionWords.contains(word) || word.split(separator: "-").last.map(Self.editionWords.contains) == true
        }
    }

    /// The words for an edition or an issue that name one without its number.
    private static let editionWords: Set<Substring> = [
        "edition", "issue", "ausgabe", "édition", "edición", "выпуск", "випуск", "издание", "видання",
    ]

    /// "THE SALTMARSH DISPATCH - Issue No. 212", "Der Dorfbote, Ausgabe 48": a publication's name, a
    /// separator, and its issue number last (``isIssueNumber(_:)`` reads the parts set apart by `|` or `·`).
    static func isMastheadWithIssue(_ key: [UInt8]) -> Bool {
        // The last separator: a spaced dash, a comma or a colon.
        var cut: (start: Int, end: Int)?
        var index = key.count - 2
        while index > 0 && cut == nil {
            for separator in Self.mastheadSeparators
            where index + separator.count <= key.count
                && key[index..<(index + separator.count)].elementsEqual(separator)
            {
                cut = (index, index + separator.count)
                break
            }
            index -= 1
        }
        guard let cut else { return false }
        let name = key[..<cut.start].split(separator: 0x20)
        var issue = key[cut.end...].split(separator: 0x20).map { Substring(String(decoding: $0, as: UTF8.self)) }
        guard (1...6).contains(name.count), issue.count >= 2, Self.issueWords.contains(issue[0]) else { return false }
        if issue.count == 3, Self.numberSigns.contains(issue[1]) { issue.remove(at: 1) }
        return issue.count == 2 && !issue[1].isEmpty
            && issue[1].utf8.drop { $0 == UInt8(ascii: "#") }.allSatisfy(UTF8Bytes.isDigit)
    }

    /// "Заречинск.инфо — городской портал", "Harbourtown.com | Your town, online": the site's name as its
    /// address, a spaced dash or bar, and a tagline of one to six words, no sentence: the page's masthead.
    private static func isSiteNameWithTagline(_ key: [UInt8]) -> Bool {
        guard let space = key.firstIndex(of: 0x20), let dot = key[..<space].lastIndex(of: UInt8(ascii: ".")),
            dot > 0, (2...12).contains(space - dot - 1),
            key[(dot + 1)..<space].allSatisfy({ $0 &- UInt8(ascii: "a") < 26 || $0 >= 0x80 }),
            key[..<dot].allSatisfy({
                $0 &- UInt8(ascii: "a") < 26 || UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 >= 0x80
            }),
            let last = key.last, !Self.sentenceEndBytes.contains(last)
        else { return false }
        let rest = key[(space + 1)...].split(separator: 0x20)
        guard let separator = rest.first, Self.taglineSeparators.contains(where: { separator.elementsEqual($0) })
        else { return false }
        return (1...6).contains(rest.count - 1)
    }

    private static let atomMark = Array(" (atom)".utf8)
    private static let rssMark = Array(" (rss)".utf8)

    private static let taglineSeparators: [[UInt8]] = ["-", "–", "—", "|", "·"].map { Array($0.utf8) }

    private static let mastheadSeparators: [[UInt8]] = [" - ", " – ", " — ", ", ", ": "].map { Array($0.utf8) }

    private static let numberSigns: Set<Substring> = ["no.", "nr.", "n°", "№", "#", "núm."]

    private static let issueWords: Set<Substring> = [
        "issue", "no.", "nr.", "ausgabe", "numéro", "n°", "número", "núm.", "edition", "выпуск", "випуск", "номер",
    ]

    /// How many runs of bytes other than spaces `bytes` hold.
    private static func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte != 0x20 && previous == 0x20 { count += 1 }
            previous = byte
        }
        return count
    }

    /// Whether `bytes` hold `©` (C2 A9) and a year as a word after it, right after it or
    /// after the holder's name ("© 2024 …", "All content © Brindle Cross Clarion 2025 unless …"): within
    /// 60 bytes, no sentence's mark between.
    private static func hasSignedYear(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            UTF8Bytes.contains(0xA9, in: bytes) { bytes, at in
                guard at >= 1, bytes[at - 1] == 0xC2 else { return false }
                var year = at + 1
                if year < bytes.count && bytes[year] == 0x20 { year += 1 }
                if Self.isYear(bytes, at: year) { return true }
                // The holder's name first: the sign a word of its own (the bytes of "Ã©", a misread "é",
                // hold it inside a word), then words of letters only before the year.
                guard at >= 2, bytes[at - 2] == 0x20, year > at + 1 else { return false }
                while year + 4 <= bytes.count && year <= at + 60 {
                    let byte = bytes[year]
                    if UTF8Bytes.isDigit(byte) { return Self.isYear(bytes, at: year) && bytes[year - 1] == 0x20 }
                    if UTF8Bytes.isAny(byte, of: ".;!?,:") { return false }
                    year += 1
                }
                return false
            }
        }
    }

    /// Whether four digits opening with 1 or 2 (a year) stand at `index` of `bytes`, no digit after them.
    private static func isYear(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "1") || bytes[index] == UInt8(ascii: "2") else {
            return false
        }
        return UTF8Bytes.isDigit(bytes[index + 1]) && UTF8Bytes.isDigit(bytes[index + 2])
            && UTF8Bytes.isDigit(bytes[index + 3]) && (index + 4 == bytes.count || !UTF8Bytes.isDigit(bytes[index + 4]))
    }

    /// "18+", "0+": one or two digits and a plus.
    private static func isAgeRating(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes.last == UInt8(ascii: "+") && bytes.dropLast().allSatisfy(UTF8Bytes.isDigit)
    }

    /// Whether `bytes` hold a year 1900–2099 as a word of four digits.
    private static func hasYear(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for start in 0...(bytes.count - 4) {
            let window = bytes[start..<(start + 4)]
            guard window.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), window.first == 0x31 || window.first == 0x32,
                start == 0 || !(bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39),
                start + 4 == bytes.count || !(bytes[start + 4] >= 0x30 && bytes[start + 4] <= 0x39)
            else { continue }
            return true
        }
        return false
    }

    /// Whether `bytes` hold ". " after a word longer than one letter (an initial, "J. Morel", is not a
    /// sentence break).
    private static func hasSentenceBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20 {
                // ("M. Roth", and "Klinikum Auental/M. Roth" after an agency's slash.)
                let isInitial =
                    index > bytes.startIndex
                    && (index - 1 == bytes.startIndex || bytes[index - 2] == 0x20 || bytes[index - 2] == 0x2F)
                if !isInitial { return true }
            }
            index += 1
        }
        return false
    }

    /// "The Kremlin. Sergei Vedyashkin / Moskva News Agency": after the last sentence, names on both
    /// sides of a slash, every word capitalized.
    private static func endsWithNameSlashAgency(_ sentence: Substring) -> Bool {
        let sides = UTF8Bytes.separated(sentence, by: UInt8(ascii: "/"), omittingEmpty: false)
        guard sides.count == 2 else { return false }
        return sides.allSatisfy { side in
            let words = UTF8Bytes.spaceSeparated(side)
            return (1...6).contains(words.count)
                && words.allSatisfy { word in
                    guard let first = word.first else { return false }
                    return first.isUppercase || first.isNumber || Self.nameConnectors.contains(word)
                }
        }
    }

    private static let nameConnectors = LineSet([
        "of", "de", "du", "des", "la", "le", "the", "for", "and", "&", "und", "y", "von", "van",
    ])

    /// What follows the last ". " (the whole line when there is none).
    private static func lastSentence(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var index = bytes.count - 1
        while index > 0 {
            if bytes[index] == 0x20 && bytes[index - 1] == UInt8(ascii: ".") {
                // A name's initial ("Photo © Radio Littoral / J. Morvan") ends no sentence: one ASCII
                // letter after a space or a slash.
                let isInitial =
                    index >= 2 && UTF8Bytes.isASCIILetter(bytes[index - 2])
                    && (index == 2 || bytes[index - 3] == 0x20 || bytes[index - 3] == 0x2F)
                if !isInitial { return bytes[(index + 1)...] }
            }
            index -= 1
        }
        return bytes[...]
    }

    /// "MarineWatch", "TechCrunch": a capital inside a single word, as brands write their names.
    private static func isCamelCase(_ word: Substring) -> Bool {
        // An ASCII word (most) on its bytes: the same answer without a `Character` (see ``asciiCamelCase(_:)``).
        if let answer = UTF8Bytes.withBytes(word, Self.asciiCamelCase) { return answer }
        guard let first = word.first, first.isUppercase, word.count >= 4, word.allSatisfy(\.isLetter) else {
            return false
        }
        return word.dropFirst().contains(where: \.isUppercase) && word.dropFirst().contains(where: \.isLowercase)
    }

    /// ``isCamelCase(_:)`` for a word of ASCII bytes, where a character is a byte and a letter is `A`–`Z`
    /// or `a`–`z`; nil for a word with any other byte, which the character version answers.
    private static func asciiCamelCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard bytes.count >= 4, bytes[0] &- UInt8(ascii: "A") < 26, bytes.allSatisfy(UTF8Bytes.isASCIILetter) else {
            return false
        }
        let rest = bytes.dropFirst()
        return rest.contains { $0 &- UInt8(ascii: "A") < 26 } && rest.contains { $0 &- UInt8(ascii: "a") < 26 }
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func isAcronym(_ word: Substring) -> Bool {
        // An ASCII word (most) on its bytes: the same answer without a `Character` (see ``asciiAcronym(_:)``).
        if let answer = UTF8Bytes.withBytes(word, Self.asciiAcronym) { return answer }
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "&" }
    }

    /// ``isAcronym(_:)`` for a word of ASCII bytes, where a character is a byte, a letter `A`–`Z` or
    /// `a`–`z` and a number `0`–`9`; nil for a word with any other byte, which the character version answers.
    private static func asciiAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var letters = 0
        var allCapitals = true
        var onlyAllowed = true
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if UTF8Bytes.isASCIILetter(byte) {
                letters += 1
                if byte >= UInt8(ascii: "a") { allCapitals = false }
            } else if !UTF8Bytes.isDigit(byte) && byte != UInt8(ascii: ".") && byte != UInt8(ascii: "&") {
                onlyAllowed = false
            }
        }
        return letters >= 2 && letters <= 6 && allCapitals && onlyAllowed
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces (the text is already normalized: no other white space).
    func trimmingSpaces() -> Substring {
        let whole = Substring(self)
        if let trimmed = whole.trimmingSpaceBytes() { return trimmed }
        let start = whole.firstIndex { $0 != " " } ?? whole.endIndex
        let end = whole.lastIndex { $0 != " " }.map { whole.index(after: $0) } ?? start
        return Substring(whole[start..<Swift.max(start, end)])
    }

    /// Without leading and trailing occurrences of `characters`.
    func trimmingCharacters(in characters: String) -> Substring {
        let whole = Substring(self)
        if let trimmed = whole.trimmingASCII(characters) { return trimmed }
        let start = whole.firstIndex { !characters.contains($0) } ?? whole.endIndex
        let end = whole.lastIndex { !characters.contains($0) }.map { whole.index(after: $0) } ?? start
        return whole[start..<Swift.max(start, end)]
    }
}

extension Substring {
    /// ``StringProtocol/trimmingSpaces()`` on the bytes, when every space trimmed is a character of its
    /// own: none is followed by a mark that joins it, none follows a Prepend character. Nil when the
    /// answer needs the character-level walk.
    fileprivate func trimmingSpaceBytes() -> Substring? {
        let bounds: (start: Int, end: Int)? = UTF8Bytes.withBytes(self) { bytes in
            var start = 0
            while start < bytes.count && bytes[start] == 0x20 { start += 1 }
            if start == bytes.count { return (start, start) }
            var end = bytes.count
            while end > start && bytes[end - 1] == 0x20 { end -= 1 }
            if start > 0 && UTF8Bytes.extendsCharacter(bytes, at: start) { return nil }
            if end < bytes.count && bytes[end - 1] >= 0x80 {
                var lead = end - 1
                while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                if UTF8Bytes.mayHoldPrepend(UnsafeBufferPointer(rebasing: bytes[lead..<end])) { return nil }
            }
            return (start, end)
        }
        guard let bounds else { return nil }
        if bounds.start == 0 && bounds.end == self.utf8.count { return self }
        let lower = self.utf8.index(self.startIndex, offsetBy: bounds.start)
        return self[lower..<self.utf8.index(lower, offsetBy: bounds.end - bounds.start)]
    }

    /// ``StringProtocol/trimmingCharacters(in:)`` on the bytes, when `characters` are white space or
    /// punctuation that no other character is canonically equivalent to, and the bytes kept next to
    /// trimmed ones are ASCII: then every scalar trimmed is a character of its own. Nil when the
    /// answer needs the character-level walk.
    fileprivate func trimmingASCII(_ characters: String) -> Substring? {
        guard let set = TrimSet(characters) else { return nil }
        let bounds: (start: Int, end: Int)? = UTF8Bytes.withBytes(self) { bytes in
            var start = 0
            while start < bytes.count, let length = set.memberLength(bytes, at: start) { start += length }
            if start == bytes.count { return (start, start) }
            var end = bytes.count
            while end > start {
                var scalarStart = end - 1
                while scalarStart > start && bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
                guard set.memberLength(bytes, at: scalarStart) != nil else { break }
                end = scalarStart
            }
            // A combining mark after a trimmed space, or a prepended mark before one, would make them one
            // character: such lines take the character-level walk.
            guard start == 0 || bytes[start] < 0x80, end == bytes.count || bytes[end - 1] < 0x80 else { return nil }
            return (start, end)
        }
        guard let bounds else { return nil }
        let lower = self.utf8.index(self.startIndex, offsetBy: bounds.start)
        return self[lower..<self.utf8.index(lower, offsetBy: bounds.end - bounds.start)]
    }
}

/// What ``Substring/trimmingASCII(_:)`` may trim: ASCII bytes as a 128-bit mask, and a few other
/// scalars. Only characters that no other character is canonically equivalent to, and no CR or LF
/// (which pair up into one character), are allowed.
private struct TrimSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var others: [UInt32] = []

    /// The scalars of `characters`; nil when one is not allowed: ` \t:#"')]*_` and `’”»›`.
    init?(_ characters: String) {
        for scalar in characters.unicodeScalars {
            switch scalar {
            case " ", "\t", ":", "#", "\"", "'", ")", "*":
                self.low |= 1 << UInt64(scalar.value)
            case "]", "_":
                self.high |= 1 << UInt64(scalar.value - 64)
            case "’", "”", "»", "›":
                self.others.append(scalar.value)
            default:
                return nil
            }
        }
    }

    /// The byte length of the scalar at `index` of valid UTF-8 `bytes` when it is a member, else nil.
    @inline(__always)
    func memberLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 64 { return self.low & (1 << UInt64(byte)) != 0 ? 1 : nil }
        if byte < 128 { return self.high & (1 << UInt64(byte - 64)) != 0 ? 1 : nil }
        guard !self.others.isEmpty else { return nil }
        let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
        return self.others.contains(scalar.value) ? length : nil
    }
}

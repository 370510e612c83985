/// What the body's lines say besides the article text: a headline, a date line, a URL footer.
struct ArticleBody {
    var title: String?
    /// The date of a date line or byline near the top.
    var date: WrittenDate?
    /// The address under an "Original url:" footer.
    var url: String?
    var paragraphs: [String]
    /// Other dates written on date lines, which settle an ambiguous `09/02/2025`.
    var otherDates: [WrittenDate] = []
}

/// Decides, unit by unit, what is headline, header line, boilerplate or article text.
///
/// Header lines (bylines, "Updated …" lines) only count as such near the top, where an editor puts
/// them; boilerplate and captions are recognised anywhere.
enum BodySelection {
    /// How many units from the top may still be header lines (title, byline, date, caption), and how
    /// many after the headline found below the page's own lines (a dek, a byline, then the date).
    private static let headerZone = 8
    private static let headerLinesAfterTitle = 4

    /// - Parameters:
    ///   - units: the body, in order.
    ///   - headerTitle: the headline the file's header named, if it named one.
    ///   - leadIsDek: whether the first unit is a dek (from a ` date …` line), so no headline follows.
    ///   - author: what the header's author field says, if it has one (bylines in the body name more).
    static func select(
        _ units: [TextUnit],
        headerTitle: String?,
        leadIsDek: Bool,
        author: String? = nil,
        forwardedSubject: String? = nil
    ) -> ArticleBody {
        var keep = [Bool](repeating: true, count: units.count)
        var body = ArticleBody(paragraphs: [])
        // Each line's key once, shared by every check on it (the headline search reads the first few).
        let keys = units.map { Boilerplate.LineKey($0.text) }
        var headerZone = Self.headerZone
        var titleIndex: Int?
        if headerTitle == nil && !leadIsDek,
            let (index, pageTop) = Self.subjectIndex(units, forwardedSubject) ?? Self.titleIndex(units, keys)
        {
            body.title = units[index].text
            titleIndex = index
            keep[index] = false
            for line in pageTop {
                keep[line] = false
                // (The page's top may date the piece: a newsletter's masthead with its issue and date.)
                if let date = Self.dateOfMetaRow(units[line].text) { Self.note(date, in: &body) }
            }
            headerZone = max(headerZone, index + 1 + Self.headerLinesAfterTitle)
            if index > 0 && Self.isKickerOverHeadline(index - 1, units, keys) { keep[index - 1] = false }
        }

        var updated: WrittenDate?
        // Where the authors are named, read only if the foot may hold a bio.
        var authorLines = author.map { [InlineNormalizer.normalize($0)] } ?? []
        var index = 0
        while index < units.count {
            defer { index += 1 }
            guard keep[index] else { continue }
            let unit = units[index]
            let text = unit.text
            if unit.isImageOrRule || text.isEmpty || Self.isOverFollowerCountOrFollowButton(index, units, keys) {
                keep[index] = false
                continue
            }
            if unit.isGapRow && !Self.isTableRow(index, units) && !DateParsing.readDateLine(text).isDateOnly {
                // (A row of the page's facts in gaps may hold the date.)
                if index < headerZone, let date = Self.dateOfMetaRow(text) { Self.note(date, in: &body) }
                // A menu, a strip of links, a widget's readings: items set apart by wide gaps (a date line's
                // parts, "Published 4 March 2025, 07:40 GMT  |  Updated …", are read below).
                keep[index] = false
                continue
            }
            // (At the top of the page only: nothing above it kept.)
            if index < headerZone && text.utf8.count <= 100 && text.utf8.last != UInt8(ascii: ".")
                && Self.isMastheadOverMenu(index, units, keys) && !keep[..<index].contains(true)
            {
                keep[index] = false
                // (A newsletter's masthead may give its issue's date: "ELBAUEN BRIEFING · Ausgabe 214 · …".)
                if let date = Self.dateOfMetaRow(text) { Self.note(date, in: &body) }
                continue
            }
            let key = keys[index]
            let footer = HeaderParsing.urlLine(text, key)
            if footer.isLabel {
                keep[index] = false
                if let url = footer.url {
                    body.url = body.url ?? url
                } else if index + 1 < units.count, TextShape.isBareURL(units[index + 1].text) {
                    body.url = body.url ?? units[index + 1].text
                    keep[index + 1] = false
                }
                continue
            }
            if TextShape.isBareURL(text) || TextShape.isBareDomain(text) {
                keep[index] = false
                // An address alone over the article, nothing kept above it ("https://…/piscine-fermeture-ete"
                // under a forward's headers, over the story sent on): the article's own link, when its path
                // names an article (a section and a slug, or a slug of some length; "http://x.com/a" does not).
                if TextShape.isBareURL(text) && keep[..<index].allSatisfy({ !$0 }) && TextShape.hasArticlePath(text) {
                    body.url = body.url ?? text
                }
                continue
            }
            // A browser's print footer gives the page's address; its header repeats the page's title. (Both
            // end or open with a digit: most lines are passed over on their key's bytes.)
            if let last = key.bytes.last, UTF8Bytes.isDigit(last), let address = PrintView.footerAddress(text) {
                keep[index] = false
                body.url = body.url ?? address
                continue
            }
            if let first = key.bytes.first, UTF8Bytes.isDigit(first), let title = body.title,
                PrintView.isHeader(text, title: title)
            {
                keep[index] = false
                continue
            }
            let reading = DateParsing.readDateLine(text)
            if reading.isDateOnly {
                keep[index] = false
                if let date = reading.date {
                    if index < headerZone && reading.isUpdateOnly {
                        // "Updated …" on its own line: the published date, if a line gives one, wins.
                        updated = updated ?? date
                    } else if index < headerZone && body.date == nil {
                        body.date = date
                    } else {
                        body.otherDates.append(date)
                    }
                }
                continue
            }
            // "Castellar del Río - 12 mar 2025 - 14:05 CET": the place the story was filed from, then its date.
            if index < headerZone, let date = Self.placedDate(text) {
                keep[index] = false
                if body.date == nil { body.date = date } else { body.otherDates.append(date) }
                continue
            }
            // (Not a date line: "Mittwoch, 5. März 2025" was read above. Below the header's lines only: there
            // a name and a date are a byline, "By Jane Doe, March 3, 2025".)
            if index >= headerZone, let last = key.bytes.last, UTF8Bytes.isDigit(last),
                NoticeClosing.isPlaceAndDate(text)
            {
                keep[index] = false
                if index + 1 < units.count && NoticeClosing.isSignature(units[index + 1].text) {
                    keep[index + 1] = false
                }
                continue
            }
            if index < headerZone, index + 1 < units.count, Self.isNameAboveDateLine(text, units[index + 1].text) {
                // "Анна Корнеева" over "12 ноября 2025, 09:15": a byline without "By".
                keep[index] = false
                authorLines.append(text)
                continue
            }
            if index < headerZone && PageWidgets.isNameWithRole(text, key) {
                // "Тарас Мельник, кореспондент": a byline without "By".
                keep[index] = false
                authorLines.append(text)
                continue
            }
            if index < headerZone {
                let byline = Byline.read(text)
                if byline.isByline {
                    keep[index] = false
                    if body.date == nil { body.date = byline.date }
                    authorLines.append(text)
                    continue
                }
                // "*Пресс-служба музея | 14 марта 2026*": the Markdown byline's shape with a name but no "By".
                if unit.isEmphasized, let date = Self.emphasizedNameAndDate(text) {
                    keep[index] = false
                    if body.date == nil { body.date = date }
                    authorLines.append(text)
                    continue
                }
                // "Published Nov 14, 2024 • Last updated 2 hours ago • 3 minute read": the date line's parts
                // beside a relative update and a reading time.
                if let date = Self.dateOfMetaRow(text) {
                    keep[index] = false
                    Self.note(date, in: &body)
                    continue
                }
            }
            if Self.isMenuBarRow(index, units, keys) {
                // After the byline's and the date line's readings: "Por Ana Ruiz | 14 de enero | 3 min".
                keep[index] = false
                continue
            }
            if index < headerZone && !keep[..<index].contains(true)
                && (Boilerplate.isSectionKicker(text) || Boilerplate.isBreadcrumb(text)
                    || Boilerplate.isSectionPath(text)
                    || (index + 1 < units.count && Self.isCapitalsKicker(text))
                    || (headerTitle != nil && Self.isSectionNameOverDateLine(index, units)))
            {
                keep[index] = false
                continue
            }
            let followsImage = index > 0 && units[index - 1].isImageOrRule && unit.isEmphasized
            if ReaderPrompts.isContactHeading(key) {
                // A press contact block: the heading and the rest of its block (name, e-mail, phone).
                keep[index] = false
                var next = index + 1
                while next < units.count && !units[next].startsBlock {
                    keep[next] = false
                    next += 1
                }
                continue
            }
            if let end = PressReleaseSections.sectionEnd(at: index, units, keys) {
                // "About Brightfen Robotics" over the company's paragraph; "Forward-Looking Statements".
                for dropped in index...end { keep[dropped] = false }
                continue
            }
            if PageWidgets.isCommentHeader(key) {
                // A reader's comment: its header ("birdwatcher52 · 3 hours ago") and the text under it.
                keep[index] = false
                if index + 1 < units.count, !units[index + 1].startsBlock, units[index + 1].text.utf8.count <= 600,
                    !PageWidgets.isCommentHeader(keys[index + 1])
                {
                    keep[index + 1] = false
                }
                continue
            }
            if unit.startsBlock, index + 1 < units.count, !units[index + 1].startsBlock, keys[index + 1].length <= 120,
                keys[index + 1].bytes.last != UInt8(ascii: "."), Self.isCountedBoxHeading(keys[index])
            {
                // "Libro de condolencias (23)", "Comments (14)": a guest book's or a comment box's heading
                // with its count, opening its block, over the entries and the button in it (the first entry
                // a short line and no sentence: a name and a quotation, or a reader's name over the comment).
                keep[index] = false
                var next = index + 1
                while next < units.count && !units[next].startsBlock && next - index <= 12
                    && keys[next].length <= 300
                {
                    keep[next] = false
                    next += 1
                }
                continue
            }
            if let end = Self.listingsBoxEnd(index, units, keys) {
                // "Termine am Wochenende" and the listings under it, to the end of its block.
                for listed in index...end { keep[listed] = false }
                continue
            }
            if text.utf8.count <= 120, text.utf8.last == UInt8(ascii: "?"),
                index + 1 < units.count, !units[index + 1].startsBlock, PageChrome.isAnswerRow(keys[index + 1].bytes)
            {
                // A feedback box's question over its answers ("Cet article vous a-t-il été utile ?" / "Oui Non").
                keep[index] = false
                continue
            }
            if Self.isCookieBoxHeading(index, units, keys) {
                keep[index] = false
                continue
            }
            if ReaderPrompts.isCookieBanner(key) {
                keep[index] = false
                // Its buttons ("Accept all  Settings") when they stand on the next line, and one a line
                // ("Accept" / "Manage options") in its block.
                var next = index + 1
                while next < units.count, next - index <= 3,
                    units[next].text.utf8.count <= (next == index + 1 ? 100 : 40),
                    !units[next].startsBlock, !TextShape.endsLikeSentence(units[next].text)
                {
                    keep[next] = false
                    next += 1
                }
                continue
            }
            if followsImage || Boilerplate.isCaption(text, key) || ReaderPrompts.isWireSourceLine(text) {
                keep[index] = false
            } else if let heading = Boilerplate.teaserHeading(key),
                heading == .fixed
                    || (heading == .weak ? Self.teasersFillBlock(index, units) : Self.teasersFollow(index, units))
                    // A heading opening like a teaser block's as the body's last line (above the URL footer
                    // only): its link, the teasers left out ("Mehr aus Auenried und Umgebung").
                    || (heading == .opening && index > 2
                        && units[(index + 1)...].indices.allSatisfy({
                            TextShape.isBareURL(units[$0].text)
                                || HeaderParsing.urlLine(units[$0].text, keys[$0]).isLabel
                        }))
            {
                Self.dropTeaserBlock(headedAt: index, units, keys, &keep)
            } else if Self.isCardHeading(index, units) {
                Self.dropTeaserBlock(headedAt: index, units, keys, &keep)
            } else if Boilerplate.isBoilerplate(key) {
                keep[index] = false
                // A sponsor's marker over its pitch in one block ("SPONSORED" / "Are your assets ready …?
                // Download the free checklist …"): the pitch speaks to the reader.
                if index + 1 < units.count, !units[index + 1].startsBlock, keys[index + 1].length <= 300,
                    let bare = key.bare, Self.sponsorMarkers.contains(bare),
                    ReaderPrompts.speaksToReader(keys[index + 1].bytes)
                {
                    keep[index + 1] = false
                }
                // An author box's heading over the bio in its block ("About the author" / "Niamh Corrigan runs
                // …"): a paragraph or two.
                if index + 1 < units.count, !units[index + 1].startsBlock, let bare = key.bare,
                    Self.authorBoxHeadings.contains(bare)
                {
                    var next = index + 1
                    while next < units.count, next - index <= 2, !units[next].startsBlock, keys[next].length <= 600 {
                        keep[next] = false
                        next += 1
                    }
                }
            } else if Boilerplate.isIconLedLine(key) && !Self.isInIconList(index, units, keys) {
                keep[index] = false
            } else if unit.startsBlock && unit.endsBlock && Boilerplate.isTeaserHeadline(text)
                && !Self.isIntroducedListItem(index, units, keep)
            {
                keep[index] = false
            }
        }

        if body.date == nil { body.date = updated } else if let updated { body.otherDates.append(updated) }
        Self.dropFooterAddresses(units, &keep)
        let blocks = Self.blocks(units)
        Self.dropPageTopRemnants(units, blocks, titleIndex: titleIndex, &keep)
        Self.dropTeaserHeadlinesAmongDebris(units, blocks, &keep)
        Self.dropEmbeddedPosts(units, keys, blocks, &keep)
        Self.dropPitchesBetweenPrompts(units, keys, &keep)
        Self.dropBoxLabels(units, keys, blocks, &keep)
        Self.dropBoxesEndingInAButton(keys, blocks, &keep)
        Self.dropDonationBoxes(keys, blocks, &keep)
        Self.dropPolls(keys, blocks, &keep)
        Self.dropPromptContinuations(units, keys, &keep)
        Self.dropButtonsUnderDroppedLines(units, keys, &keep)
        Self.dropCorrectionPolicies(keys, &keep)
        Self.dropAuthorBio(units, authorLines: authorLines, &keep)
        Self.dropStaffBio(units, keys, &keep)
        Self.dropProfileBox(units, keys, &keep)
        Self.dropPullQuotes(units, &keep)
        body.paragraphs = units.indices.filter { keep[$0] }.map { units[$0].text }
        // Dumps often repeat the headline as the first line of the text: the body's own headline, or the
        // header's under the page's own lines (then only with text after it).
        if let title = body.title, body.paragraphs.first == title {
            body.paragraphs.removeFirst()
        } else if let title = headerTitle, body.paragraphs.count > 1, body.paragraphs.first == title {
            body.paragraphs.removeFirst()
        }
        return body
    }

    /// Takes `date` as the body's date, or as another date when it has one.
    private static func note(_ date: WrittenDate, in body: inout ArticleBody) {
        if body.date == nil { body.date = date } else { body.otherDates.append(date) }
    }

    /// The published date of a short row of a page's facts set apart by `·`, `|` or `•`, each part a date, a
    /// relative date or page chrome (a reading time), one part at least with a date ("Published Nov 14,
    /// 2024 • Last updated 2 hours ago • 3 minute read"). A date line alone is read elsewhere.
    private static func dateOfMetaRow(_ text: String) -> WrittenDate? {
        // A date has a digit (a menu or a kicker between separators has none), and such a row is short (a
        // dek or a paragraph that mentions a date is longer). Bylines with dates were read before this.
        guard text.utf8.count <= 120,
            UTF8Bytes.withBytes(text, { WordwiseScan.containsDigit($0) && UTF8Bytes.containsPartSeparator($0) })
        else { return nil }
        let parts = Boilerplate.markedParts(of: text).map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        var published: WrittenDate?
        var updated: WrittenDate?
        var others: [String] = []
        for part in parts {
            let reading = DateParsing.readDateLine(part)
            if reading.isDateOnly {
                if let date = reading.date {
                    if reading.isUpdateOnly { updated = updated ?? date } else { published = published ?? date }
                }
            } else {
                others.append(part)
            }
        }
        // The other parts are asked last, and only of a row that holds a date.
        guard let date = published ?? updated else { return nil }
        if others.allSatisfy(Boilerplate.isBoilerplate) { return date }
        // A newsletter's masthead with its issue and date: "ELBAUEN BRIEFING · Ausgabe 214 · Dienstag, 3.
        // März 2026", "«Вишнівський тиждень» · ранковий випуск · 7 березня 2025" (the name, a few words and
        // no sentence).
        let names = others.filter {
            let part = Substring($0.lowercased())
            return !Boilerplate.isIssueNumber(part) && !Boilerplate.isEditionLabel(part)
        }
        guard names.count == 1, others.count == 2, let name = names.first, !TextShape.endsLikeSentence(name),
            (1...6).contains(UTF8Bytes.spaceSeparated(name).count)
        else { return nil }
        return date
    }

    private static let sponsorMarkers = LineSet(BoilerplateCues.sponsorMarkers)

    /// Drops pull quotes: a line that is one quotation, whose words (less its closing punctuation) stand
    /// in another paragraph the article keeps ("“Somebody decided it was cheaper to let it die.”" over
    /// "“Somebody decided it was cheaper to let it die,” said …"): the page repeats the story's own
    /// sentence in large type. A quotation said only once is the story's.
    private static func dropPullQuotes(_ units: [TextUnit], _ keep: inout [Bool]) {
        for index in units.indices where keep[index] {
            guard let words = Self.wholeQuotation(units[index].text) else { continue }
            if units.indices.contains(where: {
                $0 != index && keep[$0] && UTF8Bytes.contains(words, inText: units[$0].text)
            }) {
                keep[index] = false
            }
        }
    }

    /// The words of a line that is one quoted sentence of at most 300 bytes and four words or more (“…”,
    /// "…", «…», „…“), without the marks and the closing punctuation, as bytes; nil for any other line.
    /// A quoted subheading („Sie war völlig entspannt“) that repeats a quotation of the section under
    /// it ends no sentence inside its marks, and stays.
    private static func wholeQuotation(_ text: String) -> [UInt8]? {
        UTF8Bytes.withBytes(text) { bytes -> [UInt8]? in
            // The opening mark and the ones that close it: `"`, “ (E2 80 9C) with ”, „ (E2 80 9E) with “ or
            // ”, « (C2 AB) with ».
            guard bytes.count >= 8, bytes.count <= 300 else { return nil }
            let opening: Int
            let closings: [[UInt8]]
            switch (bytes[0], bytes[1], bytes[2]) {
            case (0x22, _, _): (opening, closings) = (1, [[0x22]])
            case (0xE2, 0x80, 0x9C): (opening, closings) = (3, [[0xE2, 0x80, 0x9D]])
            case (0xE2, 0x80, 0x9E): (opening, closings) = (3, [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]])
            case (0xC2, 0xAB, _): (opening, closings) = (2, [[0xC2, 0xBB]])
            default: return nil
            }
            guard let closing = closings.first(where: { bytes.suffix($0.count).elementsEqual($0) }) else {
                return nil
            }
            var inner = bytes[opening..<(bytes.count - closing.count)]
            // One quotation: no mark of either kind inside.
            for index in inner.indices {
                let byte = inner[index]
                if byte == 0x22 { return nil }
                if byte == 0xE2 && index + 2 < inner.endIndex && inner[index + 1] == 0x80
                    && (0x9C...0x9E).contains(inner[index + 2])
                {
                    return nil
                }
                if byte == 0xC2 && index + 1 < inner.endIndex && (inner[index + 1] == 0xAB || inner[index + 1] == 0xBB)
                {
                    return nil
                }
            }
            while inner.first == 0x20 { inner = inner.dropFirst() }
            while inner.last == 0x20 { inner = inner.dropLast() }
            // A sentence, ended inside the marks (`.`, `!`, `?`, `…` E2 80 A6).
            let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
            guard let last = inner.last,
                last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                    || inner.suffix(3).elementsEqual(ellipsis)
            else { return nil }
            while true {
                if let last = inner.last, UTF8Bytes.isAny(last, of: ".,!?;: ") {
                    inner = inner.dropLast()
                } else if inner.suffix(3).elementsEqual(ellipsis) {
                    inner = inner.dropLast(3)
                } else {
                    break
                }
            }
            return inner.count(where: { $0 == 0x20 }) >= 3 ? Array(inner) : nil
        }
    }

    /// Whether the unit at `index` is an item of a list the story introduced: a label, a colon and its
    /// value ("Port Ames: 1.6 million containers; about 2,200 dockworkers"), under a kept line of the
    /// story that ends in a colon ("The three ports at a glance:"), perhaps after other such items. Such
    /// an item only looks like another article's headline under a label: the line above announced it.
    private static func isIntroducedListItem(_ index: Int, _ units: [TextUnit], _ keep: [Bool]) -> Bool {
        guard Self.isLabelledItem(units[index].text) else { return false }
        var above = index - 1
        while above >= 0 && keep[above] && Self.isLabelledItem(units[above].text) { above -= 1 }
        guard above >= 0, keep[above], !units[above].isImageOrRule else { return false }
        return units[above].text.utf8.last == UInt8(ascii: ":")
    }

    /// "Label: value": a colon among the first 40 bytes, after a word and before more text.
    private static func isLabelledItem(_ text: String) -> Bool {
        guard let colon = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")), colon > text.utf8.startIndex
        else { return false }
        let after = text.utf8[text.utf8.index(after: colon)...]
        return after.first == 0x20 && after.count > 1
    }

    /// Drops a poll: a block of at most eight lines headed "Опрос", "Umfrage", "Poll" that ends in its
    /// vote button ("Проголосовать", "Abstimmen"), its question and answers between. A story's
    /// subheading "Umfrage" is followed by text, not by a button.
    private static func dropPolls(_ keys: [Boilerplate.LineKey], _ blocks: [ClosedRange<Int>], _ keep: inout [Bool]) {
        for block in blocks where (3...8).contains(block.count) {
            guard let heading = keys[block.lowerBound].bare, Self.pollHeadings.contains(heading),
                let button = keys[block.upperBound].bare, Self.voteButtons.contains(button)
            else { continue }
            for index in block { keep[index] = false }
        }
    }

    private static let pollHeadings = LineSet(BoilerplateCues.pollHeadings)
    private static let voteButtons = LineSet(BoilerplateCues.voteButtons)

    /// Drops a donation box: a block that opens with a donation button ("Підтримати «Поділля-Інфо»",
    /// "Jetzt spenden"), and the lines under it in the block that speak to the reader or of the outlet
    /// as "us" ("Будь-яка сума допомагає нам …"), up to the first that does not.
    private static func dropDonationBoxes(
        _ keys: [Boilerplate.LineKey],
        _ blocks: [ClosedRange<Int>],
        _ keep: inout [Bool]
    ) {
        for block in blocks where block.count >= 2 && !keep[block.lowerBound] {
            guard Boilerplate.isDonationButton(keys[block.lowerBound]) else { continue }
            for index in block.dropFirst() {
                guard keys[index].isWhole, keys[index].length <= 400 else { break }
                if keep[index] && !ReaderPrompts.speaksToReader(keys[index].bytes) { break }
                keep[index] = false
            }
        }
    }

    /// The line a forwarded newsletter's subject names as its headline, near the top with only short lines
    /// above it (a masthead, its slogan, a browser link), which go with it.
    private static func subjectIndex(_ units: [TextUnit], _ subject: String?) -> (title: Int, pageTop: Range<Int>)? {
        guard let subject, let index = units.prefix(Self.headerZone).firstIndex(where: { $0.text == subject }),
            units[..<index].allSatisfy({ $0.text.utf8.count <= 120 && !TextShape.endsLikeSentence($0.text) })
        else { return nil }
        return (index, 0..<index)
    }

    /// The headline: the first unit after any leading boilerplate or date lines, when it is a Markdown
    /// heading or has a headline's shape, and article text follows it; or a headline further down,
    /// under the page's own lines (``headlineBelowPageTop(_:_:_:)``), which go with it (`pageTop`).
    private static func titleIndex(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey]
    ) -> (title: Int, pageTop: Range<Int>)? {
        var index = 0
        while index < min(units.count, 4)
            && (Self.isPreamble(units[index], keys[index]) || Self.isCookieBoxHeading(index, units, keys)
                || Self.isMastheadOverMenu(index, units, keys))
        {
            // A cookie banner's buttons may stand on the line under it (in its block: a headline may
            // follow the banner after a blank line).
            // (Buttons: a short line, or one naming a button's words; "Blitzeis am Morgen: Mehr als 40
            // Unfälle …" under a banner glued to the date prefix is the headline.)
            if ReaderPrompts.isCookieBanner(keys[index]), index + 1 < units.count, !units[index + 1].startsBlock,
                units[index + 1].text.utf8.count <= 100, !TextShape.endsLikeSentence(units[index + 1].text),
                units[index + 1].text.utf8.count <= 40
                    || keys[index + 1].phrases & ReaderPromptCues.Found.cookieButton != 0
            {
                index += 1
            }
            index += 1
        }
        if index < units.count && Self.isKickerOverHeadline(index, units, keys) { index += 1 }
        guard index + 1 < units.count else { return nil }
        if units[index].headingLevel > 0 && !units[index].text.isEmpty { return (index, index..<index) }
        if let headline = Self.markdownHeadlineBelowPageTop(index, units, keys) { return (headline, index..<headline) }
        if let headline = Self.headlineBelowPageTop(index, units, keys) { return (headline, index..<headline) }
        guard Self.mayBeHeadline(index, units, keys) else { return nil }
        return (index, index..<index)
    }

    /// A Markdown dump's `# Headline` under a few of the page's own lines ("**Sportportal Oberland** — Sport
    /// aus der Region" / a menu / a live ticker): the first level-one heading within eight lines of `start`,
    /// when every line above it is short, no sentence, heading, date line, byline or address. A page's
    /// lines never carry the one `#`.
    private static func markdownHeadlineBelowPageTop(
        _ start: Int,
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey]
    ) -> Int? {
        let end = min(units.count - 1, start + 8)
        guard start < end,
            let headline = (start + 1..<end).first(where: { units[$0].headingLevel == 1 && !units[$0].text.isEmpty }),
            (start..<headline).allSatisfy({ line in
                let text = units[line].text
                // The page's lines: short, no sentence unless it is debris or led by an icon (a live ticker's
                // "🔴 LIVE: … 1:1 (67.)"), no date line, byline or address (those are read below).
                return units[line].headingLevel == 0 && text.utf8.count <= 160
                    && (!TextShape.endsLikeSentence(text) || Boilerplate.isBoilerplate(keys[line])
                        || UTF8Bytes.spaceSeparated(text).first.map { PageChrome.isIcon($0.utf8) } == true)
                    && !Self.isUnderHeadline(line, units) && !TextShape.isBareURL(text)
                    && !HeaderParsing.urlLine(text, keys[line]).isLabel
            })
        else { return nil }
        return headline
    }

    /// Whether the unit at `index` may be the headline by its own shape: not a caption, a teaser's
    /// heading, a URL or its label, a byline.
    private static func mayBeHeadline(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        let unit = units[index]
        let key = keys[index]
        return TextShape.isHeadlineShaped(unit.text) && !unit.isEmphasized && !Boilerplate.isCaption(unit.text, key)
            && !Boilerplate.isTeaserHeading(key) && !TextShape.isBareURL(unit.text)
            && !HeaderParsing.urlLine(unit.text, key).isLabel && !Byline.read(unit.text).isByline
            // (A player's label or a weather widget's line of headline shape, "🎧 Listen to this article — 5
            // min", is the page's; so are three or more items in bars, a menu's or a share row's, "↗
            // Отправить другу: VK | OK | TG".)
            && !PageChrome.isChrome(key) && !PageWidgets.isWidget(key) && !(key.isWhole && ItemRows.isBarRow(key.bytes))
            && !Self.isOverFollowerCountOrFollowButton(index, units, keys)
    }

    /// "Берестянка Online" over "8 436 підписників": a channel's or a profile's name over its count of
    /// followers in its block, no headline and no story's line; and an author's name over the button to
    /// follow them ("Harriet Osei" / "Follow").
    private static func isOverFollowerCountOrFollowButton(
        _ index: Int,
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey]
    ) -> Bool {
        guard index + 1 < units.count && !units[index + 1].startsBlock else { return false }
        if WidgetMarks.isFollowerCountLine(keys[index + 1].bytes) { return true }
        // (A name only: "Subscribe to our podcast" over "Follow" is a prompt of its own.)
        return WidgetMarks.isFollowButton(keys[index + 1]) && Byline.author(units[index].text) == units[index].text
    }

    /// The headline under the page's own lines that the top of a dump keeps: "Plan a Trip" in a menu
    /// of one item a line, "Comunicación Judicial · Tribunal Superior …" over its menu, "[Join or
    /// renew]" under a masthead, "🔒 Login | Jetzt PLUS testen" after a menu in wide gaps. The headline
    /// is the first line within eight of `start` (the first line the preamble loop kept) that a date
    /// line or a byline follows (a Markdown `#` heading needs none); every line passed on the way is
    /// short, no sentence, no date line or byline; and the line at `start` is the page's
    /// (``isPageLine(_:before:_:_:)``).
    ///
    /// A headline with its own date line or byline under it stays: "Headline" / "A dek without a
    /// full stop" / "By …" is not passed over, nor is a headline whose block shows no page's lines
    /// above the one found.
    private static func headlineBelowPageTop(
        _ start: Int,
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey]
    ) -> Int? {
        // (What stands under each line is asked once: whether the next line is a date line or a byline
        // tells whether this one may be the headline, and then whether the next may be passed.)
        guard units[start].text.utf8.count <= 120, !TextShape.endsLikeSentence(units[start].text),
            !Self.isUnderHeadline(start + 1, units), !Self.isUnderHeadline(start, units)
        else { return nil }
        var index = start + 1
        var isUnder = false
        while index + 1 < units.count && index <= start + 8 {
            let unit = units[index]
            let nextIsUnder = Self.isUnderHeadline(index + 1, units)
            // Cheap signs first: most lines have no date line or byline under them.
            if !unit.text.isEmpty && !unit.isImageOrRule
                && (unit.headingLevel == 1
                    || (nextIsUnder && (unit.headingLevel > 0 || Self.mayBeHeadline(index, units, keys))))
                && !Self.isPreamble(unit, keys[index])
            {
                return Self.isPageLine(start, before: index, units, keys) ? index : nil
            }
            guard !isUnder, unit.text.utf8.count <= 120, !TextShape.endsLikeSentence(unit.text) else { return nil }
            isUnder = nextIsUnder
            index += 1
        }
        return nil
    }

    /// Whether the unit at `index` is what stands under a headline: a date line or a byline (with "By",
    /// or a name alone over a date line: "Дмитрий Осокин" / "14 февраля 2025, 09:40").
    private static func isUnderHeadline(_ index: Int, _ units: [TextUnit]) -> Bool {
        guard index < units.count else { return false }
        let text = units[index].text
        return DateParsing.readDateLine(text).isDateOnly || Byline.read(text).isByline
            || (units[index].isEmphasized && Self.emphasizedNameAndDate(text) != nil)
            || (index + 1 < units.count && Self.isNameAboveDateLine(text, units[index + 1].text))
    }

    /// Whether the line at `index` is the page's, above the headline at `headline`: set apart in parts
    /// itself (`|`, `·`, `•`), or in a block that shows a menu, a bar or gap row, a kicker's parts
    /// ("Seite drucken | Fenster schließen") or boilerplate between
    /// three lines before it and the headline (what follows the headline is the headline's: its date
    /// line, share buttons).
    private static func isPageLine(
        _ index: Int,
        before headline: Int,
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey]
    ) -> Bool {
        if keys[index].bytes.withUnsafeBufferPointer(UTF8Bytes.containsPartSeparator) { return true }
        var first = index
        while first > 0 && first > index - 3 && !units[first].startsBlock { first -= 1 }
        var last = index
        while last + 1 < headline && !units[last].endsBlock { last += 1 }
        return (first...last).contains { line in
            line != index
                && (units[line].isGapRow || Self.isMenuRow(line, keys) || Self.isMenuBarRow(line, units, keys)
                    || Boilerplate.isBoilerplate(keys[line]) || Boilerplate.isSectionKicker(units[line].text))
        }
    }

    /// Drops the publisher's postal address from a newsletter's footer: an address-shaped line
    /// (``PostalAddress``) after the article's last paragraph, next to a line already dropped as
    /// boilerplate ("Unsubscribe | Manage preferences", "Our mailing address is:"). An address among the
    /// article's paragraphs, or in a footer of its own, stays.
    private static func dropFooterAddresses(_ units: [TextUnit], _ keep: inout [Bool]) {
        guard let lastText = units.indices.last(where: { keep[$0] && !PostalAddress.isAddress(units[$0].text) })
        else { return }
        for index in (lastText + 1)..<units.count where keep[index] {
            let besideBoilerplate = [index - 1, index + 1].contains { neighbour in
                neighbour > lastText && neighbour < units.count && !keep[neighbour] && !units[neighbour].text.isEmpty
            }
            if besideBoilerplate { keep[index] = false }
        }
    }

    /// Drops an embedded post (a tweet, a Threads or Telegram post, an Instagram card) whole: a block
    /// of at most four lines that holds a line marking it (``PageChrome/isEmbedMarker(_:)``, already
    /// dropped), its text and channel and counters with it. Text in a larger block stays: dumps that
    /// put no blank line between paragraphs make the whole body one block.
    private static func dropEmbeddedPosts(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ blocks: [ClosedRange<Int>],
        _ keep: inout [Bool]
    ) {
        for block in blocks {
            // A prompt to watch under a video's line ("Watch on YouTube") is that video's, not a post's.
            let marksPost = { (index: Int) in
                !keep[index] && PageChrome.isEmbedMarker(keys[index])
                    && !(index > block.lowerBound && PageChrome.isMediaItem(keys[index - 1]))
            }
            if block.count <= 4, block.count > 1, block.contains(where: marksPost) {
                for index in block { keep[index] = false }
            }
        }
    }

    /// Drops what is left of the page's top in the body's first block: "НАУКА ПРИРЕЧЬЯ — новости науки и
    /// технологий" / "Главная / Новости / Климат" / "Время чтения: 3 мин." / "▶ Прослушать статью (5:02)".
    /// When some of a first block of three lines or more went as page chrome (a reading time, a share row, a
    /// weather widget), the rest of it is the page's too where each is furniture's shape: short, no
    /// sentence, and set out with a separator (a bar, a middle dot, a dash, a slash, an arrow) or in
    /// capitals: a masthead and its tagline, a menu, an account's links, a skip link. A dek or a byline
    /// over the story is a sentence or stands in a block of its own; the block holding the headline is left alone.
    private static func dropPageTopRemnants(
        _ units: [TextUnit],
        _ blocks: [ClosedRange<Int>],
        titleIndex: Int?,
        _ keep: inout [Bool]
    ) {
        guard blocks.count >= 2,
            let first = blocks.first(where: { block in block.contains { !units[$0].text.isEmpty } }),
            first.count >= 3, first != blocks.last, !first.contains(where: { $0 == titleIndex }),
            first.contains(where: { !keep[$0] && !units[$0].text.isEmpty })
        else { return }
        let kept = first.filter { keep[$0] }
        guard !kept.isEmpty, kept.allSatisfy({ Self.isFurnitureShaped(units[$0].text) }) else { return }
        for index in kept { keep[index] = false }
    }

    /// Drops a teaser's headline under its label ("Auch interessant ► Salzfurter Museumsnacht: …", "Вам
    /// буде цікаво: …") that shares its block only with debris already dropped (an ad's marker above it,
    /// a newsletter's box below): alone among kept lines, it stands as a block of its own would, where
    /// the loop drops it. In a block of kept lines it may be a list's item, and stays; under a name
    /// ("Dritter Abschnitt: Anschluss an die B 27 …") it may be a subheading, and stays too.
    private static func dropTeaserHeadlinesAmongDebris(
        _ units: [TextUnit],
        _ blocks: [ClosedRange<Int>],
        _ keep: inout [Bool]
    ) {
        for block in blocks where block.count >= 2 {
            let kept = block.filter { keep[$0] }
            guard kept.count == 1, let index = kept.first,
                Boilerplate.isTeaserHeadline(units[index].text, labelledOnly: true)
            else {
                continue
            }
            keep[index] = false
        }
    }

    /// A short line of a page's furniture: no sentence's end, and a separator between spaces (or an arrow
    /// or a caret at its end), or no lower-case letter at all.
    private static func isFurnitureShaped(_ text: String) -> Bool {
        guard text.utf8.count <= 100, !TextShape.endsLikeSentence(text),
            let last = text.unicodeScalars.last, !"?!".unicodeScalars.contains(last)
        else { return false }
        if Self.furnitureSeparators.contains(where: { UTF8Bytes.contains($0, inText: text) }) { return true }
        if Self.furnitureEndings.contains(last) { return true }
        return text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
    }

    private static let furnitureSeparators: [[UInt8]] = [
        " | ", " · ", " • ", " ✦ ", " — ", " – ", " / ", " › ", " » ", " ▸ ", " > ",
    ].map { Array($0.utf8) }
    private static let furnitureEndings: Set<Unicode.Scalar> = ["↓", "▾", "▼", "→", "›", "»"]

    /// The body's blocks (units between blank lines), as ranges of unit indices.
    private static func blocks(_ units: [TextUnit]) -> [ClosedRange<Int>] {
        var blocks: [ClosedRange<Int>] = []
        var start = 0
        while start < units.count {
            var end = start
            while end + 1 < units.count && !units[end].endsBlock && !units[end + 1].startsBlock { end += 1 }
            blocks.append(start...end)
            start = end + 1
        }
        return blocks
    }

    /// Drops a newsletter box's or an offer's pitch: a line of a sentence (160 bytes) that speaks to the reader ("Recevez
    /// chaque jour … de votre département") between two lines of one block already dropped as
    /// boilerplate ("Newsletter" above, "Je m'inscris" below).
    private static func dropPitchesBetweenPrompts(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ keep: inout [Bool]
    ) {
        guard units.count >= 3 else { return }
        for index in 1..<(units.count - 1) where keep[index] && !units[index].startsBlock && !units[index].endsBlock {
            let (above, below) = (index - 1, index + 1)
            guard !keep[above], !keep[below], !units[above].text.isEmpty, !units[below].text.isEmpty,
                keys[index].isWhole, keys[index].length <= 160
            else { continue }
            if ReaderPrompts.words(keys[index].bytes).contains(where: ReaderPrompts.isReaderWord) {
                keep[index] = false
            }
        }
    }

    /// Where the box that a listings heading opens at `index` ends ("Verkehr aktuell" over its items):
    /// the end of its block, when the block holds the heading and up to eight short lines under it. A
    /// heading alone in its block may be a subheading, and a dump without blank lines is one block.
    private static func listingsBoxEnd(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Int? {
        // A known heading ("Verkehr aktuell"), or any short heading over listings: two or more lines
        // that each open with a day, a date or a time and set their parts apart ("Mer. 20 h 30 · Les
        // Oiseaux de passage", "Sat 3/8 · Pancake breakfast, Fire Hall, $8").
        // (Most lines stand alone in their block, or start none: asked first.)
        guard index + 1 < units.count, !units[index + 1].startsBlock, keys[index].length <= 80 else { return nil }
        let isKnownHeading = PageWidgets.isBoxHeading(keys[index])
        // (A heading is no listing itself: lines that all open with a time are a story's timeline, "21:47 Uhr –
        // Alarm durch die Brandmeldeanlage" / "21:54 Uhr – erster Löschzug vor Ort".)
        guard
            isKnownHeading
                || (keys[index].length <= 60 && !TextShape.endsLikeSentence(units[index].text)
                    && !PageWidgets.isListing(keys[index]))
        else {
            return nil
        }
        var end = index
        while end + 1 < units.count && !units[end + 1].startsBlock {
            end += 1
            guard end - index <= 8, units[end].text.utf8.count <= 200 else { return nil }
        }
        guard end > index else { return nil }
        if isKnownHeading { return end }
        // (The box's last line may be its link to the rest: "Ver agenda completa".)
        let listed = PageWidgets.isButtonLine(keys[end]) && end - index >= 3 ? end - 1 : end
        return listed - index >= 2 && ((index + 1)...listed).allSatisfy({ PageWidgets.isListing(keys[$0]) }) ? end : nil
    }

    /// Drops the name over a newsletter's or an offer's box ("THE MORNING TIDE" over "The day's top
    /// stories … Sign up free"): a short line with no sentence's ending, at the top of a block whose
    /// other lines are all dropped, the first of them a prompt to the reader, or two or more of them (a
    /// box's listings, job ads, a poll's answers: "OFERTAS DESTACADAS" over three ads and a link). A
    /// subheading stands over article text, or over a marker alone ("Anzeige"), which is no prompt.
    private static func dropBoxLabels(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ blocks: [ClosedRange<Int>],
        _ keep: inout [Bool]
    ) {
        for block in blocks where block.count > 1 {
            let (label, rest) = (block.lowerBound, (block.lowerBound + 1)...block.upperBound)
            guard keep[label], !rest.contains(where: { keep[$0] }), keys[label].length <= 60,
                !units[label].text.isEmpty, !TextShape.endsLikeSentence(units[label].text),
                units[label].text.utf8.last != UInt8(ascii: "?"), TextShape.wordCount(units[label].text) <= 6,
                rest.count >= 2 || ReaderPrompts.isPrompt(keys[label + 1])
            else { continue }
            keep[label] = false
        }
    }

    /// Drops a small box that ends in a button: a block of two to five lines whose last line is a
    /// button alone ("Zwei Tage Wellness … ab 159 €" / "Jetzt buchen", a consent text over "Agree and
    /// close · Review settings", a donation appeal over "Give today"), and whose other lines are each
    /// already dropped, short, a sponsor's, or spoken to the reader (a price, "you", "us"). An
    /// article's block runs longer, a dump without blank lines is one block, and a paragraph of the
    /// story that lost its blank line keeps its block.
    private static func dropBoxesEndingInAButton(
        _ keys: [Boilerplate.LineKey],
        _ blocks: [ClosedRange<Int>],
        _ keep: inout [Bool]
    ) {
        for block in blocks where (2...5).contains(block.count) {
            guard PageWidgets.isButtonLine(keys[block.upperBound]),
                block.dropLast().allSatisfy({ index in
                    !keep[index] || keys[index].length <= 80 || PageWidgets.isSponsorLine(keys[index])
                        || keys[index].phrases & Self.widgetSubjects != 0
                        || (keys[index].isWhole
                            && (ReaderPrompts.speaksToReader(keys[index].bytes)
                                || ReaderOffers.namesDelivery(keys[index].bytes)))
                })
            else { continue }
            for index in block { keep[index] = false }
        }
        // A button alone in its block goes too.
        for block in blocks where block.count == 1 && PageWidgets.isButtonLine(keys[block.lowerBound]) {
            keep[block.lowerBound] = false
        }
    }

    /// What a widget's text names (the phrase search's categories): notifications, a newsletter, cookies, a
    /// subscription.
    private static let widgetSubjects =
        ReaderPromptCues.Found.notification | ReaderPromptCues.Found.newsletter | ReaderPromptCues.Found.cookie
        | ReaderPromptCues.Found.paywall

    /// Drops a button right under a dropped line of its block ("Apúntate a nuestro boletín cultural: …" /
    /// "Quiero recibirlo"; a poll's question over "Голосовать"): the box's button, whatever follows it.
    private static func dropButtonsUnderDroppedLines(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ keep: inout [Bool]
    ) {
        for index in units.indices.dropFirst()
        where keep[index] && !keep[index - 1] && !units[index].startsBlock && !units[index - 1].isImageOrRule
            && PageWidgets.isButtonLine(keys[index])
        {
            keep[index] = false
        }
    }

    /// Drops a newsroom's word on its corrections right under its invitation to report an error ("Spot
    /// something wrong? Let our standards editor know at …" / "Every correction we make is logged on
    /// our transparency page."): a short line naming an error or a correction in the outlet's own
    /// voice ("we", "our"), or the file's last line ("Corrections appear every Saturday on page 2 of the
    /// print edition"). Alone, such a line may be a column's ("We all make mistakes.").
    private static func dropCorrectionPolicies(_ keys: [Boilerplate.LineKey], _ keep: inout [Bool]) {
        for index in keys.indices.dropFirst() where keep[index] && !keep[index - 1] {
            let key = keys[index]
            guard key.length <= 160, ReaderPromptCues.errorWords.occurs(in: key.bytes[...]),
                index == keys.count - 1 || ReaderPrompts.speaksToReader(key.bytes),
                ReaderPrompts.isErrorReportPrompt(keys[index - 1].bytes)
            else { continue }
            keep[index] = false
        }
    }

    /// Drops the rest of a prompt broken over lines: a line of the same block after a dropped prompt
    /// that ends in the middle of a sentence ("… Поддержите нас — даже" / "100 рублей помогают нам …").
    private static func dropPromptContinuations(
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ keep: inout [Bool]
    ) {
        guard units.count >= 2 else { return }
        for index in 1..<units.count where keep[index] && !keep[index - 1] && !units[index].startsBlock {
            let previous = units[index - 1].text
            // A prompt's sentence broken off: a line of some length ("Pinned" over a post is a label).
            guard previous.utf8.count >= 40, !TextShape.endsLikeSentence(previous),
                !Self.endsAQuestionOrExclamation(previous),
                Self.continuesASentence(units[index].text), Boilerplate.isBoilerplate(keys[index - 1])
            else { continue }
            keep[index] = false
        }
    }

    private static func endsAQuestionOrExclamation(_ text: String) -> Bool {
        guard let mark = TextShape.finalMark(text) else { return false }
        return mark == "?" || mark == "!" || mark == "»" || mark == "”" || mark == "\""
    }

    /// Whether a line goes on with a sentence the line above broke off: it opens with a lowercase letter
    /// or a digit.
    private static func continuesASentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase || ("0"..."9").contains(first)
    }

    /// Drops the author's bio at the foot of the article, or at its top under the byline: one of the
    /// last two paragraphs, or of the first two when it is a line or two, opening with the full name of
    /// an author the byline or the header gave, then a verb, a dash or a comma and a post ("Renata Olsen
    /// covers utilities …", "Ирина Белова — обозреватель …", "Jane Doe, Associate Professor of
    /// Hydrology, University of Eastbrook", "Sabine Kröger ist Wirtschaftsredakteurin …"). A story
    /// seldom opens a paragraph with its own author's name, and never its first or closing lines.
    private static func dropAuthorBio(_ units: [TextUnit], authorLines: [String], _ keep: inout [Bool]) {
        guard !authorLines.isEmpty else { return }
        let kept = units.indices.filter { keep[$0] }
        guard kept.count > 2 else { return }
        let closing = kept.suffix(2)
        let authorBytes = authorLines.map { Array($0.utf8) }
        var authors: [String]?
        for index in kept.prefix(2).filter({ !closing.contains($0) }) + closing {
            let text = units[index].text
            // Most paragraphs open otherwise: the names are read only for one that opens with a capital.
            // (A bio at the top is a line or two; one at the foot may be a paragraph.)
            let longest = closing.contains(index) ? 600 : 300
            guard text.utf8.count <= longest, let first = text.unicodeScalars.first, first.properties.isUppercase
            else {
                continue
            }
            // Its first two words must stand in a byline before the name is read out of it.
            // (Without the comma a post may follow: "Julien Marchetti, maître de conférences …".)
            var opening = UTF8Bytes.withBytes(text, Self.firstTwoWords)
            if opening.last == UInt8(ascii: ",") { opening.removeLast() }
            guard authorBytes.contains(where: { UTF8Bytes.contains(opening, in: $0) }) else { continue }
            if authors == nil { authors = authorLines.compactMap(Byline.author) }
            guard let author = authors?.first(where: { text.hasPrefix($0 + " ") || text.hasPrefix($0 + ", ") }) else {
                continue
            }
            let after = text.dropFirst(author.count)
            if after.first == "," {
                // The name, a comma and the author's post, no sentence ("Julien Marchetti, maître de
                // conférences en écologie urbaine, Université de Vaunière"): a contributor's line.
                if text.utf8.count <= 200 && !TextShape.endsLikeSentence(text) { keep[index] = false }
            } else if let next = after.dropFirst().first, next.isLowercase || next == "—" || next == "–" {
                keep[index] = false
            }
        }
        Self.dropAuthorBox(units, kept: kept.suffix(4), authorLines: authorLines, &keep)
    }

    /// Drops a staff member's bio at the foot, where no byline names them: "Lowri Castle is the Clarion's
    /// features writer. She still types …". One of the last two lines kept, opening with a name (two or
    /// three capitalised words), "is" and an article or "our" ("ist", "est", "es" and theirs), its first
    /// sentence of at most sixteen words naming a newsroom's post ("writer", "Redakteurin", "journaliste").
    /// A story's last line says what its subject is in other words ("Tully is the town's last mender").
    private static func dropStaffBio(_ units: [TextUnit], _ keys: [Boilerplate.LineKey], _ keep: inout [Bool]) {
        // The last two lines kept, the newest first (no list of every kept line).
        var seen = 0
        var index = units.count
        while index > 0 && seen < 2 {
            index -= 1
            guard keep[index] else { continue }
            seen += 1
            // (A bio is no story's only text.)
            if Self.isStaffBio(units[index].text, keys[index], atTop: false) && keep.count(where: { $0 }) > 3 {
                keep[index] = false
            }
        }
        // Under the headline too, before the story: "Дмитрий Орлов пишет о транспорте … с 2015 года.
        // Почта: …" (in what a writer writes about only: "Jane Hale is the Gazette's new editor." may be
        // the story's dek).
        seen = 0
        index = 0
        while index < units.count && seen < 3 {
            defer { index += 1 }
            guard keep[index] else { continue }
            seen += 1
            if Self.isStaffBio(units[index].text, keys[index], atTop: true) { keep[index] = false }
        }
    }

    /// ``dropStaffBio(_:_:_:)``'s test of one line.
    private static func isStaffBio(_ text: String, _ key: Boilerplate.LineKey, atTop: Bool) -> Bool {
        // (A capital is asked of the name's words last: a Unicode property costs more than the bytes' tests.)
        guard key.length <= 300, let first = text.utf8.first, first &- UInt8(ascii: "A") < 26 || first >= 0xC0 else {
            return false
        }
        // The verb third or fourth, found before the words are cut (most lines have none there).
        let bytes = key.bytes
        var spaces = 0
        var wordStart = 0
        var hasVerb = false
        var writesAbout = false
        for index in bytes.indices where bytes[index] == 0x20 {
            spaces += 1
            if spaces >= 3 {
                let word = bytes[wordStart..<index]
                if !atTop && Self.staffBioVerbs.contains(utf8: word) {
                    hasVerb = true
                    break
                }
                // "… writes about transport", "… пишет о транспорте": a verb and its preposition.
                if Self.writesVerbs.contains(utf8: word),
                    let next = bytes[(index + 1)...].firstIndex(of: 0x20),
                    Self.writesPrepositions.contains(utf8: bytes[(index + 1)..<next])
                {
                    writesAbout = true
                    hasVerb = true
                    break
                }
            }
            if spaces == 4 { break }
            wordStart = index + 1
        }
        guard hasVerb else { return false }
        if writesAbout {
            // The name as written before the verb: two or three capitalised words.
            return Self.opensWithCapitalisedWords(text, spaces - 1)
        }
        // The first sentence's words (seventeen at most: one more than a bio's), cut on the bytes.
        var words: [ArraySlice<UInt8>] = []
        words.reserveCapacity(17)
        var start = 0
        for index in bytes.indices where bytes[index] == 0x20 {
            words.append(bytes[start..<index])
            start = index + 1
            if words.count > 16 || (index > 0 && bytes[index - 1] == UInt8(ascii: ".")) { break }
        }
        if start < bytes.count && words.count <= 16 && words.last?.last != UInt8(ascii: ".") {
            words.append(bytes[start...])
        }
        guard (5...16).contains(words.count),
            let verb = words.prefix(4).dropFirst(2).firstIndex(where: { Self.staffBioVerbs.contains(utf8: $0) }),
            // (An article, or the post itself: "est journaliste", "— корреспондент".)
            Self.staffBioArticles.contains(utf8: words[verb + 1])
                || Self.staffRoleWords.contains(utf8: words[verb + 1]),
            words[(verb + 2)...].contains(where: { word in
                Self.staffRoleWords.contains(utf8: word.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") })
            })
        else { return false }
        // The name as written: each of its words capitalised.
        return Self.opensWithCapitalisedWords(text, verb)
    }

    /// Whether `text`'s first `count` words as written (a name) each open with a capital, and more follow.
    private static func opensWithCapitalisedWords(_ text: String, _ count: Int) -> Bool {
        let written = text.split(separator: " ", maxSplits: count)
        return written.count > count
            && written.prefix(count).allSatisfy({ $0.unicodeScalars.first?.properties.isUppercase ?? false })
    }

    private static let authorBoxHeadings = LineSet(Set(BoilerplateCues.authorBoxHeadings))

    /// Whether `key` is a box's heading with its count in brackets: "Libro de condolencias (23)",
    /// "Comments (14)" (``BoilerplateCues/countedBoxHeadings``).
    private static func isCountedBoxHeading(_ key: Boilerplate.LineKey) -> Bool {
        let bytes = key.bytes
        guard key.length <= 48, bytes.last == UInt8(ascii: ")"),
            let open = bytes.lastIndex(of: UInt8(ascii: "(")), open >= 2, bytes[open - 1] == 0x20,
            open + 2 < bytes.count, bytes[(open + 1)..<(bytes.count - 1)].allSatisfy(UTF8Bytes.isDigit)
        else { return false }
        return Self.countedBoxHeadings.contains(utf8: bytes[..<(open - 1)])
    }

    private static let countedBoxHeadings = LineSet(Set(BoilerplateCues.countedBoxHeadings))

    private static let staffBioVerbs = LineSet(Set(PageWidgetCues.staffBioVerbs))
    private static let staffBioArticles = LineSet(Set(PageWidgetCues.staffBioArticles))
    private static let staffRoleWords = LineSet(PageWidgetCues.roleWords.union(PageWidgetCues.contributorWords))
    private static let writesVerbs = LineSet(Set(PageWidgetCues.writesVerbs))
    private static let writesPrepositions = LineSet(Set(PageWidgetCues.writesPrepositions))

    /// Drops a blogging platform's author box at the foot: a byline without a date over its profile's
    /// card, and the rest of their block (the bio): "Written by Harriet Osei" / "2.3K Followers · Writer
    /// for Civic Lines" / "Structural engineer. I write about …". Among the last eight lines, kept or
    /// not (a short article's foot is within the header's lines, where the byline is read as one).
    private static func dropProfileBox(_ units: [TextUnit], _ keys: [Boilerplate.LineKey], _ keep: inout [Bool]) {
        for index in units.indices.suffix(8) where index + 1 < units.count && !units[index + 1].startsBlock {
            // A byline's shape first, on the bytes: short, two to five words.
            let text = units[index].text
            guard text.utf8.count <= 60, (1...4).contains(text.utf8.count { $0 == 0x20 }),
                Self.isBylineOverProfileCard(text, card: keys[index + 1].bytes)
            else { continue }
            var line = index
            while line < units.count && (line == index || !units[line].startsBlock)
                && units[line].text.utf8.count <= 400
            {
                keep[line] = false
                line += 1
            }
            return
        }
    }

    /// The bytes up to the second space (the whole text when it has fewer).
    private static func firstTwoWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var spaces = 0
        for index in bytes.indices where bytes[index] == 0x20 {
            spaces += 1
            if spaces == 2 { return Array(bytes[..<index]) }
        }
        return Array(bytes)
    }

    /// Drops the author's box at the foot: the full name of an author the byline or the header gave,
    /// alone on one of the last four lines kept, and the lines under it in its block (a bio, "Delia
    /// Marsh" over "Delia covers energy, the harbour and …"). A story's line is never its author's name
    /// alone.
    private static func dropAuthorBox(
        _ units: [TextUnit],
        kept: ArraySlice<Int>,
        authorLines: [String],
        _ keep: inout [Bool]
    ) {
        var authors: [String]?
        for index in kept where index + 1 < units.count && !units[index + 1].startsBlock {
            // A name's shape first, on the bytes (two to five words, short): the bylines' names are read
            // only for such a line.
            let text = units[index].text
            guard text.utf8.count <= 60, (1...4).contains(text.utf8.count { $0 == 0x20 }) else { continue }
            if authors == nil { authors = authorLines.compactMap(Byline.author) }
            guard authors?.contains(text) == true else { continue }
            keep[index] = false
            var line = index + 1
            while line < units.count && !units[line].startsBlock && units[line].text.utf8.count <= 400 {
                keep[line] = false
                line += 1
            }
        }
    }

    /// "Written by Harriet Osei" over "2.3K Followers · Writer for Civic Lines": a byline without a date
    /// over its profile's card, as a blogging platform's author box prints them above the bio. (A byline
    /// alone says too little: a story's paragraph may follow one in its block.)
    private static func isBylineOverProfileCard(_ text: String, card: [UInt8]) -> Bool {
        guard WidgetMarks.isProfileCard(card) || WidgetMarks.isFollowerCountLine(card) else { return false }
        let reading = Byline.read(text)
        return reading.isByline && reading.date == nil
    }

    /// Whether the line at `index` is one of a list whose items open with the same icon, in one block
    /// ("✅ Bills stay …" / "✅ The plan is due …": a summary's points), not a lone promotion.
    private static func isInIconList(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        guard let icon = Boilerplate.leadingIcon(keys[index].bytes) else { return false }
        let before = index > 0 && !units[index].startsBlock ? index - 1 : nil
        let after = index + 1 < units.count && !units[index + 1].startsBlock ? index + 1 : nil
        return [before, after].contains { neighbour in
            neighbour.map { Boilerplate.leadingIcon(keys[$0].bytes) == icon } ?? false
        }
    }

    /// A name alone (two to five capitalised words, as ``Byline/author(_:)`` reads one) on the line
    /// above a date line, or above the place and date a byline would give ("Lucía Benítez" over
    /// "Valdesauces | Publicado el 12 mar 2025, 09:15").
    private static func isNameAboveDateLine(_ text: String, _ next: String) -> Bool {
        // Two to five words, no digit: most lines are ruled out on the bytes.
        guard text.utf8.count <= 60, (1...4).contains(text.utf8.count { $0 == 0x20 }),
            !text.utf8.contains(where: UTF8Bytes.isDigit)
        else { return false }
        // (A byline's place and date are a short line.)
        return
            (DateParsing.readDateLine(next).isDateOnly || Self.placedDate(next) != nil
            || (next.utf8.count <= 160 && Byline.read(next).date != nil))
            && Byline.author(text) == text
    }

    /// The date of a header's line that opens with the place the story was filed from, then a spaced
    /// separator and the date (and time): "Castellar del Río - 12 mar 2025 - 14:05 CET", "Lyon | 3 mars
    /// 2025". The place is one to four words from a capital, letters only; nil for any other line.
    static func placedDate(_ text: String) -> WrittenDate? {
        // The separator within the place's few words, found on the bytes: most lines have none.
        guard text.utf8.count <= 100,
            let (placeEnd, dateStart) = UTF8Bytes.withBytes(text, Self.datelineCut),
            let first = text.unicodeScalars.first, first.properties.isUppercase
        else { return nil }
        // A date has a digit after the separator: most lines cut so are a menu's or a title's.
        let bytes = Array(text.utf8)
        guard bytes[dateStart...].contains(where: UTF8Bytes.isDigit) else { return nil }
        let place = String(decoding: bytes[..<placeEnd], as: UTF8.self)
        guard place.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "." }),
            !place.split(separator: " ").contains(where: {
                DateVocabulary.weekdays.contains(String($0.lowercased().trimmingCharacters(in: ".")))
            })
        else { return nil }
        let reading = DateParsing.readDateLine(String(decoding: bytes[dateStart...], as: UTF8.self))
        // (A byline has the same shape, "Von Henrike Barthel | 3. März 2026", and is read as one.)
        guard reading.isDateOnly, !reading.isRelative, !reading.isUpdateOnly, !Byline.read(text).isByline else {
            return nil
        }
        return reading.date
    }

    /// Where a place of one to four words ends and the text after its separator starts: a space, then
    /// `-`, `–`, `—`, `|`, `·` or `•`, then a space; nil when none comes within four words.
    private static func datelineCut(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var spaces = 0
        for index in bytes.indices where bytes[index] == 0x20 {
            spaces += 1
            guard spaces <= 4 else { return nil }
            guard index > 0, index + 1 < bytes.count else { continue }
            let mark = UTF8Bytes.partSeparatorLength(bytes, at: index + 1)
            let length = mark > 0 ? mark : UTF8Bytes.dashLength(bytes, at: index + 1)
            let after = index + 1 + length
            if length > 0 && after < bytes.count && bytes[after] == 0x20 { return (index, after + 1) }
        }
        return nil
    }

    /// "Wir brauchen Ihre Zustimmung" over a consent box's text: a short line, no sentence, right above
    /// a cookie banner in its block.
    private static func isCookieBoxHeading(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        index + 1 < units.count && !units[index + 1].startsBlock && units[index].text.utf8.count <= 80
            && ReaderPrompts.isCookieBanner(keys[index + 1]) && !TextShape.endsLikeSentence(units[index].text)
    }

    /// What may stand above a headline: boilerplate, images and rules, a date line, a breadcrumb, a
    /// section kicker.
    private static func isPreamble(_ unit: TextUnit, _ key: Boilerplate.LineKey) -> Bool {
        // (A section kicker, "Meinung · Kolumne „Zwischenruf“", goes too: the loop drops one at the top.)
        unit.isImageOrRule || unit.text.isEmpty || unit.isGapRow || (key.isWhole && ItemRows.isBarRow(key.bytes))
            || Boilerplate.isBoilerplate(key)
            || DateParsing.readDateLine(unit.text).isDateOnly || Boilerplate.isBreadcrumb(unit.text)
            || Boilerplate.isSectionKicker(unit.text)
            // The site's address over the headline, as a reader view copies it ("deportesdelsur.es").
            || TextShape.isBareURL(unit.text) || TextShape.isBareDomain(unit.text)
    }

    /// "Культура" over "11.04.2025, 14:20" at the top of a body whose header gave the title: a section's
    /// name of one or two capitalised words, no mark, right above a date line.
    private static func isSectionNameOverDateLine(_ index: Int, _ units: [TextUnit]) -> Bool {
        let text = units[index].text
        guard index + 1 < units.count, text.utf8.count <= 40, let first = text.unicodeScalars.first,
            first.properties.isUppercase, text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == " " })
        else { return false }
        return text.split(separator: " ").count <= 2 && DateParsing.readDateLine(units[index + 1].text).isDateOnly
    }

    /// "TRANSPORTS" over "Bus : hausse des tarifs …": a section's name in capitals (three words at
    /// most) on the line right above a headline (a menu's row is no headline).
    private static func isKickerOverHeadline(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        guard index + 1 < units.count, Self.isCapitalsKicker(units[index].text), !units[index + 1].isGapRow,
            !Self.isMenuRow(index + 1, keys)
        else { return false }
        return TextShape.isHeadlineShaped(units[index + 1].text)
    }

    /// A section's name in capitals: three words at most, no figure ("TRANSPORTS", "PORTS & TERMINALS",
    /// "СУСПІЛЬСТВО").
    private static func isCapitalsKicker(_ text: String) -> Bool {
        // Bytes first: a lower-case ASCII letter or a digit rules out nearly every line.
        text.utf8.count <= 40 && !text.utf8.contains(where: { $0 &- UInt8(ascii: "a") < 26 || UTF8Bytes.isDigit($0) })
            && UTF8Bytes.spaceSeparated(text).count <= 3 && text.contains(where: \.isLetter)
            && !text.contains(where: \.isLowercase)
    }

    /// The date of "Name | date" (a Markdown byline without "By": "Пресс-служба музея | 14 марта 2026"):
    /// a name of at most six words before the last bar, a date alone after it.
    private static func emphasizedNameAndDate(_ text: String) -> WrittenDate? {
        guard text.utf8.count <= 120, text.utf8.contains(UInt8(ascii: "|")) else { return nil }
        let parts = text.split(separator: " | ", omittingEmptySubsequences: false)
        guard parts.count >= 2, let name = parts.first, !name.isEmpty, UTF8Bytes.spaceSeparated(name).count <= 6,
            !name.utf8.contains(where: UTF8Bytes.isDigit)
        else { return nil }
        let reading = DateParsing.readDateLine(String(parts[parts.count - 1]))
        return reading.isDateOnly ? reading.date : nil
    }

    /// The site's name and slogan over its menu ("Audiences & Prétoires — la chronique judiciaire" /
    /// "Correctionnel   Assises   …"), or over a live link and a widget's row: a menu never stands
    /// under a headline in the headline's block.
    private static func isMastheadOverMenu(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        guard !units[index].isGapRow, !Self.isMenuRow(index, keys) else { return false }
        // Up to two more short lines may stand between ("KVRN 6 | Bellmont Valley's News Leader" / "WATCH
        // LIVE: 6 News at 10" / "51° Clear  Bellmont  OK  ▸ 7-Day Forecast").
        var next = index
        while next < index + 3 && next + 1 < units.count && !units[next].endsBlock && !units[next + 1].startsBlock {
            next += 1
            if units[next].isGapRow {
                // (A headline, its byline and date line over a player's row in wide gaps are no masthead:
                // "By Callum Rennie, Transport Correspondent" / "Published …" / "Listen to this article  ·
                // 4 min". Asked last, of the few lines that get here.)
                return !Self.isTableRow(next, units) && !(index..<next).contains { Self.isUnderHeadline($0, units) }
            }
            // A menu between bars or `·` marks right under the name ("QUAYSIDE LOGISTICS REVIEW" / "Ports |
            // Shipping | Road & Rail | …", "Red Agua Viva" / "Quiénes somos · Campañas · …"): a name of a few
            // words over words, no figure in either (a headline over its share buttons is longer; a byline
            // or a date line over buttons has figures).
            if next == index + 1 && Self.isMenuRow(next, keys) && !Self.hasDigit(units[next].text)
                && !Self.hasDigit(units[index].text) && UTF8Bytes.spaceSeparated(units[index].text).count <= 6
            {
                return true
            }
            let text = units[next].text
            guard text.utf8.count <= 100, text.utf8.last != UInt8(ascii: ".") else { return false }
        }
        return false
    }

    private static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains(where: UTF8Bytes.isDigit)
    }

    /// A row of items between bars or `·`/`•` marks (``ItemRows``), the shape of a site's menu.
    private static func isMenuRow(_ index: Int, _ keys: [Boilerplate.LineKey]) -> Bool {
        let key = keys[index]
        // (The phrase search has found a `·` or `•` mark already, as for the boilerplate's marked rows.)
        return key.isWhole
            && (ItemRows.isBarRow(key.bytes)
                || (key.phrases & ReaderPromptCues.Found.itemMark != 0 && ItemRows.isMarkedRow(key.bytes)))
    }

    /// A menu set apart by bars ("Главная | Администрация | Городская дума | Документы"), unless a
    /// line next to it has bars too: a table printed in the story. A share row in bars beside the menu
    /// ("Share this: 🔗 Link | ✉ Email | Facebook") is the page's, no table's row.
    private static func isMenuBarRow(_ index: Int, _ units: [TextUnit], _ keys: [Boilerplate.LineKey]) -> Bool {
        guard keys[index].isWhole, ItemRows.isBarRow(keys[index].bytes) else { return false }
        // (The next line or the one before, across a blank line too: a table's header may stand apart.)
        let isTableRow = { (line: Int) in ItemRows.hasBar(keys[line].bytes) && !Boilerplate.isBoilerplate(keys[line]) }
        if index > 0 && isTableRow(index - 1) { return false }
        if index + 1 < units.count && isTableRow(index + 1) { return false }
        return true
    }

    /// Whether the gap row at `index` is a row of a table printed in the story: a gap row stands next to
    /// it in its block, and one of the two holds a figure ("Team   P   W   Pts" over "Harlow   17   15
    /// 45"). A lone row, or rows of words alone, are a page's menus and strips.
    private static func isTableRow(_ index: Int, _ units: [TextUnit]) -> Bool {
        let neighbours = [
            units[index].startsBlock || index == 0 ? nil : index - 1,
            units[index].endsBlock || index + 1 >= units.count ? nil : index + 1,
        ].compactMap { $0 }
        return neighbours.contains { neighbour in
            units[neighbour].isGapRow && (Self.hasDigit(units[neighbour].text) || Self.hasDigit(units[index].text))
        }
    }

    /// Drops a teaser block: its heading, the headline printed right above it, and the teasers under
    /// it. A teaser is a headline, optionally followed by its one-sentence summary and a bare URL. When
    /// the teasers continue the heading's block (a list), they end with the block; when they stand in
    /// blocks of their own (cards), each following block that is a teaser is dropped, up to eight.
    private static func dropTeaserBlock(
        headedAt heading: Int,
        _ units: [TextUnit],
        _ keys: [Boilerplate.LineKey],
        _ keep: inout [Bool]
    ) {
        keep[heading] = false
        var repeated: String?
        if heading > 0 && !units[heading].startsBlock && TextShape.isHeadlineShaped(units[heading - 1].text) {
            keep[heading - 1] = false
            repeated = units[heading - 1].text
        }
        var next = heading + 1
        if next < units.count && !units[next].startsBlock {
            // A list inside the heading's block.
            let end = Self.teaserRun(from: next, units, sameBlock: true, repeated: repeated)
            for index in next..<end { keep[index] = false }
            return
        }
        // Cards share one shape: with a summary (then every card has one) or a headline alone. A lone
        // headline after summarised cards is the article's next subheading, and another teaser heading
        // starts a block of its own.
        var cards = 0
        var summarised: Bool?
        while next < units.count && cards < 8 && !Boilerplate.isTeaserHeading(keys[next]) {
            let end = Self.teaserRun(from: next, units, sameBlock: false, repeated: repeated)
            guard end > next else { break }
            let hasSummary = end - next > 1
            if let summarised, summarised != hasSummary { break }
            summarised = hasSummary
            for index in next..<end { keep[index] = false }
            next = end
            cards += 1
        }
    }

    /// Whether the line at `index` heads a teaser card in the seeds' layout whatever its words ("Markets
    /// in Focus", "Also Worth Your Time"): a short heading under a headline in its block, and the same
    /// headline again in the next block. A story never prints its subheading between two copies of a
    /// headline.
    private static func isCardHeading(_ index: Int, _ units: [TextUnit]) -> Bool {
        // (A Markdown subheading repeated around a video's label is the story's, not a teaser.)
        guard index > 0, index + 1 < units.count, !units[index].startsBlock, units[index + 1].startsBlock,
            units[index].text.utf8.count <= 48, units[index + 1].text == units[index - 1].text,
            units[index - 1].headingLevel == 0, units[index + 1].headingLevel == 0,
            TextShape.wordCount(units[index].text) <= 6, !TextShape.endsLikeSentence(units[index].text)
        else { return false }
        return TextShape.isHeadlineShaped(units[index - 1].text)
    }

    /// Whether teasers (a list in its block, or a card block) follow the heading at `heading`.
    /// Whether two headlines or more fill the rest of the heading's block.
    private static func teasersFillBlock(_ heading: Int, _ units: [TextUnit]) -> Bool {
        let next = heading + 1
        guard next + 1 < units.count, !units[next].startsBlock, !units[next + 1].startsBlock else { return false }
        let end = Self.teaserRun(from: next, units, sameBlock: true, repeated: nil)
        return end >= next + 2 && (end == units.count || units[end].startsBlock)
    }

    private static func teasersFollow(_ heading: Int, _ units: [TextUnit]) -> Bool {
        let next = heading + 1
        guard next < units.count else { return false }
        let sameBlock = !units[next].startsBlock
        return Self.teaserRun(from: next, units, sameBlock: sameBlock, repeated: nil) > next
    }

    /// The end of the teaser that starts at `start` (`start` itself when none does): a headline, then
    /// its summary sentence and a bare URL. With `sameBlock`, several teasers, up to the block's end;
    /// otherwise one card: a block of its own, or the seeds' layout of a headline block followed by a
    /// summary block when the headline repeats the one printed above the heading.
    private static func teaserRun(from start: Int, _ units: [TextUnit], sameBlock: Bool, repeated: String?) -> Int {
        var index = start
        var afterHeadline = false
        // A numbered list of teasers ("1. Corte de agua …") has no summaries: the first line without a
        // number ends it.
        let numbered = Self.opensWithListNumber(units[start].text)
        while index < units.count {
            let unit = units[index]
            if numbered && !Self.opensWithListNumber(unit.text) { break }
            if index > start && !sameBlock && unit.startsBlock {
                // A summary in a block of its own follows a lone headline: one short sentence (the
                // headline repeated above the heading allows a longer one).
                guard afterHeadline, index == start + 1, !TextShape.isHeadlineShaped(unit.text),
                    units[start].text == repeated ? Self.isTeaserSummary(unit.text) : Self.isOneShortSentence(unit.text)
                else { break }
                return index + 1
            }
            if unit.isImageOrRule || (index > start && TextShape.isBareURL(unit.text)) {
                index += 1
            } else if TextShape.isHeadlineShaped(unit.text) {
                afterHeadline = true
                index += 1
            } else if afterHeadline && Self.isTeaserSummary(unit.text) {
                afterHeadline = false
                index += 1
            } else {
                break
            }
            if sameBlock && (index >= units.count || units[index].startsBlock) { break }
        }
        // A card must be a whole block: a block the teaser does not fill is article text.
        if !sameBlock && index < units.count && !units[index].startsBlock { return start }
        return index
    }

    /// "1. ", "12) ": a list item's number.
    private static func opensWithListNumber(_ text: String) -> Bool {
        let digits = text.utf8.prefix(while: UTF8Bytes.isDigit).count
        guard (1...2).contains(digits) else { return false }
        let rest = text.utf8.dropFirst(digits)
        return rest.starts(with: ". ".utf8) || rest.starts(with: ") ".utf8)
    }

    /// One sentence of at most 200 characters.
    private static func isOneShortSentence(_ text: String) -> Bool {
        guard text.utf8.count <= 400, TextShape.hasAtMost(200, charactersIn: text) else { return false }
        let body = text.dropLast()
        return !body.contains(". ") && !body.contains("? ") && !body.contains("! ")
    }

    /// A teaser's summary: one or two short sentences.
    private static func isTeaserSummary(_ text: String) -> Bool {
        text.utf8.count <= 600 && TextShape.hasAtMost(300, charactersIn: text)
    }
}

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
    /// How many units from the top may still be header lines (title, byline, date, caption).
    private static let headerZone = 8

    /// - Parameters:
    ///   - units: the body, in order.
    ///   - headerTitle: whether the file's header already named the headline.
    ///   - leadIsDek: whether the first unit is a dek (from a ` date …` line), so no headline follows.
    static func select(_ units: [TextUnit], headerTitle: Bool, leadIsDek: Bool) -> ArticleBody {
        var keep = [Bool](repeating: true, count: units.count)
        var body = ArticleBody(paragraphs: [])
        if !headerTitle && !leadIsDek, let index = Self.titleIndex(units) {
            body.title = units[index].text
            keep[index] = false
        }

        var index = 0
        while index < units.count {
            defer { index += 1 }
            guard keep[index] else { continue }
            let unit = units[index]
            let text = unit.text
            if unit.isImageOrRule || text.isEmpty {
                keep[index] = false
                continue
            }
            let footer = HeaderParsing.urlLine(text)
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
            if TextShape.isBareURL(text) {
                keep[index] = false
                continue
            }
            let reading = DateParsing.readDateLine(text)
            if reading.isDateOnly {
                keep[index] = false
                if let date = reading.date {
                    if index < Self.headerZone && body.date == nil {
                        body.date = date
                    } else {
                        body.otherDates.append(date)
                    }
                }
                continue
            }
            if index < Self.headerZone {
                let byline = Byline.read(text)
                if byline.isByline {
                    keep[index] = false
                    if body.date == nil { body.date = byline.date }
                    continue
                }
            }
            let followsImage = index > 0 && units[index - 1].isImageOrRule && unit.isEmphasized
            let key = Boilerplate.LineKey(text)
            if followsImage || Boilerplate.isCaption(text, key) {
                keep[index] = false
            } else if Boilerplate.isTeaserHeading(key) {
                Self.dropTeaserBlock(headedAt: index, units, &keep)
            } else if Boilerplate.isBoilerplate(key) {
                keep[index] = false
            } else if unit.startsBlock && unit.endsBlock && Boilerplate.isTeaserHeadline(text) {
                keep[index] = false
            }
        }

        body.paragraphs = units.indices.filter { keep[$0] }.map { units[$0].text }
        // Dumps often repeat the headline as the first line of the text.
        if let title = body.title, body.paragraphs.first == title { body.paragraphs.removeFirst() }
        return body
    }

    /// The headline: the first unit after any leading boilerplate or date lines, when it is a Markdown
    /// heading or has a headline's shape, and article text follows it.
    private static func titleIndex(_ units: [TextUnit]) -> Int? {
        var index = 0
        while index < min(units.count, 4) && Self.isPreamble(units[index]) { index += 1 }
        guard index + 1 < units.count else { return nil }
        let unit = units[index]
        if unit.headingLevel > 0 && !unit.text.isEmpty { return index }
        guard TextShape.isHeadlineShaped(unit.text), !unit.isEmphasized, !Boilerplate.isCaption(unit.text),
            !Boilerplate.isTeaserHeading(unit.text), !TextShape.isBareURL(unit.text),
            !HeaderParsing.urlLine(unit.text).isLabel, !Byline.read(unit.text).isByline
        else { return nil }
        return index
    }

    /// What may stand above a headline: boilerplate, images and rules, a date line.
    private static func isPreamble(_ unit: TextUnit) -> Bool {
        unit.isImageOrRule || unit.text.isEmpty || Boilerplate.isBoilerplate(unit.text)
            || DateParsing.readDateLine(unit.text).isDateOnly
    }

    /// Drops a teaser block: its heading, the headline printed right above it, and under it either a
    /// list of headlines (same block) or cards (headline, and the teaser sentence of a repeated one).
    private static func dropTeaserBlock(headedAt heading: Int, _ units: [TextUnit], _ keep: inout [Bool]) {
        keep[heading] = false
        var repeated: String?
        if heading > 0 && !units[heading].startsBlock && TextShape.isHeadlineShaped(units[heading - 1].text) {
            keep[heading - 1] = false
            repeated = units[heading - 1].text
        }
        var next = heading + 1
        if next < units.count && !units[next].startsBlock {
            while next < units.count && !units[next].startsBlock && TextShape.isHeadlineShaped(units[next].text) {
                keep[next] = false
                next += 1
            }
            return
        }
        var headlines: [String] = []
        while next < units.count && headlines.count < 6 && TextShape.isHeadlineShaped(units[next].text) {
            keep[next] = false
            headlines.append(units[next].text)
            next += 1
        }
        // A card repeats the headline printed above its heading and adds one teaser sentence.
        if headlines.count == 1, headlines.first == repeated, next < units.count, units[next].text.count <= 400 {
            keep[next] = false
        }
    }
}

// memchr
import Glibc

/// Turns the bytes of a news-article text file into an ``Article``.
///
/// The steps, each in its own type: ``TextDecoding`` (bytes to text), ``HeaderParsing`` (front
/// matter, `Key: value` lines, a ` date …` prefix), ``ParagraphAssembly`` (lines to paragraphs,
/// normalized by ``InlineNormalizer``), ``BodySelection`` (headline, date lines, bylines, captions,
/// boilerplate, URL footer), ``DateParsing`` and ``LanguageDetection``.
public enum ArticleParser {
    /// Pure: bytes in, Article or rejection out. Never crashes or hangs on any input.
    public static func parse(_ bytes: [UInt8]) -> Result<Article, ParseRejection> {
        TextDecoding.decode(bytes).flatMap(Self.parse(text:))
    }

    /// Parses text that is already decoded (line ends may be `\n` only).
    static func parse(text: String) -> Result<Article, ParseRejection> {
        var lines = Self.lines(of: text)
        // A text-mode browser's dump: its link markers and list of addresses go before anything is read.
        if let cleaned = LynxDump.cleaned(lines) { lines = Self.lines(of: cleaned) }
        let header = HeaderParsing.read(lines)
        // The text after a ` date …` prefix is the body's first line: a paragraph hard-wrapped from there
        // ("date 2025-03-10 Wegen Sturmschäden am Anleger fällt die" / "Fähre zwischen …") is joined.
        var leadIsDek = false
        var bodyLines = lines[header.bodyStart...]
        if let lead = header.leadText {
            let text = InlineNormalizer.normalize(lead)
            if !text.isEmpty && !Self.isPageTitle(text, over: bodyLines) {
                bodyLines = ([lead] + bodyLines)[...]
                // (A cookie banner is read apart from the other boilerplate, by its block.)
                let key = Boilerplate.LineKey(text)
                leadIsDek = !Boilerplate.isBoilerplate(key) && !ReaderPrompts.isCookieBanner(key)
            }
        }
        let units = ParagraphAssembly.units(from: bodyLines)
        let body = BodySelection.select(
            units,
            headerTitle: header.title,
            leadIsDek: leadIsDek,
            author: header.author,
            forwardedSubject: header.forwardedSubject
        )
        guard !body.paragraphs.isEmpty else {
            return .failure(ParseRejection(.noBody, "no article text left after headers and boilerplate"))
        }

        let url = header.url ?? body.url
        let language = LanguageDetection.detect(body.paragraphs)
        var article = Article(paragraphs: body.paragraphs)
        article.title = header.title ?? body.title
        article.url = url
        article.site = url.flatMap(TextShape.site(ofURL:))
        article.language = language
        // An e-mail's header dates the mail: the article's own date line in the body goes first.
        let fromBody = header.isMail ? body.date != nil : header.date == nil
        let (date, other) = fromBody ? (body.date, header.date) : (header.date, body.date)
        // A date never settles itself: it is checked against the other one and the URL's.
        let references = [other].compactMap { $0 } + body.otherDates
        article.published =
            date.flatMap {
                Self.settled($0, references: references, url: url, language: language)
            }?.iso
        return .success(article)
    }

    /// Whether a ` date …` prefix's text is the saved page's title ("News and events - University of
    /// Castlebridge") over the headline, rather than a dek: a section and a site's name set apart by a
    /// spaced dash or bar, no sentence, with a headline-shaped line under it. Such a title is neither
    /// text nor the headline.
    static func isPageTitle(_ text: String, over body: ArraySlice<Substring>) -> Bool {
        // A dash (`-`, or `–` `—` after E2), a bar or a middle dot (C2 B7) first: most leads have none.
        guard text.utf8.count <= 120,
            text.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "|") || $0 == 0xE2 || $0 == 0xC2 }
            ),
            !TextShape.endsLikeSentence(text),
            text.utf8.last != UInt8(ascii: "?"), text.utf8.last != UInt8(ascii: "!")
        else { return false }
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
            .split(whereSeparator: { Self.pageTitleSeparators.contains($0) })
        guard parts.count >= 2, parts.allSatisfy({ (1...8).contains($0.count) }), let site = parts.last,
            site.count <= 6, site.first?.first?.isUppercase == true
        else { return false }
        guard let next = body.first(where: { !ParagraphAssembly.trimmed($0).isEmpty }) else { return false }
        return TextShape.isHeadlineShaped(InlineNormalizer.normalize(ParagraphAssembly.trimmed(next)))
    }

    private static let pageTitleSeparators: Set<Substring> = ["-", "|", "–", "—", "·"]

    /// The lines of `text` (split at `\n`, empty lines kept), found with memchr on its bytes.
    static func lines(of text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        let utf8 = text.utf8
        let ends: [Int] =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                var ends: [Int] = []
                // Room for lines of 60 bytes: most files need no second allocation.
                ends.reserveCapacity(bytes.count / 60 + 8)
                guard let base = bytes.baseAddress else { return ends }
                var offset = 0
                while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    ends.append(end)
                    offset = end + 1
                }
                return ends
            } ?? []
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = 0
        for end in ends + CollectionOfOne(utf8.count) {
            // Offsets into a native UTF-8 string: O(1) indices. Decoding turned every CR into a line
            // feed, and a line feed after anything but a CR is a character of its own, so these are
            // character boundaries.
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            lines.append(text[lower..<utf8.index(lower, offsetBy: end - start)])
            start = end + 1
        }
        return lines
    }

    /// Settles an all-numeric date that reads either way (`09/02/2025`) with another date in the file:
    /// an ISO date or a `/YYYY/MM/DD/` URL path. Without one, the text's language settles it when the
    /// language writes its dates one way only: day first in German, French, Spanish, Russian and
    /// Ukrainian. English writes both (`03/05/2025` is March in the US, May in Britain or Canada), and
    /// an unknown language tells nothing: then no date (nil), never a guess.
    static func settled(
        _ date: WrittenDate,
        references: [WrittenDate],
        url: String?,
        language: String
    ) -> WrittenDate? {
        guard let swapped = date.swapped else { return date }
        var candidates = references
        if let url, let fromURL = Self.pathDate(url) { candidates.append(fromURL) }
        if candidates.contains(where: { $0.sameDay(as: date) }) { return date }
        if candidates.contains(where: { $0.sameDay(as: swapped) }) { return swapped }
        return Self.dayFirstLanguages.contains(language) ? date : nil
    }

    /// Languages whose all-numeric dates put the day first, always.
    private static let dayFirstLanguages: Set<String> = ["de", "fr", "es", "ru", "uk"]

    /// The date in a URL path such as `/2025/02/05/`.
    static func pathDate(_ url: String) -> WrittenDate? {
        let parts = url.split(separator: "/")
        for index in parts.indices.dropLast(2) {
            guard parts[index].count == 4, let year = Int(parts[index]),
                parts[index + 1].count == 2, let month = Int(parts[index + 1])
            else { continue }
            let dayPart = parts[index + 2].prefix(2)
            if dayPart.count == 2, let day = Int(dayPart), let date = WrittenDate(year: year, month: month, day: day) {
                return date
            }
        }
        return nil
    }
}

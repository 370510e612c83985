/// What the top of a file says about the article, before its text starts.
struct ArticleHeader {
    var title: String?
    var date: WrittenDate?
    var url: String?
    /// The index of the first line after the header.
    var bodyStart: Int
    /// The rest of a ` date YYYY-MM-DD …` line: a dek, or boilerplate such as "Support us on Patreon".
    var leadText: Substring?
    /// What an `Author:` field says, as written: ``BodySelection`` reads the name from it
    /// (``Byline/author(_:)``) only when a closing paragraph may be the author's bio.
    var author: String?
    /// A forwarded e-mail's subject, normalized ("Fwd:" left out): a newsletter forwarded for its lead
    /// story has the story's headline there, which tells the headline from a masthead's slogan above it.
    var forwardedSubject: String?
    /// Whether the header is an e-mail's (a sender or a recipient among its keys): its date is when the
    /// mail was sent, which an article's own date line in the body goes before.
    var isMail = false
}

/// Reads the three header conventions scrapers write: YAML (or TOML) front matter between `---`
/// (`+++`) lines, a block of `Key: value` lines, and a ` date YYYY-MM-DD` prefix on the first line.
enum HeaderParsing {
    static func read(_ lines: [Substring]) -> ArticleHeader {
        guard var first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return ArticleHeader(bodyStart: lines.count)
        }
        // A newsletter forwarded by e-mail: the forward's own headers are its transport (who sent it on,
        // when, under what subject), not the article's; its header starts below them.
        var forwardedSubject: String?
        if let (marker, below) = Self.forwardHeaders(lines, from: first) {
            guard let next = lines[below...].firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
                return ArticleHeader(bodyStart: lines.count)
            }
            forwardedSubject = Self.subject(of: lines[(marker + 1)..<below])
            first = next
        }
        var header = Self.convention(lines, from: first)
        header.forwardedSubject = forwardedSubject
        return header
    }

    /// The header by the convention the file's first line opens (front matter, `Key: value` lines, a
    /// ` date …` prefix, none).
    private static func convention(_ lines: [Substring], from first: Int) -> ArticleHeader {
        let opening = lines[first].trimmingSpaces()
        if opening == "---" || opening == "+++", let header = Self.frontMatter(lines, from: first, fence: opening) {
            return header
        }
        if let header = Self.keyValueBlock(lines, from: first) { return header }
        // A wire's transmission codes over its fields ("ZCZC" / "EFE0347 4 AGR 0412 ESP/AGRO" / "SLUG: …").
        var codes = first
        while codes < first + 2 && codes < lines.count && Self.isTransmissionCode(lines[codes]) { codes += 1 }
        if codes > first, codes < lines.count, let header = Self.keyValueBlock(lines, from: codes) { return header }
        if let header = Self.datePrefix(lines, at: first) { return header }
        return ArticleHeader(bodyStart: first)
    }

    /// The subject among a forward's header lines, without the mail program's "Fwd:" ("WG:", "TR:", "RV:").
    private static func subject(of fields: ArraySlice<Substring>) -> String? {
        for line in fields {
            guard let (key, value) = Self.field(line, separator: ":"), Self.subjectKeys.contains(key) else { continue }
            let normalized = InlineNormalizer.normalize(Self.withoutForwardPrefixes(value))
            return normalized.isEmpty ? nil : normalized
        }
        return nil
    }

    /// A mail's subject without the prefixes a forward or a reply puts before it ("Fwd:", "WG:", "TR :",
    /// "RV:", "Пересл.:"), as many as it has (French mail puts a space before the colon).
    static func withoutForwardPrefixes(_ value: String) -> Substring {
        var subject = Substring(value)
        while let colon = subject.firstIndex(of: ":"),
            Self.forwardPrefixes.contains(subject[..<colon].trimmingSpaces().lowercased())
        {
            subject = subject[subject.index(after: colon)...].drop { $0 == " " }
        }
        return subject
    }

    static let subjectKeys: Set<String> = ["subject", "betreff", "objet", "asunto", "тема"]
    private static let forwardPrefixes: Set<String> = [
        "fwd", "fw", "wg", "tr", "rv", "re", "aw", "пересл", "пересл.", "отв", "відп", "enc", "rif",
    ]

    // MARK: - Conventions

    private static func frontMatter(_ lines: [Substring], from first: Int, fence: Substring) -> ArticleHeader? {
        let limit = min(lines.count, first + 100)
        // (The fence is ASCII, and no other character is canonically equal to "-", "+" or ".": its bytes
        // compare.)
        guard
            let close = (first + 1..<limit).first(where: {
                let line = lines[$0].trimmingSpaces().utf8
                return line.count == 3
                    && (line.elementsEqual(fence.utf8) || (fence == "---" && line.elementsEqual("...".utf8)))
            })
        else { return nil }
        var header = ArticleHeader(bodyStart: close + 1)
        var fields = 0
        for line in lines[(first + 1)..<close] {
            let separator: Character = fence == "+++" ? "=" : ":"
            guard let (key, value) = Self.field(line, separator: separator) else { continue }
            fields += 1
            // (Only a field the header takes is unquoted: most of a front matter's are not.)
            if ArticleHeader.reads(key: key) { header.apply(key: key, value: Self.unquoted(value)) }
        }
        return fields > 0 ? header : nil
    }

    /// A forward's marker line and the line below its headers: the first line, or one of the three under
    /// a short note of the one who sent it on ("Hi Jens, lies das mal – betrifft auch deine
    /// Pendelstrecke." over "---------- Forwarded message ---------"), which is no more the article's.
    private static func forwardHeaders(_ lines: [Substring], from first: Int) -> (marker: Int, below: Int)? {
        if let below = Self.belowForwardHeaders(lines, from: first) { return (first, below) }
        // (On the bytes: the note's lines are short, and blank lines may stand between.)
        var index = first
        var noteLines = 0
        while index < lines.count && noteLines <= 3 {
            let line = lines[index].utf8
            guard line.count <= 200 else { return nil }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if index > first, let below = Self.belowForwardHeaders(lines, from: index) { return (index, below) }
                noteLines += 1
            }
            index += 1
        }
        return nil
    }

    /// The index of the line after a forwarded e-mail's marker ("---------- Forwarded message ---------",
    /// "-----Original Message-----", "Begin forwarded message:") and the `Key: value` lines under it
    /// (From, Date, Subject, To, in the mail program's language); nil when line `first` is no such marker.
    static func belowForwardHeaders(_ lines: [Substring], from first: Int) -> Int? {
        // (Cheap signs first: a marker is short and opens with its dashes or ends in a colon; the first
        // line of most files is a headline or a paragraph.)
        let line = lines[first].utf8
        guard line.count <= 64, line.first == UInt8(ascii: "-") || line.last == UInt8(ascii: ":") else { return nil }
        let marker = lines[first].trimmingCharacters(in: " \t-:").lowercased()
        guard Self.forwardMarkers.contains(marker) else { return nil }
        var index = first + 1
        while index < lines.count, Self.field(lines[index], separator: ":") != nil { index += 1 }
        return index
    }

    /// Whether a field's value starts with the rest of a namespaced name, as a feed's item saved with its
    /// fields has them ("content:encoded:", "media:thumbnail: …"; "dc:creator:" is a known key too):
    /// the key is the namespace, the value opens with a lower-case name and its colon.
    private static func isNamespacedField(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let name = bytes[..<colon]
        return (2...16).contains(name.count) && name.allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// What mail programs write above a forwarded message, lowercased, without the dashes around it.
    private static let forwardMarkers = LineSet([
        "forwarded message", "original message", "begin forwarded message", "forwarded email",
        "weitergeleitete nachricht", "ursprüngliche nachricht", "message transféré", "message d'origine",
        "message d’origine", "mensaje reenviado", "mensaje original", "пересылаемое сообщение",
        "исходное сообщение", "пересланное сообщение", "переслане повідомлення", "пересланий лист",
        "оригінальне повідомлення",
    ])

    /// `Title: …` / `DATE: …` lines at the top, at least two of them known header keys.
    private static func keyValueBlock(_ lines: [Substring], from first: Int) -> ArticleHeader? {
        var header = ArticleHeader(bodyStart: first)
        var index = first
        var known = 0
        while index < lines.count, let (key, value) = Self.field(lines[index], separator: ":"),
            Self.headerKeys.contains(key) || Self.isExtensionKey(key) || Self.isNamespacedField(value)
        {
            header.apply(key: key, value: value)
            if Self.mailKeys.contains(key) { header.isMail = true }
            known += 1
            index += 1
        }
        guard known >= 2 else { return nil }
        // The block goes on through fields of its own that the header does not read ("Briefing: Northeast
        // Morning Briefing", "Position: 3 of 12"): short values, no blank line between. A body that starts
        // right under the block opens with a sentence, not a label and a few words.
        // (A known key that the header does not read may have a longer value: a feed item's "Description:
        // …", its excerpt.)
        while index < lines.count, let (key, value) = Self.field(lines[index], separator: ":"), !value.isEmpty,
            key.utf8.count <= 24, !key.utf8.contains(0x20),
            lines[index].utf8.count <= Self.extraFieldLength
                || (Self.headerKeys.contains(key) && !ArticleHeader.reads(key: key))
        {
            index += 1
        }
        // A field whose value is the text under it ("content:" over a feed item's body) ends the block,
        // perhaps after a blank line.
        var next = index
        while next < lines.count && next <= index + 1 && lines[next].utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            next += 1
        }
        if next < lines.count, let (key, value) = Self.field(lines[next], separator: ":"), value.isEmpty,
            Self.bodyFieldKeys.contains(key)
        {
            index = next + 1
        }
        header.bodyStart = index
        return header
    }

    /// "ZCZC", "EFE0347 4 AGR 0412 ESP/AGRO": a wire system's line of codes, capitals and digits, no
    /// lowercase letter, short, with a digit or no longer than a code word (a headline in capitals has
    /// neither; a front matter's fence has no letter).
    private static func isTransmissionCode(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.count <= 40, bytes.first.map({ $0 &- UInt8(ascii: "A") < 26 }) == true,
            bytes.allSatisfy({ $0 < 0x80 && !($0 &- UInt8(ascii: "a") < 26) })
        else { return false }
        return bytes.count <= 6 || bytes.contains(where: UTF8Bytes.isDigit)
    }

    /// Keys of a field whose value is the article's text, on the lines under it (lowercased).
    private static let bodyFieldKeys: Set<String> = [
        "content", "body", "text", "inhalt", "contenu", "contenido", "текст",
    ]

    /// The longest line of a field the header does not read that still counts as the header's.
    private static let extraFieldLength = 80

    /// An e-mail's extension header ("X-Priority", "X-Mailer", "X-Original-Sender"): a mail program's or
    /// a wire system's own field, which a saved e-mail carries among its headers.
    private static func isExtensionKey(_ key: String) -> Bool {
        key.utf8.count > 2 && key.utf8.starts(with: "x-".utf8) && !key.utf8.contains(0x20)
    }

    /// ` date 2025-02-09 Support us on Patreon`: the date, and the rest of the line as lead text.
    private static func datePrefix(_ lines: [Substring], at first: Int) -> ArticleHeader? {
        let line = lines[first].drop(while: \.isWhitespace)
        guard line.prefix(4).lowercased() == "date", let space = line.dropFirst(4).first, space.isWhitespace,
            let (date, rest) = DateParsing.leadingISODate(line.dropFirst(5).drop(while: \.isWhitespace))
        else { return nil }
        var header = ArticleHeader(bodyStart: first + 1)
        header.date = date
        let lead = rest.drop(while: \.isWhitespace)
        header.leadText = lead.isEmpty ? nil : lead
        return header
    }

    // MARK: - Fields

    /// Header keys that may open a file's `Key: value` block (lowercased).
    private static let headerKeys = LineSet(
        Self.mailKeyNames.union(Self.subjectKeys).union([
            "title", "headline", "date", "published", "updated", "modified", "source", "url", "link", "author",
            "authors", "by", "byline", "section", "category", "categories", "tags", "keywords", "language", "lang",
            "publication", "publisher", "outlet", "site", "image", "slug", "id", "type", "location", "dateline",
            "credit", "original url", "canonical", "description", "summary", "subtitle", "topic", "region",
            // de, fr, es, ru, uk
            "titel", "überschrift", "datum", "veröffentlicht", "autor", "autorin", "quelle", "rubrik", "ressort",
            "schlagwörter", "ort", "titre", "auteur", "auteurs", "rubrique", "publié", "publié le", "mots-clés",
            "lieu", "título", "titular", "fecha", "fuente", "sección", "etiquetas", "lugar", "publicado",
            "заголовок", "дата", "автор", "авторы", "источник", "рубрика", "теги", "джерело", "автори", "мітки",
            "ссылка", "посилання", "contact", "contacts", "kontakt", "contacto", "контакт", "контакты", "email",
            "e-mail", "phone", "lead", "teaser", "kicker", "status", "edition", "page", "words", "word count",
            // A feed's item saved with its fields ("Feed:", "PubDate:", "GUID:", "dc:creator:").
            "feed", "channel", "guid", "pubdate", "dc", "enclosure",
            // A newsletter or an article sent on, saved with its e-mail's own headers (its senders and
            // recipients are ``mailKeyNames``, its subject ``subjectKeys``).
            "mime-version",
            "content-type", "content-transfer-encoding", "message-id", "list-unsubscribe",
            "importance", "priority", "return-path", "in-reply-to", "references", "organization", "user-agent",
            "delivered-to", "content-language",
        ])
    )

    /// The keys of an e-mail's sender and recipients, in the mail program's language ("Von:", "De :", "À :",
    /// "Para:", "От:", "Кому:", "Від:").
    private static let mailKeyNames: Set<String> = [
        "from", "to", "cc", "bcc", "reply-to", "sender", "von", "an", "de", "à", "para", "от", "кому", "від",
    ]
    private static let mailKeys = LineSet(Self.mailKeyNames)

    /// `key: value` with a key of up to three words; the key is lowercased.
    private static func field(_ line: Substring, separator: Character) -> (key: String, value: String)? {
        // A key has at most 32 characters (4 bytes each at most, and some spaces before the separator):
        // look for the separator's byte in the opening only, not along a whole paragraph.
        guard let byte = separator.asciiValue,
            let offset = UTF8Bytes.withBytes(line, { $0.prefix(136).firstIndex(of: byte) })
        else { return nil }
        let split = line.utf8.index(line.startIndex, offsetBy: offset)
        let rawKey = line[..<split]
        let isASCII = UTF8Bytes.withBytes(rawKey) { $0.allSatisfy { $0 < 0x80 } }
        guard let key = isASCII ? Self.asciiKey(rawKey) : Self.unicodeKey(rawKey) else { return nil }
        let value = line[line.index(after: split)...].trimmingCharacters(in: " \t")
        return (key, String(value))
    }

    /// A key of at most 32 characters (an e-mail's "Content-Transfer-Encoding" has 25) and three words,
    /// letters, `_`, `-` and spaces only, lowercased.
    static func unicodeKey(_ rawKey: Substring) -> String? {
        // A paragraph's opening before its first colon is seldom a key: a digit or a full stop in it (an
        // ASCII byte of no key, which starts a character of its own unless a Prepend sign stands
        // before it) rules it out before it is lowercased and walked character by character.
        let hasOtherASCII = UTF8Bytes.withBytes(rawKey) { bytes in
            bytes.contains { $0 < 0x80 && !Self.isASCIIKeyByte($0) } && !UTF8Bytes.mayHoldPrepend(bytes)
        }
        return hasOtherASCII ? nil : Self.characterKey(rawKey)
    }

    /// Whether an ASCII byte may stand in a key: a letter, `_`, `-`, a space or a tab (at its ends).
    private static func isASCIIKeyByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == 0x20
            || byte == 0x09
    }

    /// ``unicodeKey(_:)`` character by character.
    static func characterKey(_ rawKey: Substring) -> String? {
        let key = rawKey.trimmingCharacters(in: " \t").lowercased()
        guard !key.isEmpty, key.count <= 32, key.split(separator: " ").count <= 3,
            key.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" || $0 == " " })
        else { return nil }
        return key
    }

    /// ``unicodeKey(_:)`` for a key of ASCII bytes (nearly all), on the bytes.
    static func asciiKey(_ rawKey: Substring) -> String? {
        UTF8Bytes.withBytes(rawKey) { bytes -> String? in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard end > start, end - start <= 32 else { return nil }
            var words = 0
            var previous: UInt8 = 0x20
            for byte in bytes[start..<end] {
                // (A tab inside the key is none: only its ends are trimmed.)
                guard Self.isASCIIKeyByte(byte), byte != 0x09 else { return nil }
                if byte != 0x20 && previous == 0x20 { words += 1 }
                previous = byte
            }
            guard words <= 3 else { return nil }
            return String(decoding: bytes[start..<end].map(UTF8Bytes.asciiLowercased), as: UTF8.self)
        }
    }

    /// A YAML or TOML scalar without its quotes: `"a \"b\""` → `a "b"`, `'it''s'` → `it's`.
    static func unquoted(_ value: String) -> String {
        // On the bytes: a quotation mark is ASCII, and a combining mark after the closing one would make
        // it part of another character (then the value is not quoted).
        let utf8 = value.utf8
        guard utf8.count >= 2, let first = utf8.first, first == utf8.last,
            first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), value.last?.utf8.count == 1,
            value.first?.utf8.count == 1
        else { return value }
        let inner = value.dropFirst().dropLast()
        if first == UInt8(ascii: "'") {
            guard inner.utf8.contains(UInt8(ascii: "'")) else { return String(inner) }
            return String(inner.replacing("''", with: "'"))
        }
        if !inner.utf8.contains(UInt8(ascii: "\\")) { return String(inner) }
        var output = ""
        var escaped = false
        for character in inner {
            if escaped {
                output.append(character == "n" ? " " : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}

extension ArticleHeader {
    init(bodyStart: Int) {
        self.init(title: nil, date: nil, url: nil, bodyStart: bodyStart, leadText: nil)
    }

    /// Whether ``apply(key:value:)`` takes a field of this key (lowercased).
    static func reads(key: String) -> Bool {
        Self.fields[key] != nil
    }

    /// Takes one header field; the first value of each kind wins.
    mutating func apply(key: String, value: String) {
        guard !value.isEmpty, let field = Self.fields[key] else { return }
        switch field {
        case .title:
            if self.title == nil {
                // A mail's subject, saved with the mail: without a forward's "Fwd:" or "RV:".
                let text =
                    HeaderParsing.subjectKeys.contains(key) ? HeaderParsing.withoutForwardPrefixes(value) : value[...]
                let title = InlineNormalizer.normalize(text)
                self.title = title.isEmpty ? nil : title
            }
        case .date:
            if self.date == nil { self.date = DateParsing.headerValue(value) }
        case .url:
            // `Source: Ashbury Post` names the outlet, not an address: no url, no site.
            if self.url == nil && TextShape.isURL(Substring(value)) { self.url = value }
        case .author:
            if self.author == nil { self.author = value }
        }
    }

    private enum Field {
        case title, date, url, author
    }

    /// The header keys read (lowercased), by the field they give: one hash lookup, where a `switch` on
    /// strings compares the key with every case in turn.
    private static let fields: [String: Field] = {
        var fields: [String: Field] = [:]
        let names: [(Field, [String])] = [
            (
                .title,
                [
                    "title", "headline", "titel", "überschrift", "titre", "título", "titular", "заголовок",
                    // An e-mail's subject, when the dump is the e-mail.
                    "subject", "betreff", "objet", "asunto",
                ]
            ),
            (
                .date,
                [
                    "date", "published", "published_at", "publishdate", "pubdate", "date_published", "datepublished",
                    "created", "created_at", "publication_date", "datum", "veröffentlicht", "publié", "publié le",
                    "fecha", "publicado", "дата",
                ]
            ),
            (
                .url,
                [
                    "url", "link", "canonical", "canonical_url", "permalink", "source_url", "original_url",
                    "original url", "source", "quelle", "fuente", "источник", "джерело", "ссылка", "посилання",
                ]
            ),
            (.author, ["author", "authors", "by", "byline", "autor", "auteur", "автор", "creator"]),
        ]
        for (field, keys) in names {
            for key in keys { fields[key] = field }
        }
        return fields
    }()
}

extension HeaderParsing {
    /// Labels of a line that gives the article's address ("Original url:", "Source URL: https://…").
    private static let urlLabels: [(label: String, needsColon: Bool)] = [
        ("original url", false), ("original link", false), ("original article", false), ("source url", false),
        ("canonical url", false), ("originally published at", false), ("url", true), ("link", true),
        ("source", true), ("quelle", true), ("source originale", false), ("fuente", true), ("джерело", true),
        ("источник", true),
    ]

    private static let urlLabelOpenings = OpeningIndex(Self.urlLabels.map(\.label))
    /// The letters a label line may open with, either case; the ASCII ones also as a table.
    private static let labelFirstScalars = Array("OoSsCcUuLlQqFfДдИи".unicodeScalars)
    private static let asciiLabelFirsts: [Bool] = (0..<128).map { value in
        Self.labelFirstScalars.contains(Unicode.Scalar(UInt8(value)))
    }

    /// Whether `text` labels the article's URL; `url` is set when the address is on the same line
    /// (otherwise it is on the next one).
    static func urlLine(_ text: String, _ lineKey: Boilerplate.LineKey) -> (isLabel: Bool, url: String?) {
        // Labels are short ASCII or Cyrillic words; most lines fail on their first letter, nearly all
        // the rest on the line's lowercased key, which must open with a label.
        guard text.utf8.count <= 2_100, let first = text.unicodeScalars.first,
            first.isASCII ? Self.asciiLabelFirsts[Int(first.value)] : Self.labelFirstScalars.contains(first),
            Self.urlLabelOpenings.opens(lineKey.bytes)
        else { return (false, nil) }
        let key = text.prefix(40).lowercased()
        for (label, needsColon) in Self.urlLabels where key.hasPrefix(label) {
            var rest = text.dropFirst(label.count).trimmingSpaces()
            if rest.first == ":" {
                rest = rest.dropFirst().trimmingSpaces()
            } else if needsColon {
                continue
            }
            if rest.isEmpty { return (true, nil) }
            if TextShape.isURL(rest) { return (true, String(rest)) }
        }
        return (false, nil)
    }
}

public import ArticleParsing

/// The byte-exact JSON form of a record: one object per line, keys in a fixed order, no pretty printing.
///
/// Encoded by hand into a `[UInt8]` rather than through `JSONEncoder`: the writer encodes every record on its
/// one serial queue, the key order is part of the format (recovery scans for it, see ``JSONLinesLog``), and a
/// hand encoder is several times faster. Strings are escaped minimally: `"`, `\`, control characters and
/// U+2028/U+2029 (which break JavaScript consumers that treat them as line ends); everything else stays raw UTF-8.
public enum RecordEncoding {
    /// One JSON object plus `"\n"`.
    ///
    /// Keys in this fixed order: `schema`, `seq`, `ingested_at`, `source{path,bytes,sha256,modified}`, `format`,
    /// `title`, `published`, `url`, `site`, `language`, `body`, `word_count`; `null` for absent optionals.
    public static func line(for record: Record) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(Self.estimatedSize(of: record.article) + 256)
        Self.appendLine(for: record, to: &bytes)
        return bytes
    }

    /// The same line as ``line(for:)`` minus `seq` and `ingested_at`: what `newsdrop parse` prints.
    public static func previewLine(source: SourceInfo, article: Article) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(Self.estimatedSize(of: article) + 256)
        bytes.append(contentsOf: #"{"schema":"#.utf8)
        Self.appendInteger(Record.currentSchema, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        Self.appendSourceAndArticle(source: source, article: article, to: &bytes)
        return bytes
    }

    /// Appends the record's line to `bytes`.
    static func appendLine(for record: Record, to bytes: inout [UInt8]) {
        Self.appendPrefix(schema: record.schema, seq: record.seq, ingestedAt: record.ingestedAt, to: &bytes)
        Self.appendSourceAndArticle(source: record.source, article: record.article, to: &bytes)
    }

    /// `{"schema":1,"seq":N,"ingested_at":"…",`: the part of a line only the writer knows.
    static func appendPrefix(
        schema: Int = Record.currentSchema,
        seq: UInt64,
        ingestedAt: String,
        to bytes: inout [UInt8]
    ) {
        // Recovery relies on this exact start (`{"schema":1,"seq":`); see `RecordLineScanner`.
        bytes.append(contentsOf: #"{"schema":"#.utf8)
        Self.appendInteger(schema, to: &bytes)
        bytes.append(contentsOf: #","seq":"#.utf8)
        Self.appendInteger(seq, to: &bytes)
        bytes.append(contentsOf: #","ingested_at":"#.utf8)
        Self.appendString(ingestedAt, to: &bytes)
        bytes.append(UInt8(ascii: ","))
    }

    /// The rest of a line after ``appendPrefix(schema:seq:ingestedAt:to:)``, through the final `"\n"`.
    ///
    /// ``JSONLinesLog/append(_:completion:)`` encodes this on the caller's thread, so the serial writer only
    /// stamps `seq` and `ingested_at` in front of it and copies.
    static func sourceAndArticle(source: SourceInfo, article: Article) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(Self.estimatedSize(of: article) + 200)
        Self.appendSourceAndArticle(source: source, article: article, to: &bytes)
        return bytes
    }

    /// `"source":{…},"format":…,"word_count":N}\n`: everything after `seq` and `ingested_at`.
    private static func appendSourceAndArticle(source: SourceInfo, article: Article, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #""source":{"path":"#.utf8)
        Self.appendString(source.path, to: &bytes)
        bytes.append(contentsOf: #","bytes":"#.utf8)
        Self.appendInteger(source.bytes, to: &bytes)
        bytes.append(contentsOf: #","sha256":"#.utf8)
        Self.appendString(source.sha256, to: &bytes)
        bytes.append(contentsOf: #","modified":"#.utf8)
        Self.appendString(source.modified, to: &bytes)
        bytes.append(contentsOf: #"},"format":"#.utf8)
        Self.appendString(article.format, to: &bytes)
        bytes.append(contentsOf: #","title":"#.utf8)
        Self.appendOptionalString(article.title, to: &bytes)
        bytes.append(contentsOf: #","published":"#.utf8)
        Self.appendOptionalString(article.published, to: &bytes)
        bytes.append(contentsOf: #","url":"#.utf8)
        Self.appendOptionalString(article.url, to: &bytes)
        bytes.append(contentsOf: #","site":"#.utf8)
        Self.appendOptionalString(article.site, to: &bytes)
        bytes.append(contentsOf: #","language":"#.utf8)
        Self.appendString(article.language, to: &bytes)
        bytes.append(contentsOf: #","body":""#.utf8)
        // `Article.body` joined by "\n\n"; escaping the paragraphs in place saves building that string.
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 {
                bytes.append(contentsOf: #"\n\n"#.utf8)
            }
            Self.appendEscaped(paragraph, to: &bytes)
        }
        bytes.append(contentsOf: #"","word_count":"#.utf8)
        Self.appendInteger(WordCounter.count(article.paragraphs), to: &bytes)
        bytes.append(contentsOf: "}\n".utf8)
    }

    private static func estimatedSize(of article: Article) -> Int {
        article.paragraphs.reduce(0) { $0 + $1.utf8.count + 4 } + (article.title?.utf8.count ?? 0)
            + (article.url?.utf8.count ?? 0)
    }

    private static func appendOptionalString(_ string: String?, to bytes: inout [UInt8]) {
        if let string {
            Self.appendString(string, to: &bytes)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    static func appendString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        Self.appendEscaped(string, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the JSON-escaped UTF-8 of `string` (without quotes), copying unescaped runs in bulk.
    static func appendEscaped(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        // `withUTF8` makes a bridged or small string contiguous, so the scan below works on raw bytes.
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            let base = UnsafeRawPointer(utf8.baseAddress!)
            while index < count {
                // Skip plain ASCII eight bytes at a time; article text is mostly that.
                while index + 8 <= count,
                    !Self.needsEscapeCheck(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                {
                    index += 8
                }
                guard index < count else { break }
                let byte = utf8[index]
                // The common case first, as one test: a byte that is copied as it is.
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                    index += 1
                    continue
                }
                var escapeLength = 1
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case 0x0A: escape = #"\n"#
                case 0x09: escape = #"\t"#
                case 0x0D: escape = #"\r"#
                case 0x08: escape = #"\b"#
                case 0x0C: escape = #"\f"#
                case 0x00..<0x20: escape = ""
                case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && utf8[index + 2] == 0xA8:
                    escape = #"\u2028"#
                    escapeLength = 3
                case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80 && utf8[index + 2] == 0xA9:
                    escape = #"\u2029"#
                    escapeLength = 3
                default:
                    index += 1
                    continue
                }
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                if escape.utf8CodeUnitCount > 0 {
                    escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
                } else {
                    Self.appendUnicodeEscape(byte, to: &bytes)
                }
                index += escapeLength
                runStart = index
            }
            if runStart < count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
            }
        }
    }

    /// Whether any of eight bytes is a control character, `"`, `\\` or 0xE2 (the lead byte of U+2028 and
    /// U+2029, which are escaped too; other non-ASCII bytes, such as all of Cyrillic, pass eight at a time).
    /// The bit tricks are from "Bit Twiddling Hacks": has-less-than and has-zero-byte, eight lanes at once;
    /// a borrow can only flag a lane above one that really matches, so "any" is exact.
    @inline(__always)
    private static func needsEscapeCheck(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let lineSeparatorLead = word ^ (ones &* 0xE2)
        let quoteFound = (quote &- ones) & ~quote & highs
        let backslashFound = (backslash &- ones) & ~backslash & highs
        let leadFound = (lineSeparatorLead &- ones) & ~lineSeparatorLead & highs
        return control | quoteFound | backslashFound | leadFound != 0
    }

    /// `\u00XX` for a control character without a short escape.
    private static func appendUnicodeEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"\u00"#.utf8)
        bytes.append(Self.hexDigit(byte >> 4))
        bytes.append(Self.hexDigit(byte & 0x0F))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        Self.appendInteger(UInt64(value.magnitude), to: &bytes)
    }

    static func appendInteger(_ value: UInt64, to bytes: inout [UInt8]) {
        // 20 digits hold UInt64.max; fill from the right, then copy the used part.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var value = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }
}

/// A news article as newsdrop understands it: what the file says, normalized, without any I/O facts.
///
/// The record written to the log is this plus where it came from (`source`), `seq` and `ingested_at`.
public struct Article: Sendable, Equatable {
    /// The kind of input the article was parsed from: `"text"` for now (later also `"html"`).
    public var format: String
    /// The headline, when the file has one; never invented.
    public var title: String?
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when the file gives a time and a zone.
    public var published: String?
    /// The article's original URL, exactly as written in the file.
    public var url: String?
    /// The URL's host without a leading `www.`.
    public var site: String?
    /// ISO 639-1 code of the article text, or `"und"`.
    public var language: String
    /// The article text, one normalized paragraph per element; never empty for a parsed article.
    public var paragraphs: [String]

    public init(
        format: String = "text",
        title: String? = nil,
        published: String? = nil,
        url: String? = nil,
        site: String? = nil,
        language: String = "und",
        paragraphs: [String]
    ) {
        self.format = format
        self.title = title
        self.published = published
        self.url = url
        self.site = site
        self.language = language
        self.paragraphs = paragraphs
    }

    /// The record's `body`: paragraphs separated by one blank line.
    public var body: String { self.paragraphs.joined(separator: "\n\n") }

    /// The record's `word_count`: white-space separated words in ``body``.
    public var wordCount: Int {
        var count = 0
        for paragraph in self.paragraphs {
            var inWord = false
            for scalar in paragraph.unicodeScalars {
                if Self.isWhiteSpace(scalar) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
        }
        return count
    }

    /// Whether `scalar` has the Unicode White_Space property.
    ///
    /// A fixed list (the property has been stable since Unicode 6.3): `scalar.properties.isWhitespace`
    /// is a table lookup that costs hundreds of microseconds per article on Linux.
    @inlinable
    public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

public import ArticleParsing

/// One line of the article log (schema version 1): an article, where it came from, and its place in the log.
public struct Record: Sendable, Equatable {
    /// The record schema version this module writes.
    public static let currentSchema = 1

    /// The schema version, always ``currentSchema`` for records written here.
    public var schema: Int
    /// 1, 2, 3… in log order, never reused, never skipped.
    public var seq: UInt64
    /// When the record was written to the log, RFC 3339 UTC with microseconds.
    public var ingestedAt: String
    public var source: SourceInfo
    public var article: Article

    public init(
        schema: Int = Record.currentSchema,
        seq: UInt64,
        ingestedAt: String,
        source: SourceInfo,
        article: Article
    ) {
        self.schema = schema
        self.seq = seq
        self.ingestedAt = ingestedAt
        self.source = source
        self.article = article
    }
}

public import ArticleParsing

/// What the pipeline hands to ``JSONLinesLog/append(_:completion:)``: the log adds `seq` and `ingested_at`.
public struct LogEntry: Sendable {
    public var source: SourceInfo
    public var article: Article

    public init(source: SourceInfo, article: Article) {
        self.source = source
        self.article = article
    }
}

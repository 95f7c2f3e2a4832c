/// Runs every extractor over one article: sentences, then quotes and time expressions.
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> Analysis {
        let text = [Unicode.Scalar](scalarsOf: article.body.text)
        let sentences = SentenceSplitter.split(text, paragraphs: article.body.paragraphs)
        let document = Document(
            text: text, paragraphs: article.body.paragraphs, sentences: sentences,
            headlineInBody: article.headlineInBody)
        let quotes = QuoteExtractor.extract(document)
        let anchor = article.date.map { (date: $0, estimated: false) } ?? DateEstimator.estimate(document)
        let timexes = TimexTagger.tag(document, anchor: anchor?.date)
        return Analysis(
            sentences: sentences, quotes: quotes.quotes, people: quotes.people, timexes: timexes,
            events: Timeline.events(document, timexes: timexes), anchorDate: anchor?.date,
            anchorEstimated: anchor?.estimated ?? false)
    }
}

/// The text an extractor reads: scalars, with paragraphs and sentences already found.
public struct Document: Sendable {
    public let text: [Unicode.Scalar]
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    /// The first paragraph is a headline: no quotes there.
    public let headlineInBody: Bool
    /// The word tokens of each sentence, shared by every extractor.
    public let tokens: [[Token]]

    public init(text: [Unicode.Scalar], paragraphs: [TextSpan], sentences: [TextSpan], headlineInBody: Bool = false) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.headlineInBody = headlineInBody
        self.tokens = sentences.map { WordTokenizer.tokens(text, in: $0) }
    }

    /// Convenience for tests and tools: split plain text into paragraphs and sentences.
    public init(_ string: String) {
        let scalars = [Unicode.Scalar](scalarsOf: string)
        let (body, _) = PlainTextLoader.body(scalars, lines: TextLines(scalars), detectHeadline: false)
        let text = [Unicode.Scalar](scalarsOf: body.text)
        self.init(
            text: text, paragraphs: body.paragraphs,
            sentences: SentenceSplitter.split(text, paragraphs: body.paragraphs))
    }

    public func string(_ span: TextSpan) -> String {
        String(scalars: text, max(0, span.start)..<min(text.count, span.end))
    }
}

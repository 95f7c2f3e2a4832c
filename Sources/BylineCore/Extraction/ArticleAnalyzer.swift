/// Runs every extractor over one article: sentences, then quotes and time expressions,
/// segment by segment (`TextSegments`; an ordinary article is one segment).
public enum ArticleAnalyzer {
    public static func analyze(_ article: Article) -> Analysis {
        analyze(article, segmentLimit: TextSegments.defaultLimit)
    }

    static func analyze(_ article: Article, segmentLimit: Int) -> Analysis {
        analyze(article.body, date: article.date, headlineInBody: article.headlineInBody, segmentLimit: segmentLimit)
    }

    /// What extraction reads of an article: its clean text, its date, and whether the text
    /// opens with the headline.
    static func analyze(
        _ body: BodyText, date: CalendarDate?, headlineInBody: Bool, keepsSentences: Bool = true,
        segmentLimit: Int = TextSegments.defaultLimit
    ) -> Analysis {
        var analysis = Analysis(
            sentences: [], quotes: [], people: [], events: [], anchorDate: date, anchorEstimated: false)
        var people = PeopleMerger()
        for segment in TextSegments(body.text, paragraphs: body.paragraphs, limit: segmentLimit) {
            let sentences = SentenceSplitter.split(segment.text, paragraphs: segment.paragraphs)
            let document = Document(
                text: segment.text, paragraphs: segment.paragraphs, sentences: sentences,
                headlineInBody: headlineInBody && segment.start == 0)
            if segment.start == 0, date == nil, let estimate = DateEstimator.estimate(document) {
                analysis.anchorDate = estimate.date
                analysis.anchorEstimated = estimate.estimated
            }
            let found = QuoteExtractor.extract(document)
            let timexes = TimexTagger.tag(document, anchor: analysis.anchorDate)
            let events = Timeline.events(document, timexes: timexes)
            let shift = segment.start
            let personIndex = people.add(found.people)
            if keepsSentences { analysis.sentences += sentences.map { $0.shifted(by: shift) } }
            analysis.quotes += found.quotes.map { $0.shifted(by: shift, people: personIndex) }
            analysis.events += events.map { $0.shifted(by: shift) }
        }
        analysis.people = people.speakers(renumbering: &analysis.quotes)
        return analysis
    }
}

/// The text an extractor reads: scalars, with paragraphs and sentences already found.
public struct Document: Sendable {
    public let text: [Unicode.Scalar]
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    /// The first paragraph is a headline: only its attribution by colon or verb ("Graham: …",
    /// "Sanders Says …") is read for quotes (`HeadlineRule`).
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

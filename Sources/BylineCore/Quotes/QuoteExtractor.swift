/// Finds every attribution in an article: direct quotes, partial quotes inside reported
/// speech, and reported speech, each with its cue and its resolved speaker.
///
/// The rules follow how news English attributes speech: a quotation is attributed by a
/// reporting verb and a source phrase next to it (`"…," she said`, `X said: "…"`), or by
/// the quotation before it in the same or the previous paragraph; reported speech is a
/// source phrase and a reporting verb before or after the reported clause, or
/// `according to X`. Source phrases resolve through `SpeakerResolver`.
public enum QuoteExtractor {
    /// The rules, in the order they claim text. A transcript turn is a whole paragraph whose
    /// quotations are the turn's own; a quotation's attribution outranks a reading of its
    /// sentence as reported speech; reported speech takes only sentences no quotation
    /// claimed; a reported question, only what no other quote holds; a clause added after an
    /// attribution (", adding that …") follows the quotes all of these found. A headline's
    /// colon attribution reads the headline, which no other rule reads.
    static let rules: [any QuoteRule] = [
        TranscriptTurnRule(), DirectQuoteRule(), ReportedSpeechRule(), ReportedQuestionRule(), AddedClauseRule(),
        HeadlineRule(),
    ]

    public static func extract(_ document: Document) -> (quotes: [Quote], people: [Person]) {
        var context = QuoteContext(document)
        for rule in rules { rule.apply(to: &context) }
        let quotes = context.quotes.sorted { $0.span < $1.span }
        let register = context.resolver.register
        let people = register.people.enumerated().map { index, person in
            var titled = person
            titled.titles = register.roles[index].sorted()
            return titled
        }
        return (quotes, people)
    }
}

/// Reported speech in sentences no quotation claimed: `X said (that) …`, `…, X said`,
/// `according to X, …` (the frames are `QuoteContext.reportedSpeech(in:allowBelief:)`).
/// The reported clause is an indirect quote, or a mixed one when it holds a quotation.
///
/// Runs after `DirectQuoteRule`: a sentence whose quotation has its own attribution is not
/// read again as reported speech.
struct ReportedSpeechRule: QuoteRule {
    func apply(to context: inout QuoteContext) {
        for s in context.doc.sentences.indices where !context.claimedSentences.contains(s) && !context.isHeadline(s) {
            guard let reported = context.reportedSpeechOnce(in: s) else { continue }
            let hasQuote =
                context.quotation(after: reported.content.start - 1).map { reported.content.contains($0.content) }
                ?? false
            context.record(reported.pieces, kind: hasQuote ? .mixed : .indirect, reported.attribution, claiming: [s])
        }
    }
}

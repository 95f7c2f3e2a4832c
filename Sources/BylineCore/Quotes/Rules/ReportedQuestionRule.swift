/// Questions reported inside a sentence, attributed to the asker the sentence names: "Mr.
/// Rubin asked the students if they were always so serious" (the frames are
/// `QuoteContext.embeddedQuestion(in:)`). A question with no asker in the text ("Asked
/// whether …, Sanders said") is nobody's quote; one whose asker the resolver cannot name
/// ("we asked our readers what …") is a quote without a speaker, as reported speech is.
///
/// Runs last: a question already inside a quotation or another rule's quote is not reported
/// again, but a sentence another rule claimed may still hold one ("Asked by Clinton whether
/// …, Sanders said no").
struct ReportedQuestionRule: QuoteRule {
    func apply(to context: inout QuoteContext) {
        for s in context.doc.sentences.indices where !context.isHeadline(s) {
            guard let question = context.embeddedQuestion(in: s), !question.attribution.source.isEmpty,
                !context.quotes.contains(where: { $0.pieces.contains { $0.overlaps(question.content) } })
            else { continue }
            context.record([question.content], kind: .indirect, question.attribution, claiming: [s])
        }
    }
}

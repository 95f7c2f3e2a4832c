import Testing

@testable import BylineCore

/// Reported questions: the clause a verb of asking opens with "whether", "if" or a wh-word,
/// with the asker the sentence names.
@Suite struct EmbeddedQuestionTests {
    typealias Found = FoundQuote

    func found(_ sentence: String) -> [Found] {
        FoundQuote.all(afterIntroducing: sentence)
    }

    @Test func anActiveAskerAsksTheQuestion() {
        #expect(
            found("Then Mr. Rubin asked the students if they were always so preternaturally serious.") == [
                Found(kind: .indirect, speaker: "Rubin", text: "if they were always so preternaturally serious")
            ])
    }

    /// "Asked whether …, X said it would": X answered, and the question is not what X said;
    /// with its asker unnamed it is nobody's quote.
    @Test func aPassiveQuestionIsNotGivenToWhoeverAnswers() {
        #expect(
            !found("Asked whether the plan would survive, Sanders said it would.").contains {
                $0.text.contains("whether")
            })
        #expect(
            !found("When asked if Sanders is “realistic enough to serve,” most voters said yes.").contains {
                $0.text.contains("asked")
            })
    }

    @Test func byNamesTheAskerOfAPassiveQuestion() {
        #expect(
            found("Asked by Clinton why the bill had stalled, the senator blamed the calendar.").contains(
                Found(kind: .indirect, speaker: "Hillary Clinton", text: "why the bill had stalled")))
    }

    /// The question ends at the comma that closes its clause, not at one inside a quotation.
    @Test func aQuestionRunsThroughTheQuotationItHolds() {
        #expect(
            found("Clinton asked voters if Sanders is “realistic enough to serve,” and most said no.").contains(
                Found(kind: .mixed, speaker: "Hillary Clinton", text: "if Sanders is “realistic enough to serve,”")))
    }

    /// "asked for", "asked to" make a request, and "if" after them is a condition.
    @Test func aRequestIsNoQuestion() {
        #expect(!found("Sanders asked for more time if the vote was delayed.").contains { $0.text.hasPrefix("if") })
        #expect(!found("Clinton asked to speak if there was time left.").contains { $0.text.hasPrefix("if") })
    }
}

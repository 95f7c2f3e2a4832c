import Testing

@testable import BylineCore

/// Each quote rule run alone, and after the rules before it: what it records, and what it
/// leaves to the others. (The frames each rule reads have their own tests:
/// `AttributionFrameTests`, `ReportedSpeechTests`, `EmbeddedQuestionTests`.)
@Suite struct QuoteRuleTests {
    typealias Found = FoundQuote

    func recorded(by rules: [any QuoteRule], _ text: String) -> [Found] {
        Found.recorded(by: rules, afterIntroducing: text)
    }

    static let transcript =
        "SANDERS: I will not back the plan.\n\nCLINTON: Sanders said the plan would fail by the spring."

    @Test func transcriptTurnsAreTheLabelledSpeakersWords() {
        #expect(
            recorded(by: [TranscriptTurnRule()], Self.transcript) == [
                Found(kind: .direct, speaker: "Bernie Sanders", text: "I will not back the plan."),
                Found(
                    kind: .direct, speaker: "Hillary Clinton", text: "Sanders said the plan would fail by the spring."),
            ])
    }

    @Test func aTurnIsNotReadAgainAsReportedSpeech() {
        // Alone, the reported-speech rule reads Clinton's turn as Sanders' words.
        #expect(
            recorded(by: [ReportedSpeechRule()], Self.transcript) == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "the plan would fail by the spring")
            ])
        #expect(
            recorded(by: [TranscriptTurnRule(), ReportedSpeechRule()], Self.transcript)
                == recorded(by: [TranscriptTurnRule()], Self.transcript))
    }

    static let statementAndReport =
        "\"We will rebuild the bridge,\" Sanders said. Clinton said the plan would fail by the spring."

    @Test func directQuotesTakeQuotationsAndLeaveReportedSpeech() {
        #expect(
            recorded(by: [DirectQuoteRule()], Self.statementAndReport) == [
                Found(kind: .direct, speaker: "Bernie Sanders", text: "We will rebuild the bridge,")
            ])
    }

    @Test func reportedSpeechTakesWhatTheQuotationsLeave() {
        #expect(
            recorded(by: [DirectQuoteRule(), ReportedSpeechRule()], Self.statementAndReport) == [
                Found(kind: .direct, speaker: "Bernie Sanders", text: "We will rebuild the bridge,"),
                Found(kind: .indirect, speaker: "Hillary Clinton", text: "the plan would fail by the spring"),
            ])
    }

    @Test func aFragmentInReportedSpeechIsOneMixedQuoteWhicheverRuleReadsIt() {
        let text = "Clinton said the plan was \"a disaster for everyone.\""
        let mixed = [Found(kind: .mixed, speaker: "Hillary Clinton", text: "the plan was \"a disaster for everyone.\"")]
        #expect(recorded(by: [DirectQuoteRule()], text) == mixed)
        #expect(recorded(by: [ReportedSpeechRule()], text) == mixed)
        #expect(recorded(by: [DirectQuoteRule(), ReportedSpeechRule()], text) == mixed)
    }

    @Test func aQuestionIsTheAskersFromItsOpeningWord() {
        let text = "Sanders asked the students whether they would vote in the primary."
        let question = [
            Found(kind: .indirect, speaker: "Bernie Sanders", text: "whether they would vote in the primary")
        ]
        #expect(recorded(by: [ReportedQuestionRule()], text) == question)
        // Reported speech leaves it to the question rule, so the addressee is not part of it.
        #expect(recorded(by: [ReportedSpeechRule()], text) == [])
        #expect(Found.all(afterIntroducing: text) == question)
    }

    @Test func aQuestionInsideAQuotationIsNotReportedAgain() {
        let text = "\"Sanders asked me whether I would vote in the primary,\" Clinton said."
        #expect(recorded(by: [ReportedQuestionRule()], text).map(\.speaker) == ["Bernie Sanders"])
        #expect(
            recorded(by: [DirectQuoteRule(), ReportedQuestionRule()], text) == [
                Found(
                    kind: .direct, speaker: "Hillary Clinton",
                    text: "Sanders asked me whether I would vote in the primary,")
            ])
    }

    @Test func aQuestionWhoseAskerHasNoNameHasNoSpeaker() {
        #expect(
            recorded(by: [ReportedQuestionRule()], "We asked our readers what they thought of the debate.") == [
                Found(kind: .indirect, speaker: nil, text: "what they thought of the debate")
            ])
        // No asker at all: the one asked answers, and the question is nobody's.
        #expect(
            recorded(by: [ReportedQuestionRule()], "Asked whether the plan would survive, Sanders said it would.")
                == [])
    }

    @Test func aHeadlinesColonAttributesWhatFollowsToTheLabel() {
        let body = "Lindsey Graham spoke to reporters on Sunday about the race and the party."
        #expect(
            Found.recorded(
                by: [HeadlineRule()], headline: "Graham: Trump’s Rhetoric Destroying the Party’s Chance", body: body)
                == [
                    Found(
                        kind: .indirect, speaker: "Lindsey Graham",
                        text: "Trump’s Rhetoric Destroying the Party’s Chance")
                ])
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "Graham: ‘We Will Lose the Senate.’", body: body) == [
                Found(kind: .direct, speaker: "Lindsey Graham", text: "We Will Lose the Senate.")
            ])
        // A verb of saying after the label, as headlines write it.
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "Graham Says the Party Will Lose Its Way", body: body) == [
                Found(kind: .indirect, speaker: "Lindsey Graham", text: "the Party Will Lose Its Way")
            ])
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "Graham Says That Voters Will Decide", body: body) == [
                Found(kind: .indirect, speaker: "Lindsey Graham", text: "Voters Will Decide")
            ])
        // A verb of stance or intention in the present.
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "Graham Praises the Party’s New Leaders", body: body) == [
                Found(kind: .indirect, speaker: "Lindsey Graham", text: "the Party’s New Leaders")
            ])
        #expect(
            Found.recorded(
                by: [HeadlineRule()], headline: "Graham plans major ad buy after weeks of silence", body: body)
                == [Found(kind: .indirect, speaker: "Lindsey Graham", text: "major ad buy after weeks of silence")])
        // A series' kicker opened by a determiner is no source: the label follows its colon.
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "The Latest: Graham says the party will lose", body: body)
                == [Found(kind: .indirect, speaker: "Lindsey Graham", text: "the party will lose")])
        // A kicker in capitals is no source; nor does any other rule read the headline.
        #expect(
            Found.recorded(by: [HeadlineRule()], headline: "UPDATE: Graham Says the Party Will Lose", body: body) == [])
        #expect(
            Found.recorded(
                by: [DirectQuoteRule(), ReportedSpeechRule()], headline: "Graham Says the Party Will Lose Its Way",
                body: body) == [])
    }

    static let addedClauses = """
        "We feel great about every state," Marco Rubio said, adding that he would not offer predictions. \
        The plan would fail by the spring, Mr. Manafort said, noting that "the delegates are ours." \
        Rubio praised the voters, according to the campaign. \
        "There is a real revolution," Ramos said, referring to the growing Hispanic community.
        """

    /// A clause a participle of speech adds after an attribution is the same speaker's; alone
    /// the rule has no attribution to follow.
    @Test func anAddedClauseIsTheSameSpeakersWords() {
        #expect(recorded(by: [AddedClauseRule()], Self.addedClauses) == [])
        let found = recorded(by: [DirectQuoteRule(), ReportedSpeechRule(), AddedClauseRule()], Self.addedClauses)
        #expect(
            found.filter { $0.kind != .direct } == [
                Found(kind: .indirect, speaker: "Manafort", text: "The plan would fail by the spring"),
                Found(kind: .indirect, speaker: "the campaign", text: "Rubio praised the voters"),
                Found(kind: .indirect, speaker: "Marco Rubio", text: "he would not offer predictions"),
                Found(kind: .mixed, speaker: "Manafort", text: "\"the delegates are ours.\""),
                Found(kind: .indirect, speaker: "Ramos", text: "the growing Hispanic community"),
            ])
    }

    @Test func theExtractorRunsEveryRuleOnce() {
        #expect(
            QuoteExtractor.rules.map { "\(type(of: $0))" } == [
                "TranscriptTurnRule", "DirectQuoteRule", "ReportedSpeechRule", "ReportedQuestionRule",
                "AddedClauseRule", "HeadlineRule",
            ])
    }
}

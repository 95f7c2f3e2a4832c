import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// The people pane: who is quoted, as what, how often; Enter shows only their quotes.
@Suite struct PeoplePaneTests {
    static let story: [String: String] = [
        "2024-03-11-vote.md": """
        ---
        title: Council backs bridge
        date: 2024-03-11
        ---
        "We love this city," said Mayor Elena Park. "And we owe it a bridge."

        "It costs too much," said Councilman Ray Osei.

        "We will build it anyway," Park said on Monday.

        "I will vote no again," Osei said.

        "This is the best day," Park added.
        """
    ]

    @Test func everyoneQuotedIsListedMostQuotedFirstWithTheirTitle() {
        let state = reader(Self.story, width: 120, height: 30)
        let rows = PeoplePane.rows(state)
        #expect(rows.map(\.name) == ["Elena Park", "Ray Osei"])
        #expect(rows.first?.quotes == 4)
        #expect(rows.first.map { PeoplePane.details($0, state).titles } == ["mayor"])
        let text = screen(state).plainText
        #expect(text.contains("People 2"))
        #expect(text.contains("4 Elena Park · Mayor"))
    }

    @Test func enterShowsOnlyThatPersonsQuotes() throws {
        var state = reader(Self.story, width: 120, height: 30)
        press(.character("5"), into: &state)
        #expect(state.focus == .people)
        press(.down, .enter, into: &state)
        #expect(state.focus == .quotes)
        #expect(state.search?.query == "@Ray_Osei")
        let speakers = state.listedQuotes.compactMap { state.model.quote($0)?.speaker }
        #expect(speakers.count == 2 && speakers.allSatisfy { $0 == "Ray Osei" })
        #expect(screen(state).line(29).contains("Quotes: match 1/2"))
    }

    @Test func aSurnameSpeakerInOneReportIsTheFullNameOfAnother() {
        var state = reader(fixture, width: 120, height: 30)
        // A search across the library lists everyone its matches quote.
        press(.character("/"), into: &state)
        type("e", into: &state)
        let rows = PeoplePane.rows(state)
        #expect(Set(rows.map(\.name)).isSuperset(of: ["Elena Park", "Priya Natarajan"]))
        #expect(rows.filter { $0.name.hasSuffix("Park") }.count == 1)
    }

    @Test func theSpeakerFilterTakesAFullName() {
        #expect(QuoteQuery("@Elena_Park bridge").speaker == "Elena Park")
        #expect(QuoteQuery("@Elena_Park bridge").text == "bridge")
    }
}

/// A story of several outlets' reports says which outlet each timeline row comes from.
@Suite struct TimelineOutletTests {
    @Test func timelineRowsNameTheirOutletWhenTheStoryHasSeveral() {
        let files: [String: String] = [
            "star/2024-03-11-vote.md": """
            ---
            title: Council backs Harbor Street bridge
            date: 2024-03-11
            publisher: Eastport Star
            ---
            The council voted on Monday to build the Harbor Street bridge, ending a debate.
            """,
            "ledger/2024-03-12-vote.md": """
            ---
            title: Harbor Street bridge vote splits residents
            date: 2024-03-12
            publisher: Eastport Ledger
            ---
            Residents were split on Tuesday over the council's Harbor Street bridge vote.
            """,
        ]
        let state = reader(files, width: 160, height: 30)
        let text = screen(state).plainText
        #expect(text.contains("Eastport Star: The council voted"))
        #expect(text.contains("Eastport Ledger: Residents were"))
    }
}

/// A person has one colour whichever name a quote gives them, across a story's reports.
@Suite struct SpeakerColourTests {
    @Test func aSurnameSpeakerInOneReportTakesTheFullNameOfAnother() {
        let state = reader(
            [
                "a.md": """
                ---
                title: Vote
                date: 2024-03-11
                story: Vote
                ---
                "We will win," said Senator Bernie Sanders. "It costs too much," said Councilman Ray Osei.
                """,
                "b.md": """
                ---
                title: Vote again
                date: 2024-03-12
                story: Vote
                ---
                "Nothing has changed," Sanders said on Tuesday.
                """,
            ], width: 120, height: 30)
        let speakers = Set(state.model.quotes(ofStory: 0).compactMap { state.model.quote($0)?.speaker })
        #expect(speakers.isSuperset(of: ["Bernie Sanders", "Sanders", "Ray Osei"]))
        let colours = SpeakerColours(state.model, story: 0)
        #expect(colours.colour("Sanders") == colours.colour("Bernie Sanders"))
        #expect(colours.colour("Ray Osei") != colours.colour("Bernie Sanders"))
        #expect(PeoplePane.rows(state).first { $0.name == "Bernie Sanders" }?.quotes == 2)
    }
}

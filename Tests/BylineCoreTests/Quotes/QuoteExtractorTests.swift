import Foundation
import Testing

@testable import BylineCore

@Suite struct QuoteExtractorTests {
    typealias Found = FoundQuote

    func quotes(_ text: String) -> [Found] { FoundQuote.all(in: text) }

    @Test func quoteSplitByItsAttributionIsOneQuote() {
        #expect(
            quotes("Mayor Ana Ruiz spoke. \"We will build it,\" she said, \"and soon.\"") == [
                Found(kind: .direct, speaker: "Ana Ruiz", text: "We will build it, | and soon.")
            ])
    }

    @Test func sourceBeforeColonAndInvertedCue() {
        let found = quotes("Governor Tom Hale was blunt. Hale said: \"No.\" Later it changed. \"Maybe,\" said Hale.")
        #expect(found.map(\.speaker) == ["Tom Hale", "Tom Hale"])
        #expect(found.map(\.kind) == [.direct, .direct])
    }

    /// An opening mark typed where the closing one belongs ("a fascist?“ he asked") closes
    /// the quotation, so the attribution after it is read; one that opens a word still opens.
    @Test func anOpeningMarkAfterAWordClosesTheQuotation() {
        let text = """
            Chuck Todd and Donald Trump spoke.

            “It is a good quote,” Trump said.

            Todd was shocked. “Do you want to be associated with a fascist?“ he asked.

            “No, I want to be associated with interesting quotes,” Trump said.
            """
        #expect(
            quotes(text) == [
                Found(kind: .direct, speaker: "Donald Trump", text: "It is a good quote,"),
                Found(kind: .direct, speaker: "Chuck Todd", text: "Do you want to be associated with a fascist?"),
                Found(
                    kind: .direct, speaker: "Donald Trump", text: "No, I want to be associated with interesting quotes,"
                ),
            ])
    }

    @Test func multiParagraphQuoteContinues() {
        let text = "\"The plan is sound. It will pass,\" said Lena Ortiz, the council leader.\n\n\"We have the votes.\""
        #expect(quotes(text).map(\.speaker) == ["Lena Ortiz", "Lena Ortiz"])
    }

    @Test func reportedSpeechAndAccordingTo() {
        let found = quotes(
            "Officials said the bridge would open in May. According to the city, costs rose sharply last year.")
        #expect(found.map(\.kind) == [.indirect, .indirect])
        #expect(found.map(\.speaker) == ["Officials", "the city"])
    }

    @Test func partialQuoteInsideReportedSpeech() {
        let found = quotes("Senator Mark Bell said the deal was \"a disaster for workers\" and would fail.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.speaker == "Mark Bell")
    }

    @Test func titlesAndScareQuotesAreNotQuotes() {
        #expect(quotes("She starred in \"The Long Road\" last year. The so-called \"experts\" disagreed.").isEmpty)
    }

    /// A few words that nothing attributes, nor a quotation just before them, are a gloss or a
    /// slogan; after someone's quotation they are that speaker's.
    @Test func aShortQuotationNothingAttributesIsNoQuote() {
        #expect(quotes("The hashtag #UneBougiePourParis - \"a candle for Paris\" - was also trending.").isEmpty)
        #expect(
            quotes("Jim Smith spoke on Monday.\n\n\"We will win,\" Smith said.\n\n\"Nobody can stop us now.\"")
                .map(\.speaker) == ["Jim Smith", "Jim Smith"])
    }

    @Test func unnamedSourcesStayUnnamed() {
        #expect(quotes("\"It is over,\" a source said.").map(\.speaker) == ["a source"])
    }

    @Test func pronounsResolveToTheRecentPerson() {
        let text = "Maria Lopez and Paul Chen met on Monday.\n\n\"It went well,\" she said. \"We agree,\" he added."
        #expect(quotes(text).map(\.speaker) == ["Maria Lopez", "Paul Chen"])
    }

    @Test func aRoleWrittenWithCapitalsIsNotPartOfTheName() {
        let text =
            "Labor Secretary Thomas Perez said \"it works.\" The labor secretary added \"it is law.\" "
            + "Republican National Committee Chairman Reince Priebus said \"no.\" "
            + "Martin Luther King Jr. said \"yes.\" U.N. Secretary-General Ban Ki-moon said \"now.\""
        #expect(
            quotes(text).map(\.speaker) == [
                "Thomas Perez", "Thomas Perez", "Reince Priebus", "Martin Luther King Jr.", "Ban Ki-moon",
            ])
    }

    @Test func anOrganisationKeepsTheCapitalisedTitleWordsOfItsName() {
        let text =
            "The White House said \"no.\" The State Department said \"not yet.\" "
            + "The Democratic National Committee said \"never.\" "
            + "White House press secretary Josh Earnest said \"maybe.\""
        #expect(
            quotes(text).map(\.speaker) == [
                "White House", "State Department", "Democratic National Committee", "Josh Earnest",
            ])
    }

    /// An organisation's name goes on over "of" and opens with a people's adjective; a role
    /// for an organisation is someone of it, as described, not the organisation.
    @Test func anOrganisationsNameKeepsItsComplement() {
        let text =
            "The University of Texas said \"no.\" The American Civil Liberties Union said \"never.\" "
            + "A spokeswoman for the House Armed Services Committee said \"not yet.\" "
            + "A spokesman for Mr. Clinton said \"maybe.\""
        #expect(
            quotes(text).map(\.speaker) == [
                "University of Texas", "American Civil Liberties Union",
                "A spokeswoman for the House Armed Services Committee", "A spokesman for Mr. Clinton",
            ])
    }

    /// A surname that is a common word elsewhere ("May", "Will", "English") is a name after a
    /// first name, and so later on its own; the month and the auxiliary stay what they are.
    @Test func aCommonWordIsASurnameAfterAFirstName() {
        let text =
            "Prime Minister Theresa May spoke in May. \"We will succeed,\" May said. Things may change, May told "
            + "reporters.\n\nGeorge Will wrote a column. \"It is a reminder,\" Will wrote.\n\n"
            + "Bryan English spoke. \"He is one of us,\" Mr. English said."
        #expect(
            quotes(text).map(\.speaker) == ["Theresa May", "Theresa May", "George Will", "Bryan English"])
    }

    /// A surname of several words is the person named in full, whichever comes first; lowercase
    /// particles may run two long. A first name before a surname names someone else, and a
    /// common word before a name is no given name. A generation ("Jr.") follows the surname.
    @Test func aSurnameOfSeveralWordsIsThePersonNamedInFull() {
        let text =
            "\"We will win,\" Van Hollen said.\n\nSen. Chris Van Hollen spoke on Monday. \"It is time,\" Van Hollen "
            + "said.\n\nUrsula von der Leyen spoke. \"Europe is ready,\" von der Leyen said.\n\n"
            + "Mary Anne Smith met Anne Smith. \"I agree,\" Anne Smith said.\n\n"
            + "A report read Crashes Into Van Dyke. \"I am fine,\" Van Dyke said.\n\n"
            + "Joseph R. Biden Jr. spoke. \"It is a shame,\" Biden said."
        #expect(
            quotes(text).map(\.speaker) == [
                "Chris Van Hollen", "Chris Van Hollen", "Ursula von der Leyen", "Anne Smith", "Van Dyke",
                "Joseph R. Biden Jr.",
            ])
    }

    /// A fragment that closes a sentence about someone is theirs, unless a quotation of someone
    /// else comes just before it in the paragraph: then it is that speaker's words about them.
    @Test func aFragmentAboutSomeoneAfterAnothersQuotationIsTheirs() {
        let text =
            "Joe Biden spoke in Pennsylvania. Hiro Aida, a journalist, heard him.\n\n"
            + "\"We thought only Trump was insensitive,\" said Aida. Biden \"kind of misspoke in public.\"\n\n"
            + "Biden \"kind of regrets the remark.\""
        #expect(quotes(text).map(\.speaker) == ["Hiro Aida", "Hiro Aida", "Joe Biden"])
    }

    /// A quotation alone, with no frame and no quotation just before it, is said by the person
    /// whose cue the sentence before it reports; not by a subject without a cue, nor "they".
    @Test func aLoneQuotationFollowsTheSentenceBeforeWhenItReportsSpeech() {
        let text =
            "Ron Howard spoke on Monday.\n\nHoward continued his scathing remarks.\n\n"
            + "\"Eight years ago she was the nominee.\"\n\nHoward drove home.\n\n\"It was late, and he was tired.\"\n\n"
            + "They argued about the show.\n\n\"Nobody watches that show any more these days.\""
        #expect(
            quotes(text).filter { $0.kind == .direct }.map(\.speaker) == ["Ron Howard", nil, nil])
    }

    /// A belief reported by a speaker ("said, noting that donors feel "…"") is in the
    /// speaker's words; a belief on its own is its subject's.
    @Test func aBeliefReportedBySomeoneIsInTheirWords() {
        let text =
            "Jim Law spoke. \"There is urgency,\" Law said, noting that donors feel \"we need insurance.\" "
            + "Ann Lee said that only the Koch brothers wanted \"open borders.\" "
            + "Voters believe \"the system is rigged.\""
        #expect(quotes(text).map(\.speaker) == ["Jim Law", "Jim Law", "Ann Lee", "Voters"])
    }

    /// Verbs of the manner of speaking frame quotations ("riffed", "scolded", "crowed"), not
    /// reported speech ("she vented that it was ugly" is no quote of hers).
    @Test func aVerbOfMannerFramesAQuotationOnly() {
        let text =
            "Mike Pence spoke.\n\n\"The answer is no,\" the vice-presidential nominee riffed on the clip. "
            + "\"Grow up,\" Donald scolded. \"We won,\" Ann Lee crowed. She vented that it was ugly."
        #expect(
            quotes(text).map(\.speaker) == ["the vice-presidential nominee", "Donald", "Ann Lee"])
    }

    /// A first name outweighs a gendered role ("spokesman" is said of women too); an
    /// honorific outweighs both.
    @Test func aFirstNameOutweighsAGenderedRole() {
        let text =
            "The rally.\n\nTrump spokesman Hope Hicks spoke on Monday. Donald Trump waved to the crowd.\n\n"
            + "\"They are not affiliated,\" she said."
        #expect(quotes(text).filter { $0.kind == .direct }.map(\.speaker) == ["Hope Hicks"])
    }

    /// After a quotation, names with their organisation's name may run longer than other
    /// source phrases before the cue.
    @Test func aSourceNamedWithItsOrganisationMayRunLong() {
        let text =
            "\"Tritium would help,\" nuclear experts David Albright and Serena Kelleher of Washington's Institute "
            + "for Science and International Security wrote in September."
        #expect(quotes(text).map(\.speaker) == ["Serena Kelleher"])
    }

    /// A title before "of" is a role with its complement, not a name: "Secretary of State John
    /// Kerry" is John Kerry wherever the phrase stands.
    @Test func aTitleWithItsComplementIsARole() {
        let text =
            "\"We will act,\" Secretary of State John Kerry said. Ohio Secretary of State Jon Husted said \"no.\" "
            + "Former Secretary of State Madeleine Albright urged women to vote, saying, \"There is a special place.\" "
            + "\"We know,\" Director of National Intelligence James Clapper said."
        #expect(quotes(text).map(\.speaker) == ["John Kerry", "Jon Husted", "Madeleine Albright", "James Clapper"])
    }

    /// A verb of speech after "of" or an article is a noun ("the secretary of state said").
    @Test func aCueAfterOfOrAnArticleIsANoun() {
        let found = FoundQuote.all(in: "The race.\n\n\"We will act,\" the former secretary of state said.")
        #expect(found == [Found(kind: .direct, speaker: "the former secretary of state", text: "We will act,")])
    }

    /// Common first names tell "she" from "he" (Hillary, Bernie were of unknown gender).
    @Test func commonFirstNamesGiveAGender() {
        let text =
            "The debate.\n\nHillary Clinton and Bernie Sanders debated on Thursday. \"We will act,\" Clinton said. "
            + "\"I disagree,\" Sanders replied. \"That is wrong,\" she shot back."
        #expect(quotes(text).map(\.speaker) == ["Hillary Clinton", "Bernie Sanders", "Hillary Clinton"])
    }

    /// A person named as an object ("when I asked Bernie Sanders") is who "he" is when no one
    /// in focus fits.
    @Test func aPronounFallsBackToAPersonNamedAsAnObject() {
        let text =
            "The endorsement.\n\nLast month, when I asked Bernie Sanders if he would endorse Hillary Clinton, he "
            + "looked straight at me and said, \"I will endorse you!\""
        #expect(quotes(text).filter { $0.kind == .direct }.map(\.speaker) == ["Bernie Sanders"])
    }

    /// A participle after a quotation closed by two apostrophes and a comma (",'' saying")
    /// shares the sentence's subject, as after a curly or straight mark.
    @Test func aParticipleAfterDoubledApostrophesSharesTheSubject() {
        let text =
            "The race.\n\nMr. Trump spoke in Iowa. On Friday, he joined others in pouncing on messages deemed "
            + "''top secret,'' saying in a post on Twitter: ''The new email release is a disaster.''"
        #expect(quotes(text).filter { $0.kind == .direct }.map(\.speaker) == ["Trump"])
    }

    /// Quotation marks of two apostrophes (''…'') read as straight and curly marks do: a
    /// quotation resumes after its attribution, and a reported clause keeps its closing mark.
    @Test func doubledApostrophesReadAsQuotationMarks() {
        let text =
            "The race.\n\nMr. Trump spoke in Iowa. ''We will win,'' he said, ''and soon.'' "
            + "The plan is a ''disaster,'' Mr. Trump said."
        #expect(
            quotes(text) == [
                Found(kind: .direct, speaker: "Trump", text: "We will win, | and soon."),
                Found(kind: .mixed, speaker: "Trump", text: "The plan is a ''disaster,''"),
            ])
    }

    @Test func aPronounPrefersAPersonToALoneWordOfUnknownKind() {
        let text =
            "Lael Brainard spoke on Monday.\n\nBrainard said the Fed would wait. It \"risks higher inflation,\" she said."
        #expect(quotes(text).map(\.speaker) == ["Lael Brainard", "Lael Brainard"])
    }

    @Test func aPrepositionOpeningASentenceIsNotPartOfAName() {
        let text =
            "Karlee Macer works there.\n\nOutside Carrier's plant, she said \"it is quiet.\" "
            + "Alongside BLM protests, Ann Lee said \"no.\""
        #expect(quotes(text).map(\.speaker) == ["Karlee Macer", "Ann Lee"])
    }

    /// A pronoun takes no modifier: the words before it and its cue are an adjunct.
    @Test func wordsBeforeAPronounAreNotPartOfTheSource() {
        let text =
            "Phyllis Schlafly spoke often.\n\nIn 2010 she said: \"Nobody is stopping them.\"\n\n"
            + "In an interview she said: \"Nobody likes it.\"\n\nLater she said: \"It was fine.\""
        #expect(quotes(text).map(\.speaker) == ["Phyllis Schlafly", "Phyllis Schlafly", "Phyllis Schlafly"])
    }

    /// "a Jupiter Democrat" describes someone: it is no person of its own for "he" to find.
    @Test func aPlaceAndAPartyAreNoName() {
        let text =
            "Patrick Murphy is running.\n\nMurphy, a Jupiter Democrat who has been endorsed by the unions, "
            + "has made schools his priority. He said \"it matters.\""
        #expect(quotes(text).map(\.speaker) == ["Patrick Murphy"])
    }

    /// A party alone after a determiner ("the Democrat") describes someone: it is no name.
    @Test func aPartyAloneAfterADeterminerIsADescription() {
        let text =
            "Sen. Elizabeth Warren spoke on Monday.\n\n\"Nobody likes it at all,\" the Democrat said. "
            + "\"It is over,\" one Republican said."
        #expect(quotes(text).map(\.speaker) == ["the Democrat", "one Republican"])
    }

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared"))
    func seedReadsPerfectly() throws {
        let seed = try #require(SharedData.seed)
        let article = try #require(loadArticle(seed, date: CalendarDate(year: 2021, month: 9, day: 28)))
        let analysis = ArticleAnalyzer.analyze(article)
        let found = analysis.quotes.map { quote in
            (speaker: quote.speaker, kind: quote.kind, text: quote.pieces.map(article.slice).joined(separator: " "))
        }
        func speaker(of start: String) -> String? {
            found.first { $0.text.hasPrefix(start) }?.speaker ?? "missing: \(start)"
        }
        // Every quotation, with its speaker.
        let teigen = [
            "And to the son we almost had", "They told me it would get easier", "We are shocked",
            "We never decide on our babies", "To our Jack", "We feel all of your love",
            "We are so grateful", "On this darkest of days",
        ]
        let legend = [
            "We've heard from so many people", "Chrissy sharing what she shared", "Well, I think we have to",
            "Whenever we go through personal challenges", "And in my family",
        ]
        for start in teigen { #expect(speaker(of: start) == "Chrissy Teigen", "\(start)") }
        for start in legend { #expect(speaker(of: start) == "John Legend", "\(start)") }
        // The partial quote.
        let partial = try #require(found.first { $0.text.contains("positive energy, thoughts and prayers") })
        #expect(partial.kind == .mixed)
        #expect(partial.speaker == "Chrissy Teigen")
        #expect(!found.contains { $0.speaker == "Kevin Frazier" })
    }

    @Test func pathologicalInputsFinishWithoutQuadraticBlowUp() {
        let marks = String(repeating: "\"", count: 10_000)
        let unbalanced = "He said \"this never closes and " + String(repeating: "goes on, ", count: 20_000)
        let oneParagraph = String(repeating: "Mr. Smith said the plan, which \"works,\" is fine, ", count: 20_000)
        let mixed = "漢字テスト “引用” said Ана. \u{202E}reversed\u{202C} \"quote\""
        for text in [marks, unbalanced, oneParagraph, mixed, "", "   \n\n  "] {
            let start = Date()
            _ = QuoteExtractor.extract(Document(text))
            #expect(Date().timeIntervalSince(start) < 60, "took too long on \(text.prefix(20))")
        }
    }
}

import Testing

@testable import BylineCore

/// One test per attribution frame added for speakers read wrong or not at all on PolNeAR
/// train-look; each is a class of news syntax, checked here on sentences of its own.
@Suite struct AttributionFrameTests {
    func speakers(_ text: String) -> [String?] {
        QuoteExtractor.extract(Document(text)).quotes.map(\.speaker)
    }

    @Test func aDescriptionIsNamedByItsAppositive() {
        let text = """
            Donald Trump spoke first.

            "The attacks draw us together," Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.

            "It may have been his first attempt," said his best friend at Lehigh, Bruce Turry, who knew him.
            """
        #expect(speakers(text) == ["Steffen Seibert", "Bruce Turry"])
    }

    @Test func aQuestionsAttributionIsLookedForInItsOwnParagraphOnly() {
        let text = """
            Darrell Issa spoke about the FBI on Sunday.

            Maria Bartiromo asked, "Would Comey let that go?"

            Issa continued, "Yes. I have watched this for years."
            """
        #expect(speakers(text) == ["Maria Bartiromo", "Darrell Issa"])
    }

    @Test func aCueGovernedByAnotherVerbHasThatVerbsSubject() {
        let text = """
            "We will win," Ted Cruz said.

            The debate was so subdued that Mr. Trump was prompted to say, "I cannot believe how civil it is."
            """
        #expect(speakers(text) == ["Ted Cruz", "Trump"])
    }

    @Test func speakerNounsCountInEitherNumber() {
        let text = """
            "We will win," Donald Trump said on Monday.

            "Nobody seems to be preoccupied by it," the insider said.
            """
        #expect(speakers(text) == ["Donald Trump", "the insider"])
    }

    @Test func mannerOfSpeakingVerbsFrameQuotations() {
        #expect(
            speakers("During the debate, Hillary Clinton cracked, \"I am a progressive who gets things done.\"") == [
                "Hillary Clinton"
            ])
    }
}

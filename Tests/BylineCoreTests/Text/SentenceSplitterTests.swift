import Testing

@testable import BylineCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let document = Document(text)
        return document.sentences.map(document.string)
    }

    @Test(arguments: [
        ("Mr. Smith met Sen. Jones. They talked.", ["Mr. Smith met Sen. Jones.", "They talked."]),
        ("The U.S. economy grew. Prices rose.", ["The U.S. economy grew.", "Prices rose."]),
        ("He lives in the U.S. The economy grew.", ["He lives in the U.S.", "The economy grew."]),
        ("It cost $1.5 billion. That is a lot.", ["It cost $1.5 billion.", "That is a lot."]),
        ("She expects baby No. 3 with him. Fans cheered.", ["She expects baby No. 3 with him.", "Fans cheered."]),
        (
            "It happened on Jan. 6 in Washington. Later it ended.",
            ["It happened on Jan. 6 in Washington.", "Later it ended."]
        ),
        ("The vote is in Sept. It passed.", ["The vote is in Sept.", "It passed."]),
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
        ("\"We won.\" She smiled.", ["\"We won.\"", "She smiled."]),
        ("\"Is it over?\" he asked. Nobody knew.", ["\"Is it over?\" he asked.", "Nobody knew."]),
        ("Wait... There is more. Really.", ["Wait...", "There is more.", "Really."]),
        (
            "The result — a tie — surprised everyone. Nobody expected it.",
            ["The result — a tie — surprised everyone.", "Nobody expected it."]
        ),
        ("Dr. Ruiz, the surgeon, said so. Mrs. Lee agreed.", ["Dr. Ruiz, the surgeon, said so.", "Mrs. Lee agreed."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func headlinesWithoutPunctuationEndAtTheirParagraph() {
        #expect(
            sentences("Council backs bridge\n\nThe vote was close.") == ["Council backs bridge", "The vote was close."])
    }

    /// The reader finds the sentence of one offset again from the text alone: the same
    /// sentence the whole article's split gives, in any paragraph, and none between them.
    @Test func aBodyFindsTheSentenceHoldingAnOffset() {
        let text = "Café owners met on Monday. They agreed.\n\nThe vote is on May 3. It will pass."
        let scalars = [Unicode.Scalar](scalarsOf: text)
        let (body, _) = PlainTextLoader.body(scalars, lines: TextLines(scalars), detectHeadline: false)
        let all = SentenceSplitter.split([Unicode.Scalar](scalarsOf: body.text), paragraphs: body.paragraphs)
        #expect(all.count == 4)
        for sentence in all {
            for offset in [sentence.start, sentence.end - 1] {
                #expect(body.sentence(containing: offset) == sentence)
            }
        }
        #expect(body.sentence(containing: all[1].end + 1) == nil)
    }
}

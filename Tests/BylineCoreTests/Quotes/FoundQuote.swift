@testable import BylineCore

/// A quote as the quote tests compare it: its kind, speaker and the text of its pieces
/// (joined by " | " when a quote resumes after its attribution).
struct FoundQuote: Equatable, CustomStringConvertible {
    var kind: QuoteKind
    var speaker: String?
    var text: String
    var description: String { "\(kind.rawValue) \(speaker ?? "nil"): \(text)" }

    /// The paragraph the rule tests open with: it introduces the people they name.
    static let introduction = "Bernie Sanders and Hillary Clinton met voters on Monday.\n\n"

    /// Every quote extraction finds in `sentence`, after an opening paragraph that
    /// introduces the people the rule tests name.
    static func all(afterIntroducing sentence: String) -> [FoundQuote] {
        all(in: introduction + sentence)
    }

    /// Every quote extraction finds in `text`.
    static func all(in text: String) -> [FoundQuote] {
        let document = Document(text)
        return QuoteExtractor.extract(document).quotes.map { FoundQuote($0, in: document) }
    }

    /// The quotes that `rules` alone, run in the order given, record in `text` (after the
    /// introducing paragraph), in the order they record them.
    static func recorded(by rules: [any QuoteRule], afterIntroducing text: String) -> [FoundQuote] {
        let document = Document(introduction + text)
        var context = QuoteContext(document)
        for rule in rules { rule.apply(to: &context) }
        return context.quotes.map { FoundQuote($0, in: document) }
    }

    /// The quotes that `rules` record in an article whose first paragraph is its headline.
    static func recorded(by rules: [any QuoteRule], headline: String, body: String) -> [FoundQuote] {
        let plain = Document(headline + "\n\n" + body)
        let document = Document(
            text: plain.text, paragraphs: plain.paragraphs, sentences: plain.sentences, headlineInBody: true)
        var context = QuoteContext(document)
        for rule in rules { rule.apply(to: &context) }
        return context.quotes.map { FoundQuote($0, in: document) }
    }

    init(kind: QuoteKind, speaker: String?, text: String) {
        self.kind = kind
        self.speaker = speaker
        self.text = text
    }

    init(_ quote: Quote, in document: Document) {
        self.init(
            kind: quote.kind, speaker: quote.speaker, text: quote.pieces.map(document.string).joined(separator: " | "))
    }
}

@testable import BylineCore

/// A quote as the quote tests compare it: its kind, speaker and the text of its pieces
/// (joined by " | " when a quote resumes after its attribution).
struct FoundQuote: Equatable, CustomStringConvertible {
    var kind: QuoteKind
    var speaker: String?
    var text: String
    var description: String { "\(kind.rawValue) \(speaker ?? "nil"): \(text)" }

    /// Every quote extraction finds in `sentence`, after an opening paragraph that
    /// introduces the people the rule tests name.
    static func all(afterIntroducing sentence: String) -> [FoundQuote] {
        all(in: "Bernie Sanders and Hillary Clinton met voters on Monday.\n\n" + sentence)
    }

    /// Every quote extraction finds in `text`.
    static func all(in text: String) -> [FoundQuote] {
        let document = Document(text)
        return QuoteExtractor.extract(document).quotes.map {
            FoundQuote(
                kind: $0.kind, speaker: $0.speaker, text: $0.pieces.map(document.string).joined(separator: " | "))
        }
    }
}

/// A source phrase and cue found for a quotation.
struct Attribution {
    var source: [Token]
    var cue: Token?
    var resolved: ResolvedSpeaker
    /// Inherited from the previous quotation rather than stated.
    var continuation: Bool

    /// A cue whose source the text does not name ("Sanders was told that …", "The sale is
    /// expected to …").
    static func unnamed(cue: Token) -> Attribution {
        Attribution(source: [], cue: cue, resolved: ResolvedSpeaker(speaker: nil, person: nil), continuation: false)
    }

    var mention: TextSpan? {
        guard let first = source.first, let last = source.last else { return nil }
        return TextSpan(first.span.start, last.span.end)
    }
}

/// What a frame attributes, and to whom: the reported clause or question, and its attribution.
struct AttributedClause {
    var content: TextSpan
    var attribution: Attribution
    /// The words after an attribution set off inside the clause ("To get their votes,
    /// participants said, the Democrats must …"): a second piece of the same content.
    var rest: TextSpan? = nil

    /// The content's pieces, in text order.
    var pieces: QuotePieces { rest.map { [content, $0] } ?? [content] }
}

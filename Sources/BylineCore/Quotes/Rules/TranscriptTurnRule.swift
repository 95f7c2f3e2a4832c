/// Interview transcripts: `WALLACE: …` paragraphs, where a speaker label in capitals and a
/// colon open a turn. The whole turn is a direct quote of the labelled speaker.
///
/// Runs first: a turn's quotations are part of the turn, and `DirectQuoteRule` skips its
/// paragraph.
struct TranscriptTurnRule: QuoteRule {
    func apply(to context: inout QuoteContext) {
        let doc = context.doc
        for (p, paragraph) in doc.paragraphs.enumerated() where !(p == 0 && doc.headlineInBody) {
            guard let s = context.sentence(at: paragraph.start),
                let label = context.turnLabel(of: paragraph, sentence: s)
            else { continue }
            let start = context.contentStart(after: label, before: paragraph.end)
            guard context.wordCount(TextSpan(start, paragraph.end)) >= 2 else { continue }
            context.claimTranscriptTurn(p)
            let resolved = context.speaker(of: label, sentence: s)
            context.record(
                [TextSpan(start, paragraph.end)], kind: .direct,
                Attribution(source: label.words, cue: nil, resolved: resolved, continuation: false),
                claiming: context.sentences(of: paragraph, from: s))
        }
    }
}

extension QuoteContext {
    /// The speaker label opening a paragraph whose first sentence is `s`: words in capitals
    /// (at most five, after an optional opening quotation mark) and a colon.
    fileprivate func turnLabel(of paragraph: TextSpan, sentence s: Int) -> SpeakerLabel? {
        let tokens = sentenceTokens[s]
        let lead = tokens.first.map { ["\"", "“"].contains($0.lower) } == true ? 1 : 0
        guard let colon = tokens.prefix(6).firstIndex(where: { $0.lower == ":" }), colon > lead,
            tokens[lead..<colon].allSatisfy({
                let text = $0.text(in: t)
                return $0.isWord && text.count >= 2 && text == text.uppercased() && text.contains(where: \.isLetter)
            }),
            // Without a leading quotation mark, a quotation inside means the label is prose ("NOTE: he said "…"").
            lead == 1 || !quoted.contains(where: { paragraph.contains($0.content) && $0.open > paragraph.start })
        else { return nil }
        return SpeakerLabel(words: Array(tokens[lead..<colon]), end: tokens[colon])
    }
}

/// A second reported clause after an attribution, opened by a participle of speech:
/// `"…," she said, adding that …`, `…, Mr. Manafort said, noting that …`, `"…," he said, and
/// added that …`, and what the speaker meant: `…," he said, referring to other comments`. The
/// participle shares the subject of the clause it follows, so the clause is the same speaker's.
///
/// Runs after the rules that attribute a sentence's first quote (the sentence is theirs, and
/// they read one attribution a sentence); it reads only what follows a quote with a speaker,
/// and takes a clause no quote holds.
struct AddedClauseRule: QuoteRule {
    func apply(to context: inout QuoteContext) {
        for quote in context.quotes where quote.speaker != nil {
            guard let added = context.addedClause(after: quote) else { continue }
            let hasQuote =
                context.quotation(after: added.content.start - 1).map { added.content.contains($0.content) } ?? false
            context.record([added.content], kind: hasQuote ? .mixed : .indirect, added.attribution, claiming: [])
        }
    }
}

extension QuoteContext {
    /// The clause a participle of speech adds after `quote` in the sentence where the quote
    /// ends, attributed to the quote's speaker (the same mention), if no quote holds it.
    fileprivate func addedClause(after quote: Quote) -> AttributedClause? {
        let end = quote.span.end
        guard let s = sentence(at: max(0, end - 1)) else { return nil }
        let tokens = sentenceTokens[s]
        let contentEnd = trimmedEnd(doc.sentences[s])
        let from = tokens.partitionIndex { $0.span.start >= end }
        guard from < tokens.count else { return nil }
        for c in (from + 1)..<tokens.count where tokens[c].isWord && isAddingCue(tokens, c) {
            guard let start = addedClauseStart(tokens, cue: c, contentEnd: contentEnd) else { return nil }
            let content = TextSpan(start, contentEnd)
            // A quote of its own there (a quotation with its attribution) keeps the words.
            guard !quotes.contains(where: { $0.span.start < content.end && $0.span.end > content.start }) else {
                return nil
            }
            let source = quote.speakerMention.map { mention in tokens.filter { mention.contains($0.span) } } ?? []
            let attribution = Attribution(
                source: source, cue: tokens[c],
                resolved: ResolvedSpeaker(speaker: quote.speaker, person: quote.personIndex), continuation: false)
            return AttributedClause(content: content, attribution: attribution)
        }
        return nil
    }

    /// `, adding`, `, noting`, `and added that`: a participle of speech after a comma, or a
    /// past form after "and" with "that" (without it, "and added" may take any object).
    private func isAddingCue(_ tokens: [Token], _ c: Int) -> Bool {
        // Not "according to X" (which closes a clause) or "looking at his playbook": what
        // follows the participle must be what was said, not a phrase. Nor a verb of asking ("asking her to …"): a reported question is the question rule's.
        let word = tokens[c].lower
        // "…," he said, referring to other comments: what the speaker meant.
        if word == "referring", tokens[c - 1].lower == ",", c + 1 < tokens.count, tokens[c + 1].lower == "to" {
            return true
        }
        guard ReportingVerbs.reportCue(tokens[c]) == .speech, !FrameWords.askingVerbs.contains(word),
            c + 1 < tokens.count, !FrameWords.phrasePrepositions.contains(tokens[c + 1].lower)
        else { return false }
        if word.hasSuffix("ing") { return tokens[c - 1].lower == "," }
        return tokens[c - 1].lower == "and" && tokens[c + 1].lower == "that"
    }

    /// Where the added clause starts: after "that" when the cue has it, else right after the
    /// cue; nil when fewer than a few words are left.
    private func addedClauseStart(_ tokens: [Token], cue c: Int, contentEnd: Int) -> Int? {
        var k = c + 1
        while k < tokens.count, tokens[k].lower == "that" || tokens[k].lower == "," || tokens[k].lower == "to" {
            k += 1
        }
        guard k < tokens.count, contentEnd - tokens[k].span.start > 8 else { return nil }
        return tokens[k].span.start
    }
}

/// Questions reported inside a sentence: "Asked whether Clinton has the integrity …, 75
/// percent said yes", "Mr. Rubin asked the students if they were always so serious", "when
/// asked which candidate she would back".
///
/// A verb of asking followed, directly or after its addressee, by "whether", "if" or a
/// wh-word reports a question: the clause it opens, up to the comma that closes it, is what
/// was asked. Who asked is the verb's subject when it has one; a passive or a participle
/// ("Asked whether …", "when asked …") names the asker only with "by X". A question whose
/// asker is not named is no quote of anyone's: the reader would list it under no speaker,
/// and it must not go to the one who answered (`opensWithQuestion` keeps the other rules
/// from giving it to them).
extension QuoteContext {
    /// The question reported in sentence `s`, if a verb of asking introduces one.
    func embeddedQuestion(in s: Int) -> AttributedClause? {
        let tokens = sentenceTokens[s]
        // Every verb of asking is a cue: the flag spares a lookup at most words.
        for c in tokens.indices where tokens[c].flags.contains(.cue) && FrameWords.askingVerbs.contains(tokens[c].lower)
        {
            guard let q = questionOpener(tokens, afterAsking: c), q + 2 < tokens.count else { continue }
            let end = questionEnd(tokens, from: q + 1, sentence: s)
            guard end - tokens[q].span.start > 8 else { continue }
            let content = TextSpan(tokens[q].span.start, end)
            return AttributedClause(content: content, attribution: asker(tokens, verb: c, before: q, sentence: s))
        }
        return nil
    }

    /// The word opening the question a verb of asking at `c` reports ("whether", "if", a
    /// wh-word), directly after it or after its addressee or agent: a few words, no mark.
    func questionOpener(_ tokens: [Token], afterAsking c: Int) -> Int? {
        var q = c + 1
        while q < tokens.endIndex, q - c <= 5, tokens[q].isWord {
            let word = tokens[q].lower
            if FrameWords.questionOpeners.contains(word) { return q }
            if FrameWords.notQuestionAfterAsking.contains(word) { return nil }
            q += 1
        }
        return nil
    }

    /// Where the question opened at `from` ends: at the first comma, semicolon or dash outside
    /// a quotation, or at the closing mark of a quotation whose last character it is (`if he
    /// is "fit to serve," voters said`); else at the end of the sentence.
    func questionEnd(_ tokens: [Token], from start: Int, sentence s: Int) -> Int {
        for k in start..<tokens.count where FrameWords.clauseClosers.contains(tokens[k].lower) {
            let mark = tokens[k].span
            guard let quotation = quoted.first(where: { $0.content.contains(mark.start) }) else {
                return k > start ? tokens[k - 1].span.end : mark.start
            }
            if quotation.content.end <= mark.end, let close = quotation.close { return close + 1 }
        }
        return trimmedEnd(doc.sentences[s])
    }

    /// Who asked: "by X" after the verb, else the verb's subject when the verb is active.
    private func asker(_ tokens: [Token], verb c: Int, before q: Int, sentence s: Int) -> Attribution {
        let cue = tokens[c]
        let unknown = Attribution.unnamed(cue: cue)
        if let by = tokens[(c + 1)..<q].firstIndex(where: { $0.lower == "by" }) {
            let agent = Array(tokens[(by + 1)..<q])
            guard !agent.isEmpty, let resolved = resolver.resolve(agent, at: s) else { return unknown }
            return Attribution(source: agent, cue: cue, resolved: resolved, continuation: false)
        }
        // "Asked whether …", "when asked …", "was asked if …": the subject was asked.
        if c == 0 || FrameWords.passiveMarkers.contains(tokens[c - 1].lower) { return unknown }
        let source = SourcePhrase.preceding(tokens, before: c)
        guard !source.isEmpty, SourcePhrase.isPlausibleSource(source), let resolved = resolver.resolve(source, at: s)
        else { return unknown }
        return Attribution(source: source, cue: cue, resolved: resolved, continuation: false)
    }
}

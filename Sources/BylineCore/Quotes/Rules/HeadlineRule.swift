/// Headlines that attribute with a colon, as news headlines do: "Graham: Trump's Rhetoric
/// Destroying GOP's Chance", "Poll: Sanders Takes First National Lead", "Trump: 'I'm the
/// Worst Thing That Ever Happened to the Establishment.'" The label before the colon is the
/// source; what follows is the quote (direct when wholly in quotation marks).
///
/// Reads only a headline kept in the body, which every other rule leaves alone; a label in
/// capitals ("UPDATE:", "WATCH:") is a kicker, not a source.
struct HeadlineRule: QuoteRule {
    func apply(to context: inout QuoteContext) {
        let doc = context.doc
        guard doc.headlineInBody, let headline = doc.paragraphs.first, let s = context.sentence(at: headline.start),
            let label = context.headlineLabel(sentence: s)
        else { return }
        let start = context.contentStart(after: label, before: headline.end)
        var end = headline.end
        while end > start, Characters.isSpace(context.t[end - 1]) || context.t[end - 1] == "." { end -= 1 }
        guard context.wordCount(TextSpan(start, end)) >= 3 else { return }
        // Headlines quote in single marks as often as in double ones.
        let content: TextSpan
        let kind: QuoteKind
        if "“\"‘'".unicodeScalars.contains(context.t[start]), "”\"’'".unicodeScalars.contains(context.t[end - 1]) {
            content = TextSpan(start + 1, end - 1)
            kind = .direct
        } else {
            content = TextSpan(start, end)
            kind = context.t[start..<end].contains(where: { "“”\"".unicodeScalars.contains($0) }) ? .mixed : .indirect
        }
        // The headline's names are not in the register (it reads the body): the label is
        // looked up there by name.
        let resolved = context.speaker(of: label, sentence: s)
        context.record(
            [content], kind: kind, Attribution(source: label.words, cue: nil, resolved: resolved, continuation: false),
            claiming: context.sentences(of: headline, from: s))
    }
}

extension QuoteContext {
    /// At most four capitalised words and a colon opening the headline's first sentence, not
    /// all in capitals.
    fileprivate func headlineLabel(sentence s: Int) -> SpeakerLabel? {
        let tokens = sentenceTokens[s]
        guard let colon = tokens.prefix(5).firstIndex(where: { $0.lower == ":" }), colon > 0,
            tokens[..<colon].allSatisfy({ $0.isWord && $0.isCapitalised }),
            tokens[..<colon].contains(where: { token in
                token.text(in: t).contains(where: \.isLowercase)
            })
        else { return nil }
        return SpeakerLabel(words: Array(tokens[..<colon]), colon: tokens[colon])
    }
}

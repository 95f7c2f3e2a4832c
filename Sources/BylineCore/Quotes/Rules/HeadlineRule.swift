/// Headlines that attribute, as news headlines do, with a colon ("Graham: Trump's Rhetoric
/// Destroying GOP's Chance", "Poll: Sanders Takes First National Lead", "Trump: 'I'm the
/// Worst Thing That Ever Happened to the Establishment.'") or a verb of saying, stance or
/// intention in the present ("Bernie Sanders Says He's Already Started Writing His Inaugural
/// Address", "Donald Trump Praises …", "Trump plans major ad buy …"). The label
/// before the colon or verb is the source; what follows is the quote (direct when wholly in
/// quotation marks).
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
            [content], kind: kind,
            Attribution(
                source: label.words, cue: label.end.isWord ? label.end : nil, resolved: resolved, continuation: false),
            claiming: context.sentences(of: headline, from: s))
    }
}

extension QuoteContext {
    /// At most four capitalised words opening the headline's first sentence, not all in
    /// capitals, then a colon or a verb of saying ("Says", "Warns", "Said"; in a headline in
    /// title case the verb is capitalised too).
    ///
    /// A label opened by a determiner is a series' kicker ("The Latest: Sanders declares
    /// ‘revolution’"): the label is read after its colon.
    fileprivate func headlineLabel(sentence s: Int) -> SpeakerLabel? {
        var tokens = sentenceTokens[s][...]
        if tokens.count > 3, SourcePhrase.determiners.contains(tokens[tokens.startIndex].lower),
            let colon = tokens.prefix(4).firstIndex(where: { $0.lower == ":" })
        {
            tokens = tokens[(colon + 1)...]
        }
        let first = tokens.startIndex
        guard
            let end = tokens.prefix(5).indices.first(where: { k in
                k > first && (tokens[k].lower == ":" || (tokens[k].isWord && isHeadlineVerb(tokens[k].lower)))
            }),
            tokens[first..<end].allSatisfy({ $0.isWord && $0.isCapitalised }),
            tokens[first..<end].contains(where: hasLowercase)
        else { return nil }
        return SpeakerLabel(words: Array(tokens[first..<end]), end: tokens[end])
    }

    /// A verb of saying as headlines write it: the present in -s, or "said"; or a verb of
    /// stance or intention in the present ("Jeb Bush Super PAC Chief Praises …", "Trump Plans
    /// Major Ad Buy …").
    private func isHeadlineVerb(_ word: Word) -> Bool {
        (word.hasSuffix("s") || word == "said")
            && (ReportingVerbs.reportCue(word) == .speech || ReportingVerbs.stanceVerbs.contains(word)
                || ReportingVerbs.intentionVerbs.contains(word))
    }
}

/// A speaker's name and the colon or verb of saying after it, opening a transcript turn
/// ("WALLACE: …") or a headline ("Graham: …", "Sanders Says …"): what follows is that
/// speaker's.
struct SpeakerLabel {
    var words: [Token]
    /// The colon, or the verb of saying in a headline.
    var end: Token
}

extension QuoteContext {
    /// Who a label names: a person the register knows by that name ("Graham" for the body's
    /// "Lindsey Graham"), else what the resolver makes of it, else the label as written.
    func speaker(of label: SpeakerLabel, sentence s: Int) -> ResolvedSpeaker {
        let register = resolver.register
        if let person = register.person(named: label.words.map(\.lower)) {
            return ResolvedSpeaker(speaker: register.people[person].name, person: person)
        }
        return resolver.resolve(label.words, at: s)
            ?? ResolvedSpeaker(
                speaker: doc.string(TextSpan(label.words.first!.span.start, label.words.last!.span.end)), person: nil)
    }

    /// Where the words after a label start, its spaces (and after a verb, a "that") passed over.
    func contentStart(after label: SpeakerLabel, before end: Int) -> Int {
        var start = label.end.span.end
        while start < end, Characters.isSpace(t[start]) { start += 1 }
        if label.end.isWord,
            let that = sentence(at: start).flatMap({ s in
                sentenceTokens[s].first { $0.span.start == start }
            }), that.lower == "that"
        {
            start = that.span.end
            while start < end, Characters.isSpace(t[start]) { start += 1 }
        }
        return start
    }

    /// The sentences of a paragraph whose first sentence is `s`.
    func sentences(of paragraph: TextSpan, from s: Int) -> [Int] {
        Array((s..<doc.sentences.count).prefix { paragraph.contains(doc.sentences[$0]) })
    }
}

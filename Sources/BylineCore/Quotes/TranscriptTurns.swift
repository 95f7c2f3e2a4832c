/// Interview transcripts: a speaker label in capitals opens each turn.
extension QuoteContext {
    /// `WALLACE: …` paragraphs: a speaker label in capitals and a colon open a turn.
    mutating func findTranscriptTurns() {
        for (p, paragraph) in doc.paragraphs.enumerated() where !(p == 0 && doc.headlineInBody) {
            guard let s = sentence(at: paragraph.start) else { continue }
            let tokens = sentenceTokens[s]
            let lead = tokens.first.map { ["\"", "“"].contains($0.lower) } == true ? 1 : 0
            guard let colon = tokens.prefix(6).firstIndex(where: { $0.lower == ":" }), colon > lead,
                tokens[lead..<colon].allSatisfy({
                    let text = $0.text(in: t)
                    return $0.isWord && text.count >= 2 && text == text.uppercased() && text.contains(where: \.isLetter)
                }),
                // Without a leading quotation mark, a quotation inside means the label is prose ("NOTE: he said "…"").
                lead == 1 || !quoted.contains(where: { paragraph.contains($0.content) && $0.open > paragraph.start })
            else { continue }
            let contentStart = tokens[colon].span.end
            var start = contentStart
            while start < paragraph.end, Characters.isSpace(t[start]) { start += 1 }
            guard wordCount(TextSpan(start, paragraph.end)) >= 2 else { continue }
            let label = Array(tokens[lead..<colon])
            transcriptParagraphs.insert(p)
            let resolved =
                resolver.resolve(label, at: s)
                ?? ResolvedSpeaker(
                    speaker: doc.string(TextSpan(label.first!.span.start, label.last!.span.end)), person: nil)
            quotes.append(
                makeQuote(
                    pieces: [TextSpan(start, paragraph.end)], kind: .direct,
                    Attribution(source: label, cue: nil, resolved: resolved, continuation: false)))
            for sentenceIndex in s..<doc.sentences.count where paragraph.contains(doc.sentences[sentenceIndex]) {
                attributedSentences.insert(sentenceIndex)
            }
        }
    }
}

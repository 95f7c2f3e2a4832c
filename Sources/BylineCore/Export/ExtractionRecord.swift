/// One line of `byline extract`: an article and what was found in it, with offsets into
/// the original file (see shared/eval/FORMAT.md).
public enum ExtractionRecord {
    public static func jsonLine(
        _ article: Article, story: Story, analysis: Analysis, includeText: Bool = false
    )
        -> String
    {
        let body = article.body
        // Without its source text an article's offsets are those of its clean text.
        let source = article.original ?? body.text
        func place(_ span: TextSpan) -> TextSpan { article.original == nil ? span : body.original(span) }
        // Scalars once, so each quotation's text is a slice, not a walk from the start.
        let original = [Unicode.Scalar](scalarsOf: source)
        func text(_ span: TextSpan) -> String {
            String(scalars: original, min(max(0, span.start), original.count)..<min(max(0, span.end), original.count))
        }
        let json = JSONWriter()
        json.object {
            json.key("path"); json.string(article.location.path)
            if let line = article.location.line { json.key("line"); json.number(line) }
            if let item = article.location.item { json.key("item"); json.number(item) }
            json.key("title"); json.string(article.title)
            json.key("story"); json.string(story.title)
            json.key("storyId"); json.number(story.id)
            json.key("date"); json.optionalString(analysis.anchorDate?.isoString)
            json.key("dateEstimated"); json.bool(analysis.anchorEstimated)
            if let url = article.url { json.key("url"); json.string(url) }
            if includeText { json.key("text"); json.string(source) }
            json.key("sentences")
            json.array(analysis.sentences) { span in
                let o = place(span)
                json.array([o.start, o.end]) { json.number($0) }
            }
            json.key("quotes")
            json.array(analysis.quotes) { quote in
                let o = place(quote.span)
                json.object {
                    json.key("start"); json.number(o.start)
                    json.key("end"); json.number(o.end)
                    json.key("text"); json.string(text(o))
                    json.key("kind"); json.string(quote.kind.rawValue)
                    json.key("speaker"); json.optionalString(quote.speaker)
                    let mention = quote.speakerMention.map(place)
                    json.key("speakerStart"); json.optionalNumber(mention?.start)
                    json.key("speakerEnd"); json.optionalNumber(mention?.end)
                    let cue = quote.cue.map(place)
                    json.key("cue"); json.optionalString(cue.map(text))
                    json.key("cueStart"); json.optionalNumber(cue?.start)
                    json.key("cueEnd"); json.optionalNumber(cue?.end)
                }
            }
            json.key("timexes")
            json.array(analysis.timexes) { timex in
                let o = place(timex.span)
                json.object {
                    json.key("start"); json.number(o.start)
                    json.key("end"); json.number(o.end)
                    json.key("text"); json.string(text(o))
                    json.key("type"); json.string(timex.type.rawValue)
                    json.key("value"); json.string(timex.value.text)
                }
            }
        }
        return json.output
    }
}

extension String {
    /// The text between two Unicode-scalar offsets.
    public func scalarSlice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let start =
            scalars.index(scalars.startIndex, offsetBy: span.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: span.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}

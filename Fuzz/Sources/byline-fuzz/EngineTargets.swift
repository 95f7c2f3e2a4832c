import BylineCore
import Foundation

extension FuzzTarget {
    /// The extraction engines and story grouping, on text decoded the way files are.
    static let engineTargets: [FuzzTarget] = [
        FuzzTarget(name: "sentences", summary: "paragraphs and the sentence splitter") { data in
            let document = Document(String(decoding: data, as: UTF8.self))
            var end = 0
            for sentence in document.sentences {
                precondition(sentence.start >= end && sentence.end > sentence.start, "sentences out of order")
                precondition(sentence.end <= document.text.count, "sentence past the text's end")
                end = sentence.end
            }
        },
        FuzzTarget(name: "quotes", summary: "quotes, reported speech, speakers") { data in
            let document = Document(String(decoding: data, as: UTF8.self))
            let (quotes, people) = QuoteExtractor.extract(document)
            for quote in quotes {
                for piece in quote.pieces { checkSpan(piece, in: document) }
                quote.speakerMention.map { checkSpan($0, in: document) }
                quote.cue.map { checkSpan($0, in: document) }
                precondition(quote.personIndex.map { people.indices.contains($0) } ?? true, "no such person")
            }
        },
        FuzzTarget(name: "timex", summary: "time expressions, their values and the timeline") { data in
            // The first two bytes pick the article's date, so values are resolved against many.
            let days = data.prefix(2).reduce(0) { $0 << 8 | Int($1) }
            let anchor = CalendarDate(year: 1990, month: 1, day: 1)!.adding(days: days)
            let document = Document(String(decoding: data.dropFirst(2), as: UTF8.self))
            let timexes = TimexTagger.tag(document, anchor: anchor)
            for timex in timexes {
                checkSpan(timex.span, in: document)
                precondition(!timex.value.text.isEmpty, "a time expression without a value")
            }
            _ = Timeline.events(document, timexes: timexes)
        },
        FuzzTarget(name: "stories", summary: "story grouping over JSON Lines articles") { data in
            guard let file = try? FileDecoder.decode(data, path: "fuzz.jsonl") else { return }
            let articles = JSONArticleLoader().load(file).articles.enumerated().map { index, article in
                var article = article
                article.id = index
                return article
            }
            let library = Library.grouping(articles, by: .events)
            let grouped = library.stories.flatMap { $0.articles.map(\.id) }.sorted()
            precondition(grouped == Array(articles.indices), "an article lost or grouped twice")
        },
    ]

    static func checkSpan(_ span: TextSpan, in document: Document) {
        precondition(span.start >= 0 && span.start <= span.end && span.end <= document.text.count, "span \(span)")
    }
}

import BylineCore
import Foundation

@testable import BylineViewModel

/// What a screen test says extraction found in an article, written by hand and located by
/// its text: a change to an extraction rule then changes no screen the tests draw.
struct HandAnalysis {
    struct Said {
        var text: String
        var speaker: String
        var cue: String?
    }

    struct Dated {
        var text: String
        var type: TimexType = .date
        var value: String
    }

    var quotes: [Said] = []
    var dates: [Dated] = []
    /// Titles the text gives people, by name ("Sam Greer": ["director"]).
    var titles: [String: [String]] = [:]

    /// The analysis of an article: each quote and date found in its body, paragraphs as
    /// sentences, one timeline event per date.
    func analysis(of article: Article) -> Analysis {
        let body = article.body.text
        let scalars = Array(body.unicodeScalars)
        /// Every place the text occurs.
        func spans(_ text: String) -> [TextSpan] {
            let needle = Array(text.unicodeScalars)
            guard needle.count <= scalars.count else { return [] }
            return (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<$0 + needle.count]) == needle }
                .map { TextSpan($0, $0 + needle.count) }
        }
        func span(_ text: String) -> TextSpan {
            guard let first = spans(text).first else { preconditionFailure("“\(text)” is not in the article") }
            return first
        }
        /// A cue: the nearest after the quote, else the nearest before it.
        func cue(_ text: String, near content: TextSpan) -> TextSpan? {
            let all = spans(text)
            return all.first { $0.start >= content.end } ?? all.last { $0.end <= content.start }
        }
        func paragraph(_ span: TextSpan) -> TextSpan {
            article.body.paragraphs.first { $0.contains(span.start) } ?? span
        }
        let quotes = self.quotes.map { said -> Quote in
            let content = span(said.text)
            return Quote(
                pieces: [content], kind: .direct, speaker: said.speaker,
                cue: said.cue.flatMap { cue($0, near: content) })
        }
        let timexes = dates.map { Timex(span: span($0.text), type: $0.type, value: $0.value) }
        let events = timexes.map { timex in
            TimelineEvent(article: 0, timex: timex, clause: paragraph(timex.span))
        }
        let people = titles.keys.sorted().map { name in
            var person = Person(name: name)
            person.titles = titles[name]!
            return person
        }
        return Analysis(
            sentences: article.body.paragraphs, quotes: quotes, people: people, events: events,
            anchorDate: article.date, anchorEstimated: false)
    }
}

/// A reader over files whose analyses are given by hand, by file name.
func reader(
    _ files: [String: String], analyses: [String: HandAnalysis], width: Int = 100, height: Int = 30
) -> AppState {
    let written = TemporaryFiles(files)
    var library = LibraryLoader().load(paths: [written.folder])
    for s in library.stories.indices {
        for a in library.stories[s].articles.indices {
            let article = library.stories[s].articles[a]
            let name = String(article.location.path.dropFirst(written.folder.count + 1))
            library.stories[s].articles[a].analysis = (analyses[name] ?? HandAnalysis()).analysis(of: article)
        }
    }
    return AppState(model: ReaderModel(library: library), width: width, height: height)
}

/// The fixture's analyses by hand: what a reader should see, whatever the extractor does.
let fixtureByHand: [String: HandAnalysis] = [
    "bridge/2024-03-11-vote.md": HandAnalysis(
        quotes: [
            .init(text: "We love this city,", speaker: "Elena Park", cue: "said"),
            .init(text: "And we owe it a bridge.", speaker: "Elena Park"),
            .init(text: "the cost was too high", speaker: "Ray Osei", cue: "said"),
        ],
        dates: [.init(text: "Monday", value: "2024-03-11"), .init(text: "last spring", value: "2023-SP")],
        titles: ["Elena Park": ["mayor"], "Ray Osei": ["councilman"]]),
    "bridge/2024-03-12-reaction.md": HandAnalysis(
        quotes: [
            .init(text: "I have waited since 2019,", speaker: "Priya Natarajan", cue: "said"),
            .init(text: "My kids love it.", speaker: "Priya Natarajan"),
        ],
        dates: [.init(text: "2019", value: "2019"), .init(text: "Monday", value: "2024-03-11")]),
    "2024-05-02-fares.txt": HandAnalysis(
        quotes: [
            .init(text: "Fares will rise in July", speaker: "the authority", cue: "said"),
            .init(text: "Riders deserve better,", speaker: "Sam Greer", cue: "said"),
        ],
        dates: [.init(text: "Thursday", value: "2024-05-02"), .init(text: "July", value: "2024-07")],
        titles: ["Sam Greer": ["director"]]),
]

import BylineCore
import Foundation

/// The article pane's text: headline, byline, and the body word-wrapped, with quotes in
/// their speaker's colour, time expressions marked and the jump target highlighted.
public enum ArticleLines {
    /// What a layout depends on: the article, the width, the highlighted jump, whether the
    /// analysis is in, and the story's speaker colours (which change as its other articles
    /// are analysed).
    public struct Key: Hashable, Sendable {
        var story, article, articleID, width: Int
        var jump: TextSpan?
        var analysed: Bool
        var colours: [String: Int]
    }

    static func key(_ state: AppState, width: Int) -> Key? {
        guard let article = state.model.article(state.story, state.article), width > 0 else { return nil }
        return Key(
            story: state.story, article: state.article, articleID: article.id, width: width, jump: state.jumpTarget,
            analysed: article.analysis != nil, colours: SpeakerColours(state.model, story: state.story).table)
    }

    /// The open article's lines from the state's cache, or made now without keeping them
    /// (drawing cannot change the state; the loop keeps layouts with `lines(_:width:)` on
    /// an inout state). With `atLeast`, possibly only the first lines up to that many: all
    /// a pane showing the top of a new article needs.
    public static func lines(_ state: AppState, width: Int, atLeast: Int? = nil) -> [WrappedLine] {
        guard let key = key(state, width: width) else { return [] }
        if let cached = state.layouts[key, atLeast: atLeast] { return cached }
        return layout(state.model, key: key, atLeast: atLeast).lines
    }

    /// The open article's lines, made and kept in the state's cache when missing.
    @discardableResult
    public static func lines(_ state: inout AppState, width: Int, atLeast: Int? = nil) -> [WrappedLine] {
        guard let key = key(state, width: width) else { return [] }
        if let cached = state.layouts[key, atLeast: atLeast] { return cached }
        let made = layout(state.model, key: key, atLeast: atLeast)
        state.layouts.keep(made.lines, complete: made.complete, for: key)
        return made.lines
    }

    static func layout(_ model: ReaderModel, key: Key, atLeast: Int?) -> (lines: [WrappedLine], complete: Bool) {
        guard let article = model.article(key.story, key.article) else { return ([], true) }
        return layout(
            model, article, colours: SpeakerColours(table: key.colours), width: key.width, jump: key.jump,
            atLeast: atLeast)
    }

    static func layout(
        _ model: ReaderModel, _ article: Article, colours: SpeakerColours, width: Int, jump: TextSpan?,
        atLeast: Int?
    ) -> (lines: [WrappedLine], complete: Bool) {
        var lines: [WrappedLine] = []
        for line in wrapPlain(article.title, width: width, role: .title) { lines.append(line) }
        lines.append(WrappedLine(spans: [Span(byline(article), .dim)], range: nil))
        // The address, so a reader can tell where a saved or fetched page came from.
        if let url = article.url { lines += wrapPlain(url, width: width, role: .dim) }
        lines.append(WrappedLine(spans: [], range: nil))
        let text = [Unicode.Scalar](scalarsOf: article.body.text)
        let roles = RoleMap(article: article, colours: colours, jump: jump, length: text.count)
        for (p, paragraph) in article.body.paragraphs.enumerated() {
            if let atLeast, lines.count >= atLeast { return (lines, false) }
            if p == 0 && article.headlineInBody { continue }
            lines += TextWrap.wrap(text, paragraph.start..<paragraph.end, width: width) { roles[$0] }
            lines.append(WrappedLine(spans: [], range: nil))
        }
        return (lines, true)
    }

    /// Date, author and publisher; an estimated date says so.
    static func byline(_ article: Article) -> String {
        var parts: [String] = []
        if let date = article.date {
            parts.append(date.isoString)
        } else if let analysis = article.analysis, let estimate = analysis.anchorDate, analysis.anchorEstimated {
            parts.append("≈\(estimate.year)-\(estimate.month < 10 ? "0" : "")\(estimate.month) (estimated)")
        } else {
            parts.append("undated")
        }
        if let author = article.author { parts.append(author) }
        if let publisher = article.publisher { parts.append(publisher) }
        return parts.joined(separator: " · ")
    }

    static func wrapPlain(_ text: String, width: Int, role: Role) -> [WrappedLine] {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return TextWrap.wrap(scalars, 0..<scalars.count, width: width) { _ in role }.map {
            WrappedLine(spans: $0.spans, range: nil)
        }
    }

    /// The index of the line holding a body offset.
    public static func line(containing offset: Int, in lines: [WrappedLine]) -> Int? {
        lines.firstIndex { $0.range.map { $0.contains(offset) || $0.upperBound == offset } ?? false }
    }
}

/// Speakers in a story get colours in order of first appearance.
struct SpeakerColours {
    private(set) var table: [String: Int] = [:]

    init(table: [String: Int]) { self.table = table }

    /// Colours in order of first appearance in the story; a surname standing for a fuller
    /// name takes that person's colour.
    init(_ model: ReaderModel, story: Int) {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for location in model.quotes(ofStory: story) {
            guard let speaker = model.speaker(location) else { continue }
            if counts[speaker] == nil { order.append(speaker) }
            counts[speaker, default: 0] += 1
        }
        let fuller = SpeakerNames.fuller(counts)
        var byPerson: [String: Int] = [:]
        for speaker in order {
            let person = fuller[speaker] ?? speaker
            if byPerson[person] == nil { byPerson[person] = byPerson.count % Role.speakerColours }
            table[speaker] = byPerson[person]
        }
    }

    func colour(_ speaker: String?) -> Int { speaker.flatMap { table[$0] } ?? 0 }
}

/// The role of every scalar of an article body, built once per layout.
struct RoleMap {
    private var roles: [Role]

    init(article: Article, colours: SpeakerColours, jump: TextSpan?, length: Int) {
        roles = Array(repeating: .normal, count: length)
        guard let analysis = article.analysis else { return }
        for quote in analysis.quotes {
            let colour = colours.colour(quote.speaker)
            for piece in quote.pieces { paint(piece, .quote(speaker: colour)) }
            if let mention = quote.speakerMention { paint(mention, .speaker(colour)) }
            if let cue = quote.cue { paint(cue, .cue) }
        }
        // After the quotes: a date someone said is still a date on the timeline.
        for timex in analysis.timexes { paint(timex.span, .timex) }
        if let jump { paint(jump, .jumpTarget) }
    }

    private mutating func paint(_ span: TextSpan, _ role: Role) {
        let lower = max(0, span.start), upper = min(roles.count, span.end)
        guard lower < upper else { return }
        for i in lower..<upper { roles[i] = role }
    }

    subscript(_ i: Int) -> Role { i < roles.count ? roles[i] : .normal }
}

/// The few most recent article layouts, kept in the state (so by the loop that owns it):
/// wrapping a long article on every key would be most of the time from a key to a frame.
public struct ArticleLayouts: Sendable {
    private var entries: [(key: ArticleLines.Key, lines: [WrappedLine], complete: Bool)] = []

    public init() {}

    /// The lines for a key when kept, whole or at least `atLeast` of them.
    subscript(key: ArticleLines.Key, atLeast atLeast: Int?) -> [WrappedLine]? {
        guard let entry = entries.first(where: { $0.key == key }),
            entry.complete || entry.lines.count >= atLeast ?? Int.max
        else { return nil }
        return entry.lines
    }

    mutating func keep(_ lines: [WrappedLine], complete: Bool, for key: ArticleLines.Key) {
        entries.removeAll { $0.key == key }
        entries.insert((key, lines, complete), at: 0)
        if entries.count > 4 { entries.removeLast() }
    }
}

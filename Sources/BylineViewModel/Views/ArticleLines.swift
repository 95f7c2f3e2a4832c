import BylineCore
import Foundation

/// The article pane's text: headline, byline, and the body word-wrapped, with quotes in
/// their speaker's colour, time expressions marked and the jump target highlighted.
public enum ArticleLines {
    /// Wrapping a long article on every key would be wasteful; the last layouts are kept.
    private static let cache = LayoutCache()

    /// The article's lines; with `atLeast`, possibly only the first lines up to that many
    /// (all a pane showing the top of a new article needs: wrapping the rest of a long
    /// article was most of the time from a key to the frame).
    public static func make(
        _ model: ReaderModel, story: Int, article index: Int, width: Int, jump: TextSpan?,
        atLeast: Int? = nil
    ) -> [WrappedLine] {
        guard let article = model.article(story, index), width > 0 else { return [] }
        let key = LayoutCache.Key(
            story: story, article: index, width: width, jump: jump, analysed: article.analysis != nil,
            library: model.identity)
        if let cached = cache[key], cached.complete || cached.lines.count >= atLeast ?? Int.max { return cached.lines }
        let (lines, complete) = layout(model, article, story: story, width: width, jump: jump, atLeast: atLeast)
        cache[key] = (lines, complete)
        return lines
    }

    static func layout(
        _ model: ReaderModel, _ article: Article, story: Int, width: Int, jump: TextSpan?,
        atLeast: Int?
    ) -> (lines: [WrappedLine], complete: Bool) {
        var lines: [WrappedLine] = []
        for line in wrapPlain(article.title, width: width, role: .title) { lines.append(line) }
        lines.append(WrappedLine(spans: [Span(byline(article), .dim)], range: nil))
        // The address, so a reader can tell where a saved or fetched page came from.
        if let url = article.url { lines += wrapPlain(url, width: width, role: .dim) }
        lines.append(WrappedLine(spans: [], range: nil))
        let text = [Unicode.Scalar](scalarsOf: article.body.text)
        let roles = RoleMap(
            article: article, colours: SpeakerColours(model, story: story), jump: jump, length: text.count)
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
    private var table: [String: Int] = [:]

    init(_ model: ReaderModel, story: Int) {
        for location in model.quotes(ofStory: story) {
            guard let speaker = model.quote(location)?.speaker, table[speaker] == nil else { continue }
            table[speaker] = table.count % Role.speakerColours
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

/// The few most recent article layouts.
final class LayoutCache: @unchecked Sendable {
    struct Key: Hashable {
        var story, article, width: Int
        var jump: TextSpan?
        var analysed: Bool
        var library: Int
    }

    private let lock = NSLock()
    private var entries: [(Key, (lines: [WrappedLine], complete: Bool))] = []

    subscript(key: Key) -> (lines: [WrappedLine], complete: Bool)? {
        get { lock.withLock { entries.first { $0.0 == key }?.1 } }
        set {
            lock.withLock {
                entries.removeAll { $0.0 == key }
                if let newValue { entries.insert((key, newValue), at: 0) }
                if entries.count > 4 { entries.removeLast() }
            }
        }
    }
}

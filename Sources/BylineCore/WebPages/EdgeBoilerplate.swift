/// Short paragraphs at the start or end of an article that speak to the reader about
/// something else: newsletters, subscriptions, follow-us lines, reporter credits and
/// copyright notices. They sit inside the article's box, so names do not catch them; what
/// they say and where they sit does.
enum EdgeBoilerplate {
    /// Longer paragraphs are prose, whatever words they use.
    static let maximumLength = 300

    static let phrases = [
        "subscribe", "sign up", "newsletter", "follow us", "follow him", "follow her", "follow them", "click here",
        "download the app", "download our app", "contributed to this report", "all rights reserved", "reporting by",
        "editing by", "may be reached at", "have a tip", "copyright ©", "© 20", "© 19",
    ]

    static func isBoilerplate(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength else { return false }
        let lower = text.lowercased()
        return phrases.contains { lower.contains($0) }
    }

    /// The selected blocks without such paragraphs at either end.
    static func trimmed(_ selected: [Int], _ blocks: [TextBlock]) -> [Int] {
        var range = selected.startIndex..<selected.endIndex
        while let last = range.last, range.count > 1, isBoilerplate(blocks[selected[last]].text) {
            range = range.lowerBound..<last
        }
        while let first = range.first, range.count > 1, isBoilerplate(blocks[selected[first]].text) {
            range = (first + 1)..<range.upperBound
        }
        return Array(selected[range])
    }
}

/// One paragraph of a page's visible text, with what extraction scores it by.
struct TextBlock: Sendable {
    /// The text, whitespace collapsed; line breaks (`<br>`) kept as "\n".
    var text: String
    /// The innermost block element holding the text.
    var owner: Int32
    /// Letters and digits in the text, and how many of them are inside links.
    var characters: Int
    var linkCharacters: Int
    /// Commas and sentence ends: prose has them, menus and teasers rarely do.
    var commas: Int
    var sentenceEnds: Int
    /// What the owner is (`p`, `h2`, `li`, `td`, …).
    var tag: String
    /// Inside a box named as boilerplate (comments, sharing, related links…).
    var isBoilerplate = false
    /// Inside a `blockquote`: quoted posts and letters, whose links are part of the quote.
    var isQuoted = false

    /// Whether the block reads as prose: long enough and with a sentence in it.
    var isProse: Bool { characters >= 60 && sentenceEnds > 0 }

    /// Too much of the text is links for it to be article text: a link list or a teaser.
    /// Prose and quoted posts carry more links before they count as such.
    var isLinkList: Bool {
        linkDensity > (isQuoted ? 0.9 : isProse ? 0.8 : 0.5)
    }

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    /// The text as a reader sees it: list items keep their bullet.
    var displayText: String { tag == "li" ? "• " + text : text }

    var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last!.isNumber }
}

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

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last!.isNumber }
}

/// What an HTML element is to text extraction: whether its content can ever be article
/// text, and whether it starts a new paragraph.
enum HTMLElementKind: UInt8, Sendable {
    /// Inline: its text flows into the paragraph around it.
    case inline
    /// Starts and ends a paragraph (`p`, `div`, `li`, …).
    case block
    /// A line break.
    case lineBreak
    /// Never text a reader wants: scripts, styles, forms' controls, media, navigation.
    case excluded

    static func of(_ name: String) -> HTMLElementKind {
        if blockNames.contains(name) { return .block }
        if excludedNames.contains(name) { return .excluded }
        return name == "br" ? .lineBreak : .inline
    }

    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul", "caption", "html",
    ]

    static let excludedNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "source", "track", "head", "title", "select", "option", "optgroup", "button", "input", "textarea",
        "nav", "link", "meta", "map", "area", "frameset", "frame", "applet", "datalist", "output", "progress", "meter",
    ]
}

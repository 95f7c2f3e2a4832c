/// What an element's `class`, `id`, `role` and `itemprop` say about its content: the names
/// page authors give their boxes ("comments", "share-bar", "article-body") are the
/// strongest hint a page offers, used the way Readability and trafilatura use them.
struct ElementHints: Sendable {
    /// Words that name boilerplate: comments, sharing, navigation, related links, ads.
    var isBoilerplate = false
    /// Words that name article text.
    var isContent = false
    /// Names that only an article's body has (`itemprop="articleBody"`, `entry-content`):
    /// a box holding one is never boilerplate, whatever its own name says.
    var isArticleBody = false
    /// Words that name comments (which hold prose, so text share cannot vouch for them).
    var isComments = false
    /// Hidden from readers (the `hidden` attribute, `display:none`, screen-reader only).
    var isHidden = false

    init(tree: MarkupTree, element: Int32) {
        var names = ""
        var itemprop: String?
        for attribute in tree.attributes(of: element) {
            switch attribute.name {
            case "class", "id":
                names += " " + attribute.value.lowercased()
            case "role":
                let role = attribute.value.lowercased()
                if ElementHints.boilerplateRoles.contains(role) { isBoilerplate = true }
                if role == "main" || role == "article" { isContent = true }
            case "itemprop":
                itemprop = attribute.value.lowercased()
            case "hidden":
                isHidden = true
            case "aria-hidden":
                // Only an explicit "true" hides; icons use it, and some sites hide a whole
                // article's duplicate that way.
                if attribute.value == "true" { isHidden = true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
            default:
                break
            }
        }
        if let itemprop, itemprop.contains("articlebody") || itemprop == "text" {
            isContent = true
            isArticleBody = true
        }
        guard !names.isEmpty else { return }
        let tokens = names.split { !$0.isLetter && !$0.isNumber }
        for token in tokens {
            if ElementHints.hiddenWords.contains(token) { isHidden = true }
            if ElementHints.boilerplateWords.contains(token) { isBoilerplate = true }
            if ElementHints.contentWords.contains(token) { isContent = true }
        }
        if ElementHints.hiddenStems.contains(where: { names.contains($0) }) { isHidden = true }
        if !isBoilerplate {
            isBoilerplate = ElementHints.boilerplateStems.contains { names.contains($0) }
                && !ElementHints.contentStems.contains { names.contains($0) }
        }
        if ElementHints.contentStems.contains(where: { names.contains($0) }) {
            isContent = true
            isArticleBody = true
        }
        isComments = names.contains("comment") || names.contains("disqus")
        // An embedded post (a tweet in a "social-embed" box) is quoted content, not sharing.
        if isBoilerplate, names.contains("embed") { isBoilerplate = false }
    }

    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "search", "dialog", "alert",
    ]

    /// Whole tokens (after splitting on punctuation): short words that would match inside
    /// other words as substrings ("ad" in "header", "nav" in "canvas").
    static let boilerplateWords: Set<Substring> = [
        "ad", "ads", "adv", "nav", "navbar", "menu", "tags", "share", "sharing", "social", "related",
        "comments", "comment", "footer", "sidebar", "aside", "promo", "breadcrumb", "breadcrumbs", "newsletter",
        "subscribe", "subscription", "popup", "modal", "cookie", "cookies", "banner", "masthead", "toolbar",
        "pagination", "pager", "widget", "widgets", "rail", "sponsored", "outbrain", "taboola", "trending", "popular",
        "recommended", "recirculation", "signup", "login", "copyright", "disclaimer", "byline", "dateline", "credit",
        "credits", "tooltip", "dropdown", "overlay", "skip", "print", "meta", "keywords", "topics", "teaser",
        "teasers", "more", "next", "prev", "previous", "author", "bio", "caption", "figcaption", "timestamp",
    ]

    static let boilerplateStems = [
        "comment", "disqus", "share", "social", "related", "recommend", "footer", "sidebar", "breadcrumb",
        "newsletter", "subscribe", "advert", "sponsor", "popup", "cookie", "pagination", "outbrain", "taboola",
        "trending", "promo", "signup", "most-read", "mostread", "most-popular", "read-more", "readmore", "more-stories",
        "paywall", "skip-link", "caption",
    ]

    static let contentWords: Set<Substring> = [
        "article", "content", "entry", "main", "post", "story", "body", "text", "articlebody", "storybody",
    ]

    static let contentStems = [
        "article-body", "articlebody", "article__body", "article-content", "story-body", "storybody", "entry-content",
        "post-content", "post-body", "article-text", "story-content", "main-content", "body-text", "bodytext",
    ]

    /// Pop-ups shown on hover and text only screen readers get.
    static let hiddenStems = [
        "rollover", "popover", "hovercard", "tooltip", "element-hidden", "element-invisible", "visually-hidden",
        "screen-reader",
    ]

    static let hiddenWords: Set<Substring> = [
        "sr", "screenreader", "visually", "offscreen",
    ]
}

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
        // Class and id, lower-cased as bytes: this runs for every element of every page.
        var names: [UInt8] = []
        var itemprop: String?
        for attribute in tree.attributes(of: element) {
            switch attribute.name {
            case "class", "id":
                names.append(32)
                for byte in attribute.value.utf8 { names.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
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
        readWords(names)
        func has(_ stems: [[UInt8]]) -> Bool { stems.contains { ElementHints.find($0, in: names) } }
        if has(ElementHints.hiddenStems) { isHidden = true }
        let articleBody = has(ElementHints.contentStems)
        if !isBoilerplate { isBoilerplate = has(ElementHints.boilerplateStems) && !articleBody }
        if articleBody {
            isContent = true
            isArticleBody = true
        }
        isComments = has(ElementHints.commentStems)
        // An embedded post (a tweet in a "social-embed" box) is quoted content, not sharing.
        if isBoilerplate, has(ElementHints.embedStems) { isBoilerplate = false }
    }

    /// Looks each word of the names (split at anything but letters and digits) up.
    private mutating func readWords(_ names: [UInt8]) {
        var hash = ByteHashTable<WordKind>.seed
        var start = 0
        for i in 0...names.count {
            let byte = i < names.count ? names[i] : 32
            if byte >= 48 && byte <= 57 || byte >= 97 && byte <= 122 || byte >= 0x80 {
                hash = ByteHashTable<WordKind>.step(hash, byte)
                continue
            }
            if i > start {
                let kind = ElementHints.words.value(hash: ByteHashTable<WordKind>.finish(hash)) {
                    String(decoding: names[start..<i], as: UTF8.self)
                }
                switch kind {
                case .hidden: isHidden = true
                case .boilerplate: isBoilerplate = true
                case .content: isContent = true
                case nil: break
                }
            }
            start = i + 1
            hash = ByteHashTable<WordKind>.seed
        }
    }

    /// Whether `needle` occurs in `haystack`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    enum WordKind: Sendable { case hidden, boilerplate, content }

    static let words: ByteHashTable<WordKind> = {
        var table: [String: WordKind] = [:]
        for word in boilerplateWords { table[word] = .boilerplate }
        for word in contentWords { table[word] = .content }
        for word in hiddenWords { table[word] = .hidden }
        return ByteHashTable(table)
    }()

    static let commentStems: [[UInt8]] = [Array("comment".utf8), Array("disqus".utf8)]
    static let embedStems: [[UInt8]] = [Array("embed".utf8)]

    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "search", "dialog", "alert",
    ]

    /// Whole tokens (after splitting on punctuation): short words that would match inside
    /// other words as substrings ("ad" in "header", "nav" in "canvas").
    static let boilerplateWords: [String] = [
        "ad", "ads", "adv", "nav", "navbar", "menu", "tags", "share", "sharing", "social", "related",
        "comments", "comment", "footer", "sidebar", "aside", "promo", "breadcrumb", "breadcrumbs", "newsletter",
        "subscribe", "subscription", "popup", "modal", "cookie", "cookies", "banner", "masthead", "toolbar",
        "pagination", "pager", "widget", "widgets", "rail", "sponsored", "outbrain", "taboola", "trending", "popular",
        "recommended", "recirculation", "signup", "login", "copyright", "disclaimer", "byline", "dateline", "credit",
        "credits", "tooltip", "dropdown", "overlay", "skip", "print", "meta", "keywords", "topics", "teaser",
        "teasers", "more", "next", "prev", "previous", "author", "bio", "caption", "figcaption", "timestamp",
    ]

    static let boilerplateStems: [[UInt8]] = [
        "comment", "disqus", "share", "social", "related", "recommend", "footer", "sidebar", "breadcrumb",
        "newsletter", "subscribe", "advert", "sponsor", "popup", "cookie", "pagination", "outbrain", "taboola",
        "trending", "promo", "signup", "most-read", "mostread", "most-popular", "read-more", "readmore", "more-stories",
        "paywall", "skip-link", "caption",
    ].map { Array($0.utf8) }

    static let contentWords: [String] = [
        "article", "content", "entry", "main", "post", "story", "body", "text", "articlebody", "storybody",
    ]

    static let contentStems: [[UInt8]] = [
        "article-body", "articlebody", "article__body", "article-content", "story-body", "storybody", "entry-content",
        "post-content", "post-body", "article-text", "story-content", "main-content", "body-text", "bodytext",
    ].map { Array($0.utf8) }

    /// Pop-ups shown on hover and text only screen readers get.
    static let hiddenStems: [[UInt8]] = [
        "rollover", "popover", "hovercard", "tooltip", "element-hidden", "element-invisible", "visually-hidden",
        "screen-reader",
    ].map { Array($0.utf8) }

    static let hiddenWords: [String] = [
        "sr", "screenreader", "visually", "offscreen",
    ]
}

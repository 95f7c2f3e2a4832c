/// A page's visible text cut into paragraphs (`TextBlock`s), and for every element what
/// extraction needs to weigh it: its kind, its hints, and the text below it.
///
/// Scripts, styles, forms' controls, navigation and hidden elements are skipped here, so
/// nothing later can let them into the article.
struct PageBlocks {
    let tree: MarkupTree
    private(set) var blocks: [TextBlock] = []
    /// Per node: the element's kind (text nodes: `.inline`).
    private(set) var kinds: [HTMLElementKind]
    /// Per node, filled for elements: what the class, id and role say.
    private(set) var hints: [ElementHints?]

    /// The blocks of a whole page, with what main-text extraction needs.
    init(tree: MarkupTree) {
        self.init(tree: tree, under: MarkupTree.root)
        let boilerplate = boilerplateElements()
        for i in blocks.indices { blocks[i].isBoilerplate = boilerplate[Int(blocks[i].owner)] }
    }

    /// The blocks below one element (a feed item's XHTML content).
    init(tree: MarkupTree, under top: Int32, blankLinesSeparate: Bool = false) {
        self.tree = tree
        let kindByName = tree.names.map { name in
            HTMLElementKind.of(String(name.split(separator: ":").last ?? Substring(name)).lowercased())
        }
        kinds = tree.nodes.map { $0.isText ? .inline : kindByName[Int($0.name)] }
        hints = Array(repeating: nil, count: tree.nodes.count)
        var walker = Walker()
        walker.blankLinesSeparate = blankLinesSeparate
        walker.owners = [(top, top >= 0 ? tree.localName(top) : "")]
        walk(&walker, under: top)
        blocks = walker.blocks
    }

    /// The blocks of an HTML fragment (a feed item's escaped HTML, a JSON article's body):
    /// everything is content, and a blank line in the text also separates paragraphs, as
    /// it does in the plain text many feeds carry.
    init(fragment html: String) {
        self.init(tree: MarkupParser.html(html), under: MarkupTree.root, blankLinesSeparate: true)
    }

    /// A title or a name that may carry markup or entities, as one line of text.
    static func line(fromHTML text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        return PageBlocks(fragment: text).paragraphs.joined(separator: " ")
    }

    /// Every block's text, as a reader sees it.
    var paragraphs: [String] { blocks.map(\.displayText) }

    func hint(_ node: Int32) -> ElementHints {
        hints[Int(node)] ?? ElementHints(tree: tree, element: node)
    }

    private mutating func walk(_ walker: inout Walker, under top: Int32) {
        var node = top == MarkupTree.root ? tree.rootFirstChild : tree.nodes[Int(top)].firstChild
        while node >= 0 {
            let entered = enter(node, &walker)
            if entered, tree.nodes[Int(node)].firstChild >= 0 {
                node = tree.nodes[Int(node)].firstChild
                continue
            }
            if entered { exit(node, &walker) }
            while node >= 0, tree.nodes[Int(node)].nextSibling < 0 {
                node = tree.nodes[Int(node)].parent
                if node == top { node = -1 }
                if node >= 0 { exit(node, &walker) }
            }
            if node >= 0 { node = tree.nodes[Int(node)].nextSibling }
        }
        walker.flush()
    }

    /// Per node: whether it sits in a box named as boilerplate. A box that holds the
    /// article's body (`entry-content` inside an `article` classed `tag-news`), the page's
    /// `body`, or most of the page's prose (unless it is named as comments) is exempt:
    /// names are hints, and a misleading one must not cost the article.
    private func boilerplateElements() -> [Bool] {
        let count = tree.nodes.count
        var prose = Array(repeating: 0, count: count)
        var holdsBody = Array(repeating: false, count: count)
        for block in blocks where block.characters >= 40 && block.linkDensity < 0.33 {
            prose[Int(block.owner)] += block.characters
        }
        for node in stride(from: count - 1, through: 0, by: -1) {
            if hints[node]?.isArticleBody == true { holdsBody[node] = true }
            let parent = Int(tree.nodes[node].parent)
            guard parent >= 0 else { continue }
            prose[parent] += prose[node]
            if holdsBody[node] { holdsBody[parent] = true }
        }
        let total = tree.children(of: MarkupTree.root).reduce(0) { $0 + prose[Int($1)] }
        var inBoilerplate = Array(repeating: false, count: count)
        for node in 0..<count {
            let parent = Int(tree.nodes[node].parent)
            if parent >= 0, inBoilerplate[parent] {
                inBoilerplate[node] = true
                continue
            }
            guard !tree.nodes[node].isText else { continue }
            let name = tree.names[Int(tree.nodes[node].name)]
            // Figures' captions and credits describe a picture the reader cannot see.
            if name == "figure" || name == "figcaption" {
                inBoilerplate[node] = true
                continue
            }
            guard let hint = hints[node], hint.isBoilerplate, !holdsBody[node] else { continue }
            if name == "body" || name == "html" || name == "main" { continue }
            if !hint.isComments, prose[node] * 10 > total * 6 { continue }
            inBoilerplate[node] = true
        }
        return inBoilerplate
    }

    /// Handles the start of a node; false when its content is skipped.
    private mutating func enter(_ node: Int32, _ walker: inout Walker) -> Bool {
        let n = tree.nodes[Int(node)]
        if n.isText {
            walker.append(tree.textBytes(of: node))
            return true
        }
        let kind = kinds[Int(node)]
        if kind == .excluded { return false }
        let hint = ElementHints(tree: tree, element: node)
        hints[Int(node)] = hint
        if hint.isHidden { return false }
        switch kind {
        case .block:
            walker.flush()
            let name = tree.names[Int(n.name)]
            if name == "pre" { walker.preDepth += 1 }
            if name == "blockquote" { walker.quoteDepth += 1 }
            walker.owners.append((node, name))
        case .lineBreak:
            walker.lineBreak()
        case .inline:
            let name = tree.names[Int(n.name)]
            if name == "a" { walker.linkDepth += 1 }
        case .excluded:
            break
        }
        return true
    }

    private mutating func exit(_ node: Int32, _ walker: inout Walker) {
        let n = tree.nodes[Int(node)]
        guard !n.isText else { return }
        switch kinds[Int(node)] {
        case .block:
            walker.flush()
            let name = tree.names[Int(n.name)]
            if name == "pre" { walker.preDepth = max(0, walker.preDepth - 1) }
            if name == "blockquote" { walker.quoteDepth = max(0, walker.quoteDepth - 1) }
            walker.owners.removeLast()
        case .inline:
            let name = tree.names[Int(n.name)]
            if name == "a" { walker.linkDepth -= 1 }
        case .lineBreak, .excluded:
            break
        }
    }
}

/// The state of the walk: the paragraph being collected and where it sits.
private struct Walker {
    var blocks: [TextBlock] = []
    var owners: [(node: Int32, name: String)] = []
    var linkDepth = 0
    var preDepth = 0
    var quoteDepth = 0
    /// Fragments: a blank line in the text ends the paragraph.
    var blankLinesSeparate = false
    var bytes: [UInt8] = []
    var pendingSpace = false
    var afterBreak = false
    var characters = 0
    var linkCharacters = 0
    var commas = 0
    var sentenceEnds = 0

    mutating func append(_ text: ArraySlice<UInt8>) {
        let inLink = linkDepth > 0
        var previous: UInt8 = bytes.last ?? 32
        var newlines = 0
        var i = text.startIndex
        while i < text.endIndex {
            var b = text[i]
            i += 1
            // A no-break space is a space to a reader.
            if b == 0xC2, i < text.endIndex, text[i] == 0xA0 {
                i += 1
                b = 32
            }
            if b == 32 || b == 9 || b == 10 || b == 13 || b == 12 {
                if b == 10 { newlines += 1 }
                // A blank line ends a paragraph in preformatted text, and in fragments.
                if newlines == 2, blankLinesSeparate || preDepth > 0 {
                    flush()
                    continue
                }
                if preDepth > 0, b == 10 {
                    bytes.append(10)
                    pendingSpace = false
                } else if !bytes.isEmpty {
                    pendingSpace = true
                }
                continue
            }
            newlines = 0
            if pendingSpace {
                if bytes.last != 10 { bytes.append(32) }
                pendingSpace = false
            }
            afterBreak = false
            bytes.append(b)
            if b >= 0x30 && b <= 0x39 || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0xC0 {
                characters += 1
                if inLink { linkCharacters += 1 }
            } else if b == 44 {
                commas += 1
            } else if b == 46 || b == 33 || b == 63 {
                if previous != b { sentenceEnds += 1 }
            }
            previous = b
        }
    }

    /// `<br>`: a line break; two in a row end the paragraph.
    mutating func lineBreak() {
        if afterBreak {
            flush()
            return
        }
        while bytes.last == 32 { bytes.removeLast() }
        if !bytes.isEmpty { bytes.append(10) }
        pendingSpace = false
        afterBreak = true
    }

    mutating func flush() {
        while let last = bytes.last, last == 32 || last == 10 { bytes.removeLast() }
        defer {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
            afterBreak = false
            characters = 0
            linkCharacters = 0
            commas = 0
            sentenceEnds = 0
        }
        guard characters > 0, let owner = owners.last else { return }
        blocks.append(
            TextBlock(
                text: String(decoding: bytes, as: UTF8.self), owner: owner.node, characters: characters,
                linkCharacters: linkCharacters, commas: commas, sentenceEnds: sentenceEnds, tag: owner.name,
                isQuoted: quoteDepth > 0))
    }
}

/// Finds a page's article among its menus, teasers, share buttons and comments.
///
/// A scoring pass over the DOM in the manner Readability made public: every paragraph of
/// prose gives points to its container and, less, to the containers above; names that
/// say "article" or "comments" add or take away; the best-scoring container, widened to
/// the siblings that score like it, holds the article. Inside it, boilerplate boxes and
/// link lists are dropped.
struct MainText {
    let page: PageBlocks
    /// The blocks that make the article, in page order.
    private(set) var selected: [Int] = []

    init(page: PageBlocks, title: String?) {
        self.page = page
        selected = select(title: title)
    }

    var tree: MarkupTree { page.tree }

    private func parent(_ node: Int32) -> Int32 { tree.nodes[Int(node)].parent }

    private func name(_ node: Int32) -> String { tree.name(node) }

    /// Scores every container, picks the article's, and keeps its blocks.
    private func select(title: String?) -> [Int] {
        let blocks = page.blocks
        guard !blocks.isEmpty else { return [] }
        var score: [Int32: Double] = [:]
        var characters: [Int32: Int] = [:]
        var linkCharacters: [Int32: Int] = [:]
        for block in blocks {
            var node = block.owner
            while node >= 0 {
                characters[node, default: 0] += block.characters
                linkCharacters[node, default: 0] += block.linkCharacters
                node = parent(node)
            }
        }
        func initial(_ node: Int32) -> Double {
            var value = 0.0
            switch name(node) {
            case "div", "article", "main", "section": value = 5
            case "pre", "td", "blockquote": value = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": value = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
            default: break
            }
            let hint = page.hint(node)
            if hint.isContent { value += 25 }
            if hint.isBoilerplate { value -= 25 }
            if name(node) == "article" { value += 10 }
            return value
        }
        for block in blocks where block.characters >= 25 && !block.isHeading && !block.isBoilerplate {
            let points = 1 + Double(block.commas) + min(Double(block.characters) / 100, 3)
            var node = block.owner
            // The paragraph's own container scores fully, the next half, then a third of a level.
            // Text straight in a div scores the div itself; a p, td or pre scores its container.
            let ownsItsText = block.tag != "p" && block.tag != "td" && block.tag != "pre"
            var level = 0
            while node >= 0, level < 5 {
                let container = level == 0 && ownsItsText ? node : parent(node)
                if container < 0 { break }
                if score[container] == nil { score[container] = initial(container) }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                score[container]! += points / divider
                node = container
                level += 1
            }
        }
        func density(_ node: Int32) -> Double {
            let all = characters[node] ?? 0
            return all == 0 ? 0 : Double(linkCharacters[node] ?? 0) / Double(all)
        }
        var final: [Int32: Double] = [:]
        for (node, value) in score { final[node] = value * (1 - density(node)) }
        guard var top = final.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key else {
            // No paragraph long enough to score: everything that is not boilerplate.
            return blocks.indices.filter { !blocks[$0].isBoilerplate && !blocks[$0].isLinkList }
        }
        top = widen(top, final)
        var containers: [Int32] = [top]
        let topScore = final[top] ?? 0
        let parentOfTop = parent(top)
        if parentOfTop >= 0 {
            let threshold = max(10, topScore * 0.2)
            containers = []
            for sibling in tree.children(of: parentOfTop) where !tree.nodes[Int(sibling)].isText {
                if sibling == top {
                    containers.append(sibling)
                } else if let value = final[sibling], value >= threshold, !page.hint(sibling).isBoilerplate {
                    containers.append(sibling)
                }
            }
        }
        return keep(in: Set(containers), title: title)
    }

    /// Moves up from the top container when its parent scores higher: an article split
    /// into several boxes scores in each box and most in the one that holds them all.
    private func widen(_ start: Int32, _ final: [Int32: Double]) -> Int32 {
        var top = start
        var lastScore = final[top] ?? 0
        let threshold = lastScore / 3
        var candidate = parent(top)
        while candidate >= 0, name(candidate) != "body" {
            guard let value = final[candidate] else {
                candidate = parent(candidate)
                continue
            }
            if value < threshold { break }
            if value > lastScore {
                top = candidate
                break
            }
            lastScore = value
            candidate = parent(candidate)
        }
        return top
    }

    /// The blocks under the chosen containers, without boilerplate boxes and link lists.
    private func keep(in containers: Set<Int32>, title: String?) -> [Int] {
        var inside: [Int32: Bool] = [:]
        func isInside(_ owner: Int32) -> Bool {
            var path: [Int32] = []
            var node = owner
            var verdict = false
            while node >= 0 {
                if containers.contains(node) {
                    verdict = true
                    break
                }
                if let known = inside[node] {
                    verdict = known
                    break
                }
                path.append(node)
                node = parent(node)
            }
            for element in path { inside[element] = verdict }
            return verdict
        }
        let normalisedTitle = title.map(MainText.comparable)
        var kept: [Int] = []
        for (index, block) in page.blocks.enumerated() {
            guard !block.isBoilerplate && isInside(block.owner) else { continue }
            if block.isLinkList || block.tag == "h1" { continue }
            if block.isHeading, let normalisedTitle, MainText.comparable(block.text) == normalisedTitle { continue }
            kept.append(index)
        }
        return EdgeBoilerplate.trimmed(kept, page.blocks)
    }

    static func comparable(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

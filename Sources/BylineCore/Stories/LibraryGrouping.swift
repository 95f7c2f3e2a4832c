/// A library's stories made from its articles, by event or by source.
extension Library {
    /// Groups articles (numbered by `id` in load order) into stories.
    ///
    /// By event: articles pinned by a `story:` key form the story of that name; the others
    /// are grouped by `StoryGrouping`. Each story's articles run newest first, and stories
    /// are listed by their latest article. By source: each source's articles, in the order
    /// they were read, sources in the order they first appear.
    public static func grouping(_ articles: [Article], by mode: StoryGroupingMode) -> Library {
        switch mode {
        case .sources:
            var order: [String] = []
            var bySource: [String: [Article]] = [:]
            for article in articles.sorted(by: { $0.id < $1.id }) {
                if bySource[article.source] == nil { order.append(article.source) }
                bySource[article.source, default: []].append(article)
            }
            let stories = order.enumerated().map {
                Story(id: $0.offset, title: $0.element, articles: bySource[$0.element]!)
            }
            return Library(stories: stories, mode: .sources)
        case .events:
            // Stories as lists of article positions first: articles are large to copy.
            var members: [[Int]] = []
            var titles: [String] = []
            var pinned: [String: Int] = [:]
            var free: [Int] = []
            for (position, article) in articles.enumerated() {
                guard let key = article.storyKey else {
                    free.append(position)
                    continue
                }
                if pinned[key] == nil {
                    pinned[key] = members.count
                    members.append([])
                    titles.append(key)
                }
                members[pinned[key]!].append(position)
            }
            let items = free.parallelMap {
                StoryGrouping.Item(terms: StoryTerms.of(articles[$0]), day: articles[$0].date?.dayNumber)
            }
            let grouping = StoryGrouping.group(consume items)
            let first = members.count
            for representative in grouping.representative {
                members.append([])
                titles.append(articles[free[representative]].title)
            }
            for (index, story) in grouping.story.enumerated() { members[first + story].append(free[index]) }
            // Sort keys taken once: comparing articles themselves copies them.
            let keys = articles.map { SortKey(day: $0.date?.dayNumber, id: $0.id) }
            func newestFirst(_ a: Int, _ b: Int) -> Bool { keys[a].isNewer(than: keys[b]) }
            for i in members.indices { members[i].sort(by: newestFirst) }
            let order = members.indices.sorted { newestFirst(members[$0][0], members[$1][0]) }
            let stories = order.enumerated().map { id, story in
                Story(id: id, title: titles[story], articles: members[story].map { articles[$0] })
            }
            return Library(stories: stories, mode: .events)
        }
    }

    /// The same articles grouped the other way.
    public func regrouped(by mode: StoryGroupingMode) -> Library {
        var library = Library.grouping(stories.flatMap(\.articles), by: mode)
        library.warnings = warnings
        return library
    }

    /// Where an article goes in a story: dated articles newest first, then undated ones in
    /// the order they were read.
    struct SortKey {
        var day: Int?
        var id: Int

        func isNewer(than other: SortKey) -> Bool {
            switch (day, other.day) {
            case let (x?, y?): return x != y ? x > y : id < other.id
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return id < other.id
            }
        }
    }
}

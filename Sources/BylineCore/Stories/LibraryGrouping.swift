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
            let stories = order.enumerated().map { Story(id: $0.offset, title: $0.element, articles: bySource[$0.element]!) }
            return Library(stories: stories, mode: .sources)
        case .events:
            var stories: [Story] = []
            var pinned: [String: Int] = [:]
            var free: [Article] = []
            for article in articles {
                guard let key = article.storyKey else {
                    free.append(article)
                    continue
                }
                if pinned[key] == nil {
                    pinned[key] = stories.count
                    stories.append(Story(id: 0, title: key, articles: []))
                }
                stories[pinned[key]!].articles.append(article)
            }
            let items = free.map { StoryGrouping.Item(terms: StoryTerms.of($0), day: $0.date?.dayNumber) }
            let grouping = StoryGrouping.group(items)
            let first = stories.count
            for representative in grouping.representative {
                stories.append(Story(id: 0, title: free[representative].title, articles: []))
            }
            for (index, story) in grouping.story.enumerated() { stories[first + story].articles.append(free[index]) }
            for i in stories.indices { stories[i].articles.sort(by: Library.newestFirst) }
            stories.sort { a, b in Library.newestFirst(a.articles[0], b.articles[0]) }
            for i in stories.indices { stories[i].id = i }
            return Library(stories: stories, mode: .events)
        }
    }

    /// The same articles grouped the other way.
    public func regrouped(by mode: StoryGroupingMode) -> Library {
        var library = Library.grouping(stories.flatMap(\.articles), by: mode)
        library.warnings = warnings
        return library
    }

    /// Dated articles newest first, then undated ones in the order they were read.
    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return x != y ? x > y : a.id < b.id
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return a.id < b.id
        }
    }
}

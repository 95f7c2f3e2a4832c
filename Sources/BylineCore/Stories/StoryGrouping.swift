import Foundation

/// Groups articles about one event into stories, across sources and days.
///
/// The method of the strongest published news-stream clustering (Miranda et al., EMNLP
/// 2018), on the words an article has (`StoryTerms`): TF-IDF vectors compared by cosine,
/// scaled down by the days between articles, in one pass that puts each article, oldest
/// first, into the story whose centroid it is most like, or opens a story; then rounds that
/// merge stories alike, and fold small stories into a story at least twice their size that
/// they resemble, as headlines of one event share few words each but many as a group.
/// Only calendar days count as time: the hour an aggregator happened to fetch an article
/// says nothing about its event.
///
/// Near-linear: an article is compared only with stories that share one of its words
/// (recent stories, through an inverted index), never with all of them.
struct StoryGrouping {
    /// One article as grouping sees it.
    struct Item {
        /// Each word once, with its weight.
        var terms: [(term: StoryTerms.Term, weight: Float)]
        /// The article's day (days since 1970), when it is dated.
        var day: Int?
    }

    /// Cosine (after the time decay) at which an article joins a story.
    static let joinThreshold: Float = 0.15
    /// Cosine at which two stories merge.
    static let mergeThreshold: Float = 0.3
    /// Cosine at which a story folds into one at least `foldRatio` times its size.
    static let foldThreshold: Float = 0.12
    static let foldRatio = 2
    /// Similarity falls with the days between an article and the days a story covers, as
    /// a bell curve of this width: a story runs as long as reports keep coming (a day apart
    /// costs a third), and the same words a week after it stopped are another event.
    static let decayDays: Float = 1.5
    /// Words an article is represented by (its heaviest), and a story's centroid.
    static let articleTerms = 24
    static let centroidTerms = 24
    /// Stories remembered per word in the first pass (the most recent): news is local in time.
    static let recentStoriesPerTerm = 16
    /// Words shared by more story centroids than this are too common to find candidates by.
    static let commonTermLimit = 64

    /// What grouping found: each item's story (numbered from 0 in order of their first
    /// item), and for each story the item most like the whole (its headline names it).
    struct Result {
        var story: [Int] = []
        var representative: [Int] = []
    }

    /// Takes the items over: their word lists are let go once weighted (a large library's
    /// lists were the peak of its memory while it groups).
    static func group(_ items: consuming [Item]) -> Result {
        guard !items.isEmpty else { return Result() }
        let days = items.map(\.day)
        let vectors = weighted(consume items)
        let order = days.indices.sorted { (days[$0] ?? .max, $0) < (days[$1] ?? .max, $1) }
        let vocabulary = vectors.reduce(0) { max($0, Int($1.terms.last ?? -1) + 1) }
        var assignment = firstPass(vectors, days, order: order, vocabulary: vocabulary)
        for _ in 0..<2 {
            let (merged, changed) = mergeRound(vectors, days, assignment, vocabulary: vocabulary)
            assignment = merged
            if !changed { break }
        }
        var numbers: [Int: Int] = [:]
        var result = Result()
        result.story = assignment.map { cluster in
            if let number = numbers[cluster] { return number }
            numbers[cluster] = numbers.count
            return numbers.count - 1
        }
        // The representative of a story of one article is that article; only larger stories
        // need their summed vector.
        var members = Array(repeating: [Int](), count: numbers.count)
        for (index, story) in result.story.enumerated() { members[story].append(index) }
        result.representative = members.map { indices in
            guard indices.count > 1 else { return indices[0] }
            var sum: [Int32: Float] = [:]
            for index in indices {
                for (term, weight) in zip(vectors[index].terms, vectors[index].weights) {
                    sum[term, default: 0] += weight
                }
            }
            return indices.max { a, b in
                func score(_ i: Int) -> Float {
                    zip(vectors[i].terms, vectors[i].weights).reduce(0) { $0 + $1.1 * (sum[$1.0] ?? 0) }
                }
                return score(a) < score(b) || score(a) == score(b) && a > b
            }!
        }
        return result
    }

    /// A sparse vector: term ids with weights, sorted by id, of unit length.
    struct Vector {
        var terms: [Int32] = []
        var weights: [Float] = []
    }

    /// TF-IDF vectors over the items' own vocabulary, each cut to its heaviest words. The
    /// inverse document frequency is smoothed as if 50 more documents without the word had
    /// been seen: in a small library every word is rare, and unsmoothed, the words two
    /// reports share would count less than the words each has alone.
    static func weighted(_ items: consuming [Item]) -> [Vector] {
        var ids: [StoryTerms.Term: Int32] = [:]
        var frequency: [Int] = []
        let counted: [[(Int32, Float)]] = items.map { item in
            item.terms.map { word, count in
                let id: Int32
                if let known = ids[word] {
                    id = known
                } else {
                    id = Int32(frequency.count)
                    ids[word] = id
                    frequency.append(0)
                }
                frequency[Int(id)] += 1
                return (id, count)
            }
        }
        let total = Float(items.count)
        // What the vectors are made from alone is kept while they are made.
        items = []
        ids = [:]
        return counted.map { terms in
            var weighted = terms.map { id, count in
                (id, (count >= 1 ? 1 + log(count) : count) * log((total + 50) / (Float(frequency[Int(id)]) + 0.5)))
            }
            weighted.sort { $0.1 > $1.1 }
            weighted = Array(weighted.prefix(articleTerms)).filter { $0.1 > 0 }
            let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            weighted.sort { $0.0 < $1.0 }
            return Vector(terms: weighted.map(\.0), weights: weighted.map { norm > 0 ? $0.1 / norm : 0 })
        }
    }

    /// The time factor for two spans of days (an article is a span of one day).
    static func decay(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Float {
        guard let a, let b else { return 1 }
        let gap = Float(max(0, a.lowerBound - b.upperBound, b.lowerBound - a.upperBound)) / decayDays
        return exp(-gap * gap)
    }

    /// A story being built: the sum of its articles' vectors, and their days.
    struct Cluster {
        var sum: [Int32: Float] = [:]
        var squaredNorm: Float = 0
        /// The first and last day of its dated articles.
        var days: ClosedRange<Int>?

        mutating func add(_ vector: Vector, day: Int?) {
            for (term, weight) in zip(vector.terms, vector.weights) {
                let old = sum[term] ?? 0
                sum[term] = old + weight
                squaredNorm += 2 * old * weight + weight * weight
            }
            if let day { days = days.map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day }
        }
    }

    /// Each article, oldest first, joins the story it is most like or opens one.
    static func firstPass(_ vectors: [Vector], _ days: [Int?], order: [Int], vocabulary: Int) -> [Int] {
        var clusters: [Cluster] = []
        var assignment = Array(repeating: 0, count: days.count)
        // For each word, the recent stories that have it and their summed weight for it, so
        // a dot product needs no lookup in a story's words.
        var postings = Array(repeating: [(cluster: Int32, weight: Float)](), count: vocabulary)
        // Dot products by story number, and which are set: a dictionary cost more than the rest.
        var dots = Array(repeating: Float(0), count: days.count)
        var touched: [Int] = []
        for index in order {
            let vector = vectors[index]
            for (term, weight) in zip(vector.terms, vector.weights) {
                for (cluster, clusterWeight) in postings[Int(term)] {
                    if dots[Int(cluster)] == 0 { touched.append(Int(cluster)) }
                    dots[Int(cluster)] += weight * clusterWeight
                }
            }
            var best = -1
            var bestScore = joinThreshold
            for cluster in touched {
                let cosine = dots[cluster] / clusters[cluster].squaredNorm.squareRoot()
                dots[cluster] = 0
                guard cosine >= bestScore else { continue }
                let score = cosine * decay(days[index].map { $0...$0 }, clusters[cluster].days)
                if score >= bestScore, score > bestScore || cluster < best {
                    best = cluster
                    bestScore = score
                }
            }
            touched.removeAll(keepingCapacity: true)
            if best < 0 {
                best = clusters.count
                clusters.append(Cluster())
            }
            clusters[best].add(vector, day: days[index])
            assignment[index] = best
            // In place: a copy of each list taken out and put back would be copied on write. A
            // story already listed has its weight updated; a new one replaces the oldest.
            for term in vector.terms {
                let t = Int(term)
                let weight = clusters[best].sum[term] ?? 0
                if let found = postings[t].lastIndex(where: { $0.cluster == Int32(best) }) {
                    postings[t][found].weight = weight
                } else {
                    if postings[t].count == recentStoriesPerTerm { postings[t].removeFirst() }
                    postings[t].append((Int32(best), weight))
                }
            }
        }
        return assignment
    }

    /// One round of merging: every story, smallest first, may merge into its most similar
    /// story (a close one), or fold into a larger one it resembles. Story numbers are those
    /// of the first pass, so arrays indexed by them stand in for dictionaries.
    static func mergeRound(_ vectors: [Vector], _ days: [Int?], _ assignment: [Int], vocabulary: Int) -> ([Int], Bool) {
        let count = (assignment.max() ?? -1) + 1
        var members = Array(repeating: [Int](), count: count)
        for (index, cluster) in assignment.enumerated() { members[cluster].append(index) }
        var sizes = Array(repeating: 0, count: count)
        var spans = Array(repeating: ClosedRange<Int>?.none, count: count)
        // Unit centroids cut to their heaviest words, and who holds each word. A story of one
        // article is its vector, which is most stories of a large library: no sums for those.
        var centroids = Array(repeating: [(term: Int32, weight: Float)](), count: count)
        var postings = Array(repeating: [(cluster: Int32, weight: Float)](), count: vocabulary)
        for id in 0..<count where !members[id].isEmpty {
            sizes[id] = members[id].count
            if members[id].count == 1 {
                let index = members[id][0]
                spans[id] = days[index].map { $0...$0 }
                centroids[id] = Array(zip(vectors[index].terms, vectors[index].weights).prefix(centroidTerms))
            } else {
                var cluster = Cluster()
                for index in members[id] { cluster.add(vectors[index], day: days[index]) }
                spans[id] = cluster.days
                let norm = cluster.squaredNorm.squareRoot()
                guard norm > 0 else { continue }
                let top = cluster.sum.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
                    .prefix(centroidTerms)
                centroids[id] = top.map { ($0.key, $0.value / norm) }
            }
            for (term, weight) in centroids[id] { postings[Int(term)].append((Int32(id), weight)) }
        }
        var target = Array(repeating: -1, count: count)
        var dots = Array(repeating: Float(0), count: count)
        var touched: [Int] = []
        let bySize = (0..<count).filter { sizes[$0] > 0 }.sorted { (sizes[$0], $0) < (sizes[$1], $1) }
        for id in bySize {
            for (term, weight) in centroids[id] {
                let list = postings[Int(term)]
                guard list.count <= commonTermLimit else { continue }
                for (other, otherWeight) in list where Int(other) != id {
                    if dots[Int(other)] == 0 { touched.append(Int(other)) }
                    dots[Int(other)] += weight * otherWeight
                }
            }
            let size = sizes[id]
            var best = -1
            var bestScore: Float = 0
            for other in touched {
                let dot = dots[other]
                dots[other] = 0
                // The time factor only lowers a score: skip it when the words alone fall short.
                guard dot >= foldThreshold, dot >= bestScore else { continue }
                let score = dot * decay(spans[id], spans[other])
                let close = score >= mergeThreshold
                let folds = sizes[other] >= foldRatio * size && score >= foldThreshold
                guard close || folds, score > bestScore || score == bestScore && other < best else { continue }
                best = other
                bestScore = score
            }
            touched.removeAll(keepingCapacity: true)
            if best >= 0, target[best] != id { target[id] = best }
        }
        guard target.contains(where: { $0 >= 0 }) else { return (assignment, false) }
        func resolve(_ id: Int) -> Int {
            var current = id
            var steps = 0
            while target[current] >= 0, steps < 64 {
                current = target[current]
                steps += 1
            }
            return current
        }
        return (assignment.map(resolve), true)
    }
}

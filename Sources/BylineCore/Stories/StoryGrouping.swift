import Foundation

/// Groups articles about one event into stories, across sources and days.
///
/// The method of the strongest published news-stream clustering (Miranda et al., EMNLP
/// 2018), on the words an article has (`StoryTerms`): TF-IDF vectors compared by cosine,
/// scaled down by the days between articles, in one pass that puts each article, oldest
/// first, into the story whose centroid it is most like, or opens a story; then rounds that
/// merge stories alike, and fold small stories into a story at least twice their size that
/// they resemble, as headlines of one event share few words each but many as a group.
///
/// Near-linear: an article is compared only with stories that share one of its words
/// (recent stories, through an inverted index), never with all of them.
struct StoryGrouping {
    /// One article as grouping sees it.
    struct Item {
        var terms: [String: Float]
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
    /// Similarity falls by e for each day between articles: one event's reports run over
    /// days, and the same words a week apart are usually another event.
    static let decayDays: Float = 1
    /// Words an article is represented by (its heaviest), and a story's centroid.
    static let articleTerms = 24
    static let centroidTerms = 40
    /// Stories remembered per word in the first pass (the most recent): news is local in time.
    static let recentStoriesPerTerm = 32
    /// Words shared by more story centroids than this are too common to find candidates by.
    static let commonTermLimit = 256

    /// What grouping found: each item's story (numbered from 0 in order of their first
    /// item), and for each story the item most like the whole (its headline names it).
    struct Result {
        var story: [Int] = []
        var representative: [Int] = []
    }

    static func group(_ items: [Item]) -> Result {
        guard !items.isEmpty else { return Result() }
        let vectors = weighted(items)
        let order = items.indices.sorted { (items[$0].day ?? .max, $0) < (items[$1].day ?? .max, $1) }
        var assignment = firstPass(vectors, items, order: order)
        for _ in 0..<6 {
            let (merged, changed) = mergeRound(vectors, items, assignment)
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
        var sums = Array(repeating: [Int32: Float](), count: numbers.count)
        for (index, story) in result.story.enumerated() {
            for (term, weight) in zip(vectors[index].terms, vectors[index].weights) { sums[story][term, default: 0] += weight }
        }
        result.representative = Array(repeating: -1, count: numbers.count)
        var best = Array(repeating: -Float.infinity, count: numbers.count)
        for (index, story) in result.story.enumerated() {
            let vector = vectors[index]
            let score = zip(vector.terms, vector.weights).reduce(0) { $0 + $1.1 * (sums[story][$1.0] ?? 0) }
            if score > best[story] {
                best[story] = score
                result.representative[story] = index
            }
        }
        return result
    }

    /// A sparse vector: term ids with weights, sorted by id, of unit length.
    struct Vector {
        var terms: [Int32] = []
        var weights: [Float] = []
    }

    /// TF-IDF vectors over the items' own vocabulary, each cut to its heaviest words.
    static func weighted(_ items: [Item]) -> [Vector] {
        var ids: [String: Int32] = [:]
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
        return counted.map { terms in
            var weighted = terms.map { id, count in
                (id, (count >= 1 ? 1 + log(count) : count) * log(total / Float(frequency[Int(id)])))
            }
            weighted.sort { $0.1 > $1.1 }
            weighted = Array(weighted.prefix(articleTerms)).filter { $0.1 > 0 }
            let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            weighted.sort { $0.0 < $1.0 }
            return Vector(terms: weighted.map(\.0), weights: weighted.map { norm > 0 ? $0.1 / norm : 0 })
        }
    }

    static func decay(_ a: Double?, _ b: Double?) -> Float {
        guard let a, let b else { return 1 }
        return exp(-Float(abs(a - b)) / decayDays)
    }

    /// A story being built: the sum of its articles' vectors, and their days.
    struct Cluster {
        var sum: [Int32: Float] = [:]
        var squaredNorm: Float = 0
        var daySum = 0.0
        var dated = 0
        var size = 0

        var meanDay: Double? { dated == 0 ? nil : daySum / Double(dated) }

        mutating func add(_ vector: Vector, day: Int?) {
            for (term, weight) in zip(vector.terms, vector.weights) {
                let old = sum[term] ?? 0
                sum[term] = old + weight
                squaredNorm += 2 * old * weight + weight * weight
            }
            if let day {
                daySum += Double(day)
                dated += 1
            }
            size += 1
        }
    }

    /// Each article, oldest first, joins the story it is most like or opens one.
    static func firstPass(_ vectors: [Vector], _ items: [Item], order: [Int]) -> [Int] {
        var clusters: [Cluster] = []
        var assignment = Array(repeating: 0, count: items.count)
        var postings: [Int32: [Int]] = [:]
        var dots: [Int: Float] = [:]
        for index in order {
            let vector = vectors[index]
            dots.removeAll(keepingCapacity: true)
            for (term, weight) in zip(vector.terms, vector.weights) {
                for cluster in postings[term] ?? [] {
                    dots[cluster, default: 0] += weight * (clusters[cluster].sum[term] ?? 0)
                }
            }
            var best = -1
            var bestScore = joinThreshold
            for (cluster, dot) in dots {
                let score = dot / clusters[cluster].squaredNorm.squareRoot()
                    * decay(items[index].day.map(Double.init), clusters[cluster].meanDay)
                if score >= bestScore, score > bestScore || cluster < best {
                    best = cluster
                    bestScore = score
                }
            }
            if best < 0 {
                best = clusters.count
                clusters.append(Cluster())
            }
            clusters[best].add(vector, day: items[index].day)
            assignment[index] = best
            for term in vector.terms {
                var list = postings[term] ?? []
                if list.last != best {
                    list.removeAll { $0 == best }
                    list.append(best)
                    if list.count > recentStoriesPerTerm { list.removeFirst() }
                }
                postings[term] = list
            }
        }
        return assignment
    }

    /// One round of merging: every story, smallest first, may merge into its most similar
    /// story (a close one), or fold into a larger one it resembles.
    static func mergeRound(_ vectors: [Vector], _ items: [Item], _ assignment: [Int]) -> ([Int], Bool) {
        var clusters: [Int: Cluster] = [:]
        for (index, cluster) in assignment.enumerated() {
            clusters[cluster, default: Cluster()].add(vectors[index], day: items[index].day)
        }
        // Unit centroids cut to their heaviest words, and who holds each word.
        var centroids: [Int: [Int32: Float]] = [:]
        var postings: [Int32: [(cluster: Int, weight: Float)]] = [:]
        for (id, cluster) in clusters {
            let norm = cluster.squaredNorm.squareRoot()
            guard norm > 0 else { continue }
            let top = cluster.sum.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
                .prefix(centroidTerms)
            var centroid: [Int32: Float] = [:]
            for (term, weight) in top {
                centroid[term] = weight / norm
                postings[term, default: []].append((id, weight / norm))
            }
            centroids[id] = centroid
        }
        var target: [Int: Int] = [:]
        var dots: [Int: Float] = [:]
        let bySize = clusters.keys.sorted { (clusters[$0]!.size, $0) < (clusters[$1]!.size, $1) }
        for id in bySize {
            guard let centroid = centroids[id] else { continue }
            dots.removeAll(keepingCapacity: true)
            for (term, weight) in centroid {
                guard let list = postings[term], list.count <= commonTermLimit else { continue }
                for (other, otherWeight) in list where other != id { dots[other, default: 0] += weight * otherWeight }
            }
            let size = clusters[id]!.size
            var best = -1
            var bestScore: Float = 0
            for (other, dot) in dots {
                let score = dot * decay(clusters[id]!.meanDay, clusters[other]!.meanDay)
                let close = score >= mergeThreshold
                let folds = clusters[other]!.size >= foldRatio * size && score >= foldThreshold
                guard close || folds, score > bestScore || score == bestScore && other < best else { continue }
                best = other
                bestScore = score
            }
            if best >= 0, target[best] != id { target[id] = best }
        }
        guard !target.isEmpty else { return (assignment, false) }
        func resolve(_ id: Int) -> Int {
            var current = id
            var steps = 0
            while let next = target[current], steps < 64 {
                current = next
                steps += 1
            }
            return current
        }
        return (assignment.map(resolve), true)
    }
}

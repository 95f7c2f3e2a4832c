/// What one segment found, moved to whole-article offsets (`TextSegments`).
extension TextSpan {
    func shifted(by offset: Int) -> TextSpan { TextSpan(start + offset, end + offset) }
}

extension Quote {
    /// In article offsets, its person numbered in the article's list (`people[i]` for the
    /// segment's person `i`).
    func shifted(by offset: Int, people: [Int]) -> Quote {
        var quote = self
        quote.pieces = pieces.shifted(by: offset)
        quote.speakerMention = speakerMention?.shifted(by: offset)
        quote.cue = cue?.shifted(by: offset)
        quote.personIndex = personIndex.map { people[$0] }
        return quote
    }
}

extension Timex {
    func shifted(by offset: Int) -> Timex {
        var timex = self
        timex.span = span.shifted(by: offset)
        return timex
    }
}

extension TimelineEvent {
    func shifted(by offset: Int) -> TimelineEvent {
        var event = self
        event.timex = timex.shifted(by: offset)
        event.clause = clause.shifted(by: offset)
        return event
    }
}

/// The article's people from its segments' lists: one person once, by name.
struct PeopleMerger {
    private(set) var people: [Person] = []
    private var index: [String: Int] = [:]

    /// Adds a segment's people; returns where each now is in `people`.
    mutating func add(_ found: [Person]) -> [Int] {
        found.map { person in
            if let known = index[person.name] { return known }
            index[person.name] = people.count
            people.append(person)
            return people.count - 1
        }
    }

    /// The people `quotes` give words to, in the order they were found, with the quotes'
    /// person numbers changed to match. An article's register names everyone it mentions,
    /// nine in ten of whom never speak; only speakers are looked up later (their titles and
    /// other names), and keeping the rest was a tenth of a large library's memory.
    func speakers(renumbering quotes: inout [Quote]) -> [Person] {
        var renumbered = [Int?](repeating: nil, count: people.count)
        var speakers: [Person] = []
        for index in quotes.compactMap(\.personIndex).sorted() where renumbered[index] == nil {
            renumbered[index] = speakers.count
            speakers.append(people[index])
        }
        for q in quotes.indices { quotes[q].personIndex = quotes[q].personIndex.flatMap { renumbered[$0] } }
        return speakers
    }
}

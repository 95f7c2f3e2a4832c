import BylineCore

/// One person, one name, across the articles of a story and a search's matches: names that
/// differ only in case or apostrophe ("De Blasio", "de Blasio"; "O’Neill", "O'Neill") are one
/// person, and a name that ends a fuller speaker's name among the same quotes ("Sanders" of
/// "Bernie Sanders", "Van Hollen" of "Chris Van Hollen") is that person. The people pane and
/// the speaker colours both use it, so a person has one row and one colour.
enum SpeakerNames {
    /// For each name that stands for another, the one it stands for: the fuller name (the
    /// most quoted when several end in the same words), or the most quoted spelling.
    static func fuller(_ counts: [String: Int]) -> [String: String] {
        // Spellings of one name by its words, the most quoted first (ties by spelling).
        var spellings: [[String]: [(name: String, count: Int)]] = [:]
        for (name, count) in counts { spellings[words(of: name), default: []].append((name, count)) }
        var best: [[String]: (name: String, quotes: Int)] = [:]
        for (key, names) in spellings {
            let top = names.min { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }!
            best[key] = (top.name, names.reduce(0) { $0 + $1.count })
        }
        // Full names by the words that end them, the most quoted kept: one pass over each
        // name's endings, not a search per name.
        var byEnding: [[String]: [String]] = [:]
        for (key, full) in best where key.count > 1 {
            for start in 1..<key.count {
                let ending = Array(key[start...])
                // "Anne Smith" is not "Mary Anne Smith": a first name opens a name of its own.
                if ending.count > 1, GivenNames.contains(ending[0]) { continue }
                if let known = byEnding[ending], let other = best[known],
                    other.quotes > full.quotes || other.quotes == full.quotes && other.name < full.name
                {
                    continue
                }
                byEnding[ending] = key
            }
        }
        var fuller: [String: String] = [:]
        for name in counts.keys {
            let key = words(of: name)
            let person = byEnding[key].flatMap { best[$0]?.name } ?? best[key]!.name
            if person != name { fuller[name] = person }
        }
        return fuller
    }

    /// A name's words, lower-cased and with one apostrophe.
    private static func words(of name: String) -> [String] {
        name.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").map(String.init)
    }
}

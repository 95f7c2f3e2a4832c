/// One person, one name: a one-word speaker ("Sanders") that is the last word of a fuller
/// speaker's name among the same quotes ("Bernie Sanders") is that person. The people pane
/// and the speaker colours both use it, so a person has one row and one colour.
enum SpeakerNames {
    /// For each name that stands for a fuller one, the fuller one (the most quoted when
    /// several end in the same word).
    static func fuller(_ counts: [String: Int]) -> [String: String] {
        // Full names by their last word, most quoted kept: one pass, not a search per name.
        var byLastWord: [Substring: String] = [:]
        for (name, count) in counts {
            guard let space = name.lastIndex(of: " ") else { continue }
            let last = name[name.index(after: space)...]
            if let known = byLastWord[last], counts[known]! > count || counts[known]! == count && known < name {
                continue
            }
            byLastWord[last] = name
        }
        var fuller: [String: String] = [:]
        for name in counts.keys where !name.contains(" ") {
            if let full = byLastWord[Substring(name)] { fuller[name] = full }
        }
        return fuller
    }
}

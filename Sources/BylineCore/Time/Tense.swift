import Foundation

/// Whether a clause talks about the past or the future, for "Tuesday" and "March".
enum Tense {
    /// `unknown`: no verb or adverb in the clause says which way it looks.
    case past, future, unknown

    static let futureMarkers: WordSet = [
        "will", "'ll", "’ll", "shall", "upcoming", "scheduled", "tomorrow",
        "won't", "won’t", "payable", "effective",
    ]

    /// Prepositions that make the expression right after them a deadline or the end of a
    /// span, which news writes ahead of its date ("by Dec. 15", "until Tuesday").
    static let deadlineMarkers: WordSet = ["by", "until", "till"]

    /// Verbs that frame a report rather than date an event: "…, the company said" says nothing
    /// of when the reported thing happens, unless the date is beside it ("said Tuesday").
    static let reportingFrames: WordSet = ["said", "says", "say", "told", "tells", "added"]

    /// Words before a past form that make it an adjective or a participle, not a past tense:
    /// "the reduced dividend", "in preferred shares", "to be completed", "has decided to".
    static let determiners: WordSet = ["the", "a", "an", "its", "their", "his", "her"]
    static let participleMarkers = determiners.union([
        "be", "is", "are", "being", "has", "have", "in", "of", "for", "with",
    ])

    static let intentionMarkers: WordSet = [
        "expected", "scheduled", "set", "due", "plans", "planned", "plan", "hopes",
        "going", "is", "are",
    ]

    /// Planning verbs look ahead whatever follows them ("protesters planned a march on Saturday").
    static let planningMarkers: WordSet = ["planned", "planning"]

    static let presentMarkers: WordSet = [
        "begins", "starts", "opens", "leaves", "arrives", "meets",
        "ends", "resumes", "returns", "travels", "heads", "visits", "holds",
        "begin", "start", "open", "leave", "arrive", "meet", "end", "resume", "return", "travel", "visit", "hold",
    ]

    /// Words that make a present form no scheduled event: "did meet", "did not meet".
    static let pastOrNegated: WordSet = ["did", "not", "didn't", "didn’t"]

    static let pastMarkers: WordSet = [
        "was", "were", "had", "did", "said", "ago", "since", "earlier", "last",
        "yesterday", "told", "began", "came", "went", "took", "made", "rose", "fell",
        "won", "lost", "met", "left", "held", "became", "sold", "bought", "paid",
        // Irregular past forms, which carry no -ed to recognise them by.
        "brought", "gave", "got", "found", "kept", "led", "ran", "saw", "sent", "spent", "stood", "struck",
        "wrote", "grew", "drew", "flew", "threw", "knew", "chose", "fought", "built", "caught", "felt", "heard",
        "sought", "taught", "thought", "wore", "broke", "spoke", "rode", "drove", "forgot",
    ]

    /// Boundaries of the clause a time expression's tense is read from.
    static let clauseBoundaries: WordSet = [";", "that", "but", "while", "because", "although"]

    /// The tense of the clause around token `i`: the marker nearest to it, looking back to
    /// the clause boundary and a few words ahead. "said he will leave Tuesday" looks
    /// forward; "the plant, which closed in March, …" looks back.
    static func around(_ i: Int, in tokens: [Token]) -> Tense {
        // A deadline looks ahead unless the clause is in the past perfect ("had filed by Wednesday").
        if i > 0, deadlineMarkers.contains(tokens[i - 1].lower) {
            let clause = tokens[max(0, i - 12)..<min(tokens.count, i + 12)]
            return clause.contains { $0.lower == "had" } ? .past : .future
        }
        var before = i - 1, after = i
        var beforeOpen = true, afterOpen = true
        for _ in 0..<12 {
            if beforeOpen {
                if before < 0 || tokens[before].flags.contains(.clauseBoundary) {
                    beforeOpen = false
                } else if let tense = marker(at: before, in: tokens, timex: i) {
                    return tense
                }
                before -= 1
            }
            if afterOpen {
                if after >= tokens.count || after - i >= 12 || tokens[after].flags.contains(.clauseBoundary) {
                    afterOpen = false
                } else if let tense = marker(at: after, in: tokens, timex: i) {
                    return tense
                }
                after += 1
            }
        }
        return .unknown
    }

    /// The tense token `j` marks, if any.
    static func marker(at j: Int, in tokens: [Token], timex i: Int) -> Tense? {
        guard tokens[j].flags.contains(.tenseMarker) || tokens[j].flags.contains(.pastForm) else { return nil }
        let word = tokens[j].lower
        let next = j + 1 < tokens.count ? tokens[j + 1].lower : ""
        // "next to the embassy" is a place.
        if word == "next" { return next == "to" ? nil : .future }
        // A plan in the past perfect was overtaken since: "had been due to expire Friday",
        // "had been scheduled to expire at midnight Friday".
        if futureMarkers.contains(word) || intentionMarkers.contains(word), j >= 2, tokens[j - 2].lower == "had",
            tokens[j - 1].lower == "been"
        {
            return .past
        }
        if futureMarkers.contains(word) { return .future }
        // The present tense of a scheduled event, before it ("the court hears the case Tuesday").
        // (Not a noun, "a return to", nor a negated past, "did not meet".)
        if presentMarkers.contains(word) {
            guard j < i, j > 0, case let before = tokens[j - 1].lower, !determiners.contains(before),
                !pastOrNegated.contains(before)
            else { return nil }
            return .future
        }
        // "is expected to begin", "plans to open", "is to resume", "planned for March":
        // intentions point forward.
        if next == "to", intentionMarkers.contains(word) { return .future }
        if next == "for", word.hasSuffix("ed") || word == "set" || word == "due", intentionMarkers.contains(word) {
            return .future
        }
        if planningMarkers.contains(word) { return isAdjective(j, in: tokens) ? nil : .future }
        // "as soon as Tuesday", "as early as Monday".
        if word == "as", j + 2 == i - 1, ["soon", "early"].contains(next) { return .future }
        if reportingFrames.contains(word), abs(j - i) > 2 { return nil }
        guard pastMarkers.contains(word) || (tokens[j].flags.contains(.pastForm) && !intentionMarkers.contains(word))
        else { return nil }
        return isAdjective(j, in: tokens) ? nil : .past
    }

    /// Whether the past form at `j` is an adjective or a participle after an auxiliary
    /// ("a still unspecified date", "the hastily planned trip", "will be paid").
    static func isAdjective(_ j: Int, in tokens: [Token]) -> Bool {
        guard j > 0 else { return false }
        let before = tokens[j - 1].lower
        if participleMarkers.contains(before) { return true }
        // (A noun in -ly before a finite verb is no adverb: "the rally was in December".)
        return j > 1 && determiners.contains(tokens[j - 2].lower) && tokens[j].flags.contains(.pastForm)
            && (before.hasSuffix("ly") || before == "still")
    }
}

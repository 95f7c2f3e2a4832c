/// How much of an attribution is verbatim.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// Verbatim, in quotation marks.
    case direct
    /// Reported speech with quoted fragments.
    case mixed
    /// Reported speech, no quotation marks.
    case indirect
}

/// One attribution: what was said, by whom, and the cue that says so.
public struct Quote: Sendable, Hashable {
    // The 32-bit fields after the 64-bit ones and the one-byte kind last: a large library
    // holds a hundred thousand quotes, 64 bytes each laid out so (80 in declaration order).
    /// The content (for direct quotes, inside the marks); several pieces when the
    /// attribution interrupts the quote (`"A," she said, "B."`).
    public var pieces: QuotePieces
    /// The resolved speaker: the fullest name of the person or organisation, or the
    /// description when the source is unnamed ("a source").
    public var speaker: String?
    /// The mention the attribution rests on ("she", "Teigen", "the singer").
    public var speakerMention: TextSpan?
    public var cue: TextSpan?
    private var storedPersonIndex: Int32?
    public var kind: QuoteKind

    /// Index into `Analysis.people` when the speaker is a registered person.
    public var personIndex: Int? {
        get { storedPersonIndex.map(Int.init) }
        set { storedPersonIndex = newValue.map { Int32($0) } }
    }

    public init(
        pieces: QuotePieces, kind: QuoteKind, speaker: String? = nil, personIndex: Int? = nil,
        speakerMention: TextSpan? = nil, cue: TextSpan? = nil
    ) {
        self.pieces = pieces
        self.kind = kind
        self.speaker = speaker
        self.storedPersonIndex = personIndex.map { Int32($0) }
        self.speakerMention = speakerMention
        self.cue = cue
    }

    /// From the start of the first piece to the end of the last.
    public var span: TextSpan { TextSpan(pieces[0].start, pieces[pieces.count - 1].end) }
}

/// A person or organisation the article mentions, with the ways it refers to them.
public struct Person: Sendable, Hashable {
    public var name: String
    public var isOrganisation: Bool
    public var gender: Gender
    /// The titles and roles the text puts before the name ("mayor", "sen."), lower case.
    public var titles: [String] = []

    public enum Gender: Sendable, Hashable { case female, male, unknown }

    public init(name: String, isOrganisation: Bool = false, gender: Gender = .unknown) {
        self.name = name
        self.isOrganisation = isOrganisation
        self.gender = gender
    }

    /// The surname and the first name of a person's full name, which the text also calls
    /// them by. Read from the name, not stored: a large library holds tens of thousands of
    /// people, and an array each (80 bytes with its two words) adds up.
    public var aliases: [String] {
        // Found as bytes (the people pane asks for every speaker it counts, each frame).
        let utf8 = name.utf8
        guard !isOrganisation, let firstSpace = utf8.firstIndex(of: UInt8(ascii: " ")),
            let lastSpace = utf8.lastIndex(of: UInt8(ascii: " "))
        else { return [] }
        return [String(name[utf8.index(after: lastSpace)...]), String(name[..<firstSpace])]
    }
}

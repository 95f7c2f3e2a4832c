/// The first names the quote engine knows, for readers outside the core that must tell a
/// given name from part of a surname (the people pane merging "Van Hollen" into "Chris Van
/// Hollen", but not "Anne Smith" into "Mary Anne Smith").
public enum GivenNames {
    /// Whether a lower-cased word is a known first name.
    public static func contains(_ word: String) -> Bool { NameLexicon.isFirstName(Word(word)) }
}

/// What a piece of text is, for the theme to colour; the view-model never picks colours.
public enum Role: Hashable, Sendable {
    case normal, dim, title, border, focusedBorder, paneTitle, selection, selectionUnfocused
    case quote(speaker: Int), speaker(Int), cue, timex, jumpTarget, match, heading, bar
    case status, statusKey, prompt, warning, help

    /// Speakers get one of this many colours, in order of appearance.
    public static let speakerColours = 6
}

/// One terminal cell: a character (with its combining marks) and its role.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role
    /// 2 for a wide character; the cell after it is a continuation (width 0).
    public var width: Int

    public static let blank = Cell(text: " ", role: .normal, width: 1)
    public static let continuation = Cell(text: "", role: .normal, width: 0)

    public init(text: String, role: Role, width: Int) {
        self.text = text
        self.role = role
        self.width = width
    }
}

/// A run of text with one role.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// A line of styled text.
public typealias StyledLine = [Span]

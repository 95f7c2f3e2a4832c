/// Places and the adjectives and plurals for their peoples and parties: capitalised words
/// that name no one, so "he" and "she" never resolve to them.
enum PlaceLexicon {
    static let words: WordSet = {
        let states = """
            alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho \
            illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota \
            mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma \
            oregon pennsylvania rhode island tennessee texas utah vermont virginia washington wisconsin wyoming
            """
        let countries = """
            america afghanistan albania algeria argentina armenia australia austria bahrain bangladesh belarus \
            belgium bolivia bosnia brazil britain bulgaria burma cambodia canada chile china colombia congo cuba \
            cyprus czech denmark egypt england estonia ethiopia europe finland france germany ghana greece guatemala \
            haiti honduras hungary india indonesia iran iraq ireland israel italy japan jordan kenya korea kosovo \
            kuwait latvia lebanon libya lithuania malaysia mexico morocco myanmar nepal netherlands nicaragua \
            nigeria norway pakistan palestine panama peru philippines poland portugal qatar romania russia rwanda \
            saudi scotland serbia singapore somalia spain sudan sweden switzerland syria taiwan thailand tunisia \
            turkey uganda ukraine venezuela vietnam wales yemen zimbabwe africa asia
            """
        let peoples = """
            american americans african africans asian asians european europeans mexican mexicans canadian canadians \
            british chinese japanese korean koreans russian russians german germans french italian italians \
            spanish israeli israelis palestinian palestinians iranian iranians iraqi iraqis syrian syrians afghan \
            afghans pakistani pakistanis indian indians saudi saudis turkish egyptian egyptians cuban cubans \
            ukrainian ukrainians polish irish english scottish muslim muslims christian christians jewish jews \
            arab arabs latino latinos latina latinas hispanic hispanics catholic catholics evangelical evangelicals \
            republican republicans democrat democrats democratic gop conservative conservatives liberal liberals \
            texan texans californian californians floridian floridians
            """
        return WordSet(
            (states + " " + countries + " " + peoples).split(whereSeparator: \.isWhitespace).map(String.init))
    }()

    /// Two-letter abbreviations of places and bodies, written as initials are ("U.S.", "U.N.").
    static let abbreviations: WordSet = ["u.s.", "u.k.", "u.n.", "d.c.", "l.a.", "n.y.", "e.u.", "s.f.", "n.j."]

    /// Words that join place names: "New York", "United States", "Kansas City".
    static let joiners: WordSet = [
        "new", "north", "south", "west", "east", "united", "states", "kingdom", "the",
        "of", "city", "county", "arabia", "union", "republic",
    ]

    /// Whether a name (lower-cased words) is a place or a people's name: every word one of
    /// the above, at least one of them a place or people proper.
    static func isPlace(_ lower: some Collection<Word>) -> Bool {
        return lower.contains(where: words.contains) && lower.allSatisfy { words.contains($0) || joiners.contains($0) }
    }
}

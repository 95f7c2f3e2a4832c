/// Work the update asks the loop to do outside the state: the update stays pure (it
/// changes state and says what to do), and the terminal front does it.
public enum Effect: Hashable, Sendable {
    /// Open a web address in the user's browser, the terminal given back meanwhile.
    case openURL(String)
    /// Extract the articles of the state's library not yet analysed, this story's first;
    /// an extraction under way on an earlier library stops.
    case startExtraction(firstStory: Int)
    /// Fetch the feeds followed into the library, in the background.
    case fetchFeeds
    /// Read the library again (a fetch brought new articles); the reader keeps its place.
    case reloadLibrary
    /// Keep the read marks (an article of the fetched library was opened).
    case saveReadMarks
}

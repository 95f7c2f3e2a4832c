public enum QuoteExtractor {
    public static func extract(_ document: Document) -> (quotes: [Quote], people: [Person]) { ([], []) }
}

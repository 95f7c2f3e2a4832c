/// One rule of attribution: it finds one kind of attribution in an article and records it.
///
/// Rules run one after another over a single `QuoteContext` (`QuoteExtractor.rules` gives
/// the order and why). A rule reads the text and what earlier rules recorded, never their
/// private state; its only effect is what it records (`QuoteContext.record`), so each rule
/// can be run and tested alone.
protocol QuoteRule: Sendable {
    func apply(to context: inout QuoteContext)
}

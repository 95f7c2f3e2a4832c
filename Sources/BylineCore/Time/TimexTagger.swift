public enum TimexTagger {
    public static func tag(_ document: Document, anchor: CalendarDate?) -> [Timex] { [] }
}
public enum DateEstimator {
    public static func estimate(_ document: Document) -> (date: CalendarDate, estimated: Bool)? { nil }
}

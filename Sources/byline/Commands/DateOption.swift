import ArgumentParser
import BylineCore

/// `--date YYYY-MM-DD`, shared by the reader and `extract`.
struct DateOption: ParsableArguments {
    @Option(
        name: .long, help: "The date of every article (YYYY-MM-DD); overrides metadata.",
        transform: { raw in
            guard let date = CalendarDate(iso: raw), raw.count == 10 else {
                throw ValidationError("--date must be a real day as YYYY-MM-DD, not \"\(raw)\"")
            }
            return date
        })
    var date: CalendarDate?
}

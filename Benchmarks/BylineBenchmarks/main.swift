// Byline's benchmarks: figures, not tests. Run in release mode:
//   swift run -c release byline-bench [--shared PATH] [--only extraction|timeline|load|search|draw|pages|stories]
// Each figure prints its median and p99 over repeated runs on real data from ../shared.

import BylineCore
import BylineTerminal
import BylineViewModel
import Foundation

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let shared =
    option("--shared")
    ?? {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent().appendingPathComponent("shared").path
    }()
let only = option("--only")
// As the reader runs: its heap arenas capped before any thread starts.
MemoryArenas.limit()
guard FileManager.default.fileExists(atPath: shared + "/corpora") else {
    print("byline-bench: no corpora at \(shared)/corpora (pass --shared PATH)")
    exit(2)
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Times `body` `runs` times and returns the durations in seconds.
func measure(runs: Int, _ body: () -> Void) -> [Double] {
    (0..<runs).map { _ in
        let start = now()
        body()
        return now() - start
    }
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

func report(_ name: String, _ values: [Double], unit: String = "ms", scale: Double = 1000, target: String) {
    let median = percentile(values, 0.5) * scale, p99 = percentile(values, 0.99) * scale
    print(
        String(
            format: "%-44@ median %9.3f %@   p99 %9.3f %@   (target %@)", name as NSString, median, unit as NSString,
            p99, unit as NSString, target as NSString))
}

func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// 1. Extraction throughput, one core.
if only == nil || only == "extraction" || only == "timeline" {
    let library = LibraryLoader().load(paths: [shared + "/corpora/polnear/train/text"])
    let articles = library.stories.flatMap(\.articles)
    let bytes = articles.reduce(0) { $0 + $1.body.text.utf8.count }
    if only != "timeline" {
        let times = measure(runs: 5) { for article in articles { _ = ArticleAnalyzer.analyze(article) } }
        let rates = times.map { Double(bytes) / $0 / 1e6 }
        print(
            String(
                format:
                    "extraction, polnear train (%.1f MB, %d articles), 1 core:  median %.2f MB/s  worst %.2f MB/s  (target ≥ 20 MB/s)",
                Double(bytes) / 1e6, articles.count, percentile(rates, 0.5), rates.min() ?? 0))
    }
    // The timeline's share alone (issue 4): from raw text (sentences and words included, which
    // quotes share), and from text already split into sentences and words.
    func document(_ article: Article) -> Document {
        let text = [Unicode.Scalar](scalarsOf: article.body.text)
        return Document(
            text: text, paragraphs: article.body.paragraphs,
            sentences: SentenceSplitter.split(text, paragraphs: article.body.paragraphs))
    }
    func timeline(_ document: Document, _ article: Article) {
        let anchor = article.date ?? DateEstimator.estimate(document)?.date
        _ = Timeline.events(document, timexes: TimexTagger.tag(document, anchor: anchor))
    }
    let fromText = measure(runs: 5) { for article in articles { timeline(document(article), article) } }
    // Timed article by article, so the benchmark never holds every article's words at once
    // (the peak memory figure below is the process's).
    let fromWords: [Double] = (0..<5).map { _ in
        articles.reduce(0) { total, article in
            let words = document(article)
            let start = now()
            timeline(words, article)
            return total + now() - start
        }
    }
    for (name, times) in [
        ("time expressions + timeline, from text", fromText), ("time expressions + timeline, from words", fromWords),
    ] {
        let rates = times.map { Double(bytes) / $0 / 1e6 }
        print(
            String(
                format: "%@, 1 core:  median %.2f MB/s  worst %.2f MB/s  (target ≥ 20 MB/s)",
                name as NSString, percentile(rates, 0.5), rates.min() ?? 0))
    }
}

// 2. Library load: Reuters, time to a first frame and until everything is searchable.
if only == nil || only == "load" {
    let path = shared + "/corpora/reuters/reuters21578.jsonl"
    var firstFrame: [Double] = [], listed: [Double] = [], whole: [Double] = [], complete: [Double] = []
    var textBytes = 0
    var firstPeak = 0.0
    for _ in 0..<3 {
        // The reader draws at once and loads behind the frame, as `byline` does.
        let start = now()
        _ = Render.screen(AppState(model: ReaderModel(library: Library(stories: [])), width: 200, height: 60))
        firstFrame.append(now() - start)
        // Through `IncomingLibrary`, as the reader loads.
        let incoming = IncomingLibrary(BackgroundLoad(loader: LibraryLoader(keepsOriginals: false), paths: [path]))
        var state = AppState(model: ReaderModel(library: Library(stories: [])), width: 200, height: 60)
        var shownAt: Double?
        while !incoming.isLoaded {
            if incoming.advance(&state).changed {
                Render.prepare(&state)
                _ = Render.screen(state)
                shownAt = shownAt ?? now() - start
            } else {
                usleep(200)
            }
        }
        listed.append(shownAt ?? now() - start)
        whole.append(now() - start)
        while !incoming.isDone {
            _ = incoming.advance(&state)
            usleep(1000)
        }
        complete.append(now() - start)
        // The first run's peak is a fresh process's; later runs reuse what malloc kept.
        if complete.count == 1 { firstPeak = peakResidentMB() }
        // Read from the model once it is complete: a copy held while extraction runs would
        // make the model copy every story's article list as analyses arrive.
        textBytes = state.model.library.stories.reduce(0) {
            $0 + $1.articles.reduce(0) { $0 + $1.body.text.utf8.count }
        }
    }
    report("load reuters: first frame (loading screen)", firstFrame, target: "≤ 150 ms")
    report("load reuters: story list on screen (first part)", listed, target: "≤ 150 ms")
    report("load reuters: every story listed", whole, target: "none")
    report("load reuters: all extracted and searchable", complete, unit: "s", scale: 1, target: "≤ 1.5 s")
    print(
        String(
            format: "peak resident memory (first run) %.1f MB for %.1f MB of text (target ≤ %.1f MB)", firstPeak,
            Double(textBytes) / 1e6, 3 * Double(textBytes) / 1e6 + 30))
}

// 3. Quote search at 100,000 quotes, one keystroke at a time.
if only == nil || only == "search" {
    var library = LibraryLoader().load(paths: [
        shared + "/corpora/polnear/train/text", shared + "/corpora/polnear/dev/text",
    ])
    for s in library.stories.indices {
        for a in library.stories[s].articles.indices {
            library.stories[s].articles[a].analysis = ArticleAnalyzer.analyze(library.stories[s].articles[a])
        }
    }
    let perCopy = library.stories.reduce(0) { $0 + $1.articles.reduce(0) { $0 + ($1.analysis?.quotes.count ?? 0) } }
    let copies = max(1, (100_000 + perCopy - 1) / perCopy)
    var big = Library(stories: [])
    for _ in 0..<copies { big.stories += library.stories }
    var model = ReaderModel(library: big)
    var keystrokes: [Double] = []
    var speakerKeys: [Double] = []
    for _ in 0..<5 {
        for query in ["c", "cl", "cli", "clin", "clint", "clinto"] {
            keystrokes += measure(runs: 1) { _ = model.search(QuoteQuery(query)) }
        }
        for query in ["@t", "@tr", "@tru", "@trum", "@trum e", "@trum ec"] {
            speakerKeys += measure(runs: 1) { _ = model.search(QuoteQuery(query)) }
        }
        _ = model.search(QuoteQuery(""))
    }
    report("search, \(copies * perCopy) quotes, per keystroke", keystrokes, target: "≤ 5 ms p99")
    report("search with @speaker, per keystroke", speakerKeys, target: "≤ 5 ms p99")
}

// 4. Drawing: a key to a finished frame at 200×60.
if only == nil || only == "draw" {
    var library = LibraryLoader().load(paths: [shared + "/seed", shared + "/corpora/polnear/dev/text"])
    for s in library.stories.indices {
        for a in library.stories[s].articles.indices {
            library.stories[s].articles[a].analysis = ArticleAnalyzer.analyze(library.stories[s].articles[a])
        }
    }
    var state = AppState(model: ReaderModel(library: library), width: 200, height: 60)
    var previous = Render.screen(state)
    var frames: [Double] = []
    var changedCells: [Double] = []
    for i in 0..<400 {
        let key: Key = i % 40 < 20 ? .down : .up
        frames += measure(runs: 1) {
            Update.handle(key, &state)
            Render.prepare(&state)
            let canvas = Render.screen(state)
            var changed = 0
            for y in 0..<canvas.height where canvas.rows[y] != previous.rows[y] {
                for x in 0..<canvas.width where canvas.rows[y][x] != previous.rows[y][x] { changed += 1 }
            }
            changedCells.append(Double(changed))
            previous = canvas
        }
    }
    report("key to frame at 200×60 (view-model + diff)", frames, target: "≤ 2 ms p99")

    // The same while a search lists quotes from across the library (the people pane counts
    // the speakers of every match).
    var searching = state
    for key in [Key.character("/"), .character("e"), .enter] { Update.handle(key, &searching) }
    let matches = searching.search?.results.count ?? 0
    let searchFrames = (0..<200).flatMap { i in
        measure(runs: 1) {
            Update.handle(i % 40 < 20 ? .down : .up, &searching)
            Render.prepare(&searching)
            _ = Render.screen(searching)
        }
    }
    report("key to frame while \(matches) quotes match", searchFrames, target: "≤ 2 ms p99")

    // Bytes the ncurses front writes: a whole first frame, a one-line change (the status
    // line), and a cursor move to another story (which changes most panes).
    if let pty = TerminalBytes(width: 200, height: 60) {
        let full = pty.bytes(drawing: Render.screen(state))
        var oneLine = Render.screen(state)
        _ = oneLine.draw(
            [Span("status line changed: one row differs", .status)], x: 0, y: 59, maxWidth: 200, fill: .status)
        let line = pty.bytes(drawing: oneLine)
        Update.handle(.down, &state)
        let move = pty.bytes(drawing: Render.screen(state))
        pty.finish()
        print(
            "bytes to the terminal at 200×60: first frame \(full), one-line change \(line), cursor move to another story \(move)  (target: a one-line change writes a few hundred bytes)"
        )
    }
    print(
        String(
            format: "cells changed per frame: median %.0f, p99 %.0f (ncurses then writes only those)",
            percentile(changedCells, 0.5), percentile(changedCells, 0.99)))
}

// 5. Web pages: the article text and metadata of the 92 dev pages, parse included, one core.
if only == nil || only == "pages" {
    let folder = shared + "/corpora/html/pages"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".gz") }
        .sorted()
    let pages: [String] = names.compactMap { name in
        // Decompressed once, outside the timing, by gzip.
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-dc", folder + "/" + name]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        guard (try? gzip.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        return String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
    }
    let bytes = pages.reduce(0) { $0 + $1.utf8.count }
    let parse = measure(runs: 7) { for page in pages { _ = MarkupParser.html(page) } }
    let whole = measure(runs: 7) { for page in pages { _ = WebPage(html: page) } }
    for (label, times) in [("parse (libxml2 + tree)", parse), ("parse + article text + metadata", whole)] {
        let rates = times.map { Double(bytes) / $0 / 1e6 }
        print(
            String(
                format:
                    "web pages, %@ (%d pages, %.1f MB), 1 core:  median %.1f MB/s  %.0f pages/s  worst %.1f MB/s  (target ≥ 20 MB/s)",
                label as NSString, pages.count, Double(bytes) / 1e6, percentile(rates, 0.5),
                Double(pages.count) / percentile(times, 0.5), rates.min() ?? 0))
    }
}

// 6. Story grouping: what grouping by event adds to loading Reuters, and how it grows.
if only == nil || only == "stories" {
    let library = LibraryLoader().load(paths: [shared + "/corpora/reuters/reuters21578.jsonl"])
    let articles = library.stories.flatMap(\.articles).sorted { $0.id < $1.id }
    for count in [articles.count / 4, articles.count / 2, articles.count] {
        let part = Array(articles.prefix(count))
        let bySource = measure(runs: 5) { _ = Library.grouping(part, by: .sources) }
        let byEvent = measure(runs: 5) { _ = Library.grouping(part, by: .events) }
        let stories = Library.grouping(part, by: .events).stories.count
        report(
            "stories: group \(count) Reuters articles (\(stories) stories)",
            byEvent.map { $0 - percentile(bySource, 0.5) }, target: count == articles.count ? "≤ 300 ms" : "linear")
    }
}
